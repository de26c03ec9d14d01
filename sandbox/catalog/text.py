"""Vietnamese text as a search box sees it: case never matters, missing diacritics do not either.

A letter typed without its diacritics stands for every accented form of it ("dang" finds "đăng", "huu"
finds "hưu" and "hữu"); a letter typed with them stands for itself only ("hưu" does not find "sở hữu").
"""

import re
import unicodedata
from collections import defaultdict

_SPACES = re.compile(r"\s+")
VIETNAMESE_ACCENTED_BASES = frozenset("aeiouyd")


def normalise(text: str) -> str:
    """NFC, lower case, single spaces: what a typed query and a stored name are compared as."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def _base_letter(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char.replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _accented_forms() -> dict[str, str]:
    forms: dict[str, set[str]] = defaultdict(set)
    for point in range(0x00C0, 0x1EFA):
        char = chr(point).lower()
        base = _base_letter(char)
        if base in VIETNAMESE_ACCENTED_BASES and char != base:
            forms[base].add(char)
    return {base: "[" + base + "".join(sorted(chars)) + "]" for base, chars in forms.items()}


_ACCENTED_FORMS = _accented_forms()


def phrase_pattern(query: str) -> str:
    """A regular expression (for a `normalise`d text) that finds the query as typed, diacritics optional."""
    return "".join(_ACCENTED_FORMS.get(char, re.escape(char)) for char in normalise(query))
