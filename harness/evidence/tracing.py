"""What a scenario's browser leaves as evidence: its Playwright traces and the portal's problems.

`--evidence-trace` (fixtures/evidence.py) decides: `on-failure` (default) keeps the trace of a failing
scenario, `always` of every scenario, `off` starts no tracing. Console errors, failed requests and
server errors (recorded by `watch_page`) are attached when the scenario fails.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from harness.evidence.attachments import attach_text, attach_trace
from harness.evidence.page_watch import take_problems, watch_page
from harness.evidence.redaction import scrub_trace
from harness.evidence.stage import EvidenceStage

__all__ = ["TRACE_MODES", "TRACE_OPTION", "finish_stage_tracing", "start_context_tracing", "watch_page"]

TRACE_MODES = ("on-failure", "always", "off")
TRACE_OPTION = "evidence_trace"


def start_context_tracing(context: BrowserContext) -> None:
    """Start tracing a new context (when `--evidence-trace` is not `off`).

    No screencast frames: they are images of the page, where a login code typed in a text field cannot
    be scrubbed. The DOM snapshots show the same pages and are scrubbed like any text.
    """
    context.tracing.start(screenshots=False, snapshots=True, sources=False)


def finish_stage_tracing(stage: EvidenceStage, failed: bool, node: pytest.Item) -> None:
    """Stop tracing every context of the stage; attach the scrubbed traces and the portal's problems as due.

    Call it in the stage fixture's teardown, before the contexts are closed, with
    `failed=scenario_failed(request.node)` (fixtures/evidence.py).
    """
    mode = node.config.getoption(TRACE_OPTION)
    if failed:
        _attach_problems(stage)
    if mode == "off":
        return
    if failed or mode == "always":
        _attach_traces(stage)
    else:
        for context in stage.contexts:
            context.tracing.stop()


def _attach_problems(stage: EvidenceStage) -> None:
    for number, context in enumerate(stage.contexts, start=1):
        problems = take_problems(context)
        if problems:
            attach_text(_numbered("Lỗi console và request của cổng", number), "\n".join(problems))


def _attach_traces(stage: EvidenceStage) -> None:
    with tempfile.TemporaryDirectory(prefix="dvcqg-trace-") as directory:
        for number, context in enumerate(stage.contexts, start=1):
            path = Path(directory) / f"trace-{number}.zip"
            context.tracing.stop(path=path)
            scrub_trace(path)
            attach_trace(path, _numbered("Playwright trace", number))


def _numbered(name: str, number: int) -> str:
    return name if number == 1 else f"{name} ({number})"
