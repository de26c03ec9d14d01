"""Payment messages (INIT, callback, QUERY) as evidence: MaXacThuc masked, the shared secret scrubbed by the
redaction registry like every other secret."""

from collections.abc import Mapping

from harness.evidence.redaction import CENSORED, SECRETS

MASKED_FIELDS = frozenset({"MaXacThuc"})


def masked(message: Mapping[str, object]) -> dict:
    return {name: CENSORED if name in MASKED_FIELDS else
            (SECRETS.scrub_text(value) if isinstance(value, str) else value) for name, value in message.items()}
