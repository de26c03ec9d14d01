"""The daily report as a Word document (python-docx): A4, Times New Roman 13 pt, the letterhead and the
signature block as borderless two-column tables, the result tables with a grid, the warning line in red."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from harness.coverage.table import Table
from harness.daily_report.document import Block, Heading, Line, body, closing, letterhead, signature, title
from harness.daily_report.report import DailyReport

FONT, SIZE, TABLE_SIZE = "Times New Roman", Pt(13), Pt(11)
WARNING_RED = RGBColor(0xC0, 0x00, 0x00)


def _write_lines(cell: _Cell, lines: list[Line]) -> None:
    cell.paragraphs[0].text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line.text)
        run.bold, run.italic = line.bold, line.italic


def _two_columns(document, left: list[Line], right: list[Line]) -> None:
    table = document.add_table(rows=1, cols=2)
    _write_lines(table.cell(0, 0), left)
    _write_lines(table.cell(0, 1), right)


def _centered(document, line: Line) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(line.text)
    run.bold, run.italic = line.bold, line.italic


def _table(document, table: Table) -> None:
    caption = document.add_paragraph()
    caption.add_run(table.caption).bold = True
    grid = document.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.paragraphs[0].add_run(header).bold = True
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    for row in grid.rows:
        for cell in row.cells:
            for run in (run for paragraph in cell.paragraphs for run in paragraph.runs):
                run.font.size = TABLE_SIZE


def _block(document, block: Block) -> None:
    if isinstance(block, Heading):
        document.add_paragraph().add_run(block.text).bold = True
    elif isinstance(block, Table):
        _table(document, block)
    else:
        run = document.add_paragraph().add_run(block.text)
        run.italic = block.italic
        if block.warning:
            run.bold = True
            run.font.color.rgb = WARNING_RED


def write_docx(report: DailyReport, path: Path) -> Path:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, SIZE
    _two_columns(document, *letterhead(report))
    for line in title(report):
        _centered(document, line)
    for block in [*body(report), *closing(report)]:
        _block(document, block)
    sender, signer = signature(report)
    _two_columns(document, sender, signer)
    document.save(path)
    return path
