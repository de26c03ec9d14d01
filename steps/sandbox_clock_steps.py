"""The sandbox's clock set to a given moment for one scenario (POST /_setup/clock), then given back.

Registered for every feature by the root conftest.py; the scenarios using it are sandbox-only.
"""

from pytest_bdd import given, parsers, when

from harness.vietnam_time import shown_time


@given(parsers.parse("đồng hồ của sandbox chỉ {clock_time} ngày {day}"))
@when(parsers.parse("đồng hồ của sandbox chuyển đến {clock_time} ngày {day}"))
def sandbox_clock_at(clock_time: str, day: str, setup_api, request) -> None:
    setup_api.set_clock(shown_time(f"{day} {clock_time}"))
    request.addfinalizer(setup_api.reset_clock)
