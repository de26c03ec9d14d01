"""Prove that no secret reached the evidence, without ever writing a secret to disk.

A run asked to (`DVCQG_SECRET_FINGERPRINTS=<folder>`) writes SHA-256 fingerprints of every form a secret
can take in text (as typed, URL-encoded, JSON-escaped); the audit slides a window of each fingerprinted
length over every text it can read — results, attachments, the entries of trace zips, the report — and
reports a match.
"""

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus


def forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Only runs of characters a secret can be made of are hashed: this keeps the audit fast on big traces.
SECRET_RUN = re.compile(r"[A-Za-z0-9_.~!%+\\-]+")

Fingerprints = dict[int, set[str]]


def write_fingerprints(path: Path, secrets: Iterable[str]) -> None:
    prints = sorted({(len(form), fingerprint(form)) for secret in secrets for form in forms(secret)})
    path.write_text(json.dumps(prints), encoding="utf-8")


def read_fingerprints(folder: Path) -> Fingerprints:
    by_length: Fingerprints = {}
    for path in folder.glob("*.json"):
        for length, digest in json.loads(path.read_text(encoding="utf-8")):
            by_length.setdefault(length, set()).add(digest)
    return by_length


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
        for length, digests in fingerprints.items():
            if any(fingerprint(chunk[i:i + length]) in digests for i in range(len(chunk) - length + 1)):
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
