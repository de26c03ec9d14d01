"""`python -m sandbox [--port N] [--db PATH]`: run the sandbox portal on this machine."""

import argparse
import sys
import tempfile
from pathlib import Path

import uvicorn

from sandbox.app import create_app
from sandbox.settings import SandboxSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="Cổng DVCQG sandbox portal")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--db", type=Path, help="SQLite file (default: a fresh one in a temp folder)")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp(prefix="dvcqg-sandbox-")) / "sandbox.sqlite3"
    app = create_app(SandboxSettings(db_path=db))
    print(f"Sandbox: http://{args.host}:{args.port}/  (database {db})", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except OSError as error:
        print(f"Không mở được cổng {args.port}: {error.strerror}. Chọn cổng khác bằng --port.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
