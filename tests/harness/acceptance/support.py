"""A small run archive in the shape the report build keeps (reports/runs/<id>/run.json + allure-results/), with
result files shaped as allure-pytest-bdd writes them."""

import json
import uuid
from pathlib import Path

SCENARIO = "sms-tiep-nhan"  # tagged @loi:TB1970-02 in features/sms.feature
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


def archive_run(root: Path, run_id: str, started: str, status: str, stable_id: str = SCENARIO) -> Path:
    results = root / run_id / "allure-results"
    results.mkdir(parents=True)
    shot = f"{uuid.uuid4()}-attachment.jpg"
    (results / shot).write_bytes(JPEG)
    note = f"{uuid.uuid4()}-attachment.json"
    (results / note).write_text(json.dumps({"nội dung": "Ho so da duoc tiep nhan"}, ensure_ascii=False))
    result = {"name": "Tiếp nhận hồ sơ thì chủ hồ sơ nhận đúng một tin SMS báo ngày hẹn trả", "status": status,
              "statusDetails": {"message": "Cần đúng một tin" if status != "passed" else ""},
              "start": 1764757800000, "stop": 1764757815000,
              "labels": [{"name": "id", "value": stable_id}, {"name": "loi", "value": "TB1970-02"}],
              "steps": [{"name": "Khi cán bộ tiếp nhận hồ sơ", "status": "passed",
                         "attachments": [{"name": "Ảnh màn hình", "source": shot, "type": "image/jpeg"}]},
                        {"name": "Thì chủ hồ sơ nhận đúng một tin SMS", "status": status,
                         "attachments": [{"name": "Tin SMS", "source": note, "type": "application/json"}]}]}
    (results / f"{uuid.uuid4()}-result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    (root / run_id / "run.json").write_text(json.dumps({
        "env": "sandbox", "started": started, "finished": started, "commit": "abc1234",
        "urls": {"portal": "http://127.0.0.1:8765"}, "who": "Nguyễn Thị QA", "report": ""}, ensure_ascii=False))
    return root / run_id
