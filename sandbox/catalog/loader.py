"""The catalogue read from `sandbox/data/portal-catalog/`: once per process, full records only when asked.

The rows are kept exactly as the portal listed them (codes with a leading space or a `-Xoa` suffix, names
starting with a tab, null categories): the JSON API serves them as they came.
"""

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sandbox.catalog.rules import is_public
from sandbox.catalog.text import normalise


@dataclass(frozen=True)
class Procedure:
    """One row of the portal's public list, with its name as search compares it."""

    row: Mapping[str, Any]
    position: int
    normalised_name: str

    @property
    def id(self) -> str:
        return self.row["id"]

    @property
    def name(self) -> str:
        return self.row["name"].strip()

    @property
    def code(self) -> str:
        """The code without the stray spaces some rows carry (" 1.014325")."""
        return self.row["code"].strip()

    @property
    def is_public(self) -> bool:
        return is_public(self.row)


class Catalog:
    """Every procedure, the public ones, look-ups by id and code, and the full record of the 502 crawled."""

    def __init__(self, rows: list[Mapping[str, Any]], provinces: list[Mapping[str, Any]], details_dir: Path) -> None:
        self.procedures = tuple(
            Procedure(row, position, normalise(row["name"])) for position, row in enumerate(rows)
        )
        self.public = tuple(p for p in self.procedures if p.is_public)
        self.provinces = tuple(provinces)
        self._by_id = {p.id: p for p in self.procedures}
        self._by_code: dict[str, Procedure] = {}
        for procedure in self.procedures:
            known = self._by_code.get(procedure.code)
            if known is None or (procedure.is_public and not known.is_public):
                self._by_code[procedure.code] = procedure
        self._details_dir = details_dir

    def by_id(self, procedure_id: str) -> Procedure | None:
        return self._by_id.get(procedure_id)

    def by_code(self, code: str) -> Procedure | None:
        """Stray spaces aside. Two rows can then share a code (" 1.014325" is public, "1.014325" internal):
        the public one is the one a citizen means."""
        return self._by_code.get(code.strip())

    def detail(self, procedure: Procedure) -> Mapping[str, Any] | None:
        """The full record (`get-formality-by-citizen`), or None for the procedures the crawl did not fetch."""
        return _read_detail(self._details_dir / f"{procedure.code}.json")

    def each_detail(self) -> Iterator[Mapping[str, Any]]:
        """Every full record, read without keeping it: for one pass at start (the configuration seed)."""
        for path in sorted(self._details_dir.glob("*.json")):
            yield json.loads(path.read_text(encoding="utf-8"))["data"]

    def province(self, gso_code: str) -> Mapping[str, Any] | None:
        return next((p for p in self.provinces if p["code"] == gso_code), None)


@cache
def load_catalog(data_dir: Path) -> Catalog:
    """Read once per process: the pages are hit by many tests and must not parse 4 MB per request."""
    folder = data_dir / "portal-catalog"
    with (folder / "catalog.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    provinces = json.loads((folder / "provinces.json").read_text(encoding="utf-8"))["data"]["rows"]
    return Catalog(rows, provinces, folder / "details")


@cache
def _read_detail(path: Path) -> Mapping[str, Any] | None:
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))["data"]
