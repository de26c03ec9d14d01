"""Fixtures of the setup API tests: a fresh sandbox client."""

from tests.sandbox.identity.support import client

__all__ = ["client"]
