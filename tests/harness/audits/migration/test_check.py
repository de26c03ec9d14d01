"""The verdict of a row from what the new system shows (a fake NewSystem here): missing, copies, a push to the
national portal, another status or date, an old address, an unreadable cell; and when the national portal cannot be
asked, the finding says so."""

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from harness.audits.findings import INPUT_PROBLEM
from harness.audits.migration.check import (
    DUPLICATED,
    MATCHES,
    MATCHES_OLD_ADDRESS,
    MISSING,
    PUSHED,
    WRONG_DATE,
    WRONG_STATUS,
    NationalAnswer,
    check_row,
)
from harness.audits.table_input import Row

FILE = Path("xuat.csv")
LEGACY = "000.21.01.H47-250312-0003"
NEW = "000.21.31.H15-250312-0001"
ROW = {"Mã hồ sơ cũ": LEGACY, "Chủ hồ sơ": "Lê Văn Cường", "Mã TTHC": "1.004194", "Ngày tiếp nhận": "12/03/2025 14:00",
       "Ngày hẹn trả": "14/03/2025", "Trạng thái": "Được tiếp nhận", "Địa chỉ": ""}
SHOWN = {"Mã hồ sơ": NEW, "Mã hồ sơ khác": LEGACY, "Số giấy tờ chủ hồ sơ": "054085003456",
         "Trạng thái": "Được tiếp nhận", "Ngày tiếp nhận": "12/03/2025 14:00", "Ngày hẹn trả": "14/03/2025 17:00",
         "Địa chỉ": "Số 12 đường Lê Lợi, Phường Tuy Hòa, Tỉnh Đắk Lắk"}


@dataclass
class FakeSystem:
    codes: list[str] = field(default_factory=lambda: [NEW])
    shown: dict[str, str] = field(default_factory=lambda: dict(SHOWN))
    national: NationalAnswer = NationalAnswer(False)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def codes_for(self, legacy_code: str) -> list[str]:
        return self.codes

    def facts(self, ma_ho_so: str) -> dict[str, str]:
        return self.shown

    def on_national_portal(self, ma_ho_so: str, so_giay_to: str) -> NationalAnswer:
        self.asked.append((ma_ho_so, so_giay_to))
        return self.national


def verdict(system: FakeSystem, **cells: str):
    return check_row(Row(7, {**ROW, **cells}), FILE, system)


def test_a_dossier_kept_as_exported_matches() -> None:
    system = FakeSystem()
    found = verdict(system)

    assert (found.row, found.key, found.verdict) == (7, LEGACY, MATCHES)
    assert system.asked == [(NEW, "054085003456")]
    assert NEW in found.evidence


def test_an_old_address_still_matches_with_a_warning() -> None:
    system = FakeSystem(shown={**SHOWN, "Địa chỉ": "Thôn Phú Thạnh, Xã An Phú, Huyện Tuy An, Tỉnh Phú Yên"})

    found = verdict(system)

    assert found.verdict == MATCHES_OLD_ADDRESS
    assert "Tỉnh Phú Yên" in found.detail and "Huyện Tuy An" in found.detail


def test_the_export_s_address_is_read_when_the_system_shows_none() -> None:
    system = FakeSystem(shown={**SHOWN, "Địa chỉ": "Chưa có"})

    assert verdict(system, **{"Địa chỉ": "Phường 7, Thành phố Tuy Hòa, Tỉnh Phú Yên"}).verdict == MATCHES_OLD_ADDRESS


def test_no_dossier_under_the_legacy_code_is_missing() -> None:
    assert verdict(FakeSystem(codes=[])).verdict == MISSING


def test_two_dossiers_under_the_legacy_code_are_duplicated() -> None:
    found = verdict(FakeSystem(codes=[NEW, "000.21.31.H15-250312-0002"]))

    assert found.verdict == DUPLICATED
    assert "000.21.31.H15-250312-0002" in found.detail


def test_another_status_or_date_is_named_with_both_values() -> None:
    status = verdict(FakeSystem(shown={**SHOWN, "Trạng thái": "Đã xử lý xong"}))
    due = verdict(FakeSystem(shown={**SHOWN, "Ngày hẹn trả": "15/03/2025 17:00"}))
    received = verdict(FakeSystem(shown={**SHOWN, "Ngày tiếp nhận": "12/03/2025 14:05"}))

    assert status.verdict == WRONG_STATUS and "“Đã xử lý xong”" in status.detail and "(2)" in status.detail
    assert due.verdict == WRONG_DATE and "15/03/2025 17:00" in due.detail and "14/03/2025" in due.detail
    assert received.verdict == WRONG_DATE and "ngày tiếp nhận" in received.detail


def test_a_push_to_the_national_portal_comes_first_and_the_other_problems_are_named_too() -> None:
    found = verdict(FakeSystem(shown={**SHOWN, "Trạng thái": "Đang xử lý"}, national=NationalAnswer(True)))

    assert found.verdict == PUSHED
    assert "Tra cứu hồ sơ" in found.detail and "“Đang xử lý”" in found.detail


def test_a_national_portal_that_cannot_be_asked_is_said_plainly() -> None:
    found = verdict(FakeSystem(national=NationalAnswer(None, "có mã bảo mật")))
    no_number = FakeSystem(shown={key: value for key, value in SHOWN.items() if key != "Số giấy tờ chủ hồ sơ"})

    assert found.verdict == MATCHES
    assert "chưa xác minh được việc không đẩy lên Cổng DVCQG: có mã bảo mật" in found.detail
    assert "số giấy tờ chủ hồ sơ" in verdict(no_number).detail and no_number.asked == []


def test_a_status_the_system_shows_outside_the_list_is_a_defect_not_a_verdict() -> None:
    with pytest.raises(AssertionError, match="không có trong danh mục"):
        verdict(FakeSystem(shown={**SHOWN, "Trạng thái": "Đã huỷ"}))


@pytest.mark.parametrize(("cells", "column"), [
    ({"Trạng thái": "Đã xong"}, "Trạng thái"),
    ({"Ngày tiếp nhận": "31/02/2025"}, "Ngày tiếp nhận"),
    ({"Ngày hẹn trả": "mai"}, "Ngày hẹn trả"),
    ({"Mã hồ sơ cũ": "HS-2025-0012"}, "Mã hồ sơ cũ"),
])
def test_an_unreadable_cell_is_an_input_problem_before_the_system_is_asked(cells: dict, column: str) -> None:
    system = FakeSystem()

    found = verdict(system, **cells)

    assert found.verdict == INPUT_PROBLEM
    assert f"tệp xuat.csv, dòng 7, cột “{column}”" in found.detail
    assert system.asked == []


def test_a_column_the_file_lacks_is_not_compared_and_the_finding_says_so() -> None:
    cells = {key: value for key, value in ROW.items() if key != "Ngày hẹn trả"}

    found = check_row(Row(7, cells), FILE, FakeSystem(shown={**SHOWN, "Ngày hẹn trả": "30/03/2025 17:00"}))

    assert found.verdict == MATCHES
    assert "không so ngày hẹn trả: tệp không có cột này" in found.detail
