"""What the catalogue's fields mean for a citizen: which procedures they may see, which they may submit online.

* Internal procedures (TTHC nội bộ) are for officers only: `type` STANDARD_INTERNAL, and every code in the
  5. and 6. series (DOMAIN §2.1). Citizens never find them, by name or by code.
* A procedure is offline only when the record says `isOfflineOnly`, or when none of its execution methods
  is ONLINE (2.000986 lists DIRECT only): there is nothing to submit on the portal. No record of the 2026
  crawl sets `isOfflineOnly`, so the second condition is what makes the rule visible in the sandbox.
"""

from collections.abc import Mapping
from typing import Any

INTERNAL_TYPE = "STANDARD_INTERNAL"
INTERNAL_SERIES = ("5.", "6.")


def is_public(row: Mapping[str, Any]) -> bool:
    return row.get("type") != INTERNAL_TYPE and not str(row.get("code", "")).strip().startswith(INTERNAL_SERIES)


def is_offline_only(record: Mapping[str, Any]) -> bool:
    methods = record.get("executionMethods") or []
    return bool(record.get("isOfflineOnly")) or not any(m.get("submissionMethod") == "ONLINE" for m in methods)
