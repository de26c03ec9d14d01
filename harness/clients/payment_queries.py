"""The QUERY messages the sandbox portal's reconciliation job sent the payment platform about a dossier, with the
platform's answers (setup API `GET /_setup/thanhtoan/doi-soat/{mã hồ sơ}`): evidence for sandbox-only scenarios."""

import httpx

from harness.errors import HarnessError


def reconciliation_queries(setup_base_url: str, ma_ho_so: str, timeout_ms: int) -> list[dict]:
    url = f"{setup_base_url.rstrip('/')}/thanhtoan/doi-soat/{ma_ho_so}"
    try:
        response = httpx.get(url, timeout=timeout_ms / 1000)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise HarnessError(f"Không đọc được nhật ký đối soát QUERY của sandbox ({url}: {error}).") from None
    return response.json()
