"""Duration-balanced shards: longest first onto the lightest shard, the median for unknown scenarios, stable."""

import json
from pathlib import Path

from harness.ci.collection import Scenario, scenario_key
from harness.ci.shards import balance, durations_from_results, read_shard_file, write_shards


def scenarios(*keys: str) -> list[Scenario]:
    return [Scenario(f"steps/test_x.py::test_{key}", key) for key in keys]


def keys(groups: list[list[Scenario]]) -> list[list[str]]:
    return [[scenario.key for scenario in group] for group in groups]


def test_longest_first_onto_the_lightest_shard() -> None:
    durations = {"a": 10.0, "b": 7.0, "c": 6.0, "d": 4.0, "e": 3.0}
    # a → 1 (10 s); b → 2 (7); c → 2 (13); d → 1 (14); e → 2 (16).
    assert keys(balance(scenarios("a", "b", "c", "d", "e"), durations, 2)) == [["a", "d"], ["b", "c", "e"]]


def test_each_shard_keeps_the_collection_order() -> None:
    durations = {"first": 1.0, "second": 1.0, "third": 9.0}
    assert keys(balance(scenarios("first", "second", "third"), durations, 2)) == [["third"], ["first", "second"]]


def test_unknown_scenarios_count_as_the_median_of_the_known_ones() -> None:
    durations = {"a": 2.0, "b": 4.0, "c": 30.0}
    # The unknown x weighs 4 s: c alone on one shard, then b, x and a on the other.
    assert keys(balance(scenarios("a", "b", "c", "x"), durations, 2)) == [["c"], ["a", "b", "x"]]


def test_without_durations_the_scenarios_are_dealt_out_evenly() -> None:
    groups = balance(scenarios(*"abcdefg"), {}, 3)
    assert [len(group) for group in groups] == [3, 2, 2]


def test_the_same_input_gives_the_same_shards() -> None:
    durations = {"a": 5.0, "b": 5.0, "c": 5.0, "d": 5.0}
    first = balance(scenarios("a", "b", "c", "d"), durations, 3)
    assert balance(scenarios("a", "b", "c", "d"), durations, 3) == first
    assert keys(first) == [["a", "d"], ["b"], ["c"]]


def test_more_shards_than_scenarios_leave_some_empty_and_unwritten(tmp_path: Path) -> None:
    groups = balance(scenarios("a", "b"), {}, 4)
    assert write_shards(groups, tmp_path) == [1, 2]
    assert read_shard_file(tmp_path / "shard-2.txt") == ["steps/test_x.py::test_b"]
    assert not (tmp_path / "shard-3.txt").exists()


def write_result(folder: Path, name: str, slug: str | None, start: int, stop: int,
                 parameters: list[dict] | None = None) -> None:
    labels = [{"name": "feature", "value": "F"}] + ([{"name": "id", "value": slug}] if slug else [])
    body = {"name": name, "start": start, "stop": stop, "labels": labels, "parameters": parameters or []}
    (folder / f"{name}-result.json").write_text(json.dumps(body), encoding="utf-8")


def test_durations_are_read_by_stable_id_and_example_row(tmp_path: Path) -> None:
    write_result(tmp_path, "plain", "tim-kiem", 1_000, 4_500)
    write_result(tmp_path, "row", "dang-nhap-sai", 0, 2_000, [{"name": "lần", "value": "3"}])
    write_result(tmp_path, "no-id", None, 0, 9_000)
    assert durations_from_results(tmp_path) == {"tim-kiem": 3.5, scenario_key("dang-nhap-sai", {"lần": "3"}): 2.0}


def test_the_latest_result_of_a_scenario_wins(tmp_path: Path) -> None:
    write_result(tmp_path, "old", "tim-kiem", 0, 10_000)
    write_result(tmp_path, "new", "tim-kiem", 20_000, 21_000)
    assert durations_from_results(tmp_path) == {"tim-kiem": 1.0}


def test_an_outline_row_key_names_its_columns_in_order() -> None:
    assert scenario_key("s", {"b": "2", "a": "1"}) == "s[a=1, b=2]"
    assert scenario_key("s", {}) == "s"
