"""The shared secret of one sandbox process, read once at start (signing.shared_secret) and never shown."""

from sandbox.context import SandboxContext
from sandbox.thanhtoan.signing import shared_secret

_SECRETS: dict[int, str] = {}


def install_secret(ctx: SandboxContext) -> None:
    _SECRETS[id(ctx)] = shared_secret()


def secret_of(ctx: SandboxContext) -> str:
    return _SECRETS[id(ctx)]
