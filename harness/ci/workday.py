"""Whether today is a working day in Vietnam, for the scheduled CI runs (GitHub's cron knows no holidays).

    python -m harness.ci.workday

Exits 0 on a working day (Monday to Friday outside public holidays, and a Saturday the government swapped in as
a working day: harness/rules/appointment.py's calendar), 1 otherwise; prints one line saying which.
"""

from __future__ import annotations

import sys
from datetime import date, datetime

from harness.rules.appointment import is_working_day
from harness.vietnam_time import VIETNAM


def main(today: date | None = None) -> int:
    today = today or datetime.now(VIETNAM).date()
    working = is_working_day(today)
    print(f"{today:%d/%m/%Y}: {'ngày làm việc' if working else 'ngày nghỉ'}")
    return 0 if working else 1


if __name__ == "__main__":
    sys.exit(main())
