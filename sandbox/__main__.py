"""`python -m sandbox [--port N] [--db PATH] [--late-wiring-ms N] [--latency-ms MIN-MAX] [--fault NAME]...`: run
the sandbox portal on this machine; each `--fault` starts with that switch on (docs/sandbox-faults.md), which is
how a whole run — not one scenario — meets a broken integration."""

import argparse
import sys
import tempfile
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from sandbox.app import create_app
from sandbox.settings import SandboxSettings


def latency_range(text: str) -> tuple[int, int]:
    """"2000-4000" is a range, "3000" a fixed delay; milliseconds."""
    low, _, high = text.partition("-")
    try:
        bounds = (int(low), int(high or low))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' không phải dạng MIN-MAX (ví dụ 2000-4000)") from None
    if not 0 <= bounds[0] <= bounds[1]:
        raise argparse.ArgumentTypeError(f"'{text}': cần 0 ≤ MIN ≤ MAX")
    return bounds


def start_with_faults(app: FastAPI, names: list[str]) -> str | None:
    """Switches the named faults on; the sentence that refuses an unknown name, or None."""
    faults = app.state.sandbox.faults
    for name in names:
        try:
            faults.switch(name, True)
        except KeyError:
            return f"Không có sự cố '{name}': chọn một trong {', '.join(fault.name for fault in faults.known())}."
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="Cổng DVCQG sandbox portal")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--db", type=Path, help="SQLite file (default: a fresh one in a temp folder)")
    parser.add_argument("--late-wiring-ms", type=int, default=0, metavar="N",
                        help="the portal pages' scripts attach their handlers N ms after the page is shown")
    parser.add_argument("--latency-ms", type=latency_range, default=(0, 0), metavar="MIN-MAX",
                        help="delay every response by a random time in this range")
    parser.add_argument("--fault", action="append", default=[], metavar="NAME",
                        help="start with this fault switch on (repeatable; GET /_setup/faults lists them)")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp(prefix="dvcqg-sandbox-")) / "sandbox.sqlite3"
    app = create_app(SandboxSettings(db_path=db, late_wiring_ms=max(0, args.late_wiring_ms),
                                     latency_ms=args.latency_ms))
    if refusal := start_with_faults(app, args.fault):
        print(refusal, file=sys.stderr)
        return 2
    print(f"Sandbox: http://{args.host}:{args.port}/  (database {db})", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except OSError as error:
        print(f"Không mở được cổng {args.port}: {error.strerror}. Chọn cổng khác bằng --port.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
