"""Merges the Allure results of several shards of one run into one folder, for one report.

    python -m harness.ci.merge --out DIR SHARD_DIR...

Results, containers and attachments have UUID names, so they are copied side by side; a file name two shards
share with different contents stops the merge. environment.properties, executor.json and categories.json
describe the run, not a shard: the first shard's copy is kept. Two shards that ran the same scenario (the same
Allure historyId) stop the merge with one sentence, since the report would show one run of it as a retry of the
other; a scenario retried within one shard (pytest-rerunfailures) is kept as Allure's retries.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from harness.errors import HarnessError
from harness.evidence.categories import CATEGORIES_FILE
from harness.evidence.run_info import ENVIRONMENT_FILE, EXECUTOR_FILE

RUN_FILES = (ENVIRONMENT_FILE, EXECUTOR_FILE, CATEGORIES_FILE)


def _history_ids(shard: Path) -> dict[str, str]:
    """historyId → the scenario's full name, for every result of the shard."""
    ids = {}
    for path in shard.glob("*-result.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        if result.get("historyId"):
            ids[result["historyId"]] = result.get("fullName") or result.get("name", "?")
    return ids


def _check_shards(shards: Sequence[Path], out: Path) -> None:
    for shard in shards:
        if not shard.is_dir():
            raise HarnessError(f"Không có thư mục kết quả {shard}: kiểm tra tên artifact của các nhóm.")
    if out.exists() and any(out.iterdir()):
        raise HarnessError(f"Thư mục {out} đã có tệp: chọn một thư mục trống cho kết quả gộp.")
    seen: dict[str, Path] = {}
    for shard in shards:
        for history_id, name in _history_ids(shard).items():
            if history_id in seen:
                raise HarnessError(f"Hai nhóm {seen[history_id]} và {shard} cùng chạy kịch bản \"{name}\" "
                                   f"(historyId {history_id}): chia nhóm lại để mỗi kịch bản thuộc một nhóm.")
            seen[history_id] = shard


def merge_results(shards: Sequence[Path], out: Path) -> int:
    """Copy every shard's results into `out`; the number of results merged."""
    _check_shards(shards, out)
    out.mkdir(parents=True, exist_ok=True)
    for shard in shards:
        for path in sorted(shard.iterdir()):
            target = out / path.name
            if not path.is_file() or (path.name in RUN_FILES and target.exists()):
                continue
            if target.exists() and not filecmp.cmp(path, target, shallow=False):
                raise HarnessError(f"Tệp {path.name} có ở hai nhóm với nội dung khác nhau ({shard}): "
                                   f"không gộp được mà không mất một bản.")
            shutil.copy2(path, target)
    return len(list(out.glob("*-result.json")))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.ci.merge", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="thư mục kết quả gộp (trống hoặc chưa có)")
    parser.add_argument("shards", type=Path, nargs="+", help="thư mục kết quả Allure của từng nhóm")
    args = parser.parse_args(argv)
    try:
        merged = merge_results(args.shards, args.out)
    except HarnessError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Đã gộp {merged} kết quả của {len(args.shards)} nhóm vào {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
