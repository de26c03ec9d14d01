"""Steps every audit feature shares: which list is audited (an example of data/audits/, or the unit's own list
given with --audit-input), and what the findings must be. Each audit's own steps file has its "Khi" step, which
calls `audit_the_list` with the check of one row."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from pytest_bdd import given, then

from fixtures.audits import AUDITS
from fixtures.env import PROJECT_ROOT
from harness.audits.definition import AuditDefinition
from harness.audits.expected import differences, read_expected
from harness.audits.report import summary
from harness.audits.runner import AuditResult, OpenCheck
from harness.audits.session import perform, read_list
from harness.audits.table_input import InputTable
from harness.config import Environment, UnitSpec
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import VIETNAM
from steps.patterns import quoted

EXAMPLES_FOLDER = "danh-sach-mau"  # under the audit folder: the examples' tables, never mixed with a unit's own


@dataclass
class AuditedList:
    """The list a scenario audits, then what the audit found."""

    path: Path | None = None
    unit: UnitSpec | None = None
    table: InputTable | None = None
    definition: AuditDefinition | None = None
    result: AuditResult | None = None
    example: bool = False  # an example of data/audits/: its files go apart from the unit's own list's


@pytest.fixture
def audited_list() -> AuditedList:
    return AuditedList()


def audit_of(request: pytest.FixtureRequest) -> str:
    return next(name for name in AUDITS if request.node.get_closest_marker(name))


@given(quoted('danh sách mẫu "{path}" của "{unit}"'))
def example_list(audited_list: AuditedList, env: Environment, audit_examples: bool, path: str, unit: str) -> None:
    if not audit_examples:
        pytest.skip("Danh sách mẫu chỉ có trạng thái tương ứng trên sandbox và bản diễn tập; trên môi trường này "
                    "hãy rà soát danh sách của đơn vị: --audit-input TÊN_RÀ_SOÁT=TỆP.")
    audited_list.path, audited_list.unit, audited_list.example = PROJECT_ROOT / path, env.unit(unit), True


@given(quoted('danh sách do "{unit}" gửi để rà soát'))
def unit_own_list(audited_list: AuditedList, env: Environment, unit_lists: dict[str, Path],
                  request: pytest.FixtureRequest, unit: str) -> None:
    """On the sandbox and in the rehearsal the list is checked against the examples' state, the only one there."""
    audit = audit_of(request)
    if audit not in unit_lists:
        pytest.skip(f"Chưa có danh sách của đơn vị cho {audit}: chạy với --audit-input {audit}=TỆP (CSV hoặc XLSX).")
    request.getfixturevalue("audit_examples")
    audited_list.path, audited_list.unit = unit_lists[audit], env.unit(unit)


def audit_the_list(audited_list: AuditedList, definition: AuditDefinition, open_check: OpenCheck, env: Environment,
                   folder: Path, workers: int) -> AuditResult:
    """Read the list, check every row (resuming an interrupted run), publish the table and files."""
    assert audited_list.path is not None and audited_list.unit is not None, "chưa có bước chọn danh sách"
    audited_list.definition = definition
    audited_list.table = read_list(definition, audited_list.path)
    day = datetime.now(VIETNAM).date()
    if audited_list.example:
        folder = folder / EXAMPLES_FOLDER
    target = " ".join(f"{name}={url}" for name, url in sorted(env.urls.items()))
    audited_list.result = perform(definition, audited_list.table, audited_list.unit.code, day, open_check, folder,
                                  workers, env.name, target)
    attach_seen("Tóm tắt kết quả rà soát", summary(audited_list.result))
    return audited_list.result


@then(quoted('kết luận của từng dòng đúng như tệp "{expected}"'))
def verdicts_as_expected(audited_list: AuditedList, expected: str) -> None:
    assert audited_list.result is not None, "danh sách chưa được rà soát"
    wrong = differences(audited_list.result.findings, read_expected(PROJECT_ROOT / expected))
    assert not wrong, "Kết luận rà soát khác kết luận dự kiến:\n" + "\n".join(wrong)


@then("mọi dòng của danh sách đều đạt")
def every_row_passes(audited_list: AuditedList) -> None:
    result, definition = audited_list.result, audited_list.definition
    assert result is not None and definition is not None, "danh sách chưa được rà soát"
    failing = [f for f in result.findings if f.verdict not in definition.ok_verdicts]
    shown = "\n".join(f"dòng {f.row} ({f.key}): {f.verdict} — {f.detail}" for f in failing[:20])
    assert not failing and not result.problems, (
        f"{len(failing)} dòng chưa đạt ({summary(result)}); xem bảng kết quả đính kèm:\n{shown}")
