"""The coverage of a run as tables: an HTML fragment (the report helper attaches it to the Allure report, the
acceptance record embeds it) and Markdown, with the same captions, headers and rows.

    coverage_html(Path("reports/allure-results"), "sandbox")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from harness.coverage.compute import COVERED_PASSED, NOT_COVERED, Coverage, Tally, compute_coverage
from harness.coverage.flow_titles import flow_titles
from harness.coverage.requirements import REQUIREMENTS_FILE, load_requirements
from harness.scenario_results import read_results

COUNT_HEADERS = ("Kết quả", "Đạt", "Không đạt", "Bỏ qua")
UNIT_NOTE = ("Đơn vị của một kịch bản là đơn vị có tên trong tham số của kịch bản hoặc của các bước; kịch bản "
             "không nêu tên đơn vị nào (công dân đăng nhập, tìm kiếm thủ tục) chỉ được tính cho luồng và thủ tục.")


@dataclass(frozen=True)
class Table:
    """A table whose first column heads its rows."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def html_table(table: Table) -> str:
    head = "".join(f'<th scope="col">{escape(header)}</th>' for header in table.headers)
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>{"".join(f"<td>{escape(cell)}</td>" for cell in row[1:])}</tr>'
        for row in table.rows)
    return (f"<table>\n<caption>{escape(table.caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>{body}</tbody>\n</table>")


def markdown_table(table: Table) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join([f"**{table.caption}**", "", line(table.headers), line(["---"] * len(table.headers)),
                      *(line(row) for row in table.rows)])


def counts(tally: Tally) -> tuple[str, ...]:
    return tally.verdict, str(tally.passed), str(tally.failed), str(tally.skipped)


def coverage_tables(coverage: Coverage, titles: dict[str, str]) -> list[Table]:
    names = coverage.requirements.procedure_names
    where = {code: [unit for unit, codes in coverage.requirements.units.items() if code in codes]
             for code in coverage.procedures}
    return [
        Table(f"Luồng nghiệp vụ ({len(coverage.flows)} luồng phải kiểm thử)",
              ("Luồng nghiệp vụ", "Thẻ", *COUNT_HEADERS),
              tuple((titles.get(flow, flow), flow, *counts(tally)) for flow, tally in coverage.flows.items())),
        Table("Thủ tục hành chính", ("Mã thủ tục", "Tên thủ tục", *COUNT_HEADERS, "Đơn vị phải kiểm thử"),
              tuple((code, names.get(code, "—"), *counts(tally),
                     ", ".join(where[code]) or "không đơn vị nào phải kiểm thử")
                    for code, tally in coverage.procedures.items())),
        Table("Thủ tục theo đơn vị", ("Đơn vị", "Mã thủ tục", "Tên thủ tục", *COUNT_HEADERS),
              tuple((unit, code, names[code], *counts(tally))
                    for unit, codes in coverage.units.items() for code, tally in codes.items())),
    ]


def summary(coverage: Coverage) -> str:
    def part(what: str, tallies: Sequence[Tally]) -> str:
        covered = [tally for tally in tallies if tally.verdict != NOT_COVERED]
        passed = [tally for tally in covered if tally.verdict == COVERED_PASSED]
        return (f"{what}: {len(covered)}/{len(tallies)} đã kiểm thử ({len(passed)} đạt, "
                f"{len(covered) - len(passed)} không đạt)")

    required = [coverage.procedures[code] for code in coverage.requirements.procedures]
    pairs = [tally for codes in coverage.units.values() for tally in codes.values()]
    return "; ".join([part("Luồng", list(coverage.flows.values())), part("thủ tục phải kiểm thử", required),
                      part("thủ tục theo đơn vị", pairs)]) + "."


def _coverage(results_dir: Path, units: Sequence[str] | None, requirements_path: Path) -> Coverage:
    titles = flow_titles()
    requirements = load_requirements(requirements_path, known_flows=titles)
    return compute_coverage(read_results(results_dir), requirements, units)


def _heading(env_name: str) -> str:
    return f"Phạm vi kiểm thử của lần chạy trên môi trường {env_name}"


def coverage_html(results_dir: Path, env_name: str, units: Sequence[str] | None = None,
                  requirements_path: Path = REQUIREMENTS_FILE) -> str:
    coverage = _coverage(results_dir, units, requirements_path)
    tables = "\n".join(html_table(table) for table in coverage_tables(coverage, flow_titles()))
    return (f'<section class="pham-vi-kiem-thu">\n<h2>{escape(_heading(env_name))}</h2>\n'
            f"<p>{escape(summary(coverage))}</p>\n{tables}\n<p>{escape(UNIT_NOTE)}</p>\n</section>\n")


def coverage_markdown(results_dir: Path, env_name: str, units: Sequence[str] | None = None,
                      requirements_path: Path = REQUIREMENTS_FILE) -> str:
    coverage = _coverage(results_dir, units, requirements_path)
    tables = "\n\n".join(markdown_table(table) for table in coverage_tables(coverage, flow_titles()))
    return f"## {_heading(env_name)}\n\n{summary(coverage)}\n\n{tables}\n\n{UNIT_NOTE}\n"
