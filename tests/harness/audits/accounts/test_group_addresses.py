"""The sandbox's addresses the accounts audit asks for each menu group (pages/motcua/sandbox/account_audit.py) are
real entries of its back office, and its server answers them as the harness's own role table expects: 200 for the
groups of the officer's roles, 403 for every other."""

import pytest
from fastapi.testclient import TestClient

from harness.audits.accounts.roles import GROUPS, ROLES, groups_of
from pages.motcua.sandbox.account_audit import GROUP_ADDRESSES
from tests.sandbox.identity.support import PASSWORD, add_officer, client

__all__ = ["client"]


def test_every_group_has_an_address() -> None:
    assert set(GROUP_ADDRESSES) == set(GROUPS)


@pytest.mark.parametrize("role", sorted(ROLES))
def test_the_server_opens_exactly_the_groups_of_the_role(client: TestClient, role: str) -> None:
    add_officer(client, "canbo.thu", [role])
    client.post("/motcua/dang-nhap", data={"ten_dang_nhap": "canbo.thu", "mat_khau": PASSWORD})

    answers = {group: client.get(f"/motcua{address}", follow_redirects=False).status_code
               for group, address in GROUP_ADDRESSES.items()}

    expected = groups_of(frozenset({role}))
    assert answers == {group: 200 if group in expected else 403 for group in GROUPS}
