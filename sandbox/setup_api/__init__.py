"""The sandbox's only privilege: a setup API that puts the portal into a known state for tests."""
