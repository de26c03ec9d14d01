"""One account's verdict from what was seen: the login, the unit, the menu and the server's answers, the scope
probes and the administrator's list — each verdict, the order they are decided in, and a group hidden in the menu
that the server still opens."""

from harness.audits.accounts.roles import GROUPS, groups_of
from harness.audits.accounts.verdicts import (
    COMPLETE,
    EXTRA,
    MISSING,
    NO_ACCOUNT,
    NO_LOGIN,
    WRONG_SCOPE,
    Listed,
    Probe,
    Seen,
    evidence,
    judge,
)

UNIT, OTHER = "Công an Phường Tuy Hòa", "Công an Phường Buôn Ma Thuột"
OWN, FOREIGN = "000.21.31.H15-261205-0001", "000.21.32.H15-261205-0001"


def seen_as(roles: set[str], given: set[str] | None = None, **changes) -> Seen:
    """An account of the roster's `roles` that logged in at its unit and holds `given` (default: the same)."""
    held = frozenset(roles if given is None else given)
    groups = groups_of(held)
    seen = Seen("rstk.a", UNIT, frozenset(roles), list_read=True, listed=Listed(UNIT, held, "Đang hoạt động"),
                shown_unit=UNIT, shown_name="Phạm Thị Hồng", menu=tuple(g for g in GROUPS if g in groups),
                server={g: 200 if g in groups else 403 for g in GROUPS},
                own_dossier=Probe(OWN, UNIT, 200), other_dossier=Probe(FOREIGN, OTHER, 403))
    for name, value in changes.items():
        setattr(seen, name, value)
    return seen


def test_an_account_with_exactly_its_roles_at_its_unit_is_complete() -> None:
    verdict, detail = judge(seen_as({"MOT_CUA", "KE_TOAN"}))

    assert verdict == COMPLETE
    assert detail == "đăng nhập được tại Công an Phường Tuy Hòa, đúng và đủ vai trò MOT_CUA, KE_TOAN"


def test_an_account_that_is_not_listed_and_does_not_log_in_is_missing() -> None:
    seen = Seen("rstk.b", UNIT, frozenset({"MOT_CUA"}), list_read=True, login_refusal="Tên đăng nhập hoặc mật khẩu "
                "không đúng. Bạn còn 4 lần thử.")

    assert judge(seen)[0] == NO_ACCOUNT
    assert "Trang đăng nhập báo" in evidence(seen)


def test_a_listed_account_that_does_not_log_in_cannot_log_in() -> None:
    seen = Seen("rstk.b", UNIT, frozenset({"MOT_CUA"}), list_read=True,
                listed=Listed(UNIT, frozenset({"MOT_CUA"}), "Tạm khóa đến 10:45"), login_refusal="Tài khoản tạm khóa")

    verdict, detail = judge(seen)

    assert verdict == NO_LOGIN
    assert "Tạm khóa đến 10:45" in detail


def test_without_the_administrators_list_a_refused_login_is_not_called_a_missing_account() -> None:
    assert judge(Seen("rstk.b", UNIT, frozenset({"MOT_CUA"}), login_refusal="sai"))[0] == NO_LOGIN


def test_an_account_at_another_unit_is_wrongly_scoped_whatever_its_roles() -> None:
    seen = seen_as({"MOT_CUA"}, {"MOT_CUA", "THONG_KE"}, shown_unit=OTHER, listed=None,
                   own_dossier=Probe(OWN, UNIT, 403), other_dossier=Probe(FOREIGN, OTHER, 200))

    verdict, detail = judge(seen)

    assert verdict == WRONG_SCOPE
    assert detail.startswith(f"đăng nhập vào đơn vị “{OTHER}”, danh sách ghi “{UNIT}”")
    assert f"không mở được hồ sơ {OWN}" in detail and f"mở được hồ sơ {FOREIGN} của {OTHER}" in detail
    assert "thừa “Thống kê báo cáo”" in detail


def test_reaching_another_units_dossier_is_wrongly_scoped() -> None:
    assert judge(seen_as({"MOT_CUA"}, other_dossier=Probe(FOREIGN, OTHER, 200)))[0] == WRONG_SCOPE


def test_a_role_missing_is_told_by_menu_server_and_list() -> None:
    verdict, detail = judge(seen_as({"MOT_CUA", "KE_TOAN"}, {"KE_TOAN"}))

    assert verdict == MISSING
    assert detail == ("thiếu MOT_CUA (thực đơn không có “Tiếp nhận hồ sơ”, “Bổ sung hồ sơ”, “Trả kết quả”; máy chủ "
                      "từ chối “Tiếp nhận hồ sơ”, “Bổ sung hồ sơ”, “Trả kết quả”; danh sách Tài khoản cán bộ không "
                      "ghi vai trò này)")


def test_missing_comes_before_extra_and_both_are_told() -> None:
    verdict, detail = judge(seen_as({"CHUYEN_VIEN"}, {"MOT_CUA"}))

    assert verdict == MISSING
    assert "thiếu CHUYEN_VIEN" in detail and "thừa “Tiếp nhận hồ sơ” của MOT_CUA" in detail


def test_a_role_too_many_is_extra() -> None:
    verdict, detail = judge(seen_as({"THONG_KE"}, {"THONG_KE", "QUAN_TRI_DON_VI"}))

    assert verdict == EXTRA
    assert detail == ("thừa “Quản trị” của QUAN_TRI_DON_VI (thực đơn có và máy chủ cho mở); danh sách Tài khoản cán "
                      "bộ ghi thêm QUAN_TRI_DON_VI")


def test_a_group_hidden_in_the_menu_but_opened_by_the_server_is_extra() -> None:
    seen = seen_as({"MOT_CUA"})
    seen.server["Quản trị"] = 200

    verdict, detail = judge(seen)

    assert verdict == EXTRA
    assert detail == "thừa “Quản trị” của QUAN_TRI_DON_VI (thực đơn ẩn nhưng máy chủ vẫn cho mở)"


def test_a_group_of_the_role_that_the_server_refuses_is_missing_even_when_the_menu_shows_it() -> None:
    seen = seen_as({"THONG_KE"})
    seen.server["Thống kê báo cáo"] = 403

    assert judge(seen) == (MISSING, "thiếu THONG_KE (máy chủ từ chối “Thống kê báo cáo”)")


def test_roles_the_menu_cannot_tell_apart_are_told_by_the_administrators_list() -> None:
    verdict, detail = judge(seen_as({"LANH_DAO_DON_VI"}, {"LANH_DAO_PHONG"}))

    assert verdict == MISSING
    assert "thiếu LANH_DAO_DON_VI (danh sách Tài khoản cán bộ không ghi vai trò này)" in detail
    assert "danh sách Tài khoản cán bộ ghi thêm LANH_DAO_PHONG" in detail


def test_the_evidence_says_what_was_seen() -> None:
    said = evidence(seen_as({"KE_TOAN"}))

    assert said.startswith("Danh sách Tài khoản cán bộ: Công an Phường Tuy Hòa, vai trò KE_TOAN, Đang hoạt động. "
                           "Sau đăng nhập: Phạm Thị Hồng, đơn vị “Công an Phường Tuy Hòa”. Thực đơn: “Thu phí/lệ "
                           "phí”, “Theo dõi hồ sơ”.")
    assert f"hồ sơ {OWN} ({UNIT}): 200; hồ sơ {FOREIGN} ({OTHER}): 403" in said


def test_a_name_other_than_the_rosters_is_told_in_the_evidence() -> None:
    assert "Sau đăng nhập: Phạm Thị Hồng (danh sách ghi họ và tên “Phạm Thị Hông”)," in evidence(
        seen_as({"MOT_CUA"}, name="Phạm Thị Hông"))
    assert "danh sách ghi họ và tên" not in evidence(seen_as({"MOT_CUA"}, name="Phạm Thị Hồng"))
