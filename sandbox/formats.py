"""How the sandbox's pages write dates and money, the way the portal and the one-stop system do."""

from datetime import datetime


def shown(moment: datetime | str | None) -> str:
    """dd/MM/yyyy HH:mm; empty when there is none."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return f"{moment:%d/%m/%Y %H:%M}" if moment else ""


def vnd(amount: float | int | None) -> str:
    """Money as the portal writes it: 10.000 Việt Nam Đồng uses dots for thousands."""
    if amount is None:
        return ""
    return f"{int(amount):,}".replace(",", ".")
