"""Timing of the status sync, changeable through `PUT /_setup/dongbo/config`; measured in real time."""

from dataclasses import asdict, dataclass

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS dongbo_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    delay_ms INTEGER NOT NULL,
    retry_ms INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    slow_ms INTEGER NOT NULL
);
"""


@dataclass(frozen=True)
class SyncConfig:
    delay_ms: int = 1000  # from a dossier change to the first delivery attempt
    retry_ms: int = 2000  # after the n-th failed attempt the sender waits n × retry_ms
    max_attempts: int = 5  # then the message is FAILED
    slow_ms: int = 5000  # how long the national side holds each answer while dongbo.cham is on

    def problems(self) -> list[str]:
        problems = [f"{name} không được âm." for name in ("delay_ms", "retry_ms", "slow_ms")
                    if getattr(self, name) < 0]
        if self.max_attempts < 1:
            problems.append("max_attempts phải từ 1 trở lên.")
        return problems


def install_defaults(store: Store) -> None:
    with store.transaction() as db:
        db.execute("INSERT OR IGNORE INTO dongbo_config VALUES (1, :delay_ms, :retry_ms, :max_attempts, :slow_ms)",
                   asdict(SyncConfig()))


def read_config(store: Store) -> SyncConfig:
    row = store.one("SELECT delay_ms, retry_ms, max_attempts, slow_ms FROM dongbo_config WHERE id = 1")
    return SyncConfig(**dict(row))


def write_config(store: Store, config: SyncConfig) -> None:
    with store.transaction() as db:
        db.execute("UPDATE dongbo_config SET delay_ms = :delay_ms, retry_ms = :retry_ms,"
                   " max_attempts = :max_attempts, slow_ms = :slow_ms WHERE id = 1", asdict(config))
