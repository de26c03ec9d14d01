"""Preconditions of the back-office scenarios: a citizen's dossier already in a given status at a unit.

On the sandbox the setup API walks the real transitions (POST /_setup/dossiers). A real portal has no such
API: the citizen submits through the e-form and the unit's officers (`env.officer_at(unit, role)`) take the
dossier through the back office, step by step (flows/back_office.py), each on a page of their own that the
scenario keeps (the evidence of the step shows the last one). A receipt in the past has no UI chain: only
sandbox-only scenarios ask for one.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

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
from flows.submission import prepare_declaration, submit_dossier
from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.rules.statuses import status_code

PREPARED_NOTE = "Chuẩn bị hồ sơ cho kịch bản kiểm thử."
MOT_CUA, CHUYEN_VIEN, LANH_DAO = "MOT_CUA", "CHUYEN_VIEN", "LANH_DAO_DON_VI"
RECEIVING, PROCESSING = "receiving", "processing"

Task = Callable[[Page, Environment, str], object]


@dataclass(frozen=True)
class Wanted:
    """The dossier a scenario starts from: its procedure, unit (a name of the environment's [units]), status,
    and, for a supplement request, when it was asked and what it says (Mẫu 02)."""

    procedure_code: str
    unit: str
    status: str
    received_at: datetime | None = None
    supplement_at: str = PROCESSING
    supplement_request: str = PREPARED_NOTE


def ui_chain(wanted: Wanted) -> tuple[tuple[str, Task], ...]:
    """After the citizen's submission, which role does what, in order, to reach the wanted status."""
    asks = partial(request_supplement, content=wanted.supplement_request)
    taken_up = ((MOT_CUA, accept), (CHUYEN_VIEN, start_processing))
    chains: dict[str, tuple[tuple[str, Task], ...]] = {
        "Mới đăng ký": (),
        "Được tiếp nhận": ((MOT_CUA, accept),),
        "Không được tiếp nhận": ((MOT_CUA, partial(refuse, reason=PREPARED_NOTE)),),
        "Đang xử lý": taken_up,
        "Yêu cầu bổ sung giấy tờ": ((MOT_CUA, asks),) if wanted.supplement_at == RECEIVING
        else (*taken_up, (CHUYEN_VIEN, asks)),
        "Dừng xử lý": (*taken_up, (LANH_DAO, partial(stop_processing, reason=PREPARED_NOTE))),
        "Đã xử lý xong": (*taken_up, (LANH_DAO, approve_and_sign)),
        "Đã trả kết quả": (*taken_up, (LANH_DAO, approve_and_sign), (MOT_CUA, return_result)),
    }
    if wanted.status not in chains:
        raise ValueError(f"Chưa có chuỗi thao tác giao diện đưa hồ sơ tới trạng thái “{wanted.status}”: thêm vào "
                         f"flows/preconditions.py trước khi một kịch bản cần nó.")
    return chains[wanted.status]


class Dossiers:
    """The dossiers a scenario has prepared: whose they are, at which unit (by name), and as what."""

    def __init__(self, stage, env: Environment, setup: SetupClient | None, rng: random.Random,
                 today: Callable, folder: Path) -> None:
        self.stage, self.env, self.setup = stage, env, setup
        self.rng, self.today, self.folder = rng, today, folder
        self.owners: dict[str, Account] = {}
        self.units: dict[str, str] = {}
        self.wanted: dict[str, Wanted] = {}

    def prepare(self, owner: Account, wanted: Wanted) -> str:
        """The Mã hồ sơ of a dossier of `owner` now as `wanted`."""
        code = status_code(wanted.status)
        if self.setup is not None:
            ma_ho_so = self.setup.create_dossier(
                wanted.procedure_code, self.env.unit(wanted.unit).code, owner.login_id, code, wanted.received_at,
                wanted.supplement_at, wanted.supplement_request)["ma_ho_so"]
        else:
            ma_ho_so = self._through_the_ui(owner, wanted)
        self.owners[ma_ho_so] = owner
        self.units[ma_ho_so] = wanted.unit
        self.wanted[ma_ho_so] = wanted
        return ma_ho_so

    def officer(self, ma_ho_so: str, role: str) -> str:
        """The actor of the environment file who works at the dossier's unit with the role."""
        return self.env.officer_at(self.units[ma_ho_so], role).name

    def _through_the_ui(self, owner: Account, wanted: Wanted) -> str:
        if wanted.received_at is not None:
            raise ValueError("Hồ sơ tiếp nhận trong quá khứ chỉ chuẩn bị được bằng API thiết lập của sandbox: "
                             "gắn @moi_truong:sandbox cho kịch bản.")
        chain = ui_chain(wanted)
        ma_ho_so = self._submit(owner, wanted)
        for role, task in chain:
            actor = self.env.officer_at(wanted.unit, role).name
            task(self.stage.page_of(actor, actor), self.env, ma_ho_so)
        return ma_ho_so

    def _submit(self, owner: Account, wanted: Wanted) -> str:
        """How the citizen submits on a real portal: the e-form filled in, and its files."""
        unit = self.env.unit(wanted.unit)
        prepared, files = prepare_declaration(wanted.procedure_code, unit.province, unit.choice, self.rng,
                                              self.today(), self.folder)
        page = self.stage.page_of(owner.actor, owner.actor)
        return submit_dossier(page, self.env, wanted.procedure_code, unit.province, unit.choice, prepared.answers,
                              files)
