"""How long a procedure takes, read from its catalogue record as the real data has it (messy on purpose).

The method-level time of the chosen channel wins; where it is `OTHER`, missing or free text, the time of the
chosen case (`cases[].processingDay`) is used, as DOMAIN §1.4 notes for the real catalogue.
"""

from dataclasses import dataclass

from sandbox.dossiers.working_days import HOURS_PER_WORKING_DAY, ProcessingTimeUnit

COUNTABLE = {unit.value for unit in ProcessingTimeUnit} - {ProcessingTimeUnit.OTHER.value}


@dataclass(frozen=True)
class ProcessingTime:
    amount: float
    unit: ProcessingTimeUnit

    def normalised(self) -> "ProcessingTime":
        """A working-day time under one day is counted in working hours (see working_days.py)."""
        if self.unit is ProcessingTimeUnit.WORKING_DAY and self.amount < 1:
            return ProcessingTime(self.amount * HOURS_PER_WORKING_DAY, ProcessingTimeUnit.HOUR)
        return self


class NoProcessingTime(ValueError):
    """Neither the channel nor the case gives a time the sandbox can count with."""


def processing_time(record: dict, channel: str = "ONLINE", case_code: str | None = None) -> ProcessingTime:
    for method in record.get("executionMethods") or []:
        if method.get("submissionMethod") != channel:
            continue
        amount, unit = method.get("processingTime"), method.get("processingTimeUnit")
        if unit in COUNTABLE and isinstance(amount, int | float) and amount > 0:
            return ProcessingTime(float(amount), ProcessingTimeUnit(unit)).normalised()
    cases = record.get("cases") or []
    chosen = [case for case in cases if case.get("code") == case_code] or cases
    for case in chosen:
        day = case.get("processingDay") or {}
        if day.get("type") in COUNTABLE and isinstance(day.get("qty"), int | float) and day["qty"] > 0:
            return ProcessingTime(float(day["qty"]), ProcessingTimeUnit(day["type"])).normalised()
    raise NoProcessingTime(f"Thủ tục {record.get('code')} không có thời hạn giải quyết tính được cho kênh {channel}.")
