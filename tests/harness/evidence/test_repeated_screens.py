"""Only a screenshot identical to the last one attached is left out, and the note names the step that has it."""

from harness.evidence.repeated_screens import RepeatedScreens, same_screen_note


def test_an_identical_screen_points_to_the_step_whose_screenshot_is_attached() -> None:
    screens = RepeatedScreens()
    assert screens.earlier_step_with(b"A") is None
    screens.attached(b"A", "Khi công dân nộp hồ sơ")

    assert screens.earlier_step_with(b"A") == "Khi công dân nộp hồ sơ"
    # A third identical screen still points to the step whose image is in the report.
    assert screens.earlier_step_with(b"A") == "Khi công dân nộp hồ sơ"


def test_a_changed_screen_is_attached_and_becomes_the_one_to_compare_with() -> None:
    screens = RepeatedScreens()
    screens.attached(b"A", "Khi công dân nộp hồ sơ")

    assert screens.earlier_step_with(b"B") is None
    screens.attached(b"B", "Khi cán bộ tiếp nhận hồ sơ")
    # Back to the first screen: not the last one attached, so it is attached again.
    assert screens.earlier_step_with(b"A") is None


def test_the_note_names_the_earlier_step() -> None:
    assert "“Khi công dân nộp hồ sơ”" in same_screen_note("Khi công dân nộp hồ sơ")
