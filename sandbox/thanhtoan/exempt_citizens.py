"""Who the population data (CSDL) lists in a group exempt from fees (người có công, hộ nghèo, trẻ em dưới 6 tuổi):
what the officer would otherwise ask proof of (DOMAIN §3.8, 1.004222: "unless the data is already in CSDL"), so
the fee engine exempts that citizen's dossiers without asking. Set through the setup API."""

from sandbox.store import Store
from sandbox.thanhtoan.fees import EXEMPT_SUBJECTS

DDL = """
CREATE TABLE IF NOT EXISTS thanhtoan_exempt_citizens (
    so_dinh_danh TEXT PRIMARY KEY,
    doi_tuong_mien TEXT NOT NULL
);
"""


def exemption_of(store: Store, so_dinh_danh: str) -> str | None:
    row = store.one("SELECT doi_tuong_mien FROM thanhtoan_exempt_citizens WHERE so_dinh_danh = ?", (so_dinh_danh,))
    return row["doi_tuong_mien"] if row else None


def set_exemption(store: Store, so_dinh_danh: str, doi_tuong_mien: str | None) -> None:
    """`doi_tuong_mien` one of EXEMPT_SUBJECTS, or None: the citizen is in no exempt group."""
    if doi_tuong_mien is not None and doi_tuong_mien not in EXEMPT_SUBJECTS:
        raise ValueError(f"Không có đối tượng miễn “{doi_tuong_mien}”; chọn một trong: {', '.join(EXEMPT_SUBJECTS)}.")
    with store.transaction() as conn:
        conn.execute("DELETE FROM thanhtoan_exempt_citizens WHERE so_dinh_danh = ?", (so_dinh_danh,))
        if doi_tuong_mien is not None:
            conn.execute("INSERT INTO thanhtoan_exempt_citizens VALUES (?, ?)", (so_dinh_danh, doi_tuong_mien))
