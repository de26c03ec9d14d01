"""Publication decisions ("Số quyết định công bố", `procedureProposal.proposalNumber`, DOMAIN §1.4): the number a
unit believes current against the portal's, whatever the spacing, case or a "QD" typed without its Đ."""

import unicodedata


def normalised(number: str) -> str:
    text = unicodedata.normalize("NFC", "".join(number.split())).casefold()
    return text.replace("đ", "d")


def same_decision(given: str, on_portal: str) -> bool:
    return normalised(given) == normalised(on_portal)
