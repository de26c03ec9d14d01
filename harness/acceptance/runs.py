"""The archived runs (reports/runs/<id>/run.json and allure-results/, docs/report.md) as the record shows them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from harness.acceptance.record import RunFacts
from harness.errors import HarnessError
from harness.vietnam_time import VIETNAM


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


def archived_runs(root: Path) -> list[RunFacts]:
    if not root.is_dir():
        raise HarnessError(f"Không có thư mục lưu các lần chạy {root}: chạy kịch bản rồi dựng báo cáo "
                           "(scripts/e2e) trước khi lập biên bản.")
    runs = []
    for facts in sorted(root.glob("*/run.json")):
        try:
            data = json.loads(facts.read_text(encoding="utf-8"))
            runs.append(RunFacts(facts.parent.name, str(data["env"]), _moment(data["started"]),
                                 _moment(data["finished"]), str(data.get("commit") or ""),
                                 {str(k): str(v) for k, v in (data.get("urls") or {}).items()},
                                 str(data.get("who") or ""), facts.parent / "allure-results"))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise HarnessError(f"Tệp {facts} không đọc được ({error}): lần chạy đó lưu không đầy đủ.") from None
    return runs
