"""A roster's "Vai trò" cell read as role codes: codes in any case, the names a one-stop system shows, a name with a
comma of its own, and the pieces that name no role."""

import pytest

from harness.audits.accounts.roles import TRACKING, groups_of, parse_roles, roles_opening


@pytest.mark.parametrize(("cell", "codes"), [
    ("MOT_CUA", {"MOT_CUA"}),
    ("MOT_CUA, KE_TOAN", {"MOT_CUA", "KE_TOAN"}),
    ("mot_cua; ke toan", {"MOT_CUA", "KE_TOAN"}),
    ("Chuyên viên thụ lý", {"CHUYEN_VIEN"}),
    ("cán bộ tiếp nhận (bộ phận một cửa); Thống kê báo cáo", {"MOT_CUA", "THONG_KE"}),
    ("Xử lý phản ánh, kiến nghị, Lãnh đạo đơn vị", {"XU_LY_PAKN", "LANH_DAO_DON_VI"}),
    ("THU_PHI", {"KE_TOAN"}),
    ("LANH-DAO-PHONG", {"LANH_DAO_PHONG"}),
])
def test_codes_and_names_are_read_as_codes(cell: str, codes: set[str]) -> None:
    assert parse_roles(cell) == (frozenset(codes), [])


def test_what_names_no_role_is_given_back() -> None:
    assert parse_roles("MOT_CUA, THU_KY, Bảo vệ") == (frozenset({"MOT_CUA"}), ["THU_KY", "Bảo vệ"])


def test_every_officer_must_open_the_tracking_group_and_each_role_its_own() -> None:
    assert groups_of(frozenset()) == {TRACKING}
    assert groups_of(frozenset({"MOT_CUA", "THONG_KE"})) == {
        TRACKING, "Tiếp nhận hồ sơ", "Bổ sung hồ sơ", "Trả kết quả", "Thu phí/lệ phí", "Thống kê báo cáo"}
    assert groups_of(frozenset({"VAN_THU"})) == {TRACKING}


def test_a_group_is_told_with_the_roles_that_open_it() -> None:
    assert roles_opening("Xử lý hồ sơ") == ["CHUYEN_VIEN", "LANH_DAO_PHONG", "LANH_DAO_DON_VI"]
    assert roles_opening("Quản trị") == ["QUAN_TRI_DON_VI"]
