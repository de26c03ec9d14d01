"""Mã số PAKN: `PAKN-<yyyymmdd>-<nnnnn>`, the day it is received (Vietnam time) and its rank among that day's items,
from 00001. The real format was not captured (DOMAIN §4.1); this one is plausible and documented."""

from datetime import datetime
from sqlite3 import Connection


def next_code(db: Connection, received: datetime) -> str:
    prefix = f"PAKN-{received:%Y%m%d}-"
    count = db.execute("SELECT COUNT(*) FROM pakn_items WHERE ma_so LIKE ?", (prefix + "%",)).fetchone()[0]
    return f"{prefix}{count + 1:05d}"
