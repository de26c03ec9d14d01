"""Vietnamese mobile numbers: the prefixes each network uses, and the form SMS gateways take."""

import random
import re
from collections.abc import Mapping
from types import MappingProxyType

MOBILE_PATTERN = re.compile(r"^(0|\+?84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$", re.ASCII)

NETWORK_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "Viettel": ("086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039"),
        "Vinaphone": ("088", "091", "094", "081", "082", "083", "084", "085"),
        "MobiFone": ("089", "090", "093", "070", "076", "077", "078", "079"),
        "Vietnamobile": ("092", "056", "058", "052"),
        "Gmobile": ("099", "059"),
        "iTel": ("087",),
        "Wintel": ("055",),
    }
)

# Rough subscriber shares, so that generated numbers mix networks the way real traffic does.
_NETWORK_SHARES = {
    "Viettel": 52,
    "Vinaphone": 22,
    "MobiFone": 19,
    "Vietnamobile": 4,
    "Gmobile": 1,
    "iTel": 1,
    "Wintel": 1,
}


def make_mobile(rng: random.Random) -> str:
    """A mobile number in the domestic form `0xxxxxxxxx`, as citizens type it."""
    network = rng.choices(tuple(_NETWORK_SHARES), weights=tuple(_NETWORK_SHARES.values()))[0]
    return f"{rng.choice(NETWORK_PREFIXES[network])}{rng.randrange(10_000_000):07d}"


def is_vn_mobile(number: str) -> bool:
    return MOBILE_PATTERN.fullmatch(number) is not None


def to_gateway_form(number: str) -> str:
    """`84` and the nine national digits: `0912345678`, `+84912345678` → `84912345678`."""
    match = MOBILE_PATTERN.fullmatch(number)
    if match is None:
        raise ValueError(f"{number!r} is not a Vietnamese mobile number")
    return "84" + number[match.end(1) :]
