"""Who may submit where, enforced on POST as on GET: level 2 only, and only at an agency where the procedure
is configured for online submission."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.eforms.support import TAM_TRU, FormCase, alerts, context, log_in, post_form, running_portal

NOT_AT_EA_KAR = FormCase("1.004194", "000.21.33.H15", TAM_TRU.answers, TAM_TRU.files)
NOT_CONFIGURED = ("Công an Xã Ea Kar chưa áp dụng dịch vụ công trực tuyến cho thủ tục này. Hệ thống chỉ hiển thị những "
                  "cơ quan đã áp dụng dịch vụ công trực tuyến: vui lòng chọn lại cơ quan thực hiện trên trang thủ tục.")


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[TestClient]:
    with running_portal(tmp_path) as client:
        yield client


def dossier_count(client: TestClient) -> int:
    return context(client).store.one("SELECT COUNT(*) FROM dossiers")[0]


def test_an_agency_where_the_procedure_is_not_configured_gets_no_form_and_no_dossier(portal: TestClient) -> None:
    log_in(portal)

    page = portal.get(NOT_AT_EA_KAR.url())
    posted = post_form(portal, NOT_AT_EA_KAR)

    assert (page.status_code, alerts(page.text)) == (422, [NOT_CONFIGURED])
    assert (posted.status_code, alerts(posted.text)) == (422, [NOT_CONFIGURED])
    assert dossier_count(portal) == 0


def test_a_level_1_citizen_is_refused_on_post_too(portal: TestClient) -> None:
    log_in(portal, level=1)

    response = post_form(portal, TAM_TRU)

    assert (response.status_code, alerts(response.text)) == (
        403, ["Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."])
    assert dossier_count(portal) == 0


def test_a_visitor_posting_the_form_is_sent_to_log_in(portal: TestClient) -> None:
    response = post_form(portal, TAM_TRU)

    assert response.status_code == 303 and response.headers["location"].startswith("/dang-nhap?next=")
    assert dossier_count(portal) == 0


def test_an_unknown_procedure_or_agency_is_refused(portal: TestClient) -> None:
    log_in(portal)

    assert post_form(portal, FormCase("9.999999", TAM_TRU.unit, {})).status_code == 404
    assert post_form(portal, FormCase("1.004194", "000.99.99.H15", {})).status_code == 422
