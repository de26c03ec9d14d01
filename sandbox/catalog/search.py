"""Keyword and code search over the catalogue, ranked the way a citizen expects.

A query that looks like a procedure code (`1.004222`, `1.0042`) matches codes, the exact code before codes
that start with it; stray spaces in stored codes do not matter. Any query also matches the names that
contain it as a phrase, typed with or without diacritics (`text.phrase_pattern`). That is what the 2026
portal does: "đăng ký khai sinh" gave the 11 procedures whose names contain that phrase (DOMAIN §1.2), not
"Thủ tục đăng ký lại khai sinh".

Ranking, best first:

    0  the exact code               3  the name starts with the query
    1  a code starting with it      4  the name contains it as whole words
    2  the name is the query        5  the name contains it inside a word
       (a leading "Thủ tục" aside)

Within a rank: names with the query's very diacritics, then shorter names, then the portal's order.
"""

import re
from collections.abc import Iterable

from sandbox.catalog.loader import Procedure
from sandbox.catalog.text import normalise, phrase_pattern

CODE_LIKE = re.compile(r"^\d+\.[\w.\-]*$")
_LEADING_WORDS = re.compile(r"^thủ tục:?\s+")


def search(procedures: Iterable[Procedure], query: str) -> list[Procedure]:
    wanted = normalise(query)
    if not wanted:
        return []
    phrase = phrase_pattern(wanted)
    matcher = _Matcher(re.compile(phrase), re.compile(rf"(?<!\w){phrase}(?!\w)"),
                       wanted if CODE_LIKE.match(wanted) else None)
    ranked: list[tuple[tuple[int, bool, int, int], Procedure]] = []
    for procedure in procedures:
        rank = matcher.rank(procedure)
        if rank is not None:
            name = procedure.normalised_name
            ranked.append(((rank, wanted not in name, len(name), procedure.position), procedure))
    ranked.sort(key=lambda pair: pair[0])
    return [procedure for _, procedure in ranked]


class _Matcher:
    def __init__(self, phrase: re.Pattern[str], whole_words: re.Pattern[str], code: str | None) -> None:
        self.phrase = phrase
        self.whole_words = whole_words
        self.code = code

    def rank(self, procedure: Procedure) -> int | None:
        if self.code:
            code = procedure.code.lower()
            if code == self.code:
                return 0
            if code.startswith(self.code):
                return 1
        name = procedure.normalised_name
        if not self.phrase.search(name):
            return None
        bare = _LEADING_WORDS.sub("", name)
        if self.phrase.fullmatch(name) or self.phrase.fullmatch(bare):
            return 2
        if self.phrase.match(name) or self.phrase.match(bare):
            return 3
        return 4 if self.whole_words.search(name) else 5
