"""Which agency has which procedure configured for online submission ("đã áp dụng dịch vụ công trực tuyến").

The portal's "Chọn cơ quan thực hiện" lists an agency only when the procedure is configured there
(DOMAIN §1.2); this table is that configuration. Procedures are keyed by their clean code.
"""

from collections.abc import Iterable

from sandbox.store import Store
from sandbox.units.seed import Unit

DDL = """
CREATE TABLE IF NOT EXISTS procedure_agencies (
    procedure_code TEXT NOT NULL,
    unit_code TEXT NOT NULL REFERENCES units(code),
    PRIMARY KEY (procedure_code, unit_code)
);
"""


def configured_units(store: Store, procedure_code: str) -> list[Unit]:
    rows = store.all(
        "SELECT units.* FROM procedure_agencies JOIN units ON units.code = procedure_agencies.unit_code"
        " WHERE procedure_code = ? ORDER BY province_name, level, ward_name, name",
        (procedure_code,),
    )
    return [Unit(**dict(row)) for row in rows]


def configure(store: Store, procedure_code: str, unit_code: str) -> None:
    configure_many(store, [(procedure_code, unit_code)])


def configure_many(store: Store, pairs: Iterable[tuple[str, str]]) -> None:
    with store.transaction() as db:
        db.executemany("INSERT OR IGNORE INTO procedure_agencies VALUES (?, ?)", list(pairs))


def unconfigure(store: Store, procedure_code: str, unit_code: str) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM procedure_agencies WHERE procedure_code = ? AND unit_code = ?",
                   (procedure_code, unit_code))


def is_empty(store: Store) -> bool:
    return store.one("SELECT 1 FROM procedure_agencies LIMIT 1") is None


def configured_procedures(store: Store, unit_code: str) -> list[str]:
    """The codes of the procedures the agency offers online."""
    rows = store.all("SELECT procedure_code FROM procedure_agencies WHERE unit_code = ? ORDER BY procedure_code",
                     (unit_code,))
    return [row["procedure_code"] for row in rows]
