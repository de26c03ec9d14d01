"""Result files shaped like allure-pytest-bdd's (the fields a run of `steps/test_tim_kiem.py` writes), for builds."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from harness.defects.scenario_tags import stable_case_id
from harness.evidence.run_info import VIETNAM_TIME, RunInfo, write_environment
from harness.reports import build

needs_allure = pytest.mark.skipif(
    not (build.PROJECT_ROOT / "node_modules" / "allure" / "cli.js").is_file(),
    reason="node_modules has no Allure 3 CLI: run `npm ci` (scripts/setup) to test the real report build",
)

FEATURE = "features/tim_kiem.feature"
EPIC, FEATURE_TITLE = "Tìm kiếm dịch vụ công", "Tìm kiếm thủ tục hành chính"


def write_result(results: Path, name: str, stable_id: str, status: str, start_ms: int,
                 tags: tuple[str, ...] = ("tim_kiem", "smoke")) -> dict:
    results.mkdir(parents=True, exist_ok=True)
    case_id = stable_case_id(stable_id)
    result = {
        "name": name,
        "status": status,
        "description": "Là người dân hoặc doanh nghiệp\nTôi muốn tìm thủ tục hành chính theo tên",
        "steps": [{"name": "Khi người dân tìm thủ tục theo từ khoá", "status": status, "start": start_ms,
                   "stop": start_ms + 800}],
        "start": start_ms,
        "stop": start_ms + 1000,
        "uuid": str(uuid.uuid4()),
        "historyId": f"{case_id}.d41d8cd98f00b204e9800998ecf8427e",
        "testCaseId": case_id,
        "fullName": f"{FEATURE}:{name}",
        "labels": [
            {"name": "framework", "value": "pytest-bdd"},
            {"name": "epic", "value": EPIC},
            {"name": "feature", "value": FEATURE_TITLE},
            *({"name": "tag", "value": tag} for tag in tags),
        ],
        "titlePath": ["features", FEATURE_TITLE],
    }
    if status in ("failed", "broken"):
        result["statusDetails"] = {"message": "AssertionError: không thấy thủ tục 1.001193",
                                   "trace": "Traceback (most recent call last):\n  ..."}
    (results / f"{result['uuid']}-result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return result


def describe_run(results: Path, env_name: str, started_ms: int) -> None:
    """environment.properties as the harness writes it for a run against `env_name`."""
    info = RunInfo(env_name=env_name, urls={"portal": f"https://{env_name}.example.vn/"}, browser="chromium 156",
                   sandbox=env_name == "sandbox")
    write_environment(results, info, datetime.fromtimestamp(started_ms / 1000, VIETNAM_TIME))
