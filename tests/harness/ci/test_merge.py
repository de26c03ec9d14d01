"""Merging shard results: every file once, the run's own files from the first shard, no scenario run twice."""

import json
from pathlib import Path

import pytest

from harness.ci.merge import main, merge_results
from harness.errors import HarnessError


def shard(folder: Path, *history_ids: str, environment: str = "Môi trường=staging") -> Path:
    folder.mkdir(parents=True)
    for history_id in history_ids:
        uuid = f"{folder.name}-{history_id}"
        result = {"name": history_id, "fullName": f"features/f.feature:{history_id}", "historyId": history_id,
                  "attachments": [{"source": f"{uuid}-attachment.txt"}]}
        (folder / f"{uuid}-result.json").write_text(json.dumps(result), encoding="utf-8")
        (folder / f"{uuid}-attachment.txt").write_text("bằng chứng", encoding="utf-8")
    (folder / "environment.properties").write_text(environment, encoding="utf-8")
    (folder / "executor.json").write_text("{}", encoding="utf-8")
    return folder


def test_results_and_attachments_of_every_shard_land_in_one_folder(tmp_path: Path) -> None:
    first, second = shard(tmp_path / "a", "h1", "h2"), shard(tmp_path / "b", "h3", environment="other")
    assert merge_results([first, second], tmp_path / "out") == 3
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(names) == 3 * 2 + 2
    assert (tmp_path / "out" / "environment.properties").read_text(encoding="utf-8") == "Môi trường=staging"


def test_two_shards_that_ran_the_same_scenario_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    first, second = shard(tmp_path / "a", "h1", "h2"), shard(tmp_path / "b", "h2")
    assert main(["--out", str(tmp_path / "out"), str(first), str(second)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "features/f.feature:h2" in error and "h2" in error and str(second) in error
    assert not (tmp_path / "out").exists()


def test_a_retry_within_one_shard_is_kept(tmp_path: Path) -> None:
    first = shard(tmp_path / "a", "h1")
    retry = {"name": "h1", "historyId": "h1"}
    (first / "retry-result.json").write_text(json.dumps(retry), encoding="utf-8")
    assert merge_results([first], tmp_path / "out") == 2


def test_a_missing_shard_or_a_used_output_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(HarnessError, match="Không có thư mục kết quả"):
        merge_results([tmp_path / "nowhere"], tmp_path / "out")
    used = tmp_path / "used"
    used.mkdir()
    (used / "x-result.json").write_text("{}", encoding="utf-8")
    with pytest.raises(HarnessError, match="đã có tệp"):
        merge_results([shard(tmp_path / "a", "h1")], used)


def test_the_same_file_name_with_other_contents_is_refused(tmp_path: Path) -> None:
    first, second = shard(tmp_path / "a", "h1"), shard(tmp_path / "b", "h2")
    (first / "same-attachment.txt").write_text("một", encoding="utf-8")
    (second / "same-attachment.txt").write_text("hai", encoding="utf-8")
    with pytest.raises(HarnessError, match="same-attachment.txt"):
        merge_results([first, second], tmp_path / "out")
