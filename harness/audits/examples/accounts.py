"""(placeholder, filled by the accounts part of issue #10): prepares the state its example list is audited against."""

from collections.abc import MutableMapping

from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment


def prepare(setup: SetupClient, env: Environment, environ: MutableMapping[str, str]) -> None:
    return None
