"""A running sandbox for the sync tests, provincial actors, and polling with a deadline."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.clock import VIETNAM
from sandbox.context import SandboxContext
from sandbox.dossiers.calendars import DDL as CALENDAR_DDL
from sandbox.dossiers.processing_time import ProcessingTime
from sandbox.dossiers.records import DDL as DOSSIER_DDL
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.service import ActionDetails, Actor, DossierService, NewFile
from sandbox.dossiers.state_machine import Action, Role
from sandbox.dossiers.working_days import ProcessingTimeUnit
from sandbox.settings import SandboxSettings

T = TypeVar("T")

WARD = {"code": "000.21.31.H15", "name": "Công an Phường Tuy Hòa"}
CITIZEN = Actor(Role.CONG_DAN, "066090001234", "Trần Thị Mai")
DESK = Actor(Role.MOT_CUA, "motcua.tuyhoa", "Lê Văn Nam", WARD["code"], WARD["name"])
CLERK = Actor(Role.CHUYEN_VIEN, "cv.tuyhoa", "Phạm Thu Hà", WARD["code"], WARD["name"])
LEADER = Actor(Role.LANH_DAO_DON_VI, "ld.tuyhoa", "Nguyễn Văn Hùng", WARD["code"], WARD["name"])
MONDAY_9AM = datetime(2026, 11, 9, 9, 0, tzinfo=VIETNAM)
NO_DETAILS = ActionDetails()
SIGNED_RESULT = ActionDetails(result={"ten_giay_to": "Xác nhận tạm trú"})
FAST = {"delay_ms": 20, "retry_ms": 50, "max_attempts": 5}
DEADLINE_SECONDS = 10.0


@dataclass
class Sandbox:
    app: FastAPI
    ctx: SandboxContext
    client: TestClient
    dossiers: DossierService

    def submit(self, citizen: Actor = CITIZEN) -> Dossier:
        return self.dossiers.submit(
            citizen,
            procedure={"code": "1.004194", "id": "019d-tam-tru", "name": "Đăng ký tạm trú"},
            unit=WARD,
            owner={"ho_va_ten": citizen.name, "so_dien_thoai": "0912345678"},
            form={"noi_tam_tru": "Số 5 đường Hùng Vương, Phường Tuy Hòa, Tỉnh Đắk Lắk"},
            files=[NewFile("000.00.00.G01-KQ003632", "Giấy tờ chứng minh chỗ ở", "hop-dong.pdf", "application/pdf",
                           b"%PDF-1.4 test")],
            processing=ProcessingTime(3, ProcessingTimeUnit.WORKING_DAY),
            trich_yeu="Đăng ký tạm trú",
        )

    def act(self, dossier: Dossier, action: Action, actor: Actor, details: ActionDetails = NO_DETAILS) -> Dossier:
        return self.dossiers.act(dossier.id, action, actor, details)

    def configure(self, **changes: int) -> None:
        assert self.client.put("/_setup/dongbo/config", json=changes).status_code == 200

    def switch(self, fault: str, on: bool = True) -> None:
        assert self.client.put(f"/_setup/faults/{fault}", json={"on": on}).status_code == 200

    def outbox(self, ma_ho_so: str, until: str | None = None, timeout: float = DEADLINE_SECONDS) -> dict:
        """The dossier's outbox; with `until`, once its sync flag is that (or the timeout has passed)."""
        params = {"ma_ho_so": ma_ho_so} if until is None else {
            "ma_ho_so": ma_ho_so, "until": until, "timeout_ms": round(timeout * 1000)}
        return self.client.get("/_setup/dongbo/outbox", params=params).json()

    def wait_for_flag(self, ma_ho_so: str, flag: str, timeout: float = DEADLINE_SECONDS) -> dict:
        outbox = self.outbox(ma_ho_so, until=flag, timeout=timeout)
        assert outbox["trang_thai_dong_bo"].get(ma_ho_so) == flag, f"Quá {timeout} giây hồ sơ {ma_ho_so} chưa {flag}"
        return outbox

    def national(self, ma_ho_so: str) -> dict | None:
        response = self.client.get(f"/_setup/dongbo/national/{ma_ho_so}")
        return response.json() if response.status_code == 200 else None

    def synced(self, ma_ho_so: str, timeout: float = DEADLINE_SECONDS) -> dict:
        """The national copy once every message of the dossier is delivered."""
        self.wait_for_flag(ma_ho_so, "SYNCED", timeout)
        return self.national(ma_ho_so)


def wait_until(check: Callable[[], T], what: str, timeout: float = DEADLINE_SECONDS) -> T:
    """Polls `check` until it gives something truthy; fails with `what` once the deadline passes."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise AssertionError(f"Quá {timeout} giây vẫn chưa thấy: {what}")
        time.sleep(0.02)
    return result


@contextmanager
def running_sandbox(tmp_path: Path, **config: int) -> Iterator[Sandbox]:
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3"))
    ctx = app.state.sandbox
    # Idempotent: the subsystem that owns the dossier tables may already have created them.
    for ddl in (DOSSIER_DDL, CALENDAR_DDL):
        ctx.store.create_tables(ddl)
    ctx.clock.freeze(MONDAY_9AM)
    with TestClient(app) as client:
        sandbox = Sandbox(app, ctx, client, DossierService(ctx))
        sandbox.configure(**{**FAST, **config})
        yield sandbox
