"""The national side of the sync API v1: session auth, then DongBoHoSoMC, CapNhatTienDoHoSoMC and TraCuuHoSo.

The HTTP routes and the provincial sender both go through `NationalSyncApi`, so the sender exercises the
same contract a real provincial system would reach over HTTP. Sessions last 30 minutes of sandbox time.
"""

import threading
from dataclasses import dataclass
from datetime import timedelta

from sandbox.context import SandboxContext
from sandbox.dongbo import switches
from sandbox.dongbo.config import read_config
from sandbox.dongbo.contract import (
    ALREADY_EXISTS,
    BAD_DATA,
    BAD_LOGIN,
    BAD_SESSION,
    LOOK_UP,
    OK,
    PUSH_PROGRESS,
    SYNC_DOSSIERS,
    SYSTEM_ERROR,
    SYSTEM_ERROR_MESSAGE,
    answer,
)
from sandbox.dongbo.national_store import NationalStore
from sandbox.dongbo.validation import DOSSIER_DATES, dossier_problems, progress_problems
from sandbox.identity.passwords import spend_check_time, verify_password
from sandbox.identity.sessions import digest, new_token

SESSION_LIFETIME = timedelta(minutes=30)
BAD_SESSION_MESSAGE = "Phiên làm việc không hợp lệ hoặc đã hết hạn."
STALE_NOTE = "Bản cũ còn lưu trên Cổng DVCQG."


@dataclass(frozen=True)
class ClientCredentials:
    username: str
    password: str


# Synthetic, like every account of the sandbox: the provincial system's client of the national adapter.
SANDBOX_CLIENT = ClientCredentials("motcua.sandbox", "DongBo@2026")


class NationalSyncApi:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx
        self.store = NationalStore(ctx.store)
        self._closing = threading.Event()

    def close(self) -> None:
        """Answers at once from now on, even while dongbo.cham is on: the sandbox is stopping."""
        self._closing.set()

    def authenticate(self, body: dict) -> dict:
        if refusal := self._outage():
            return refusal
        username, password = str(body.get("username") or ""), str(body.get("password") or "")
        stored = self.store.client_password_hash(username)
        if stored is None:
            spend_check_time(password)
        if stored is None or not verify_password(password, stored):
            return answer(BAD_LOGIN, "Sai tên đăng nhập hoặc mật khẩu.")
        token = new_token()
        self.store.open_session(digest(token), username, (self.ctx.clock.now() + SESSION_LIFETIME).timestamp())
        return answer(OK, "Xác thực thành công.", session=token)

    def call(self, body: dict) -> dict:
        if refusal := self._outage():
            return refusal
        token = str(body.get("session") or "")
        reply = self._serve(body) if self._use_session(token) else answer(BAD_SESSION, BAD_SESSION_MESSAGE)
        self.store.log_call(_dossier_codes(body), digest(token), str(body.get("service") or ""), reply["error_code"])
        return reply

    def _serve(self, body: dict) -> dict:
        madonvi = str(body.get("madonvi") or "").strip()
        if not madonvi:
            return answer(BAD_DATA, "Thiếu madonvi (mã định danh của cơ quan gửi).")
        service = body.get("service")
        handlers = {SYNC_DOSSIERS: self._sync_dossiers, PUSH_PROGRESS: self._push_progress, LOOK_UP: self._look_up}
        if service not in handlers:
            return answer(BAD_DATA, f"Dịch vụ {service} không được hỗ trợ.")
        return handlers[service](madonvi, body)

    def _outage(self) -> dict | None:
        if self.ctx.faults.is_on(switches.SLOW):
            self._closing.wait(read_config(self.ctx.store).slow_ms / 1000)
        if self.ctx.faults.is_on(switches.SYSTEM_ERROR):
            return answer(SYSTEM_ERROR, SYSTEM_ERROR_MESSAGE)
        return None

    def _use_session(self, token: str) -> bool:
        key = digest(token)
        session = self.store.session(key) if token else None
        if session is None:
            return False
        expired = session.expires_at <= self.ctx.clock.now().timestamp()
        if expired or (self.ctx.faults.is_on(switches.SESSION_EXPIRES) and session.calls > 0):
            self.store.end_session(key)
            return False
        self.store.count_call(key)
        return True

    def _sync_dossiers(self, madonvi: str, body: dict) -> dict:
        updating = str(body.get("isUpdating") or "").strip().lower()
        if updating not in ("true", "false"):
            return answer(BAD_DATA, 'isUpdating phải là "True" hoặc "False".')
        records = _items(body)
        if records is None:
            return answer(BAD_DATA, "data phải là một danh sách hồ sơ, không rỗng.")
        if problems := [problem for record in records for problem in dossier_problems(record)]:
            return answer(BAD_DATA, " ".join(problems))
        if updating == "true":
            if unknown := [r["MaHoSo"] for r in records if self.store.dossier(r["MaHoSo"]) is None]:
                return answer(BAD_DATA, f"Không tìm thấy hồ sơ {', '.join(unknown)} để cập nhật.")
        else:
            if self.ctx.faults.is_on(switches.STALE_COPY):
                self._plant_stale_copies(madonvi, records)
            if existing := [r["MaHoSo"] for r in records if self.store.dossier(r["MaHoSo"]) is not None]:
                return answer(BAD_DATA, f"Hồ sơ {', '.join(existing)} {ALREADY_EXISTS} trên Cổng DVCQG.")
        self.store.save_dossiers(madonvi, records, self.ctx.clock.now())
        return answer(OK, f"Đồng bộ thành công {len(records)} hồ sơ.")

    def _plant_stale_copies(self, madonvi: str, records: list[dict]) -> None:
        """The copy an earlier, half-finished sync left behind: the dossier as it was at submission."""
        stale = [{**record, "TrangThaiHoSo": "1", "GhiChu": STALE_NOTE,
                  **{name: "" for name in DOSSIER_DATES if name != "NgayNopHoSo"}}
                 for record in records if self.store.dossier(record["MaHoSo"]) is None]
        if stale:
            self.store.save_dossiers(madonvi, stale, self.ctx.clock.now())

    def _push_progress(self, madonvi: str, body: dict) -> dict:
        entries = _items(body)
        if entries is None:
            return answer(BAD_DATA, "data phải là một danh sách tiến độ, không rỗng.")
        if problems := [problem for entry in entries for problem in progress_problems(entry)]:
            return answer(BAD_DATA, " ".join(problems))
        if unknown := sorted({e["MaHoSo"] for e in entries if self.store.dossier(e["MaHoSo"]) is None}):
            return answer(BAD_DATA, f"Không tìm thấy hồ sơ {', '.join(unknown)} trên Cổng DVCQG.")
        self.store.add_progress(entries, self.ctx.clock.now())
        return answer(OK, f"Cập nhật thành công {len(entries)} tiến độ.")

    def _look_up(self, madonvi: str, body: dict) -> dict:
        code = str(body.get("mahoso") or "").strip()
        if not code:
            return answer(BAD_DATA, "Thiếu mahoso.")
        dossier = self.store.dossier(code)
        if dossier is None:
            return answer(BAD_DATA, f"Không tìm thấy hồ sơ {code}.")
        return answer(OK, "Thành công.", data={**dossier.record, "DanhSachTienDo": self.store.progress(code)})


def _dossier_codes(body: dict) -> list[str]:
    """The dossiers a call is about: those of its data, or the one it looks up."""
    items = body.get("data") if isinstance(body.get("data"), list) else []
    codes = {str(item.get("MaHoSo") or "").strip() for item in items if isinstance(item, dict)}
    codes.add(str(body.get("mahoso") or "").strip())
    return sorted(code for code in codes if code)


def _items(body: dict) -> list[dict] | None:
    items = body.get("data")
    if isinstance(items, list) and items and all(isinstance(item, dict) for item in items):
        return items
    return None
