"""Fixtures of the portal page tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.catalog.support import catalog, client, fresh_client
from tests.sandbox.eforms.support import log_in, running_portal

__all__ = ["catalog", "client", "fresh_client"]


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[TestClient]:
    """A sandbox portal with its level-2 test citizen logged in (the submission tests' starting point)."""
    with running_portal(tmp_path) as client:
        log_in(client)
        yield client
