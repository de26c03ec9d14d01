"""What the catalogue and portal tests share: a sandbox built once per module, and one built per test."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.catalog.loader import Catalog, load_catalog
from sandbox.settings import DATA_DIR, SandboxSettings


def new_client(folder: Path) -> TestClient:
    return TestClient(create_app(SandboxSettings(db_path=folder / "db.sqlite3")))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One sandbox for a module's read-only tests: pages and APIs that change nothing."""
    with new_client(tmp_path_factory.mktemp("sandbox")) as shared:
        yield shared


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A sandbox of its own, for a test that changes the configuration."""
    with new_client(tmp_path) as own:
        yield own


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(DATA_DIR)


def procedure_id(catalog: Catalog, code: str) -> str:
    procedure = catalog.by_code(code)
    assert procedure is not None, code
    return procedure.id
