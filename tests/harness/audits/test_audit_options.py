"""--audit-input as a user types it: an audit's name, "=", an existing file; anything else is one sentence."""

from pathlib import Path

import pytest

from fixtures.audits import audit_inputs
from harness.errors import HarnessError


class Options:
    def __init__(self, *given: str) -> None:
        self.given = list(given)

    def getoption(self, name: str) -> list[str]:
        assert name == "audit_input"
        return self.given


def test_each_audit_gets_its_file(tmp_path: Path) -> None:
    roster = tmp_path / "can-bo.xlsx"
    roster.write_bytes(b"")
    assert audit_inputs(Options(f"ra_soat_tai_khoan={roster}")) == {"ra_soat_tai_khoan": roster.resolve()}


@pytest.mark.parametrize(("given", "said"), [
    ("ra_soat_tai_khoan", "không đúng dạng RÀ_SOÁT=TỆP"),
    ("ra_soat_can_bo=a.csv", "không đúng dạng RÀ_SOÁT=TỆP"),
    ("ra_soat_tthc=/khong/co/tep.csv", "Không có tệp danh sách /khong/co/tep.csv"),
])
def test_a_wrong_option_says_what_to_mend(given: str, said: str) -> None:
    with pytest.raises(HarnessError, match=said):
        audit_inputs(Options(given))
