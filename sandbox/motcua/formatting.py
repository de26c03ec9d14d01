"""How the back office writes dates, and where a dossier's pages are."""

from datetime import datetime


def shown(moment: datetime | str | None) -> str:
    """dd/MM/yyyy HH:mm, as the one-stop system writes dates; empty when there is none."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return f"{moment:%d/%m/%Y %H:%M}" if moment else ""


def dossier_address(ma_ho_so: str) -> str:
    return f"/motcua/ho-so/{ma_ho_so}"
