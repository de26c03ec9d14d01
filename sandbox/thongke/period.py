"""The report's period: from–to dates (dd/MM/yyyy, both days whole), today when not given."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sandbox.clock import VIETNAM


class BadPeriod(ValueError):
    """A period the officer typed that is not two dates in order."""


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min, VIETNAM)

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.last + timedelta(days=1), time.min, VIETNAM)

    def holds(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end

    @property
    def shown(self) -> tuple[str, str]:
        return f"{self.first:%d/%m/%Y}", f"{self.last:%d/%m/%Y}"

    @property
    def slug(self) -> str:
        return f"{self.first:%Y%m%d}-{self.last:%Y%m%d}"


def _day(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise BadPeriod(f"Ngày “{text}” không đúng định dạng dd/mm/yyyy.") from None


def period_of(tu_ngay: str | None, den_ngay: str | None, today: date) -> Period:
    first = _day(tu_ngay) if tu_ngay else today
    last = _day(den_ngay) if den_ngay else today
    if last < first:
        raise BadPeriod("Đến ngày phải sau hoặc cùng Từ ngày.")
    return Period(first, last)
