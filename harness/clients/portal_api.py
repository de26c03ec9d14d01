"""The portal's public JSON API (DOMAIN §1.4): POST with a JSON body, answers `{"code": "OK", "data": …}`.

`rows_for_code` asks the catalogue search for a code and keeps the rows whose code is that one, stray spaces
aside (" 1.014325"); `formality` is the full record of one row, or None when the portal has none to give (an
unpublished procedure, a record it does not serve). Anything else — the portal unreachable, an error page, an
envelope not "OK" — is a `PortalApiError` naming the call.
"""

from collections.abc import Mapping
from typing import Any

import httpx

LIST = "/api/v1/submitting/formality/list-all-public-formality-by-citizen"
DETAIL = "/api/v1/configuring/formality/get-formality-by-citizen"
SEARCH_LIMIT = 20  # the exact code ranks first; a code is shared by two rows at most


class PortalApiError(Exception):
    pass


class PortalApi:
    def __init__(self, portal_url: str, timeout_ms: int, transport: httpx.BaseTransport | None = None) -> None:
        self._http = httpx.Client(base_url=portal_url.rstrip("/"), timeout=timeout_ms / 1000,
                                  headers={"Accept": "application/json"}, transport=transport)

    def __enter__(self) -> "PortalApi":
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def _post(self, path: str, body: Mapping[str, Any], missing_ok: bool = False) -> Any:
        try:
            response = self._http.post(path, json=body)
        except httpx.HTTPError as error:
            raise PortalApiError(f"không gọi được {path} của Cổng: {error}") from None
        if missing_ok and response.status_code == 404:
            return None
        try:
            answer = response.json()
        except ValueError:
            raise PortalApiError(f"{path} trả HTTP {response.status_code}, không phải JSON") from None
        if response.status_code >= 400 or answer.get("code") != "OK":
            raise PortalApiError(f"{path} trả HTTP {response.status_code}, mã {answer.get('code')!r}: "
                                 f"{answer.get('message') or ''}".strip())
        return answer.get("data")

    def rows_for_code(self, code: str) -> list[Mapping[str, Any]]:
        data = self._post(LIST, {"q": code, "limit": SEARCH_LIMIT, "lastId": ""}) or {}
        rows = data.get("items") or data.get("rows") or []
        return [row for row in rows if str(row.get("code", "")).strip() == code]

    def formality(self, formality_id: str) -> Mapping[str, Any] | None:
        return self._post(DETAIL, {"id": formality_id}, missing_ok=True)
