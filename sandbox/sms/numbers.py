"""Vietnamese mobile numbers as the gateways take them: `84` and nine digits (DOMAIN §2.6)."""

import re

_MOBILE = re.compile(r"^(0|\+?84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])(\d{7})$")
_SEPARATORS = re.compile(r"[\s.\-()]")


def normalised(number: str | None) -> str | None:
    """`84…` for a valid mobile number, None for anything a gateway would refuse."""
    match = _MOBILE.match(_SEPARATORS.sub("", number or ""))
    return f"84{match.group(2)}{match.group(3)}" if match else None
