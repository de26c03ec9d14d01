"""The title of each flow tag, from its marker in pyproject.toml ("nop_ho_so: nộp hồ sơ" → "Nộp hồ sơ"), the
names the Allure report groups its tests by (fixtures/tags.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def flow_titles(pyproject: Path = PYPROJECT) -> dict[str, str]:
    with pyproject.open("rb") as file:
        markers = tomllib.load(file).get("tool", {}).get("pytest", {}).get("ini_options", {}).get("markers", [])
    titles = {}
    for line in markers:
        name, _, description = line.partition(":")
        description = description.strip()
        if description:
            titles[name.strip()] = description[0].upper() + description[1:]
    return titles
