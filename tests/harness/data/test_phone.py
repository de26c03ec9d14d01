"""Mobile numbers: only the networks' prefixes, and the 84… form SMS gateways take."""

import random

import pytest

from harness.data.phone import MOBILE_PATTERN, NETWORK_PREFIXES, is_vn_mobile, make_mobile, to_gateway_form


def test_generated_numbers_match_the_mobile_pattern() -> None:
    rng = random.Random(42)
    numbers = [make_mobile(rng) for _ in range(2000)]
    assert all(MOBILE_PATTERN.fullmatch(number) for number in numbers)
    assert all(number.startswith("0") and len(number) == 10 for number in numbers)


def test_generated_numbers_use_every_network() -> None:
    rng = random.Random(42)
    prefixes = {make_mobile(rng)[:3] for _ in range(5000)}
    for network, network_prefixes in NETWORK_PREFIXES.items():
        assert prefixes & set(network_prefixes), network


def test_the_prefix_table_is_exactly_what_the_pattern_accepts() -> None:
    table = {prefix for prefixes in NETWORK_PREFIXES.values() for prefix in prefixes}
    accepted = {f"0{n:02d}" for n in range(100) if is_vn_mobile(f"0{n:02d}1234567")}
    assert table == accepted


@pytest.mark.parametrize("number", ["0912345678", "84912345678", "+84912345678", "0321234567", "0591234567"])
def test_valid_numbers_are_accepted(number: str) -> None:
    assert is_vn_mobile(number)


@pytest.mark.parametrize(
    "number",
    [
        "0951234567",  # 095 belongs to no network
        "0312345678",  # 031 is not a mobile prefix
        "091234567",  # too short
        "09123456789",  # too long
        "0912345678\n",
        "091 234 5678",
        "+840912345678",
        "０９１２３４５６７８",  # full-width digits
    ],
)
def test_invalid_numbers_are_refused(number: str) -> None:
    assert not is_vn_mobile(number)


@pytest.mark.parametrize("number", ["0912345678", "84912345678", "+84912345678"])
def test_gateway_form_is_84_and_nine_digits(number: str) -> None:
    assert to_gateway_form(number) == "84912345678"


def test_gateway_form_refuses_a_non_mobile_number() -> None:
    with pytest.raises(ValueError):
        to_gateway_form("0241234567")
