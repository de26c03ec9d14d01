"""Dossiers as the provincial one-stop system stores them: the dossier, its progress, files, slips, rounds.

Field names follow the DVCQG sync contract (DOMAIN §3.6) where one exists, so that a sync message is a
projection of a row, not a translation.
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sandbox.dossiers.statuses import Status
from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS dossiers (
    id INTEGER PRIMARY KEY,
    ma_ho_so TEXT UNIQUE,
    ma_tthc TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    ten_tthc TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    chu_ho_so TEXT NOT NULL,
    so_dien_thoai TEXT,
    email TEXT,
    dia_chi TEXT,
    kenh_thuc_hien INTEGER NOT NULL DEFAULT 2,
    trang_thai INTEGER,
    trich_yeu TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL DEFAULT '{}',
    ngay_nop TEXT,
    ngay_tiep_nhan TEXT,
    ngay_hen_tra TEXT,
    ngay_tra TEXT,
    ngay_ket_thuc_xu_ly TEXT,
    ngay_tu_choi TEXT,
    processing_time REAL,
    processing_unit TEXT,
    result TEXT,
    converted INTEGER NOT NULL DEFAULT 0,
    ma_ho_so_khac TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_by_unit ON dossiers (unit_code, trang_thai);
CREATE INDEX IF NOT EXISTS dossiers_by_owner ON dossiers (owner_id);
CREATE TABLE IF NOT EXISTS dossier_sequences (
    unit_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (unit_code, day)
);
CREATE TABLE IF NOT EXISTS dossier_progress (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    nguoi_xu_ly TEXT NOT NULL,
    chuc_danh TEXT NOT NULL,
    phong_ban_xu_ly TEXT NOT NULL,
    thoi_diem_xu_ly TEXT NOT NULL,
    noi_dung_xu_ly TEXT NOT NULL,
    trang_thai INTEGER NOT NULL,
    ngay_ket_thuc_theo_quy_dinh TEXT
);
CREATE TABLE IF NOT EXISTS dossier_files (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    ma_thanh_phan TEXT NOT NULL,
    ten_thanh_phan TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    supplement_round INTEGER NOT NULL DEFAULT 0,
    uploaded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier_slips (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    mau TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier_supplements (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    nguoi_yeu_cau TEXT NOT NULL,
    noi_dung TEXT NOT NULL,
    ngay_yeu_cau TEXT NOT NULL,
    ngay_hen_tra_truoc TEXT,
    ngay_bo_sung TEXT,
    ngay_hen_tra_moi TEXT
);
"""


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class Dossier:
    id: int
    ma_ho_so: str | None
    ma_tthc: str
    procedure_id: str
    ten_tthc: str
    unit_code: str
    unit_name: str
    owner_id: str
    chu_ho_so: str
    so_dien_thoai: str | None
    email: str | None
    dia_chi: str | None
    kenh_thuc_hien: int
    trang_thai: Status | None
    trich_yeu: str
    form: dict
    ngay_nop: datetime | None
    ngay_tiep_nhan: datetime | None
    ngay_hen_tra: datetime | None
    ngay_tra: datetime | None
    ngay_ket_thuc_xu_ly: datetime | None
    ngay_tu_choi: datetime | None
    processing_time: float | None
    processing_unit: str | None
    result: dict | None
    converted: bool
    ma_ho_so_khac: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row) -> "Dossier":
        data = dict(row)
        for key in ("ngay_nop", "ngay_tiep_nhan", "ngay_hen_tra", "ngay_tra", "ngay_ket_thuc_xu_ly",
                    "ngay_tu_choi", "created_at"):
            data[key] = _dt(data[key])
        data["trang_thai"] = Status(data["trang_thai"]) if data["trang_thai"] is not None else None
        data["form"] = json.loads(data["form"])
        data["result"] = json.loads(data["result"]) if data["result"] else None
        data["converted"] = bool(data["converted"])
        return cls(**data)


@dataclass(frozen=True)
class ProgressEntry:
    """One line of the dossier's progress (CapNhatTienDoHoSoMC): who did what, when, to which status."""

    nguoi_xu_ly: str
    chuc_danh: str
    phong_ban_xu_ly: str
    thoi_diem_xu_ly: datetime
    noi_dung_xu_ly: str
    trang_thai: Status
    ngay_ket_thuc_theo_quy_dinh: datetime | None = None


@dataclass(frozen=True)
class DossierFile:
    id: int
    ma_thanh_phan: str
    ten_thanh_phan: str
    file_name: str
    content_type: str
    size: int
    supplement_round: int
    uploaded_at: datetime


@dataclass(frozen=True)
class IssuedSlip:
    id: int
    mau: str
    issued_at: datetime
    content: dict = field(default_factory=dict)


class DossierRecords:
    """Reads and writes dossiers; the rules of what may change live in `service.py`, not here."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, values: dict, now: datetime) -> int:
        columns = {**values, "created_at": now.isoformat()}
        if "form" in columns:
            columns["form"] = json.dumps(columns["form"], ensure_ascii=False)
        names = ", ".join(columns)
        marks = ", ".join(f":{name}" for name in columns)
        with self.store.transaction() as db:
            return db.execute(f"INSERT INTO dossiers ({names}) VALUES ({marks})", columns).lastrowid

    def update(self, dossier_id: int, **changes) -> None:
        values = {}
        for key, value in changes.items():
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, dict):
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, Status):
                value = int(value)
            values[key] = value
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        with self.store.transaction() as db:
            db.execute(f"UPDATE dossiers SET {assignments} WHERE id = :id", {**values, "id": dossier_id})

    def get(self, dossier_id: int) -> Dossier | None:
        row = self.store.one("SELECT * FROM dossiers WHERE id = ?", (dossier_id,))
        return Dossier.from_row(row) if row else None

    def by_code(self, ma_ho_so: str) -> Dossier | None:
        row = self.store.one("SELECT * FROM dossiers WHERE ma_ho_so = ?", (ma_ho_so.strip(),))
        return Dossier.from_row(row) if row else None

    def of_unit(self, unit_code: str, statuses: tuple[Status, ...]) -> list[Dossier]:
        marks = ", ".join("?" for _ in statuses)
        rows = self.store.all(
            f"SELECT * FROM dossiers WHERE unit_code = ? AND trang_thai IN ({marks}) ORDER BY ngay_nop, id",
            (unit_code, *[int(s) for s in statuses]),
        )
        return [Dossier.from_row(row) for row in rows]

    def of_owner(self, owner_id: str) -> list[Dossier]:
        rows = self.store.all("SELECT * FROM dossiers WHERE owner_id = ? ORDER BY id DESC", (owner_id,))
        return [Dossier.from_row(row) for row in rows]

    def next_sequence(self, unit_code: str, day: date) -> int:
        """The daily sequence of a receiving unit: 1 for the first dossier of the day."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO dossier_sequences VALUES (?, ?, 1) "
                "ON CONFLICT (unit_code, day) DO UPDATE SET last = last + 1",
                (unit_code, day.isoformat()),
            )
            return db.execute("SELECT last FROM dossier_sequences WHERE unit_code = ? AND day = ?",
                              (unit_code, day.isoformat())).fetchone()[0]

    def add_progress(self, dossier_id: int, entry: ProgressEntry) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO dossier_progress (dossier_id, nguoi_xu_ly, chuc_danh, phong_ban_xu_ly, thoi_diem_xu_ly,"
                " noi_dung_xu_ly, trang_thai, ngay_ket_thuc_theo_quy_dinh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (dossier_id, entry.nguoi_xu_ly, entry.chuc_danh, entry.phong_ban_xu_ly,
                 entry.thoi_diem_xu_ly.isoformat(), entry.noi_dung_xu_ly, int(entry.trang_thai),
                 _iso(entry.ngay_ket_thuc_theo_quy_dinh)),
            )

    def progress(self, dossier_id: int) -> list[ProgressEntry]:
        rows = self.store.all("SELECT * FROM dossier_progress WHERE dossier_id = ? ORDER BY id", (dossier_id,))
        return [
            ProgressEntry(row["nguoi_xu_ly"], row["chuc_danh"], row["phong_ban_xu_ly"],
                          datetime.fromisoformat(row["thoi_diem_xu_ly"]), row["noi_dung_xu_ly"],
                          Status(row["trang_thai"]), _dt(row["ngay_ket_thuc_theo_quy_dinh"]))
            for row in rows
        ]

    def add_file(self, dossier_id: int, ma_thanh_phan: str, ten_thanh_phan: str, file_name: str,
                 content_type: str, content: bytes, supplement_round: int, now: datetime) -> int:
        with self.store.transaction() as db:
            return db.execute(
                "INSERT INTO dossier_files (dossier_id, ma_thanh_phan, ten_thanh_phan, file_name, content_type, size,"
                " content, supplement_round, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (dossier_id, ma_thanh_phan, ten_thanh_phan, file_name, content_type, len(content), content,
                 supplement_round, now.isoformat()),
            ).lastrowid

    def files(self, dossier_id: int) -> list[DossierFile]:
        rows = self.store.all(
            "SELECT id, ma_thanh_phan, ten_thanh_phan, file_name, content_type, size, supplement_round, uploaded_at"
            " FROM dossier_files WHERE dossier_id = ? ORDER BY id", (dossier_id,))
        return [DossierFile(**{**dict(row), "uploaded_at": datetime.fromisoformat(row["uploaded_at"])})
                for row in rows]

    def file_content(self, dossier_id: int, file_id: int) -> tuple[DossierFile, bytes] | None:
        row = self.store.one("SELECT * FROM dossier_files WHERE dossier_id = ? AND id = ?", (dossier_id, file_id))
        if row is None:
            return None
        data = dict(row)
        content = data.pop("content")
        data.pop("dossier_id")
        return DossierFile(**{**data, "uploaded_at": datetime.fromisoformat(data["uploaded_at"])}), content

    def add_slip(self, dossier_id: int, mau: str, content: dict, now: datetime) -> int:
        with self.store.transaction() as db:
            return db.execute(
                "INSERT INTO dossier_slips (dossier_id, mau, issued_at, content) VALUES (?, ?, ?, ?)",
                (dossier_id, mau, now.isoformat(), json.dumps(content, ensure_ascii=False)),
            ).lastrowid

    def slips(self, dossier_id: int) -> list[IssuedSlip]:
        rows = self.store.all("SELECT * FROM dossier_slips WHERE dossier_id = ? ORDER BY id", (dossier_id,))
        return [IssuedSlip(row["id"], row["mau"], datetime.fromisoformat(row["issued_at"]), json.loads(row["content"]))
                for row in rows]

    def open_supplement(self, dossier_id: int, nguoi_yeu_cau: str, noi_dung: str, now: datetime,
                        ngay_hen_tra_truoc: datetime | None) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO dossier_supplements (dossier_id, nguoi_yeu_cau, noi_dung, ngay_yeu_cau,"
                " ngay_hen_tra_truoc) VALUES (?, ?, ?, ?, ?)",
                (dossier_id, nguoi_yeu_cau, noi_dung, now.isoformat(), _iso(ngay_hen_tra_truoc)),
            )

    def close_supplement(self, dossier_id: int, now: datetime, ngay_hen_tra_moi: datetime | None) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE dossier_supplements SET ngay_bo_sung = ?, ngay_hen_tra_moi = ? "
                "WHERE dossier_id = ? AND ngay_bo_sung IS NULL",
                (now.isoformat(), _iso(ngay_hen_tra_moi), dossier_id),
            )

    def supplements(self, dossier_id: int) -> list[dict]:
        rows = self.store.all("SELECT * FROM dossier_supplements WHERE dossier_id = ? ORDER BY id", (dossier_id,))
        return [dict(row) for row in rows]

    def supplement_round(self, dossier_id: int) -> int:
        row = self.store.one("SELECT COUNT(*) FROM dossier_supplements WHERE dossier_id = ?", (dossier_id,))
        return row[0]
