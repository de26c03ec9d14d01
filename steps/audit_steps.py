"""Steps every audit feature shares: which list is audited (an example of data/audits/, or the unit's own list
given with --audit-input), and what the findings must be. Each audit's own steps file has its "Khi" step, which
calls `fixtures.audits.audit_the_list` with the check of one row."""

from pathlib import Path

import pytest
from pytest_bdd import given, then

from fixtures.audits import AUDITS, AuditedList
from fixtures.env import PROJECT_ROOT
from harness.audits.expected import differences, read_expected
from harness.audits.report import summary
from harness.config import Environment
from steps.patterns import quoted


def audit_of(request: pytest.FixtureRequest) -> str:
    return next(name for name in AUDITS if request.node.get_closest_marker(name))


@given(quoted('danh sách mẫu "{path}" của "{unit}"'))
def example_list(audited_list: AuditedList, env: Environment, audit_examples: bool, path: str, unit: str) -> None:
    if not audit_examples:
        pytest.skip("Danh sách mẫu chỉ có trạng thái tương ứng trên sandbox và bản diễn tập; trên môi trường này "
                    "hãy rà soát danh sách của đơn vị: --audit-input TÊN_RÀ_SOÁT=TỆP --audit-unit \"tên đơn vị\".")
    audited_list.path, audited_list.unit, audited_list.example = PROJECT_ROOT / path, env.unit(unit), True


@given("danh sách đơn vị gửi để rà soát")
def unit_own_list(audited_list: AuditedList, env: Environment, unit_lists: dict[str, Path], audit_unit: str | None,
                  request: pytest.FixtureRequest) -> None:
    """The list of --audit-input, of the unit --audit-unit names. On the sandbox and in the rehearsal it is checked
    against the examples' state, the only one there."""
    audit = audit_of(request)
    if audit not in unit_lists:
        pytest.skip(f"Chưa có danh sách của đơn vị cho {audit}: chạy với --audit-input {audit}=TỆP (CSV hoặc XLSX) "
                    "và --audit-unit \"tên đơn vị\".")
    request.getfixturevalue("audit_examples")
    audited_list.path, audited_list.unit = unit_lists[audit], env.unit(audit_unit or "")


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
    shown = "\n".join([problem.sentence() for problem in result.problems]
                      + [f"dòng {f.row} ({f.key}): {f.verdict} — {f.detail}" for f in failing[:20]])
    assert not failing and not result.problems, (
        f"{len(failing)} dòng chưa đạt ({summary(result)}); xem bảng kết quả đính kèm:\n{shown}")
