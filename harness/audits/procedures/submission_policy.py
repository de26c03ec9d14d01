"""Whether the procedures audit may make its test submissions on this environment: never where it is read-only, and
not where the province turned them off (`[audits.ra_soat_tthc] test_submission = false`: on staging each one is a
real dossier at the unit, which its officers then have to refuse)."""

from harness.config import Environment
from harness.errors import HarnessError


def no_submission_reason(env: Environment) -> str | None:
    """Why no test submission is made here, in the words the finding shows; None when they are made."""
    if env.read_only:
        return f"môi trường {env.name} chỉ đọc"
    allowed = env.section("audits").get("ra_soat_tthc", {}).get("test_submission", True)
    if not isinstance(allowed, bool):
        raise HarnessError(f"[audits.ra_soat_tthc] test_submission trong {env.source} phải là true hoặc false: sửa tệp "
                           "rồi chạy lại.")
    return None if allowed else f"nộp thử đã tắt ([audits.ra_soat_tthc] test_submission = false trong {env.source})"
