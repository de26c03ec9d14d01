"""Where a dossier's pages are in the back office."""


def dossier_address(ma_ho_so: str) -> str:
    return f"/motcua/ho-so/{ma_ho_so}"
