from datetime import date

from harness.rules.pakn_deadline import pakn_code_prefix, pakn_due_day


def test_ten_working_days_skip_weekends() -> None:
    assert pakn_due_day(date(2026, 11, 9)) == date(2026, 11, 23)  # Monday → Monday two weeks on
    assert pakn_due_day(date(2026, 11, 14)) == date(2026, 11, 27)  # Saturday → Friday of the second week


def test_code_prefix_is_the_day_received() -> None:
    assert pakn_code_prefix(date(2026, 12, 2)) == "PAKN-20261202-"
