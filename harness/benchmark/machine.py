"""What the numbers were measured on: cores, load, Python, and the commit of the code measured."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path


def _git(root: Path, *args: str) -> str | None:
    try:
        completed = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return completed.stdout.strip()


def machine_info(root: Path) -> dict[str, object]:
    status = _git(root, "status", "--porcelain")
    return {
        "cpu_count": os.cpu_count(),
        # Another process busy on the same machine slows the run: the load says whether it was shared.
        "load_average_before": [round(load, 2) for load in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": _git(root, "rev-parse", "HEAD"),
        "git_uncommitted_changes": None if status is None else bool(status),
    }
