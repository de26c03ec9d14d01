"""Writes the acceptance record's folder: the evidence of both runs copied in, the fonts that carry Vietnamese,
and the record as HTML (the PDF is printed from it, pdf.py). The record lists the SHA-256 of every evidence file;
the folder's SHA256SUMS (harness/evidence/manifest.py) then seals the evidence and the record together."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from harness.acceptance.outcomes import Evidence
from harness.acceptance.record import AcceptanceRecord, RunOutcome

TEMPLATES = Path(__file__).parent / "templates"
FONTS = Path(__file__).resolve().parents[2] / "sandbox" / "data" / "fonts"
RECORD_HTML = "bien-ban.html"
EVIDENCE_DIR = "bang-chung"
TEXT_TYPES = ("text/", "application/json")
TEXT_LIMIT = 3000  # characters of a text attachment shown in the record; the whole file is in bang-chung/
STATUSES = {"passed": "Đạt", "failed": "Không đạt", "broken": "Lỗi", "skipped": "Bỏ qua", "unknown": "Không rõ"}


def _moment(value: datetime | None) -> str:
    return f"{value:%H:%M:%S ngày %d/%m/%Y}" if value else ""


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "chưa có"


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters.update(moment=_moment, day=_day, status=lambda s: STATUSES.get(s, s),
                       css=lambda s: "dat" if s == "passed" else "khong-dat")
    return env


def _evidence_of(outcome: RunOutcome) -> list[Evidence]:
    return [e for outcomes in outcome.scenarios.values() for o in outcomes
            for e in (*(e for step in o.steps for e in step.evidence), *o.attachments)]


def _copy_evidence(outcome: RunOutcome, folder: Path) -> dict[Path, str]:
    """Each evidence file of the run copied to bang-chung/<run>/, numbered in the order the steps show them."""
    copies: dict[Path, str] = {}
    target = folder / EVIDENCE_DIR / outcome.run.id
    target.mkdir(parents=True, exist_ok=True)
    for number, evidence in enumerate(_evidence_of(outcome), start=1):
        relative = f"{EVIDENCE_DIR}/{outcome.run.id}/{number:03d}-{evidence.source.name}"
        shutil.copyfile(evidence.source, folder / relative)
        copies[evidence.source] = relative
    return copies


def _texts(evidence: list[Evidence]) -> dict[Path, str]:
    """The content of the text evidence (what a slip said, what the gateway logged), shown in the record."""
    texts = {}
    for item in evidence:
        if item.media_type.startswith(TEXT_TYPES):
            text = item.source.read_text(encoding="utf-8", errors="replace")
            texts[item.source] = text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "\n…"
    return texts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_record_html(record: AcceptanceRecord, folder: Path, so: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "assets").mkdir(exist_ok=True)
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copyfile(FONTS / font, folder / "assets" / font)
    evidence_runs = [("lần chạy gần nhất", record.latest)]
    if record.before_fix and record.before_fix.run.id != record.latest.run.id:
        evidence_runs.append(("lần chạy cuối trước khắc phục", record.before_fix))
    copies: dict[Path, str] = {}
    texts: dict[Path, str] = {}
    for _, outcome in evidence_runs:
        copies |= _copy_evidence(outcome, folder)
        texts |= _texts(_evidence_of(outcome))
    hashes = [(relative, _sha256(folder / relative)) for relative in sorted(copies.values())]
    html = _templates().get_template("bien_ban.html").render(record=record, evidence_runs=evidence_runs,
                                                             copies=copies, texts=texts, hashes=hashes, so=so)
    path = folder / RECORD_HTML
    path.write_text(html, encoding="utf-8")
    return path
