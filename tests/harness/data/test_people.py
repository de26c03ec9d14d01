"""A synthetic person is one consistent identity, and the same seed gives the same person."""

import dataclasses
import random
from datetime import date

import pytest
from faker import Faker

from harness.data.ages import age_on
from harness.data.cccd import check_cccd
from harness.data.names import FAMILY_NAMES
from harness.data.people import person
from harness.data.phone import is_vn_mobile
from harness.data.provinces_pre2025 import BIRTH_PROVINCES

TODAY = date(2026, 11, 22)


def test_every_field_agrees_with_the_others() -> None:
    for seed in range(300):
        someone = person(seed, today=TODAY)
        assert check_cccd(someone.so_dinh_danh, someone.ngay_sinh, someone.gioi_tinh) == []
        assert someone.so_dinh_danh[:3] == someone.birth_province_code
        assert someone.birth_province_code in BIRTH_PROVINCES
        assert 18 <= age_on(someone.ngay_sinh, TODAY) <= 70
        assert is_vn_mobile(someone.so_dien_thoai)
        assert someone.email.isascii()
        assert someone.ho_va_ten.split()[0] in FAMILY_NAMES


def test_sex_age_and_birth_province_can_be_fixed() -> None:
    someone = person(1, sex="Nữ", age_range=(23, 23), born_in="079", today=TODAY)
    assert someone.gioi_tinh == "Nữ"
    assert age_on(someone.ngay_sinh, TODAY) == 23
    assert someone.so_dinh_danh.startswith("079303")


def test_a_minor_can_be_made() -> None:
    someone = person(2, age_range=(10, 17), today=TODAY)
    assert age_on(someone.ngay_sinh, TODAY) < 18


def test_most_people_are_registered_in_the_province_they_were_born_in() -> None:
    people = [person(seed, today=TODAY) for seed in range(400)]
    at_home = sum(p.thuong_tru.province_code == BIRTH_PROVINCES[p.birth_province_code].successor for p in people)
    assert at_home / len(people) > 0.6


def test_the_same_seed_gives_the_same_person() -> None:
    assert person(7, today=TODAY) == person(7, today=TODAY)
    assert person(random.Random(7), today=TODAY) == person(7, today=TODAY)
    assert person(7, today=TODAY) != person(8, today=TODAY)


def test_a_seeded_faker_gives_the_same_person_even_with_several_locales() -> None:
    def seeded(seed: int) -> Faker:
        fake = Faker(["vi_VN", "en_US"])
        fake.seed_instance(seed)
        return fake

    assert person(seeded(3), today=TODAY) == person(seeded(3), today=TODAY)


def test_a_person_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        person(1, today=TODAY).ho_va_ten = "Trần Văn Nam"  # type: ignore[misc]


@pytest.mark.parametrize(("argument", "value"), [("sex", "nữ"), ("born_in", "003"), ("born_in", "79")])
def test_bad_arguments_are_refused(argument: str, value: str) -> None:
    with pytest.raises(ValueError):
        person(1, today=TODAY, **{argument: value})
