"""The platform's own record of each transaction (DOMAIN §3.7: khoi-tao → thanh-cong | that-bai), kept whether or
not its callback reaches the portal, so that a QUERY can be answered."""

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS thanhtoan_transactions (
    ma_tham_chieu TEXT PRIMARY KEY,
    ma_giao_dich TEXT NOT NULL,
    trang_thai TEXT NOT NULL
);
"""


def record(store: Store, ma_tham_chieu: str, ma_giao_dich: str, trang_thai: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO thanhtoan_transactions (ma_tham_chieu, ma_giao_dich, trang_thai) "
                     "VALUES (?, ?, ?)", (ma_tham_chieu, ma_giao_dich, trang_thai))


def find(store: Store, ma_tham_chieu: str) -> dict | None:
    row = store.one("SELECT * FROM thanhtoan_transactions WHERE ma_tham_chieu = ?", (ma_tham_chieu,))
    return None if row is None else {"ma_giao_dich": row["ma_giao_dich"], "trang_thai": row["trang_thai"]}
