"""Settings of one sandbox process."""

from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class SandboxSettings:
    db_path: Path
    data_dir: Path = DATA_DIR
    # Minutes a VNeID account stays locked after too many wrong passwords.
    lockout_minutes: int = 30
    max_failed_logins: int = 5
    otp_ttl_seconds: int = 300
    extra_days_off: frozenset = field(default_factory=frozenset)
