"""Is the portal there at all? Asked once, before any browser starts, so a dead host is one sentence."""

import httpx

from harness.config import Environment
from harness.errors import HarnessError


def ensure_portal_reachable(env: Environment) -> None:
    url = env.url("portal")
    try:
        httpx.get(url, timeout=env.deadlines.host_check / 1000, follow_redirects=True)
    except httpx.HTTPError as error:
        raise HarnessError(
            f"Không kết nối được tới cổng {url} của môi trường '{env.name}' ({type(error).__name__}): "
            f"kiểm tra mạng hoặc VPN, hoặc chỉ định địa chỉ khác bằng --url-portal."
        ) from None
