"""The daily report as Markdown: the same texts as the DOCX, the letterhead's two columns one after the other."""

from __future__ import annotations

from harness.coverage.table import Table, markdown_table
from harness.daily_report.document import Block, Heading, Line, Paragraph, body, closing, letterhead, signature, title
from harness.daily_report.report import DailyReport


def _line(line: Line) -> str:
    text = line.text
    if line.bold:
        text = f"**{text}**"
    if line.italic:
        text = f"*{text}*"
    return text


def _lines(lines: list[Line]) -> str:
    return "  \n".join(_line(line) for line in lines)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"## {block.text}"
    if isinstance(block, Table):
        return markdown_table(block)
    assert isinstance(block, Paragraph)
    if block.warning:
        return f"> **{block.text}**"
    return f"*{block.text}*" if block.italic else block.text


def render_markdown(report: DailyReport) -> str:
    left, right = letterhead(report)
    sender, signer = signature(report)
    parts = [_lines(left), _lines(right), "---", _lines(title(report)),
             *(_block(block) for block in body(report)), *(_block(paragraph) for paragraph in closing(report)),
             _lines(signer), _lines(sender)]
    return "\n\n".join(parts) + "\n"
