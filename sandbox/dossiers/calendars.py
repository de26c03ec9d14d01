"""The working calendar of each province: national holidays plus the days off a province declares."""

from datetime import date

from sandbox.dossiers.working_days import WorkingCalendar
from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS province_days_off (
    province_code TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (province_code, day)
);
"""


def calendar_of(store: Store, province_code: str) -> WorkingCalendar:
    rows = store.all("SELECT day FROM province_days_off WHERE province_code = ?", (province_code,))
    return WorkingCalendar(extra_days_off=[date.fromisoformat(row["day"]) for row in rows])


def declare_days_off(store: Store, province_code: str, days: list[date]) -> None:
    with store.transaction() as db:
        db.executemany("INSERT OR IGNORE INTO province_days_off VALUES (?, ?)",
                       [(province_code, day.isoformat()) for day in days])
