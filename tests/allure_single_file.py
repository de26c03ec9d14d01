"""Reading back what the single-file Allure 3 report embeds, to check its content rather than its markup.

The awesome plugin with `singleFile: true` writes every data file of the report (widgets, test results,
attachments) as a call d("<path>","<base64>") in one inline script.
"""

from __future__ import annotations

import base64
import re

_EMBEDDED = re.compile(r'd\("([^"]+)","([A-Za-z0-9+/=]*)"\)')


def embedded_files(html: str) -> dict[str, bytes]:
    """Every file the report embeds, by its path inside the report, decoded."""
    return {name: base64.b64decode(data) for name, data in _EMBEDDED.findall(html)}


def embedded_texts(html: str) -> dict[str, str]:
    """The same files as text (binary attachments come out garbled but harmless to search)."""
    return {name: data.decode("utf-8", "replace") for name, data in embedded_files(html).items()}
