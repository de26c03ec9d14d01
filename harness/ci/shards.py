"""Duration-balanced shards of the scenarios, one per CI matrix job.

    python -m harness.ci.shards --shards N --index I [--durations RESULTS_DIR] [-- PYTEST_ARGS]
    python -m harness.ci.shards --shards N --write DIR [--durations RESULTS_DIR] [-- PYTEST_ARGS]

Collects what `pytest PYTEST_ARGS` would run (`-m "smoke and tim_kiem"`, `--defect=TB1970-01`), takes each
scenario's duration from an earlier run's Allure results (a result's stop minus its start, matched by the
scenario's `@id` slug and example row; the median of the known ones for a scenario they lack, one second when
none is known) and deals the scenarios out longest first, each onto the shard with the least time so far.
The same scenarios and durations always give the same shards.

`--index I` prints the node ids of shard I (1 to N), one a line; `--write DIR` writes DIR/shard-I.txt for
every shard that got a scenario and prints their numbers as a JSON list (a workflow's matrix). pytest runs one
shard with `--shard-file=DIR/shard-I.txt` (fixtures/shards.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from statistics import median

from harness.ci.collection import Scenario, collect_scenarios, scenario_key
from harness.defects.scenario_tags import STABLE_ID
from harness.errors import HarnessError

UNKNOWN_RUN_S = 1.0


def durations_from_results(results: Path) -> dict[str, float]:
    """Seconds per scenario key, from the Allure results of a run (the latest result of a key wins)."""
    latest: dict[str, tuple[int, float]] = {}
    for path in sorted(results.glob("*-result.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        slugs = [label["value"] for label in result.get("labels", []) if label.get("name") == STABLE_ID]
        start, stop = result.get("start"), result.get("stop")
        if not slugs or start is None or stop is None:
            continue
        key = scenario_key(slugs[0], {p["name"]: p["value"] for p in result.get("parameters", [])})
        if key not in latest or stop > latest[key][0]:
            latest[key] = (stop, (stop - start) / 1000)
    return {key: seconds for key, (_, seconds) in latest.items()}


def balance(scenarios: Sequence[Scenario], durations: Mapping[str, float], shards: int) -> list[list[Scenario]]:
    """`shards` groups of about equal time, each in collection order; some are empty when scenarios are few."""
    known = [durations[scenario.key] for scenario in scenarios if scenario.key in durations]
    default = median(known) if known else UNKNOWN_RUN_S
    order = {scenario.node_id: position for position, scenario in enumerate(scenarios)}
    loads, groups = [0.0] * shards, [[] for _ in range(shards)]
    for scenario in sorted(scenarios, key=lambda s: (-durations.get(s.key, default), order[s.node_id])):
        lightest = min(range(shards), key=lambda index: (loads[index], index))
        loads[lightest] += durations.get(scenario.key, default)
        groups[lightest].append(scenario)
    return [sorted(group, key=lambda s: order[s.node_id]) for group in groups]


def shard_file(folder: Path, index: int) -> Path:
    return folder / f"shard-{index}.txt"


def write_shards(groups: Sequence[Sequence[Scenario]], folder: Path) -> list[int]:
    """Each non-empty group as folder/shard-I.txt (I from 1); the numbers written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index, group in enumerate(groups, start=1):
        if group:
            shard_file(folder, index).write_text("".join(f"{s.node_id}\n" for s in group), encoding="utf-8")
            written.append(index)
    return written


def read_shard_file(path: Path) -> list[str]:
    if not path.is_file():
        raise HarnessError(f"Không có tệp phân nhóm {path}: tạo nó bằng python -m harness.ci.shards --write.")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.ci.shards", description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, required=True, help="số nhóm (N ≥ 1)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--index", type=int, help="in mã (node id) các kịch bản của nhóm I (1…N)")
    target.add_argument("--write", type=Path, metavar="DIR", help="ghi DIR/shard-I.txt cho mọi nhóm")
    parser.add_argument("--durations", type=Path, metavar="RESULTS_DIR",
                        help="kết quả Allure của một lần chạy trước (thời lượng từng kịch bản)")
    parser.add_argument("pytest_args", nargs="*", help="lựa chọn của pytest, sau --")
    args = parser.parse_args(argv)
    if args.shards < 1 or (args.index is not None and not 1 <= args.index <= args.shards):
        parser.error("cần --shards N ≥ 1 và 1 ≤ --index ≤ N")
    durations = durations_from_results(args.durations) if args.durations and args.durations.is_dir() else {}
    try:
        groups = balance(collect_scenarios(args.pytest_args), durations, args.shards)
    except HarnessError as error:
        print(error, file=sys.stderr)
        return 2
    if args.write is not None:
        print(json.dumps(write_shards(groups, args.write)))
    else:
        sys.stdout.write("".join(f"{scenario.node_id}\n" for scenario in groups[args.index - 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
