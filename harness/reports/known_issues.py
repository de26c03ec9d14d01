"""The known issues of the report: the scenarios of the register's open defects, as Allure 3 resolutions.

A known issue is a failure the team expects because its defect is still open (`mở`): the report links the
failing scenario to the defect, and the quality gate lets it through. A defect said to be fixed (`đã khắc phục
chờ xác nhận`) is not known: its scenarios failing again is what the confirmation run is there to catch, so
they count like any other failure; nor are `đã xác nhận` and `không tái hiện` defects.

Allure 3.18 reads known issues as `resolutions` rules of its config (`resolution: "issue"`, matched by the
test case id): one rule per open defect, listing the testCaseId of every scenario tagged `@loi:<id>` (from
the scenario's `@id:<slug>`, as fixtures/defects.py sets it) — Allure keeps that id as the test case's
`externalId` and matches rules against it. An issue rule needs a link template: `DVCQG_DEFECT_URL` (the
tracker's address with `%s` for the defect id) or a `.invalid` address that says there is none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from harness.defects.parser import load_register
from harness.defects.register import DefectRegister
from harness.defects.scenario_tags import DEFECT, STABLE_ID, ScenarioTags, read_scenario_tags, stable_case_id

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REGISTER_FILE = PROJECT_ROOT / "data" / "defects.toml"
FEATURES_DIR = PROJECT_ROOT / "features"
KNOWN_STATUSES = ("mở",)
ISSUE_TYPE = "loi"
DEFECT_URL_VARIABLE = "DVCQG_DEFECT_URL"
NO_TRACKER_URL = "https://chua-co-trinh-theo-doi-loi.invalid/%s"


def known_test_case_ids(register: DefectRegister, scenarios: Iterable[ScenarioTags]) -> dict[str, list[str]]:
    """Open defect id → the testCaseIds of the scenarios that reproduce it (in the feature files' order)."""
    open_ids = {defect.id for defect in register if defect.status in KNOWN_STATUSES}
    known: dict[str, list[str]] = {defect_id: [] for defect_id in sorted(open_ids)}
    for scenario in scenarios:
        stable_ids = scenario.own_values(STABLE_ID)
        for tag in scenario.values(DEFECT):
            if tag.value in open_ids and stable_ids:
                known[tag.value].append(stable_case_id(stable_ids[0].value))
    return {defect_id: ids for defect_id, ids in known.items() if ids}


def resolutions(register: DefectRegister, known: Mapping[str, list[str]], url_pattern: str) -> dict[str, object]:
    """The `resolutions` setting of allurerc.mjs for these known issues."""
    return {
        "links": {ISSUE_TYPE: {"urlTemplate": url_pattern, "nameTemplate": "Lỗi %s"}},
        "rules": [
            {
                "testCaseId": ids,
                "resolution": "issue",
                "issue": {"id": defect_id, "type": ISSUE_TYPE},
                "comment": f"Lỗi đã biết, đang mở: {register[defect_id].title} "
                           f"({register[defect_id].notice}, {register[defect_id].unit})",
            }
            for defect_id, ids in known.items()
        ],
    }


def project_known_issues() -> tuple[DefectRegister, dict[str, list[str]]]:
    """The project's register and the testCaseIds of its open defects' scenarios."""
    register = load_register(REGISTER_FILE)
    return register, known_test_case_ids(register, read_scenario_tags(FEATURES_DIR))
