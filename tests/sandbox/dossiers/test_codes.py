"""Dossier codes `{unit}-{yyMMdd}-{NNNN}` and their daily sequence per receiving unit."""

from collections import Counter
from datetime import date

import pytest

from sandbox.dossiers.codes import (
    DOSSIER_CODE_PATTERN,
    DossierCode,
    format_dossier_code,
    issue_dossier_code,
    parse_dossier_code,
)

UNIT = "000.20.31.H56"
DAY = date(2024, 3, 15)


class InMemorySequences:
    """Stands in for the storage layer's counter: one sequence per unit and day."""

    def __init__(self) -> None:
        self.issued: Counter[tuple[str, date]] = Counter()

    def __call__(self, unit_code: str, day: date) -> int:
        self.issued[unit_code, day] += 1
        return self.issued[unit_code, day]


def test_format_matches_the_provincial_example() -> None:
    assert format_dossier_code(UNIT, DAY, 1) == "000.20.31.H56-240315-0001"


def test_each_unit_counts_from_1_every_day() -> None:
    sequences = InMemorySequences()
    other_unit, next_day = "000.00.01.H15", date(2024, 3, 16)
    issued = [
        issue_dossier_code(UNIT, DAY, sequences),
        issue_dossier_code(UNIT, DAY, sequences),
        issue_dossier_code(other_unit, DAY, sequences),
        issue_dossier_code(UNIT, next_day, sequences),
        issue_dossier_code(UNIT, DAY, sequences),
    ]
    assert issued == [
        "000.20.31.H56-240315-0001",
        "000.20.31.H56-240315-0002",
        "000.00.01.H15-240315-0001",
        "000.20.31.H56-240316-0001",
        "000.20.31.H56-240315-0003",
    ]


@pytest.mark.parametrize("code", [
    "000.20.31.H56-240315-0001",
    "000.00.01.HX75-261109-9999",
    "H55.242-261109-0042",
])
def test_pattern_accepts_qcvn_synthetic_and_short_unit_codes(code: str) -> None:
    assert DOSSIER_CODE_PATTERN.fullmatch(code)


@pytest.mark.parametrize("code", [
    "000.20.31.H56-240315-001",
    "000.20.31.H56-20240315-0001",
    "000.20.31.h56-240315-0001",
    "000.20.31.H56-240315-0001-12345",
    " 000.20.31.H56-240315-0001",
    "240315-0001",
])
def test_pattern_rejects_malformed_codes(code: str) -> None:
    assert not DOSSIER_CODE_PATTERN.fullmatch(code)


def test_parse_gives_back_unit_day_and_sequence() -> None:
    parsed = parse_dossier_code("000.20.31.H56-240315-0012")
    assert parsed == DossierCode(UNIT, DAY, 12)
    assert str(parsed) == "000.20.31.H56-240315-0012"


@pytest.mark.parametrize(("code", "message"), [
    ("000.20.31.H56-240231-0001", "date"),
    ("000.20.31.H56-240315-0000", "sequence 0"),
    ("HS-000.20.31.H56", "Not a dossier code"),
])
def test_parse_refuses_what_is_not_a_dossier_code(code: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_dossier_code(code)


@pytest.mark.parametrize(("unit_code", "seq"), [(UNIT, 0), (UNIT, 10_000), ("000.20.31.H56 ", 1), ("", 1)])
def test_format_refuses_codes_the_pattern_would_not_accept(unit_code: str, seq: int) -> None:
    with pytest.raises(ValueError):
        format_dossier_code(unit_code, DAY, seq)
