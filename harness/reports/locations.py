"""Where a run's Allure results and the built report live: one place for pytest, scripts/e2e and the builder.

Any run of the scenarios (`pytest`, `pytest -m smoke`, `pytest --env=staging -m nop_ho_so`, a path under
steps/ or features/) writes its results to RESULTS_DIR unless `--alluredir` says otherwise, replacing the
previous run's; the project's own tests (`pytest tests`) write none.
"""

from collections.abc import Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = PROJECT_ROOT / "reports" / "allure-results"
REPORT_DIR = PROJECT_ROOT / "reports" / "allure-report"
SCENARIO_FOLDERS = (PROJECT_ROOT / "steps", PROJECT_ROOT / "features")


def runs_scenarios(args: Sequence[str], invocation_dir: Path) -> bool:
    """Whether the paths pytest was given (its testpaths when none) are the scenarios' folders or in them."""
    for arg in args:
        path = (invocation_dir / arg.split("::")[0]).resolve()
        if any(path == folder or folder in path.parents for folder in SCENARIO_FOLDERS):
            return True
    return False
