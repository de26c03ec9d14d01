"""Fixtures of the portal page tests."""

from tests.sandbox.catalog.support import catalog, client, fresh_client

__all__ = ["catalog", "client", "fresh_client"]
