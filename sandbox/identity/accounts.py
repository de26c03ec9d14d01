"""Citizen and officer accounts: their tables and the few queries the login pages and setup API need."""

import sqlite3
from dataclasses import dataclass
from datetime import date

from sandbox.context import SandboxContext
from sandbox.identity.passwords import hash_password

DDL = """
CREATE TABLE IF NOT EXISTS citizens (
    so_dinh_danh TEXT PRIMARY KEY,
    ho_va_ten TEXT NOT NULL,
    ngay_sinh TEXT NOT NULL,
    gioi_tinh TEXT NOT NULL,
    so_dien_thoai TEXT NOT NULL,
    email TEXT NOT NULL,
    thuong_tru TEXT NOT NULL,
    noi_o_hien_nay TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS officers (
    username TEXT PRIMARY KEY,
    ho_va_ten TEXT NOT NULL,
    unit_code TEXT NOT NULL REFERENCES units (code),
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS officer_roles (
    username TEXT NOT NULL REFERENCES officers (username),
    role TEXT NOT NULL,
    PRIMARY KEY (username, role)
);
"""


_CITIZEN_COLUMNS = ("so_dinh_danh, ho_va_ten, ngay_sinh, gioi_tinh, so_dien_thoai, email, thuong_tru, noi_o_hien_nay, "
                    "level")


class AlreadyExists(Exception):
    """An account with this id is already there."""


@dataclass(frozen=True)
class Citizen:
    so_dinh_danh: str
    ho_va_ten: str
    ngay_sinh: date
    gioi_tinh: str
    so_dien_thoai: str
    email: str
    thuong_tru: str
    noi_o_hien_nay: str
    level: int


@dataclass(frozen=True)
class Officer:
    username: str
    ho_va_ten: str
    unit_code: str
    roles: frozenset[str]


def add_citizen(ctx: SandboxContext, citizen: Citizen, password: str) -> None:
    try:
        with ctx.store.transaction() as db:
            db.execute(
                "INSERT INTO citizens VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (citizen.so_dinh_danh, citizen.ho_va_ten, citizen.ngay_sinh.isoformat(), citizen.gioi_tinh,
                 citizen.so_dien_thoai, citizen.email, citizen.thuong_tru, citizen.noi_o_hien_nay, citizen.level,
                 hash_password(password)),
            )
    except sqlite3.IntegrityError:
        raise AlreadyExists(citizen.so_dinh_danh) from None


def find_citizen(ctx: SandboxContext, so_dinh_danh: str) -> Citizen | None:
    row = ctx.store.one(f"SELECT {_CITIZEN_COLUMNS} FROM citizens WHERE so_dinh_danh = ?", (so_dinh_danh,))
    if row is None:
        return None
    return Citizen(**{**dict(row), "ngay_sinh": date.fromisoformat(row["ngay_sinh"])})


def citizen_password_hash(ctx: SandboxContext, so_dinh_danh: str) -> str | None:
    row = ctx.store.one("SELECT password_hash FROM citizens WHERE so_dinh_danh = ?", (so_dinh_danh,))
    return row["password_hash"] if row else None


def add_officer(ctx: SandboxContext, officer: Officer, password: str) -> None:
    try:
        with ctx.store.transaction() as db:
            db.execute("INSERT INTO officers VALUES (?, ?, ?, ?)",
                       (officer.username, officer.ho_va_ten, officer.unit_code, hash_password(password)))
            db.executemany("INSERT INTO officer_roles VALUES (?, ?)",
                           [(officer.username, role) for role in sorted(officer.roles)])
    except sqlite3.IntegrityError:
        raise AlreadyExists(officer.username) from None


def find_officer(ctx: SandboxContext, username: str) -> Officer | None:
    row = ctx.store.one("SELECT username, ho_va_ten, unit_code FROM officers WHERE username = ?", (username,))
    if row is None:
        return None
    roles = ctx.store.all("SELECT role FROM officer_roles WHERE username = ?", (username,))
    return Officer(row["username"], row["ho_va_ten"], row["unit_code"], frozenset(r["role"] for r in roles))


def officer_password_hash(ctx: SandboxContext, username: str) -> str | None:
    row = ctx.store.one("SELECT password_hash FROM officers WHERE username = ?", (username,))
    return row["password_hash"] if row else None
