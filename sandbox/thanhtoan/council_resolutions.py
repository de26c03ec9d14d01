"""Council (HĐND) resolutions that exempt online submissions from fees, by province (GSO code, the units
table's `province_code`).

DOMAIN §3.8 names Hải Phòng's NQ 23/2026/NQ-HĐND, effective 08/8/2026, as an example and marks it [S]: the list
of procedures it exempts below is the sandbox's assumption, not the resolution's text.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CouncilResolution:
    so_hieu: str
    council: str
    effective: date
    procedures: frozenset[str]

    @property
    def reason(self) -> str:
        return f"Miễn theo Nghị quyết {self.so_hieu} của {self.council}"


RESOLUTIONS = {
    "31": CouncilResolution("23/2026/NQ-HĐND", "HĐND thành phố Hải Phòng", date(2026, 8, 8),
                            frozenset({"1.004222", "1.004194"})),
}


def online_exemption(province_code: str, procedure_code: str, submitted_on: date) -> str:
    """The reason an online submission of the procedure owes nothing in the province that day; empty if none."""
    resolution = RESOLUTIONS.get(province_code)
    if resolution is None or procedure_code not in resolution.procedures or submitted_on < resolution.effective:
        return ""
    return resolution.reason
