"""Runs of the miniature project, shared by the plugin and report-builder tests."""

from __future__ import annotations

import pytest

from tests.harness.evidence.mini_project import MiniRun, run_project


@pytest.fixture(scope="session")
def mini_run(tmp_path_factory: pytest.TempPathFactory) -> MiniRun:
    return run_project(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="session")
def mini_run_xdist(tmp_path_factory: pytest.TempPathFactory) -> MiniRun:
    return run_project(tmp_path_factory.mktemp("mini-xdist"), "-n", "2")
