"""The example's preparation against a real sandbox (in-process): the flaws it promises are there, the unmarked
dossier reached the national copy before it returns, and a second run leaves the same state."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from harness.audits.examples import migration
from harness.clients.sandbox_setup import SetupClient, SetupRefused
from harness.config import load_environment
from sandbox.app import create_app
from sandbox.settings import SandboxSettings

UNIT_CODE = "000.21.31.H15"


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[SetupClient]:
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3"))
    with TestClient(app, base_url="http://testserver/_setup") as http:
        client = SetupClient("http://testserver/_setup", 5000)
        client._http = http
        yield client


def held(setup: SetupClient, legacy_code: str) -> list[dict]:
    """What the unit holds under a legacy code (the flaw endpoint, asked for no change, names it)."""
    codes = setup.flaw_legacy_dossier(UNIT_CODE, legacy_code)
    return [setup.dossier(code) for code in codes]


def test_the_example_state_has_each_flaw_and_survives_a_second_run(setup: SetupClient) -> None:
    env = load_environment("sandbox", environ={})

    for _ in range(2):
        migration.prepare(setup, env, {})

    [kept] = held(setup, "000.21.01.H47-250310-0001")
    assert (kept["trang_thai"], kept["ngay_tiep_nhan"][:16]) == (10, "2025-03-10T08:30")
    assert held(setup, "000.21.01.H47-250313-0004")[0]["trang_thai"] == 9
    assert held(setup, "000.21.01.H47-250314-0005")[0]["ngay_hen_tra"][:16] == "2025-03-25T17:00"
    assert len(held(setup, "000.21.01.H47-250317-0006")) == 2
    [pushed] = held(setup, migration.WITHOUT_MARKER)
    assert setup.national_copy(pushed["ma_ho_so"]) is not None
    assert setup.national_copy(kept["ma_ho_so"]) is None
    with pytest.raises(SetupRefused, match="không có hồ sơ nào"):
        held(setup, migration.NOT_IMPORTED)
