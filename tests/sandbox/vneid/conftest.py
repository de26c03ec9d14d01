"""Fixtures of the VNeID and portal login tests: a fresh sandbox client."""

from tests.sandbox.identity.support import client

__all__ = ["client"]
