"""A run of the scenarios writes its Allure results to the one documented place; the project's tests do not."""

from harness.reports.locations import PROJECT_ROOT, RESULTS_DIR, runs_scenarios


def test_the_scenarios_in_any_form_write_results() -> None:
    for args in (["steps"], ["steps/test_tim_kiem.py::test_x"], ["features/tim_kiem.feature"], ["."]):
        assert runs_scenarios(args, PROJECT_ROOT) == (args != ["."]), args
    assert runs_scenarios(["test_tim_kiem.py"], PROJECT_ROOT / "steps")


def test_the_project_s_own_tests_write_none() -> None:
    assert not runs_scenarios(["tests"], PROJECT_ROOT)
    assert not runs_scenarios(["tests/e2e/test_features_on_sandbox.py"], PROJECT_ROOT)


def test_the_place_is_inside_the_project_s_reports_folder() -> None:
    assert RESULTS_DIR == PROJECT_ROOT / "reports" / "allure-results"
