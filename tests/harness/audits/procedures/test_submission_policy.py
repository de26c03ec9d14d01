"""Test submissions: never on a read-only environment, not where the province turned them off, else made."""

from dataclasses import replace

import pytest

from harness.audits.procedures.submission_policy import no_submission_reason
from harness.config import load_environment
from harness.errors import HarnessError


def test_staging_submits_production_never_and_a_province_can_turn_it_off() -> None:
    staging = load_environment("staging")
    assert no_submission_reason(staging) is None
    assert no_submission_reason(load_environment("production")) == "môi trường production chỉ đọc"
    off = replace(staging, sections={**staging.sections, "audits": {"ra_soat_tthc": {"test_submission": False}}})
    assert no_submission_reason(off).startswith("nộp thử đã tắt ([audits.ra_soat_tthc] test_submission = false")


def test_a_value_that_is_not_true_or_false_is_one_sentence() -> None:
    staging = load_environment("staging")
    wrong = replace(staging, sections={**staging.sections, "audits": {"ra_soat_tthc": {"test_submission": "không"}}})
    with pytest.raises(HarnessError, match="phải là true hoặc false"):
        no_submission_reason(wrong)
