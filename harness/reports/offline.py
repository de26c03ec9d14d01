"""Makes the generated report an HTML file that calls nothing outside the machine.

Allure 3.18's awesome plugin always appends a Google Analytics tag, whatever the settings. We remove it,
add a Content-Security-Policy that forbids every network fetch (the report embeds its scripts, styles and
data as inline code and data: URIs), and list any external reference left so that the build can refuse
the report after an Allure upgrade changes the template.
"""

from __future__ import annotations

import base64
import re

# It starts with a literal, so that finding it in a 30 MB page is a fast scan (a leading \s* made it a second).
ANALYTICS = re.compile(
    r"<script async src=\"https://www\.googletagmanager\.com/[^\"]*\"></script>"
    r"\s*<script>\s*window\.dataLayer[\s\S]*?</script>"
)
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' data:; style-src 'unsafe-inline' data:; "
    "img-src data: blob:; font-src data:; media-src data: blob:; connect-src data: blob:; "
    "frame-src data: blob:; worker-src data: blob:"
)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_EXTERNAL_ATTRIBUTE = re.compile(
    r"<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*"
    r"[\"']?\s*(?:https?:)?//[^\"'\s>]*",
    re.IGNORECASE,
)
_EXTERNAL_CSS = re.compile(r"(?:url\(\s*[\"']?|@import\s+[\"']?)\s*(?:https?:)?//[^\"')\s;]*", re.IGNORECASE)
_STYLE_BLOCK = re.compile(r"<style[^>]*>([\s\S]*?)</style>", re.IGNORECASE)
_CSS_DATA_URI = re.compile(r"data:text/css;base64,([A-Za-z0-9+/=]+)")


def make_offline(html: str) -> str:
    head = _HEAD.search(html)
    if head is None:
        raise ValueError("the report has no <head> to hold its Content-Security-Policy")
    policy = f'\n    <meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
    html = html[: head.end()] + policy + html[head.end() :]
    return ANALYTICS.sub("", html)


def external_references(html: str) -> list[str]:
    """Scripts, styles, fonts, images and frames the page would fetch from another host."""
    references = [match.group(0) for match in _EXTERNAL_ATTRIBUTE.finditer(html)]
    stylesheets = _STYLE_BLOCK.findall(html)
    stylesheets += [base64.b64decode(data).decode("utf-8", "replace") for data in _CSS_DATA_URI.findall(html)]
    for css in stylesheets:
        references += [match.group(0) for match in _EXTERNAL_CSS.finditer(css)]
    return references
