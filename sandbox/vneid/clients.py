"""Relying parties registered with the VNeID emulation: only the sandbox portal, answering at `/sso`."""

from urllib.parse import urlsplit

PORTAL_CLIENT_ID = "dvcqg-sandbox"
_CALLBACK_PATHS = {PORTAL_CLIENT_ID: "/sso"}


def redirect_allowed(client_id: str, redirect_uri: str, own_host: str) -> bool:
    """The portal shares the sandbox's host; any other target would make the login an open redirect."""
    callback = _CALLBACK_PATHS.get(client_id)
    target = urlsplit(redirect_uri)
    return (callback is not None and target.scheme in ("http", "https") and target.netloc == own_host
            and target.path == callback)
