"""Fixtures of the catalogue tests."""

from tests.sandbox.catalog.support import catalog, client, fresh_client

__all__ = ["catalog", "client", "fresh_client"]
