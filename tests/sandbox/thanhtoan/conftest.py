"""A sandbox for the payment tests, its platform key the shared SECRET."""

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.settings import SandboxSettings
from sandbox.thanhtoan.signing import SECRET_ENV
from tests.sandbox.thanhtoan.support import SECRET


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite"))
    with TestClient(app) as client:
        yield client, app.state.sandbox
