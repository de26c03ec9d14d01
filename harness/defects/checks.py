"""What must hold between the feature files and the register before a run starts.

- every scenario has exactly one stable id `@id:<slug>` of its own, unique in the project: the Allure history
  follows the id, so a scenario keeps its history when it is renamed or moved;
- every `@loi:<id>` names a defect of the register;
- every defect of the register has a scenario tagged `@loi:<id>` that reproduces it.

Entries do not list their scenarios: the tag beside the scenario is the one place that says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from harness.defects.location import shown, where
from harness.defects.register import DefectRegister
from harness.defects.scenario_tags import DEFECT, STABLE_ID, ScenarioTags
from harness.errors import HarnessError

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_LENGTH = 40


def check_stable_ids(scenarios: Sequence[ScenarioTags]) -> None:
    seen: dict[str, ScenarioTags] = {}
    for scenario in scenarios:
        ids = scenario.own_values(STABLE_ID)
        if not ids:
            raise HarnessError(f'{where(scenario.feature, scenario.line)}: kịch bản "{scenario.name}" chưa có mã '
                               f"ổn định, thêm thẻ @id:<mã> (chữ thường không dấu, số, gạch nối) vào dòng thẻ.")
        if len(ids) > 1:
            raise HarnessError(f"{where(scenario.feature, ids[1].line)}: kịch bản \"{scenario.name}\" có hai mã "
                               f"ổn định @id:{ids[0].value} và @id:{ids[1].value}, giữ một.")
        slug = ids[0]
        if not SLUG.fullmatch(slug.value) or len(slug.value) > SLUG_LENGTH:
            raise HarnessError(f"{where(scenario.feature, slug.line)}: mã ổn định @id:{slug.value} phải là chữ "
                               f"thường không dấu, số và gạch nối, tối đa {SLUG_LENGTH} ký tự.")
        if slug.value in seen:
            first = seen[slug.value]
            raise HarnessError(f"{where(scenario.feature, slug.line)}: mã ổn định @id:{slug.value} đã dùng cho "
                               f'kịch bản "{first.name}" ({where(first.feature, first.line)}), mỗi kịch bản cần '
                               f"một mã riêng.")
        seen[slug.value] = scenario


def check_defect_tags(scenarios: Sequence[ScenarioTags], register: DefectRegister) -> None:
    tagged: set[str] = set()
    for scenario in scenarios:
        for tag in scenario.values(DEFECT):
            if tag.value not in register:
                raise HarnessError(f"{where(scenario.feature, tag.line)}: thẻ @loi:{tag.value} không có trong "
                                   f"{shown(register.path)}, ghi lỗi vào sổ hoặc sửa mã.")
            tagged.add(tag.value)
    for defect in register:
        if defect.id not in tagged:
            raise HarnessError(f"{where(register.path, defect.line)}: lỗi '{defect.id}' không có kịch bản nào gắn "
                               f"thẻ @loi:{defect.id} trong các tệp .feature, gắn thẻ cho kịch bản tái hiện lỗi.")

