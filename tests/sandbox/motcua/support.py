"""A back office to test through HTTP: a sandbox with a citizen, its clock frozen on a Monday morning, officers
logged in on clients of their own, dossiers prepared through the setup API, and readers of the pages."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.settings import SandboxSettings
from tests.sandbox.identity.support import CITIZEN, PASSWORD, WARD_POLICE
from tests.sandbox.portal.page_dom import Element, parse

OTHER_WARD_POLICE = "000.21.32.H15"  # Công an Phường Buôn Ma Thuột
MONDAY_9AM = "2026-11-09T09:00:00+07:00"
OFFICER_NAME = "Lê Văn Nam"


@dataclass
class BackOffice:
    app: FastAPI
    setup: TestClient

    def officer(self, username: str, roles: list[str], unit_code: str = WARD_POLICE,
                name: str = OFFICER_NAME) -> TestClient:
        """A client logged in as a new officer."""
        created = self.setup.post("/_setup/officers", json={"username": username, "password": PASSWORD,
                                                           "ho_va_ten": name, "unit_code": unit_code, "roles": roles})
        assert created.status_code == 201, created.text
        client = TestClient(self.app)
        client.post("/motcua/dang-nhap", data={"ten_dang_nhap": username, "mat_khau": PASSWORD})
        return client

    def dossier(self, status: int, procedure_code: str = "1.004194", unit_code: str = WARD_POLICE,
                **extra: object) -> dict:
        response = self.setup.post("/_setup/dossiers", json={"procedure_code": procedure_code, "unit_code": unit_code,
                                                            "owner": CITIZEN["so_dinh_danh"], "status": status,
                                                            **extra})
        assert response.status_code == 201, response.text
        return response.json()

    def read(self, ma_ho_so: str) -> dict:
        return self.setup.get(f"/_setup/dossiers/{ma_ho_so}").json()

    def move_clock(self, now: str) -> None:
        assert self.setup.post("/_setup/clock", json={"now": now}).status_code == 200

    def switch(self, fault: str, on: bool = True) -> None:
        assert self.setup.put(f"/_setup/faults/{fault}", json={"on": on}).status_code == 200


@pytest.fixture
def back_office(tmp_path: Path) -> Iterator[BackOffice]:
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3"))
    with TestClient(app) as setup:
        assert setup.post("/_setup/citizens", json=CITIZEN).status_code == 201
        office = BackOffice(app, setup)
        office.move_clock(MONDAY_9AM)
        yield office


def section(page: str, heading: str) -> Element:
    """The region of a page named by its heading."""
    root = parse(page)
    for element in root.find_all("section") + root.find_all("article"):
        labelled_by = element.attrs.get("aria-labelledby", "")
        if labelled_by and root.find(id=labelled_by).text() == heading:
            return element
    raise AssertionError(f"no region named {heading!r}")


def values(element: Element) -> dict[str, str]:
    """Each value by its label, as a screen reader pairs them (dd aria-labelledby → dt)."""
    labels = {dt.attrs["id"]: dt.text() for dt in element.find_all("dt")}
    return {labels[dd.attrs["aria-labelledby"]]: dd.text() for dd in element.find_all("dd")}


def table(page: str, caption: str) -> list[dict[str, str]]:
    """The rows of the table named by its caption, each cell by its column header."""
    for candidate in parse(page).find_all("table"):
        if candidate.find("caption").text() == caption:
            headers = [th.text() for th in candidate.find_all("th", scope="col")]
            rows = [[td.text() for td in tr.find_all("td")] for tr in candidate.find("tbody").find_all("tr")]
            return [dict(zip(headers, cells, strict=True)) for cells in rows]
    raise AssertionError(f"no table named {caption!r}")


def buttons(page: str) -> list[str]:
    return [button.text() for button in section(page, "Thao tác xử lý").find_all("button")]


def alerts(page: str) -> list[str]:
    return [element.text() for element in parse(page).find_all(role="alert")]
