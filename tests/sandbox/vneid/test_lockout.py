"""Wrong passwords: the count of tries left, the lock-out on the sandbox clock, and no account enumeration."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import CITIZEN, add_citizen, alerts, start_vneid_login, submit_password

WRONG = "khong-dung-2026"


def freeze_clock(client: TestClient, at: str) -> None:
    assert client.post("/_setup/clock", json={"now": at}).status_code == 200


def test_each_wrong_password_says_how_many_tries_are_left(client: TestClient) -> None:
    add_citizen(client)
    start_vneid_login(client)

    messages = [alerts(submit_password(client, CITIZEN["so_dinh_danh"], WRONG).text) for _ in range(4)]

    assert messages == [[f"Số định danh cá nhân hoặc mật khẩu không đúng. Bạn còn {left} lần thử."]
                        for left in (4, 3, 2, 1)]


def test_an_unknown_number_gets_the_same_answer_as_a_wrong_password(client: TestClient) -> None:
    start_vneid_login(client)

    response = submit_password(client, "001099999999", WRONG)

    assert response.status_code == 401
    assert alerts(response.text) == ["Số định danh cá nhân hoặc mật khẩu không đúng. Bạn còn 4 lần thử."]


def test_the_fifth_wrong_password_locks_the_account_until_the_time_shown(client: TestClient) -> None:
    add_citizen(client)
    freeze_clock(client, "2026-11-12T09:00:00+07:00")
    start_vneid_login(client)
    for _ in range(4):
        submit_password(client, CITIZEN["so_dinh_danh"], WRONG)

    locked = submit_password(client, CITIZEN["so_dinh_danh"], WRONG)
    still_locked = submit_password(client, CITIZEN["so_dinh_danh"])

    message = "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 09:30."
    assert (locked.status_code, alerts(locked.text)) == (423, [message])
    assert (still_locked.status_code, alerts(still_locked.text)) == (423, [message])


def test_after_the_lock_ends_the_right_password_works_again(client: TestClient) -> None:
    add_citizen(client)
    freeze_clock(client, "2026-11-12T09:00:00+07:00")
    start_vneid_login(client)
    for _ in range(5):
        submit_password(client, CITIZEN["so_dinh_danh"], WRONG)

    freeze_clock(client, "2026-11-12T09:30:00+07:00")
    start_vneid_login(client)
    response = submit_password(client, CITIZEN["so_dinh_danh"])

    assert response.url.path == "/vneid/auth/ma-xac-nhan"


def test_a_lock_that_ends_mid_minute_is_shown_rounded_up(client: TestClient) -> None:
    add_citizen(client)
    freeze_clock(client, "2026-11-12T09:00:20+07:00")
    start_vneid_login(client)
    for _ in range(4):
        submit_password(client, CITIZEN["so_dinh_danh"], WRONG)

    locked = submit_password(client, CITIZEN["so_dinh_danh"], WRONG)

    assert alerts(locked.text)[0].endswith("Vui lòng thử lại sau 09:31.")


def test_a_right_password_resets_the_count(client: TestClient) -> None:
    add_citizen(client)
    start_vneid_login(client)
    for _ in range(3):
        submit_password(client, CITIZEN["so_dinh_danh"], WRONG)
    submit_password(client, CITIZEN["so_dinh_danh"])

    start_vneid_login(client)
    response = submit_password(client, CITIZEN["so_dinh_danh"], WRONG)

    assert alerts(response.text) == ["Số định danh cá nhân hoặc mật khẩu không đúng. Bạn còn 4 lần thử."]
