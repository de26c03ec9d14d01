"""Faker provider for synthetic Vietnamese people: `fake.add_provider(VietnamesePersonProvider)`.

Faker's vi_VN locale has no CCCD, invalid mobile prefixes and Western name order; this replaces it.
"""

from datetime import date

from faker.providers import BaseProvider

from harness.data.addresses import Address, make_address
from harness.data.ages import random_birth_date
from harness.data.cccd import make_cccd
from harness.data.names import make_name
from harness.data.people import DEFAULT_AGE_RANGE, SyntheticPerson, person
from harness.data.phone import make_mobile
from harness.data.provinces_pre2025 import BIRTH_PROVINCES
from harness.data.sex import SEXES, Sex


class VietnamesePersonProvider(BaseProvider):
    def cccd(
        self,
        birth_date: date | None = None,
        sex: Sex | None = None,
        province_code: str | None = None,
        today: date | None = None,
    ) -> str:
        """A CCCD number; what is not given is drawn at random (an adult's birth date as of `today`)."""
        rng = self.generator.random
        if birth_date is None:
            birth_date = random_birth_date(rng, DEFAULT_AGE_RANGE, date.today() if today is None else today)
        return make_cccd(
            rng,
            birth_date,
            sex or rng.choice(SEXES),
            province_code or rng.choice(tuple(BIRTH_PROVINCES)),
        )

    def vn_mobile(self) -> str:
        return make_mobile(self.generator.random)

    def vn_full_name(self, sex: Sex | None = None) -> str:
        rng = self.generator.random
        return make_name(rng, sex or rng.choice(SEXES)).ho_va_ten

    def vn_address(self, province_code: str | None = None) -> Address:
        """An address; `str()` of it is the one-line form "Số 12 đường Trần Phú, Phường …, Thành phố …"."""
        return make_address(self.generator.random, province_code)

    def vn_person(
        self,
        sex: Sex | None = None,
        age_range: tuple[int, int] = DEFAULT_AGE_RANGE,
        born_in: str | None = None,
        today: date | None = None,
    ) -> SyntheticPerson:
        return person(self.generator.random, sex=sex, age_range=age_range, born_in=born_in, today=today)
