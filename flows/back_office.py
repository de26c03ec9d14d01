"""Officer tasks on the province's one-stop back office, each ending on its business outcome: the dossier is
found under "Theo dõi hồ sơ › Theo dõi tất cả hồ sơ" (every officer has it), opened, and acted on.

Which system's pages these are (the sandbox's "HT Một cửa điện tử", a vendor's) is the environment file's
`[motcua] system` (pages/motcua/systems.py); nothing here depends on one system's markup or addresses.
These are also the UI chain that a real portal uses to put a dossier into a status before a scenario.
"""

from weakref import WeakKeyDictionary

from playwright.sync_api import APIResponse, Page, expect

from harness.actors import Account
from harness.config import Environment
from pages.motcua.system import BackOfficeMenu, BackOfficeSystem, DossierQueue, OfficerDossier, ResultDocument
from pages.motcua.systems import system_for

TRACKING = ("Theo dõi hồ sơ", "Theo dõi tất cả hồ sơ")
RECEIPT = ("Mã hồ sơ", "Chủ hồ sơ", "Thủ tục", "Cơ quan tiếp nhận", "Ngày tiếp nhận", "Ngày hẹn trả kết quả",
           "Thành phần hồ sơ", "Cán bộ tiếp nhận")
REFUSAL = ("Mã hồ sơ", "Chủ hồ sơ", "Thủ tục", "Cơ quan tiếp nhận", "Ngày từ chối", "Lý do từ chối",
           "Cán bộ tiếp nhận")
SUPPLEMENT_REQUEST = ("Mã hồ sơ", "Chủ hồ sơ", "Thủ tục", "Cơ quan tiếp nhận", "Ngày yêu cầu",
                      "Nội dung yêu cầu bổ sung", "Cán bộ yêu cầu")
STOP_NOTICE = ("Mã hồ sơ", "Chủ hồ sơ", "Thủ tục", "Ngày dừng xử lý", "Lý do dừng", "Người ký")
SLIP_TITLES = {
    "01": "Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    "02": "Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "03": "Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "05": "Mẫu số 05 — Thông báo dừng giải quyết hồ sơ",
}

_systems: WeakKeyDictionary[Page, BackOfficeSystem] = WeakKeyDictionary()


def back_office(page: Page, env: Environment) -> BackOfficeSystem:
    """The environment's one-stop system on this officer's page."""
    if page not in _systems:
        _systems[page] = system_for(env)(page, env)
    return _systems[page]


def _system_on(page: Page) -> BackOfficeSystem:
    if page not in _systems:
        raise RuntimeError("Trang này chưa được mở qua flows.back_office: không biết là hệ thống Một cửa nào.")
    return _systems[page]


def open_login(page: Page, env: Environment) -> None:
    back_office(page, env).open_login()


def log_in(page: Page, env: Environment, account: Account) -> None:
    """From a page with no session: the system's login page, the officer's credentials, up to the home page."""
    system = back_office(page, env)
    system.open_login()
    system.enter_credentials(account)


def enter_credentials(page: Page, env: Environment, account: Account) -> None:
    back_office(page, env).enter_credentials(account)


def open_home(page: Page, env: Environment) -> BackOfficeMenu:
    return back_office(page, env).open_home()


def officer_home(page: Page, env: Environment) -> BackOfficeMenu:
    """The home page or menu the officer's page shows now."""
    return back_office(page, env).home()


def open_entry_address(page: Page, env: Environment, group: str, entry: str) -> None:
    back_office(page, env).open_entry_address(group, entry)


def open_queue(page: Page, env: Environment, group: str, entry: str) -> DossierQueue:
    return back_office(page, env).open_queue(group, entry)


def open_dossier(page: Page, env: Environment, ma_ho_so: str) -> OfficerDossier:
    system = back_office(page, env)
    system.open_queue(*TRACKING).open(ma_ho_so)
    dossier = system.dossier(ma_ho_so)
    dossier.expect_loaded()
    return dossier


def officer_dossier(page: Page, env: Environment, ma_ho_so: str | None = None) -> OfficerDossier:
    """The dossier page the officer's page shows now; given `ma_ho_so`, its reads check that it is that one's."""
    return back_office(page, env).dossier(ma_ho_so)


def result_document(page: Page, env: Environment) -> ResultDocument:
    """The signed result the officer's page shows now."""
    return back_office(page, env).result_document()


def read_slip(page: Page, mau: str, labels: tuple[str, ...]) -> dict[str, str]:
    """The values of the Mẫu slip the page shows, once its title says it is that slip. The page is one these
    flows opened (a slip follows an action on a dossier), so it is known which system it is on."""
    slip = _system_on(page).slip()
    expect(slip.title).to_have_text(SLIP_TITLES[mau])
    return slip.values(labels)


def accept(page: Page, env: Environment, ma_ho_so: str) -> dict[str, str]:
    """"Tiếp nhận": the values of the Mẫu 01 receipt it issues."""
    open_dossier(page, env, ma_ho_so).act("Tiếp nhận")
    return read_slip(page, "01", RECEIPT)


def refuse(page: Page, env: Environment, ma_ho_so: str, reason: str) -> dict[str, str]:
    """"Từ chối tiếp nhận" with a reason: the values of the Mẫu 03 refusal."""
    open_dossier(page, env, ma_ho_so).act("Từ chối tiếp nhận", reason)
    return read_slip(page, "03", REFUSAL)


def request_supplement(page: Page, env: Environment, ma_ho_so: str, content: str) -> dict[str, str]:
    """"Yêu cầu bổ sung" (at receiving or in processing): the values of the Mẫu 02 request."""
    open_dossier(page, env, ma_ho_so).act("Yêu cầu bổ sung", content)
    return read_slip(page, "02", SUPPLEMENT_REQUEST)


def stop_processing(page: Page, env: Environment, ma_ho_so: str, reason: str) -> dict[str, str]:
    """"Dừng xử lý" with a reason (a leader): the values of the Mẫu 05 notice."""
    open_dossier(page, env, ma_ho_so).act("Dừng xử lý", reason)
    return read_slip(page, "05", STOP_NOTICE)


def start_processing(page: Page, env: Environment, ma_ho_so: str) -> None:
    dossier = open_dossier(page, env, ma_ho_so)
    dossier.act("Chuyển xử lý")
    expect(dossier.status).to_have_text("Đang xử lý")


def approve_and_sign(page: Page, env: Environment, ma_ho_so: str) -> dict[str, str]:
    """"Phê duyệt và ký số" (a leader): the signed result as the dossier page shows it."""
    dossier = open_dossier(page, env, ma_ho_so)
    dossier.act("Phê duyệt và ký số")
    expect(dossier.status).to_have_text("Đã xử lý xong")
    return dossier.signature()


def return_result(page: Page, env: Environment, ma_ho_so: str) -> None:
    dossier = open_dossier(page, env, ma_ho_so)
    dossier.act("Trả kết quả")
    expect(dossier.status).to_have_text("Đã trả kết quả")


def send_directly(page: Page, env: Environment, ma_ho_so: str, action: str, reason: str = "") -> APIResponse:
    """The action's request sent straight to the back office with the officer's session, as a crafted request
    would be (no page offers it), so that the server's own check is what answers."""
    return back_office(page, env).send_directly(ma_ho_so, action, reason)
