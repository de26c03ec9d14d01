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
    # Test aids (docs/sandbox-faults.md): the portal pages' scripts attach their handlers only this long after
    # the page is shown, as a React page that hydrates late does; 0 wires them at once.
    late_wiring_ms: int = 0
    # Every response waits a random time in this range (milliseconds), as a slow network or staging would.
    latency_ms: tuple[int, int] = (0, 0)
