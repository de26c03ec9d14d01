"""Client of the sandbox's setup API (docs/sandbox-setup-api.md): preconditions without clicking."""

from datetime import datetime
from typing import Any

import httpx

from harness.errors import HarnessError


class SetupClient:
    """Talks to `/_setup` of the sandbox. Staging has no such API: its preparation goes through the UI."""

    def __init__(self, base_url: str, timeout_ms: int) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout_ms / 1000)
        self._units: list[dict] | None = None

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise HarnessError(
                f"Không gọi được API thiết lập của sandbox ({self.base_url}{path}: {error}): kiểm tra sandbox còn chạy."
            ) from None
        if response.status_code >= 400:
            detail = response.json().get("detail") if "json" in response.headers.get("content-type", "") else ""
            raise SetupRefused(response.status_code, f"{method} {path}: {detail or response.text[:200]}")
        return response.json() if response.content else None

    def health(self) -> dict:
        return self._call("GET", "/health")

    def create_citizen(self, person: dict, level: int, password: str) -> dict:
        """`person`: so_dinh_danh, ho_va_ten, ngay_sinh (ISO date), gioi_tinh, so_dien_thoai, email,
        thuong_tru, noi_o_hien_nay."""
        return self._call("POST", "/citizens", json={**person, "level": level, "password": password})

    def set_exemption(self, so_dinh_danh: str, group: str | None) -> dict:
        """The exempt group the population data lists the citizen in (None: none)."""
        return self._call("PUT", f"/citizens/{so_dinh_danh}/doi-tuong-mien", json={"doi_tuong_mien": group})

    def create_officer(self, username: str, password: str, ho_va_ten: str, unit_code: str,
                       roles: list[str]) -> dict:
        return self._call("POST", "/officers", json={"username": username, "password": password,
                                                     "ho_va_ten": ho_va_ten, "unit_code": unit_code,
                                                     "roles": roles})

    def open_session(self, system: str, login: str) -> dict:
        """A logged-in session cookie (`name`, `value`, `path`) for `login` on `system` ("portal" for a
        citizen, "motcua" for an officer), without the login pages."""
        return self._call("POST", "/sessions", json={"system": system, "login": login})

    def latest_login_code(self, so_dinh_danh: str) -> str:
        """The code VNeID 'pushes to the phone' at the "Nhập mã xác nhận đăng nhập" step."""
        return self._call("GET", f"/vneid/otp/{so_dinh_danh}")["code"]

    def units(self) -> list[dict]:
        """The seeded units; read once per client, since the setup API cannot add any."""
        if self._units is None:
            self._units = self._call("GET", "/units")
        return self._units

    def set_clock(self, now: datetime) -> dict:
        return self._call("POST", "/clock", json={"now": now.isoformat()})

    def reset_clock(self) -> dict:
        return self._call("DELETE", "/clock")

    def create_dossier(self, procedure_code: str, unit_code: str, owner: str, status: int,
                       received_at: datetime | None = None, supplement_at: str = "processing",
                       supplement_request: str | None = None) -> dict:
        """A dossier of `owner` (số định danh) put into `status` (1–10) through the real transitions;
        `received_at` backdates its submission and first step (the way to an overdue dossier);
        `supplement_request` is what the officer writes in Mẫu 02."""
        body = {"procedure_code": procedure_code, "unit_code": unit_code, "owner": owner, "status": status,
                "supplement_at": supplement_at}
        if supplement_request is not None:
            body["supplement_request"] = supplement_request
        if received_at is not None:
            body["received_at"] = received_at.isoformat()
        return self._call("POST", "/dossiers", json=body)

    def dossier(self, ma_ho_so: str) -> dict:
        return self._call("GET", f"/dossiers/{ma_ho_so}")

    def sync_outbox(self, ma_ho_so: str, until: str | None = None, timeout_ms: int = 0) -> dict:
        """The provincial sender's messages of a dossier and its sync flag (TrangThaiDongBoDVC); with `until`,
        once the flag is that or `timeout_ms` have passed (the sandbox waits for its sender, nobody polls)."""
        params = {"ma_ho_so": ma_ho_so} if until is None else {"ma_ho_so": ma_ho_so, "until": until,
                                                                "timeout_ms": timeout_ms}
        return self._call("GET", "/dongbo/outbox", params=params,
                          timeout=self._http.timeout.read + timeout_ms / 1000)

    def sync_config(self) -> dict:
        return self._call("GET", "/dongbo/config")

    def change_sync_config(self, **changes: int) -> dict:
        """delay_ms, retry_ms, max_attempts, slow_ms: for messages queued or attempted from now on."""
        return self._call("PUT", "/dongbo/config", json=changes)

    def national_copy(self, ma_ho_so: str) -> dict | None:
        """What the national portal holds of a dossier, or None while it holds nothing."""
        try:
            return self._call("GET", f"/dongbo/national/{ma_ho_so}")
        except SetupRefused as refused:
            if refused.status == 404:
                return None
            raise

    def switch_fault(self, name: str, on: bool) -> dict:
        return self._call("PUT", f"/faults/{name}", json={"on": on})

    # --- ra_soat_tai_khoan (the officer accounts audit of issue #10): its example's accounts ---
    def put_officer(self, username: str, password: str, ho_va_ten: str, unit_code: str, roles: list[str]) -> dict:
        """The officer account exactly as given: created when missing, else its password, name, unit and roles
        replaced and its procedure assignment lifted (so preparing twice leaves the same state)."""
        return self._call("PUT", f"/officers/{username}", json={"password": password, "ho_va_ten": ho_va_ten,
                                                                "unit_code": unit_code, "roles": roles})

    # ── chuyen_doi_ho_so (the audit of migrated dossiers): the import of the old portal's export and its flaws ──

    def import_legacy_export(self, unit_code: str, csv_text: str, convert: bool = True) -> list[dict]:
        """The old portal's export imported into the unit as "Quản trị › Chuyển đổi hồ sơ" does (`convert=False`:
        without the Convert marker, so the national sync pushes it); each row's outcome and new code."""
        return self._call("POST", "/chuyen-doi-ho-so", json={"unit_code": unit_code, "csv": csv_text,
                                                             "convert": convert})["rows"]

    def flaw_legacy_dossier(self, unit_code: str, legacy_code: str, **flaw: Any) -> list[str]:
        """Changes what the unit holds under a legacy code: trang_thai, ngay_tiep_nhan / ngay_hen_tra (datetime),
        ban_trung=True (a second copy); the new codes held under it after the change."""
        body = {key: value.isoformat() if isinstance(value, datetime) else value for key, value in flaw.items()}
        return self._call("POST", "/chuyen-doi-ho-so/sai-lech",
                          json={"unit_code": unit_code, "legacy_code": legacy_code, **body})["ma_ho_so"]

    # ── ra_soat_tthc (the review of procedures, issue #10): publication, configuration and the agency a
    # submission reaches, for the example of harness/audits/examples/procedures.py.

    def set_publication(self, code: str, published: bool, decision_no: str = "") -> dict:
        """Publish the procedure (under `decision_no`, or its current decision) or take it off the portal."""
        return self._call("PUT", f"/procedures/{code}/publication",
                          json={"published": published, "decision_no": decision_no})

    def unconfigure_procedure(self, code: str, unit_code: str) -> dict:
        return self._call("DELETE", f"/procedures/{code}/agencies/{unit_code}")

    def send_submissions_elsewhere(self, code: str, unit_code: str, receiving_unit_code: str) -> dict:
        """Submissions of `code` at `unit_code` land in `receiving_unit_code`'s queue (a broken mapping)."""
        return self._call("PUT", f"/procedures/{code}/agencies/{unit_code}/receiving",
                          json={"receiving_unit_code": receiving_unit_code})

    def close(self) -> None:
        self._http.close()


class SetupRefused(Exception):
    """The setup API answered with an error: the precondition could not be put in place."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
