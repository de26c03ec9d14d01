"""Preconditions of the back-office scenarios: a citizen's dossier already in a given status at a unit.

On the sandbox the setup API walks the real transitions (POST /_setup/dossiers). A real portal has no such
API: the citizen submits through the e-form and the unit's officers take the dossier through the back office,
step by step (flows/back_office.py). Where no UI chain reaches the status yet (fees, a withdrawal, a receipt
in the past), the scenario is skipped and says so.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

import pytest
from playwright.sync_api import Page

from flows.back_office import (
    accept,
    approve_and_sign,
    refuse,
    request_supplement,
    return_result,
    start_processing,
    stop_processing,
)
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment

# TrangThaiHoSo of the DVCQG sync list (DOMAIN §3.3), by the name the portals show.
STATUS_CODES = {"Mới đăng ký": 1, "Được tiếp nhận": 2, "Không được tiếp nhận": 3, "Đang xử lý": 4,
                "Yêu cầu bổ sung giấy tờ": 5, "Yêu cầu thực hiện nghĩa vụ tài chính": 6,
                "Công dân yêu cầu rút hồ sơ": 7, "Dừng xử lý": 8, "Đã xử lý xong": 9, "Đã trả kết quả": 10}
NO_UI_CHAIN = "chưa có chuỗi giao diện cho tiền điều kiện này trên môi trường thật"
PREPARED_NOTE = "Chuẩn bị hồ sơ cho kịch bản kiểm thử."


@dataclass(frozen=True)
class Unit:
    """A unit the scenarios work at: where citizens choose it, and its officers (actor names)."""

    name: str
    province: str
    ward: str
    mot_cua: str
    chuyen_vien: str | None = None
    lanh_dao: str | None = None


Task = Callable[[Page, Environment, str], object]
# After submission, who (a Unit field) does what, to reach each status: the setup API's paths, by hand.
UI_CHAINS: dict[str, tuple[tuple[str, Task], ...]] = {
    "Mới đăng ký": (),
    "Được tiếp nhận": (("mot_cua", accept),),
    "Không được tiếp nhận": (("mot_cua", partial(refuse, reason=PREPARED_NOTE)),),
    "Đang xử lý": (("mot_cua", accept), ("chuyen_vien", start_processing)),
    "Yêu cầu bổ sung giấy tờ": (("mot_cua", accept), ("chuyen_vien", start_processing),
                                ("chuyen_vien", partial(request_supplement, content=PREPARED_NOTE))),
    "Dừng xử lý": (("mot_cua", accept), ("chuyen_vien", start_processing),
                   ("lanh_dao", partial(stop_processing, reason=PREPARED_NOTE))),
    "Đã xử lý xong": (("mot_cua", accept), ("chuyen_vien", start_processing), ("lanh_dao", approve_and_sign)),
    "Đã trả kết quả": (("mot_cua", accept), ("chuyen_vien", start_processing), ("lanh_dao", approve_and_sign),
                       ("mot_cua", return_result)),
}


def status_code(status: str) -> int:
    if status not in STATUS_CODES:
        raise ValueError(f"Không có trạng thái hồ sơ “{status}”: dùng một trong {', '.join(STATUS_CODES)}.")
    return STATUS_CODES[status]


def unit_code(setup: SetupClient, name: str) -> str:
    codes = {unit["name"]: unit["code"] for unit in setup.units()}
    if name not in codes:
        raise ValueError(f"Sandbox không có đơn vị “{name}” (xem GET /_setup/units).")
    return codes[name]


def dossier_in_status(stage, env: Environment, setup: SetupClient | None, owner_id: str, procedure_code: str,
                      unit: Unit, status: str, submit: Callable[[], str],
                      received_at: datetime | None = None) -> str:
    """The Mã hồ sơ of a dossier of `owner_id` (số định danh) for `procedure_code` at `unit`, now in `status`.
    `submit` makes the citizen submit it through the portal and closes its page (a real portal only)."""
    code = status_code(status)
    if env.sandbox and setup is not None:
        return setup.create_dossier(procedure_code, unit_code(setup, unit.name), owner_id, code,
                                    received_at)["ma_ho_so"]
    chain = UI_CHAINS.get(status)
    if chain is None or received_at is not None:
        pytest.skip(f"{NO_UI_CHAIN} (hồ sơ “{status}”{' tiếp nhận trong quá khứ' if received_at else ''}).")
    ma_ho_so = submit()
    for officer, task in chain:
        actor = getattr(unit, officer)
        if actor is None:
            pytest.skip(f"{NO_UI_CHAIN} ({unit.name} chưa khai báo cán bộ “{officer}”).")
        # Closed once done, so that the scenario's own page stays the active one.
        page = stage.new_page(actor)
        task(page, env, ma_ho_so)
        page.close()
    return ma_ho_so
