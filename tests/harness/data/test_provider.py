"""The Faker provider: every method works through a Faker instance and follows its seed."""

from datetime import date

import pytest
from faker import Faker

from harness.data.addresses import provinces_2025
from harness.data.cccd import check_cccd
from harness.data.people import SyntheticPerson
from harness.data.phone import is_vn_mobile
from harness.data.provider import VietnamesePersonProvider

TODAY = date(2026, 11, 22)


def faker(seed: int) -> Faker:
    fake = Faker("vi_VN")
    fake.add_provider(VietnamesePersonProvider)
    fake.seed_instance(seed)
    return fake


@pytest.fixture
def fake() -> Faker:
    return faker(20261122)


def test_cccd_with_given_facts_is_consistent(fake: Faker) -> None:
    number = fake.cccd(birth_date=date(1999, 1, 1), sex="Nam", province_code="001")
    assert number.startswith("001099")
    assert check_cccd(number, date(1999, 1, 1), "Nam") == []


def test_cccd_without_facts_is_still_well_formed(fake: Faker) -> None:
    number = fake.cccd(today=TODAY)
    assert len(number) == 12 and number.isdigit()


def test_mobile_name_and_address(fake: Faker) -> None:
    assert is_vn_mobile(fake.vn_mobile())
    assert fake.vn_full_name(sex="Nữ").split()[1] != "Văn"
    address = fake.vn_address(province_code="79")
    assert address.province_name == provinces_2025()["79"].name


def test_person(fake: Faker) -> None:
    someone = fake.vn_person(sex="Nam", born_in="038", today=TODAY)
    assert isinstance(someone, SyntheticPerson)
    assert someone.gioi_tinh == "Nam" and someone.so_dinh_danh.startswith("038")


def test_the_same_seed_gives_the_same_values() -> None:
    def draw(fake: Faker) -> tuple[object, ...]:
        return (
            fake.cccd(today=TODAY),
            fake.vn_mobile(),
            fake.vn_full_name(),
            fake.vn_address(),
            fake.vn_person(today=TODAY),
        )

    assert draw(faker(5)) == draw(faker(5))
    assert draw(faker(5)) != draw(faker(6))
