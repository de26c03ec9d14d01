"""python -m harness.coverage --results DIR [--unit "…"] [--env NAME] [--html]: the coverage of one run's
results against data/coverage.toml, as Markdown (or the HTML fragment) on standard output; exit 2 with one
sentence when the results, the requirements or a unit name are wrong."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harness.coverage.requirements import REQUIREMENTS_FILE
from harness.coverage.table import coverage_html, coverage_markdown
from harness.errors import HarnessError
from harness.reports.archive import env_name

PROBLEM = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.coverage", description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True, help="thư mục kết quả Allure của lần chạy")
    parser.add_argument("--unit", action="append", help="chỉ đơn vị này (lặp lại để chọn nhiều đơn vị)")
    parser.add_argument("--env", help="tên môi trường ghi trên bảng (mặc định: theo environment.properties)")
    parser.add_argument("--requirements", type=Path, default=REQUIREMENTS_FILE, help="tệp phạm vi phải kiểm thử")
    parser.add_argument("--html", action="store_true", help="in đoạn HTML thay cho Markdown")
    args = parser.parse_args(argv)
    try:
        if not args.results.is_dir():
            raise HarnessError(f"Không có thư mục kết quả {args.results}: chỉ --results tới thư mục allure-results "
                               f"của một lần chạy.")
        render = coverage_html if args.html else coverage_markdown
        print(render(args.results, args.env or env_name(args.results), args.unit, args.requirements), end="")
    except HarnessError as error:
        print(error, file=sys.stderr)
        return PROBLEM
    return 0


if __name__ == "__main__":
    sys.exit(main())
