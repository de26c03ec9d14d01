"""Steps of chuyen_doi_ho_so.feature: every dossier of the unit's export looked for by its legacy code, as the
unit's one-stop officer sees it, in the audit's worker threads (harness/audits/migration/). The officer's login is
saved here, in the main thread; each worker opens its own context on it and only reads."""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from playwright.sync_api import Browser
from pytest_bdd import scenarios, when

from fixtures.actors import SessionBook
from fixtures.audits import AuditedList, audit_the_list
from flows.migrated_dossiers import OfficerView
from harness.audits.migration.check import DEFINITION, row_check
from harness.audits.runner import RowCheck
from harness.config import Environment

scenarios("chuyen_doi_ho_so.feature")


@when("cán bộ một cửa của đơn vị rà soát từng hồ sơ của danh sách theo mã hồ sơ cũ trên hệ thống Một cửa điện tử "
      "và Cổng DVCQG")
def audit_migrated_dossiers(audited_list: AuditedList, env: Environment, sessions: SessionBook,
                            audit_browser: Callable[[], AbstractContextManager[Browser]], audit_folder: Path,
                            audit_workers: int) -> None:
    assert audited_list.path is not None and audited_list.unit is not None, "chưa có bước chọn danh sách"
    officer = env.officer_at(audited_list.unit.name, "MOT_CUA").name
    logged_in, file = sessions.storage_state(officer), audited_list.path

    @contextmanager
    def open_check() -> Iterator[RowCheck]:
        with audit_browser() as browser:
            context = browser.new_context(storage_state=logged_in, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
            context.set_default_timeout(env.deadlines.action)
            context.set_default_navigation_timeout(env.deadlines.navigation)
            try:
                yield row_check(file, OfficerView(context, env))
            finally:
                context.close()

    audit_the_list(audited_list, DEFINITION, open_check, env, audit_folder, audit_workers)
