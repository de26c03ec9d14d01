"""Who is logged in to the portal, as the header and the routes need to know."""

from starlette.requests import Request


def header_context(request: Request) -> dict:
    """Template variables for the header: the logged-in citizen, if any."""
    return {"citizen": None}
