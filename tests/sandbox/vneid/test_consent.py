"""The consent dialog: asked the first time only, required to tick, and declining leaves the citizen out."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import (
    CITIZEN,
    add_citizen,
    alerts,
    log_in,
    login_code,
    start_vneid_login,
    submit_password,
)

NUMBER = CITIZEN["so_dinh_danh"]
STATEMENT = ("Tôi đã đọc và hiểu rõ nội dung mục đích; Quyền, nghĩa vụ của chủ thể dữ liệu "
             "và đồng ý với các nội dung này.")


def reach_consent(client: TestClient):
    start_vneid_login(client)
    submit_password(client, NUMBER)
    return client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": login_code(client, NUMBER)})


def test_the_first_login_asks_for_consent_with_the_statement(client: TestClient) -> None:
    add_citizen(client)

    response = reach_consent(client)

    assert response.url.path == "/vneid/auth/dong-y"
    assert STATEMENT in response.text and ">Xác nhận chia sẻ</button>" in response.text


def test_sharing_without_ticking_the_statement_is_refused_at_the_checkbox(client: TestClient) -> None:
    add_citizen(client)
    reach_consent(client)

    response = client.post("/vneid/auth/dong-y", data={"quyet_dinh": "chia_se"})

    assert response.status_code == 422
    assert 'aria-describedby="dong_y-loi"' in response.text
    assert alerts(response.text) == ["Vui lòng đánh dấu xác nhận đã đọc và đồng ý trước khi chia sẻ thông tin."]


def test_consent_is_remembered_for_the_next_login(client: TestClient) -> None:
    citizen = add_citizen(client)
    log_in(client, citizen)
    client.post("/dang-xuat")

    response = reach_consent(client)

    assert response.url.path == "/thong-tin-ca-nhan"
    assert "Trần Thị Mai" in response.text


def test_declining_returns_to_the_portal_not_logged_in_with_a_message(client: TestClient) -> None:
    add_citizen(client)
    reach_consent(client)

    response = client.post("/vneid/auth/dong-y", data={"quyet_dinh": "tu_choi"})

    assert response.url.path == "/sso"
    assert response.status_code == 403
    assert alerts(response.text) == ["Bạn chưa đồng ý chia sẻ thông tin từ tài khoản định danh điện tử nên chưa "
                                     "đăng nhập được Cổng Dịch vụ công quốc gia."]
    assert ">Đăng nhập</a>" in response.text and "dvc_phien" not in client.cookies
    assert reach_consent(client).url.path == "/vneid/auth/dong-y", "a declined consent is asked again"
