"""Vietnam's time zone: dates on the portal, the one-stop system and the slips are Asia/Ho_Chi_Minh time."""

from datetime import datetime
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
SHOWN_FORMAT = "%d/%m/%Y %H:%M"


SHOWN_PATTERN = r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}"


def shown(moment: datetime) -> str:
    """A moment as the pages write it: dd/MM/yyyy HH:mm."""
    return f"{moment:{SHOWN_FORMAT}}"


def shown_time(text: str) -> datetime:
    """A moment as the pages write it (dd/MM/yyyy HH:mm), in Vietnam's time."""
    return datetime.strptime(text, SHOWN_FORMAT).replace(tzinfo=VIETNAM)
