"""E-mail addresses: ASCII, made from the name, on a reserved domain."""

import random

from harness.data.emails import EMAIL_DOMAIN, ascii_fold, make_email
from harness.data.names import VietnameseName, make_name


def test_diacritics_and_d_stroke_are_folded() -> None:
    assert ascii_fold("Đặng Thị Thu Hà") == "Dang Thi Thu Ha"
    assert ascii_fold("Nguyễn Hữu Đức Phương") == "Nguyen Huu Duc Phuong"


def test_mailbox_is_given_name_and_initials() -> None:
    email = make_email(random.Random(1), VietnameseName("Nguyễn", "Thị Thu", "Hà"))
    mailbox, domain = email.split("@")
    assert domain == EMAIL_DOMAIN
    assert mailbox.split(".")[0] == "hantt"


def test_every_email_is_ascii_on_the_reserved_domain() -> None:
    rng = random.Random(2)
    for _ in range(500):
        email = make_email(rng, make_name(rng, rng.choice(["Nam", "Nữ"])))
        assert email.isascii() and email.endswith("@example.com")
