"""Prove that no secret reached the evidence, without ever writing a secret to disk.

A run asked to (`DVCQG_SECRET_FINGERPRINTS=<folder>`) writes SHA-256 fingerprints of every form a secret
can take in text (as typed, URL-encoded, JSON-escaped); the audit slides a window of each fingerprinted
length over every text it can read — results, attachments, the entries of trace zips, the report — and
reports a match.

A short number (a 6-digit login code) is only a leak where it stands as a number of its own: a trace holds
thousands of 6-digit runs inside timestamps, hex ids and colours, and sliding over those would find one of a
run's codes by chance in about one run out of seven.
"""

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus


def forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Only runs of characters a secret can be made of are hashed: this keeps the audit fast on big traces.
SECRET_RUN = re.compile(r"[A-Za-z0-9_.~!%+\\-]+")

SHORT_NUMBER_DIGITS = 8
# A number stands on its own when no digit, letter (hex ids), "#" (colours) or "-" (dates, dossier codes)
# touches it, nor a ".", ":" or "/" that joins it to another number (decimals, times, paths); an escaped line
# break before it (\n in JSON) is a boundary.
_BEFORE = r"(?:(?<=\\[nrt])|(?<![0-9A-Za-z#\-]))(?<![0-9][.:/])"
_AFTER = r"(?![0-9A-Za-z#\-])(?![.:/][0-9])"
WORDS, NUMBERS = "words", "numbers"


@dataclass(frozen=True)
class Fingerprints:
    """Digests by length: `words` are searched anywhere in a run, `numbers` only as whole numbers."""

    words: dict[int, set[str]]
    numbers: dict[int, set[str]]

    def __bool__(self) -> bool:
        return bool(self.words or self.numbers)


def _is_short_number(form: str) -> bool:
    return form.isdigit() and len(form) <= SHORT_NUMBER_DIGITS


def write_fingerprints(path: Path, secrets: Iterable[str]) -> None:
    prints = sorted({(NUMBERS if _is_short_number(form) else WORDS, len(form), fingerprint(form))
                     for secret in secrets for form in forms(secret)})
    path.write_text(json.dumps(prints), encoding="utf-8")


def read_fingerprints(folder: Path) -> Fingerprints:
    found = Fingerprints({}, {})
    for path in folder.glob("*.json"):
        for kind, length, digest in json.loads(path.read_text(encoding="utf-8")):
            getattr(found, kind).setdefault(length, set()).add(digest)
    return found


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    if path.suffix == ".zip" or zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for entry in archive.namelist():
                yield f"{path}!{entry}", archive.read(entry).decode("utf-8", errors="ignore")
    else:
        yield str(path), path.read_bytes().decode("utf-8", errors="ignore")


def _contains(text: str, fingerprints: Fingerprints) -> bool:
    for run in SECRET_RUN.finditer(text):
        chunk = run.group()
        for length, digests in fingerprints.words.items():
            if any(fingerprint(chunk[i:i + length]) in digests for i in range(len(chunk) - length + 1)):
                return True
    for length, digests in fingerprints.numbers.items():
        whole_numbers = re.finditer(rf"{_BEFORE}[0-9]{{{length}}}{_AFTER}", text)
        if any(fingerprint(number.group()) in digests for number in whole_numbers):
            return True
    return False


def find_leaks(roots: Iterable[Path], fingerprints: Fingerprints) -> list[str]:
    """The files (and zip entries) where a fingerprinted secret occurs; empty when the evidence is clean."""
    return [
        name
        for root in roots
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix not in {".png", ".webm"})
        for name, text in _texts(path)
        if _contains(text, fingerprints)
    ]
