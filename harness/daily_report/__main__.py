"""python -m harness.daily_report [--day dd/mm/yyyy] [--runs reports/runs] [--out reports/daily] [--unit "…"]
[--kinh-gui "…"] [--so "…"] [--dia-danh "…"]: the daily report of the archived runs of one day (default: today
in Vietnam) as bao-cao-ngay-YYYYmmdd.docx and .md; exit 2 with one sentence when the day, the archive, the
defect register or data/coverage.toml cannot be read. A day without runs still gets its report, which says so."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path

from harness.coverage.requirements import REQUIREMENTS_FILE
from harness.daily_report.docx_writer import write_docx
from harness.daily_report.markdown import render_markdown
from harness.daily_report.report import Letterhead, build_report
from harness.errors import HarnessError
from harness.reports.archive import PROJECT_ROOT, RUNS_DIR
from harness.vietnam_time import VIETNAM

PROBLEM = 2
UNIT_VARIABLE = "DVCQG_DON_VI"
DEFAULT_UNIT = "Tổ kiểm thử Cổng Dịch vụ công quốc gia"
DEFAULTS = {"out": PROJECT_ROOT / "reports" / "daily", "defects": PROJECT_ROOT / "data" / "defects.toml",
            "kinh_gui": "Công an tỉnh", "so": "…/BC-…", "dia_danh": "Đắk Lắk"}


def parse_day(text: str) -> date:
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise HarnessError(f"--day {text} không phải một ngày dạng dd/mm/yyyy, ví dụ 03/12/2026.") from None


def report_paths(out: Path, day: date) -> tuple[Path, Path]:
    stem = f"bao-cao-ngay-{day:%Y%m%d}"
    return out / f"{stem}.docx", out / f"{stem}.md"


def main(argv: list[str] | None = None, now: datetime | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.daily_report", description=__doc__.splitlines()[0])
    parser.add_argument("--day", help="ngày báo cáo dd/mm/yyyy (mặc định: hôm nay, giờ Việt Nam)")
    parser.add_argument("--runs", type=Path, default=RUNS_DIR, help="kho lưu trữ các lần chạy")
    parser.add_argument("--out", type=Path, default=DEFAULTS["out"], help="thư mục ghi báo cáo")
    parser.add_argument("--unit", default=os.environ.get(UNIT_VARIABLE) or DEFAULT_UNIT,
                        help=f"tên đơn vị lập báo cáo (hoặc biến {UNIT_VARIABLE})")
    parser.add_argument("--kinh-gui", default=DEFAULTS["kinh_gui"], help="nơi nhận, sau 'Kính gửi:'")
    parser.add_argument("--so", default=DEFAULTS["so"], help="số văn bản, ví dụ 12/BC-CAP")
    parser.add_argument("--dia-danh", default=DEFAULTS["dia_danh"], help="địa danh trước ngày tháng")
    parser.add_argument("--defects", type=Path, default=DEFAULTS["defects"], help="sổ lỗi")
    parser.add_argument("--requirements", type=Path, default=REQUIREMENTS_FILE, help="tệp các luồng phải kiểm thử")
    args = parser.parse_args(argv)
    now = (now or datetime.now(VIETNAM)).astimezone(VIETNAM)
    try:
        day = parse_day(args.day) if args.day else now.date()
        report = build_report(Letterhead(args.unit, args.so, args.dia_danh, args.kinh_gui), day, now, args.runs,
                              args.defects, args.requirements)
        args.out.mkdir(parents=True, exist_ok=True)
        docx_path, markdown_path = report_paths(args.out, day)
        write_docx(report, docx_path)
        markdown_path.write_text(render_markdown(report), encoding="utf-8")
    except HarnessError as error:
        print(error, file=sys.stderr)
        return PROBLEM
    except OSError as error:
        print(f"Không ghi được báo cáo vào {args.out} ({error.strerror}): chọn --out là một thư mục ghi được.",
              file=sys.stderr)
        return PROBLEM
    print(docx_path)
    print(markdown_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
