"""E-mail addresses for synthetic people: ASCII, made from the name, on a domain no one can receive at."""

import random
import unicodedata

from harness.data.names import VietnameseName

# Reserved by RFC 2606, unlike example.vn: mail a staging portal sends to it can reach no real mailbox.
EMAIL_DOMAIN = "example.com"


def ascii_fold(text: str) -> str:
    """`text` without Vietnamese diacritics: "Đặng Thị Thu Hà" → "Dang Thi Thu Ha"."""
    # Đ/đ carry a stroke, not a combining mark, so NFD leaves them whole.
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def make_email(rng: random.Random, name: VietnameseName) -> str:
    """Given name plus initials, the usual Vietnamese mailbox: Nguyễn Thị Thu Hà → hantt.4821@…"""
    initials = "".join(word[0] for word in f"{name.ho} {name.ten_dem}".split())
    mailbox = ascii_fold(name.ten + initials).lower()
    return f"{mailbox}.{rng.randrange(1000, 10_000)}@{EMAIL_DOMAIN}"
