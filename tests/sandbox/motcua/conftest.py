"""Fixtures of the one-stop back office tests: a fresh sandbox client."""

from tests.sandbox.identity.support import client

__all__ = ["client"]
