"""The portal's public JSON API client (harness/clients/portal_api.py): a code's rows whatever the spaces the
portal stores, a missing record as None, and every other answer as an error naming the call."""

import json

import httpx
import pytest

from harness.clients.portal_api import DETAIL, LIST, PortalApi, PortalApiError

ROWS = [{"id": "a", "code": " 1.014325"}, {"id": "b", "code": "1.0143251"}, {"id": "c", "code": "1.014326"}]


def api(handler) -> PortalApi:
    return PortalApi("https://dichvucong.example/", 5000, transport=httpx.MockTransport(handler))


def answering(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if request.url.path == LIST:
        assert body["q"] == "1.014325"
        return httpx.Response(200, json={"code": "OK", "data": {"items": ROWS, "lastId": "c"}})
    if body["id"] == "a":
        return httpx.Response(200, json={"code": "OK", "data": {"code": " 1.014325"}})
    return httpx.Response(404, json={"code": "NOT_FOUND", "message": "Không tìm thấy thủ tục hành chính."})


def test_the_rows_of_a_code_are_those_with_that_code_spaces_aside() -> None:
    with api(answering) as portal:
        assert [row["id"] for row in portal.rows_for_code("1.014325")] == ["a"]


def test_a_record_the_portal_does_not_give_is_none() -> None:
    with api(answering) as portal:
        assert portal.formality("a") == {"code": " 1.014325"}
        assert portal.formality("zzz") is None


@pytest.mark.parametrize("response", [
    httpx.Response(500, text="<html>Request Rejected</html>"),
    httpx.Response(200, json={"code": "ERROR", "message": "lỗi hệ thống"}),
])
def test_any_other_answer_is_an_error_naming_the_call(response: httpx.Response) -> None:
    with api(lambda request: response) as portal, pytest.raises(PortalApiError, match=DETAIL.replace("/", r"\/")):
        portal.formality("a")
