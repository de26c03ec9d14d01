"""A plain `pytest` of the scenarios writes its Allure results to the one documented place, replacing the last
run's; `--alluredir` wins; the project's own tests write none. (The rule itself: test_locations.py.)"""

from types import SimpleNamespace

import pytest

from fixtures import evidence
from harness.reports.locations import PROJECT_ROOT, RESULTS_DIR


def configured(args: list[str], alluredir: str | None = None) -> SimpleNamespace:
    cleanups: list = []
    option = SimpleNamespace(allure_report_dir=alluredir, clean_alluredir=False)
    config = SimpleNamespace(option=option, args=args, invocation_params=SimpleNamespace(dir=PROJECT_ROOT),
                             stash=pytest.Stash(), add_cleanup=cleanups.append,
                             getoption=lambda name, default=None: getattr(option, name, default))
    evidence.pytest_configure(config)
    for cleanup in cleanups:
        cleanup()
    return config.option


def test_the_scenarios_write_to_reports_allure_results_and_replace_the_last_run() -> None:
    option = configured(["steps"])

    assert (option.allure_report_dir, option.clean_alluredir) == (str(RESULTS_DIR), True)


def test_an_explicit_alluredir_wins_and_keeps_what_is_there() -> None:
    option = configured(["steps"], alluredir="/tmp/somewhere")

    assert (option.allure_report_dir, option.clean_alluredir) == ("/tmp/somewhere", False)


def test_the_project_s_own_tests_write_no_results() -> None:
    assert configured(["tests"]).allure_report_dir is None
