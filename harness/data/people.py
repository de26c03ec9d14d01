"""Synthetic Vietnamese people: one consistent identity (name, birth, CCCD, phone, e-mail, addresses)."""

import random
from dataclasses import dataclass
from datetime import date

from faker import Faker

from harness.data.addresses import Address, make_address
from harness.data.ages import random_birth_date
from harness.data.cccd import make_cccd
from harness.data.emails import make_email
from harness.data.names import make_name
from harness.data.phone import make_mobile
from harness.data.provinces_pre2025 import BIRTH_PROVINCES
from harness.data.sex import SEXES, Sex

Randomness = Faker | random.Random | int

DEFAULT_AGE_RANGE = (18, 70)

# Most people keep their permanent residence in the province they were born in, and most of them
# live there too; the rest are spread over the whole country.
_RESIDES_IN_BIRTH_PROVINCE = 0.7
_LIVES_AT_PERMANENT_RESIDENCE = 0.6


@dataclass(frozen=True)
class SyntheticPerson:
    ho_va_ten: str
    ngay_sinh: date
    gioi_tinh: Sex
    so_dinh_danh: str
    so_dien_thoai: str
    email: str
    thuong_tru: Address
    noi_o_hien_nay: Address
    birth_province_code: str  # pre-2025 code, the first three digits of so_dinh_danh


def _random_source(source: Randomness) -> random.Random:
    """The random generator behind a Faker instance, or a new one seeded with `source`."""
    if isinstance(source, Faker):
        # Faker.random refuses multi-locale instances; seed_instance seeds every locale's generator.
        return source.factories[0].random
    if isinstance(source, random.Random):
        return source
    return random.Random(source)


def person(
    source: Randomness,
    *,
    sex: Sex | None = None,
    age_range: tuple[int, int] = DEFAULT_AGE_RANGE,
    born_in: str | None = None,
    today: date | None = None,
) -> SyntheticPerson:
    """A person aged within `age_range` on `today`, birth-registered in `born_in` (pre-2025 code).

    The same seed and `today` always give the same person.
    """
    if sex is not None and sex not in SEXES:
        raise ValueError(f"sex must be one of {SEXES}, got {sex!r}")
    if born_in is not None and born_in not in BIRTH_PROVINCES:
        raise ValueError(f"{born_in!r} is not one of the 63 pre-2025 province codes")
    rng = _random_source(source)
    today = date.today() if today is None else today

    sex = sex or rng.choice(SEXES)
    born_in = born_in or rng.choice(tuple(BIRTH_PROVINCES))
    ngay_sinh = random_birth_date(rng, age_range, today)
    name = make_name(rng, sex)
    home_province = BIRTH_PROVINCES[born_in].successor if rng.random() < _RESIDES_IN_BIRTH_PROVINCE else None
    thuong_tru = make_address(rng, home_province)
    noi_o_hien_nay = thuong_tru if rng.random() < _LIVES_AT_PERMANENT_RESIDENCE else make_address(rng)
    return SyntheticPerson(
        ho_va_ten=name.ho_va_ten,
        ngay_sinh=ngay_sinh,
        gioi_tinh=sex,
        so_dinh_danh=make_cccd(rng, ngay_sinh, sex, born_in),
        so_dien_thoai=make_mobile(rng),
        email=make_email(rng, name),
        thuong_tru=thuong_tru,
        noi_o_hien_nay=noi_o_hien_nay,
        birth_province_code=born_in,
    )
