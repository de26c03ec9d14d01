"""The state the audits' example lists (data/audits/) are checked against, prepared as a province's administrators
would have left it: accounts with their roles, procedures published and configured, dossiers imported from the
old portal. It is made through the sandbox's setup API only: once per worker on the sandbox (the examples'
"Cho" step), once before the run in the rehearsal (harness/rehearsal.py, the province's part). Staging has no
such state: there a unit audits its own lists (--audit-input).

Each module here prepares one audit's example and places any password it hands out in `environ`.
"""

from collections.abc import MutableMapping

from harness.audits.examples import accounts, migration, procedures
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment


def prepare_examples(setup: SetupClient, env: Environment, environ: MutableMapping[str, str]) -> None:
    for part in (accounts, procedures, migration):
        part.prepare(setup, env, environ)
