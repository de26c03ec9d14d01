"""The sandbox's test aids (docs/sandbox-faults.md): handlers wired late and responses delayed for slow targets,
and fault switches on from the start. All are off unless asked for."""

import argparse
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.__main__ import latency_range, start_with_faults
from sandbox.app import create_app
from sandbox.settings import SandboxSettings
from tests.sandbox.portal.page_dom import parse

LATE_WIRING = "sandbox-late-wiring-ms"


def wiring_of(page: str) -> list[str]:
    return [meta.attrs["content"] for meta in parse(page).find_all("meta", name=LATE_WIRING)]


def test_by_default_the_pages_wire_their_handlers_at_once(client: TestClient) -> None:
    assert wiring_of(client.get("/").text) == []
    assert client.get("/static/wiring.js").status_code == 200


def test_late_wiring_tells_every_portal_page_how_long_to_wait(tmp_path: Path) -> None:
    with TestClient(create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3", late_wiring_ms=1500))) as late:
        for address in ("/", "/tim-kiem?q=khai+sinh", "/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2"):
            assert wiring_of(late.get(address).text) == ["1500"], address


def test_latency_delays_every_answer_but_the_setup_api_s(tmp_path: Path) -> None:
    with TestClient(create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3", latency_ms=(300, 400)))) as slow:
        for address, delayed in (("/static/wiring.js", True), ("/", True), ("/_setup/health", False)):
            started = time.monotonic()
            assert slow.get(address).status_code == 200
            assert (time.monotonic() - started >= 0.3) is delayed, address


@pytest.mark.parametrize(("text", "bounds"), [("2000-4000", (2000, 4000)), ("3000", (3000, 3000)), ("0-0", (0, 0))])
def test_the_latency_option_reads_a_range_or_one_value(text: str, bounds: tuple[int, int]) -> None:
    assert latency_range(text) == bounds


@pytest.mark.parametrize("text", ["4000-2000", "abc", "-5", "1-2-3"])
def test_a_latency_that_is_no_range_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="MIN"):
        latency_range(text)


def test_a_fault_named_at_start_is_on_from_the_first_answer(tmp_path: Path) -> None:
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3"))
    known = [fault.name for fault in app.state.sandbox.faults.known()]
    assert start_with_faults(app, [known[0]]) is None
    with TestClient(app) as client:
        assert {f["name"]: f["on"] for f in client.get("/_setup/faults").json()}[known[0]] is True
    assert start_with_faults(app, ["khong.co"]).startswith("Không có sự cố 'khong.co': chọn một trong ")
