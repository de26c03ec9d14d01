"""Giới tính, written the way Vietnamese forms and the CCCD record it."""

from typing import Literal

Sex = Literal["Nam", "Nữ"]
SEXES: tuple[Sex, ...] = ("Nam", "Nữ")
