"""The check of one code of a unit's list, in the order each step depends on the one before:

1. the code as written (codes.py): a malformed code or a deleted record's code is a problem of the input; a code of
   the 5./6. series is an internal procedure;
2. the portal's public JSON API (an HTTP client per worker): the code in the catalogue search, then its full
   record — not listed means not published, and the CSDL TTHC administrator's page (when the run has that
   account) tells a procedure not yet published from a code that does not exist or an internal one;
3. the record: its publication decision against the one the unit wrote (decision.py), its times and fees per
   channel (channels.py);
4. the procedure's page: "Chọn cơ quan thực hiện" lists the unit (the portal lists only agencies where the
   procedure is configured for online submission; the real portal has no documented API behind the panel, so the
   page is read as a citizen reads it);
5. only for a code that passed all of that, and only where the environment may be written to: a test submission by
   the env's level-2 citizen at the unit, which the unit's one-stop officer must find in "Chờ tiếp nhận trực
   tuyến" (flows/submission.py and flows/back_office.py, run in the worker's own browser).
"""

import random
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, expect

from flows.back_office import open_queue
from flows.login import log_in_officer
from flows.submission import agency_level, fill_declaration, prepare_declaration
from harness.actors import Account
from harness.audits.definition import AuditDefinition, input_problem
from harness.audits.findings import NOT_CHECKED, Finding
from harness.audits.procedures import verdicts
from harness.audits.procedures.channels import offers_online, review_channels
from harness.audits.procedures.codes import is_internal_series, read_code, stored_code_note
from harness.audits.procedures.decision import same_decision
from harness.audits.procedures.verdicts import Review, single
from harness.audits.runner import RowCheck
from harness.audits.table_input import Row
from harness.clients.portal_api import PortalApi
from harness.config import Environment, UnitSpec
from harness.errors import HarnessError
from harness.vietnam_time import VIETNAM
from pages.motcua.procedure_publications import publication_pages
from pages.portal.agency_panel import PROVINCE, AgencyPanel
from pages.portal.eform_page import EFormPage
from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.submission_result_page import SubmissionResultPage

CODE, NAME, DECISION = "Mã TTHC", "Tên thủ tục", "Số quyết định công bố"
DEFINITION = AuditDefinition(
    name="ra_soat_tthc",
    title="Rà soát công khai, cấu hình thủ tục hành chính theo mã",
    columns=(CODE,),
    key=(CODE,),
    ok_verdicts=frozenset({verdicts.OK}),
    optional_columns=(NAME, DECISION),
)
INTERNAL_TYPE = "STANDARD_INTERNAL"
WAITING_ONLINE = ("Tiếp nhận hồ sơ", "Chờ tiếp nhận trực tuyến")
BLANK = "about:blank"


@dataclass(frozen=True)
class Sessions:
    """Storage states saved in the main thread, of the citizen and the unit's one-stop officer for the test
    submission (None where it is not made); the CSDL TTHC administrator's account (None without one), logged in by
    each worker the first time it needs the administrator's page."""

    citizen: str | None = None
    officer: str | None = None
    admin: Account | None = None
    no_submission: str = ""  # why no test submission is made, when it is not


@dataclass(frozen=True)
class CheckSettings:
    env: Environment
    unit: UnitSpec
    input_file: Path
    sessions: Sessions
    open_browser: Callable[[], AbstractContextManager[Browser]]
    files_folder: Path  # the synthetic files a test submission attaches


class Pages:
    """A worker's browser, started the first time a row needs a page, and one page per role in it."""

    def __init__(self, settings: CheckSettings, stack: ExitStack) -> None:
        self.settings, self._stack = settings, stack
        self._browser: Browser | None = None
        self._pages: dict[str, Page] = {}

    def of(self, role: str, storage_state: str | None = None) -> Page:
        if role not in self._pages:
            if self._browser is None:
                self._browser = self._stack.enter_context(self.settings.open_browser())
            deadlines = self.settings.env.deadlines
            context = self._browser.new_context(storage_state=storage_state, locale="vi-VN",
                                                timezone_id="Asia/Ho_Chi_Minh")
            context.set_default_timeout(deadlines.action)
            context.set_default_navigation_timeout(deadlines.navigation)
            self._stack.callback(context.close)
            self._pages[role] = context.new_page()
        return self._pages[role]


@contextmanager
def open_procedure_check(settings: CheckSettings) -> Iterator[RowCheck]:
    """Entered once per worker thread: its HTTP client for the portal's API, and its browser when needed."""
    with ExitStack() as stack:
        api = stack.enter_context(PortalApi(settings.env.url("portal"), settings.env.deadlines.navigation))
        yield ProcedureCheck(settings, api, Pages(settings, stack)).check


class ProcedureCheck:
    def __init__(self, settings: CheckSettings, api: PortalApi, pages: Pages) -> None:
        self.settings, self.api, self.pages = settings, api, pages
        self.env, self.unit = settings.env, settings.unit

    def check(self, row: Row) -> Finding:
        written = row.values[CODE]
        reading = read_code(written)
        if reading.problem:
            return input_problem(self.settings.input_file, row, CODE, reading.problem, key=written)
        code = reading.code
        if is_internal_series(code):
            return single(row, code, verdicts.INTERNAL, f"mã {code} thuộc nhóm 5./6.: thủ tục hành chính nội bộ, "
                          "không công khai cho người dân và không nộp trực tuyến trên Cổng")
        listed = self.api.rows_for_code(code)
        if not listed:
            return self.not_on_portal(row, code)
        found = listed[0]
        record = self.api.formality(found["id"])
        if record is None:
            return Finding(row.number, code, NOT_CHECKED, f"Cổng liệt kê thủ tục {code} nhưng không trả bản ghi chi "
                           "tiết (get-formality-by-citizen): chưa xem được quyết định công bố, thời hạn, phí",
                           f"Cổng: {str(found.get('name', '')).strip()}", row.values)
        if found.get("type") == INTERNAL_TYPE or record.get("type") == INTERNAL_TYPE or record.get("isInternal"):
            return single(row, code, verdicts.INTERNAL, f"Cổng ghi thủ tục {code} là thủ tục nội bộ "
                          f"({record.get('type') or found.get('type')})")
        review = Review()
        review.see(f"Cổng: {str(record.get('name') or found.get('name') or '').strip()}")
        for note in (stored_code_note(str(found.get("code", ""))), "bản ghi đã được cập nhật (state UPDATED)"
                     if record.get("state") == "UPDATED" else ""):
            if note:
                review.see(note)
        self.check_decision(row, record, review)
        self.check_channels(record, review)
        # With a test submission to make, the citizen reads the panel and goes on from it to the e-form.
        submitting = not self.settings.sessions.no_submission
        page = self.pages.of("citizen", self.settings.sessions.citizen) if submitting else self.pages.of("portal")
        listed_as = self.check_configuration(page, found["id"], code, record, review)
        if review.clean and listed_as:
            if submitting:
                self.check_submission(page, row, code, listed_as, review)
            else:
                review.see(f"không nộp thử: {self.settings.sessions.no_submission}")
        return review.finding(row, code)

    def not_on_portal(self, row: Row, code: str) -> Finding:
        searched = f"Cổng không có mã {code} (tìm theo mã qua API công khai list-all-public-formality-by-citizen)"
        admin = self.settings.sessions.admin
        if admin is None:
            return single(row, code, verdicts.NOT_PUBLISHED,
                          f"{searched}; không có tài khoản quản trị CSDL TTHC để phân biệt thủ tục chưa công khai "
                          "với mã không tồn tại hoặc thủ tục nội bộ")
        page = self.pages.of("admin")
        try:
            lookup = publication_pages(page, self.env)
        except HarnessError as missing:
            return single(row, code, verdicts.NOT_PUBLISHED, f"{searched}; {missing}")
        if page.url == BLANK:
            log_in_officer(page, self.env, admin)
        rows = lookup.rows_for(code)
        where = "Quản trị Cổng DVC › Công khai thủ tục"
        if not rows:
            return single(row, code, verdicts.NO_SUCH_CODE, f"{searched}; CSDL TTHC ({where}) cũng không có mã này")
        public = [r for r in rows if "nội bộ" not in r["Phân loại"].casefold()]
        if not public:
            return single(row, code, verdicts.INTERNAL, f"{where} ghi mã {code} là thủ tục nội bộ",
                          f"CSDL TTHC: {rows[0]['Tên thủ tục']}")
        entry = public[0]
        decision = f", quyết định {entry['Số quyết định công bố']}" if entry["Số quyết định công bố"] else ""
        return single(row, code, verdicts.NOT_PUBLISHED,
                      f"{searched}; CSDL TTHC ({where}) có thủ tục này, trạng thái “{entry['Trạng thái']}”{decision}",
                      f"CSDL TTHC: {entry['Tên thủ tục']}")

    def check_decision(self, row: Row, record: Mapping[str, Any], review: Review) -> None:
        proposal = record.get("procedureProposal") or {}
        on_portal = str(proposal.get("proposalNumber") or record.get("decisionNo") or "").strip()
        given = row.values.get(DECISION, "").strip()
        if not on_portal:
            review.problem(verdicts.WRONG_DECISION, "Cổng không ghi số quyết định công bố của thủ tục")
            return
        decided = proposal.get("decisionDate")
        day = f" ngày {datetime.fromtimestamp(decided / 1000, VIETNAM):%d/%m/%Y}" if decided else ""
        review.see(f"quyết định công bố {on_portal}{day}")
        if given and not same_decision(given, on_portal):
            review.problem(verdicts.WRONG_DECISION,
                           f"danh sách ghi quyết định “{given}”, Cổng công bố theo quyết định {on_portal}{day}")

    def check_channels(self, record: Mapping[str, Any], review: Review) -> None:
        channels = review_channels(record)
        for seen in channels.seen:
            review.see(seen)
        for note in channels.notes:
            review.see(note)
        for problem in channels.problems:
            review.problem(verdicts.TIME_OR_FEE, problem)

    def check_configuration(self, page: Page, formality_id: str, code: str, record: Mapping[str, Any],
                            review: Review) -> str:
        """What "Chọn cơ quan thực hiện" lists the unit as ("" when it does not); the panel is left with the unit's
        province and level chosen."""
        unit = self.unit
        if not offers_online(record):
            review.problem(verdicts.NOT_CONFIGURED, f"thủ tục {code} không có cách thức trực tuyến trên Cổng: không "
                           "nộp trực tuyến được ở đơn vị nào")
            return ""
        page.goto(f"{self.env.url('portal')}/thu-tuc-hanh-chinh/{formality_id}")
        detail = ProcedureDetailPage(page)
        shown = detail.info("Mã thủ tục")
        assert shown.strip() == code, f"trang thủ tục {formality_id} ghi mã “{shown}”, không phải {code}"
        panel = detail.agency_panel
        panel.pick(PROVINCE)
        panel.province.open()  # read the provinces, and choose the unit's in the same opened list
        provinces = [name.strip() for name in panel.province.listbox.get_by_role("option").all_inner_texts()]
        if unit.province not in provinces:
            panel.province.close()
            review.problem(verdicts.NOT_CONFIGURED, f"“Chọn cơ quan thực hiện” không có {unit.province} "
                           f"(có: {', '.join(provinces[:5]) or 'không tỉnh nào'})")
            return ""
        panel.province.choose(unit.province)
        level = agency_level(unit.choice)
        panel.pick(level)
        options = panel.agency.options()
        listed_as = next((name for name in (unit.name, unit.choice) if name in options), "")
        if not listed_as:
            review.problem(verdicts.NOT_CONFIGURED, f"“Chọn cơ quan thực hiện” của {unit.province} không có "
                           f"{unit.choice} (có: {', '.join(options[:6]) or f'không cơ quan nào ở mục “{level}”'})")
            return ""
        review.see(f"Chọn cơ quan thực hiện: {unit.province} › {listed_as}")
        return listed_as

    def check_submission(self, citizen: Page, row: Row, code: str, listed_as: str, review: Review) -> None:
        """From the panel the configuration check left: the unit chosen, "Nộp hồ sơ", the e-form, the result."""
        unit = self.unit
        panel = AgencyPanel(citizen)
        panel.agency.choose(listed_as)
        panel.submit()
        eform = EFormPage(citizen)
        expect(eform.heading).to_be_visible()
        prepared, files = prepare_declaration(code, unit.province, listed_as, random.Random(row.number),
                                              datetime.now(VIETNAM).date(), self.settings.files_folder)
        fill_declaration(eform, prepared.answers, files)
        eform.submit()
        result = SubmissionResultPage(citizen)
        ma_ho_so, receiving = result.ma_ho_so(), result.agency()
        review.see(f"nộp thử: hồ sơ {ma_ho_so}, Cổng ghi cơ quan tiếp nhận “{receiving}”")
        elsewhere = receiving != unit.name or not ma_ho_so.startswith(f"{unit.code}-")
        if self.waiting_online(ma_ho_so, wait=not elsewhere):
            review.see(f"hồ sơ {ma_ho_so} có trong “{WAITING_ONLINE[1]}” của {unit.name}")
            return
        where = f"cơ quan tiếp nhận “{receiving}”, mã hồ sơ {ma_ho_so}" if elsewhere else f"hồ sơ {ma_ho_so}"
        review.problem(verdicts.MISROUTED, f"nộp thử tại {unit.name}: {where} — không có trong “{WAITING_ONLINE[1]}” "
                       f"của {unit.name}" + (f" sau {self.env.deadlines.status_sync} ms" if not elsewhere else ""))

    def waiting_online(self, ma_ho_so: str, wait: bool) -> bool:
        """The unit's officer finds the dossier in "Chờ tiếp nhận trực tuyến": looked at again until the
        `status_sync` deadline (a provincial system may receive it late), or once when the portal already said it
        went elsewhere."""
        page = self.pages.of("officer", self.settings.sessions.officer)
        deadlines = self.env.deadlines
        deadline = time.monotonic() + (deadlines.status_sync / 1000 if wait else 0)
        while True:
            if open_queue(page, self.env, *WAITING_ONLINE).row_for(ma_ho_so) is not None:
                return True
            remaining_ms = (deadline - time.monotonic()) * 1000
            if remaining_ms <= 0:
                return False
            try:  # a web-first wait of one poll interval before the queue is shown again
                expect(page.get_by_text(ma_ho_so, exact=True)).to_be_visible(
                    timeout=max(min(deadlines.poll_interval, remaining_ms), 1))
            except AssertionError:
                continue
