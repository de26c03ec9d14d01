"""Officer tasks on the one-stop back office (HT Một cửa điện tử), each ending on its business outcome: the
dossier is found under "Theo dõi hồ sơ › Theo dõi tất cả hồ sơ" (every officer has it), opened, and acted on.

These are also the UI chain that a real portal uses to put a dossier into a status before a scenario.
"""

from playwright.sync_api import APIResponse, Page, expect

from harness.config import Environment
from pages.motcua.dossier_page import OfficerDossierPage
from pages.motcua.home_page import BackOfficeHome
from pages.motcua.queue_page import QueuePage
from pages.motcua.slip_page import SlipPage

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
# Where the sandbox's back office takes each action; a province's real system has its own addresses.
ACTION_ADDRESSES = {
    "Tiếp nhận": "tiep-nhan",
    "Từ chối tiếp nhận": "tu-choi-tiep-nhan",
    "Yêu cầu bổ sung": "yeu-cau-bo-sung",
    "Chuyển xử lý": "chuyen-xu-ly",
    "Dừng xử lý": "dung-xu-ly",
    "Phê duyệt và ký số": "phe-duyet-ky-so",
    "Trả kết quả": "tra-ket-qua",
}


def open_queue(page: Page, env: Environment, group: str, entry: str) -> QueuePage:
    home = BackOfficeHome(page)
    home.load(env.url("motcua"))
    home.open_entry(group, entry)
    return QueuePage(page, entry)


def open_dossier(page: Page, env: Environment, ma_ho_so: str) -> OfficerDossierPage:
    open_queue(page, env, *TRACKING).open(ma_ho_so)
    dossier = OfficerDossierPage(page)
    expect(dossier.facts.get_by_label("Mã hồ sơ", exact=True)).to_have_text(ma_ho_so)
    return dossier


def read_slip(page: Page, mau: str, labels: tuple[str, ...]) -> dict[str, str]:
    """The values of the Mẫu slip the page shows, once its title says it is that slip."""
    slip = SlipPage(page)
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
    """The action's POST sent straight to the back office with the officer's session, as a crafted request
    would be (no page offers it), so that the server's own check is what answers."""
    address = f"{env.url('motcua')}/ho-so/{ma_ho_so}/{ACTION_ADDRESSES[action]}"
    return page.request.post(address, form={"ghi_chu": reason}, max_redirects=0)
