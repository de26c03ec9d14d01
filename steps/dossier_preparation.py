"""The dossiers a back-office scenario starts from, and the units (with their officers' actors) it works at.

On the sandbox the setup API prepares a dossier; on a real portal the citizen submits it through the e-form and
the unit's officers take it through the back office (flows/preconditions.py).
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from flows.preconditions import Unit, dossier_in_status
from flows.submission import submit_dossier
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from steps.citizen_steps import prepare

UNITS = {unit.name: unit for unit in (
    Unit("Công an Phường Tuy Hòa", "Tỉnh Đắk Lắk", "Phường Tuy Hòa", mot_cua="officer_mot_cua_cong_an",
         chuyen_vien="officer_chuyen_vien_cong_an", lanh_dao="officer_lanh_dao_cong_an"),
    Unit("Công an Phường Buôn Ma Thuột", "Tỉnh Đắk Lắk", "Phường Buôn Ma Thuột",
         mot_cua="officer_mot_cua_khac_don_vi"),
)}
OFFICER_KINDS = {"cán bộ một cửa": "mot_cua", "chuyên viên": "chuyen_vien", "lãnh đạo": "lanh_dao"}


def officer_actor(kind: str, unit_name: str) -> str:
    actor = getattr(UNITS[unit_name], OFFICER_KINDS[kind])
    assert actor, f"chưa khai báo {kind} của {unit_name} trong steps/dossier_preparation.py"
    return actor


class Dossiers:
    """The dossiers a scenario has prepared, and whose they are."""

    def __init__(self, stage, env: Environment, setup_client, accounts, rng, today: Callable, folder: Path) -> None:
        self.stage, self.env, self.setup_client, self.accounts = stage, env, setup_client, accounts
        self.rng, self.today, self.folder = rng, today, folder
        self.owners: dict[str, Account] = {}
        self.units: dict[str, Unit] = {}

    def prepare(self, code: str, level: str, status: str, unit_name: str, received_at: datetime | None = None) -> str:
        owner = self.accounts.get(f"citizen_l{level}")
        unit = UNITS[unit_name]
        ma_ho_so = dossier_in_status(self.stage, self.env, self.setup_client, owner.login_id, code, unit, status,
                                     lambda: self.submit(owner.actor, code, unit), received_at)
        self.owners[ma_ho_so] = owner
        self.units[ma_ho_so] = unit
        attach_seen("Hồ sơ chuẩn bị sẵn", {"mã hồ sơ": ma_ho_so, "trạng thái": status, "đơn vị": unit_name})
        return ma_ho_so

    def submit(self, actor: str, code: str, unit: Unit) -> str:
        """How the citizen submits on a real portal: the e-form filled in, and its files; the page closed after."""
        prepared, files = prepare(code, unit.province, unit.ward, self.rng, self.today(), self.folder)
        page = self.stage.new_page(actor)
        ma_ho_so = submit_dossier(page, self.env, code, unit.province, unit.ward, prepared.answers, files)
        page.close()
        return ma_ho_so
