"""What a keyword search of the procedure catalogue may list, checked without the portal's own search code.

The 2026 portal searches names for the keyword as a phrase: "đăng ký khai sinh" lists the 11 procedures whose
names contain those words in that order (reference/screens/tthc-search-khai-sinh.png), and not "Thủ tục đăng
ký lại khai sinh" (DOMAIN §1.2). Case never matters; a keyword typed without any diacritics finds names with
them ("dang ky khai sinh" lists the same 11). A keyword typed with diacritics is taken as written.
"""

import unicodedata
from collections import Counter


def _plain(text: str) -> str:
    """Lower case, single spaces, no diacritics (đ as d)."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()).lower().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _written(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()).lower())


def has_diacritics(keyword: str) -> bool:
    return _plain(keyword) != _written(keyword)


def names_without_phrase(names: list[str], keyword: str) -> list[str]:
    """The listed names that do not contain the keyword as a phrase: none should be listed."""
    fold = _written if has_diacritics(keyword) else _plain
    wanted = fold(keyword)
    return [name for name in names if wanted not in fold(name)]


def repeated_names(names: list[str]) -> list[str]:
    """Names listed more than once across the result pages."""
    return sorted(name for name, times in Counter(names).items() if times > 1)
