"""Fixtures of the one-stop back office tests: a fresh sandbox client, and a back office with a citizen."""

from tests.sandbox.identity.support import client
from tests.sandbox.motcua.support import back_office

__all__ = ["back_office", "client"]
