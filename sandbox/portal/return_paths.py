"""Where a citizen goes back to after logging in: only a path of this portal, never another site."""

from urllib.parse import urlsplit

from starlette.requests import Request


def safe_return_path(candidate: str | None) -> str:
    if not candidate or not candidate.startswith("/") or candidate.startswith(("//", "/\\")):
        return "/"
    parts = urlsplit(candidate)
    return candidate if not parts.scheme and not parts.netloc else "/"


def here(request: Request) -> str:
    """This request's path and query, to come back to after the login."""
    query = request.url.query
    return f"{request.url.path}?{query}" if query else request.url.path
