"""Password hashes: salted scrypt, so the sandbox never keeps a password it could give back."""

import hashlib
import hmac
import secrets
from base64 import b64decode, b64encode

# scrypt cost: about 16 MB and a few tens of milliseconds per check, plenty for synthetic accounts.
_N, _R, _P, _LENGTH = 2**14, 8, 1, 32
_SCHEME = "scrypt"


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=_LENGTH)


def hash_password(password: str) -> str:
    """`scrypt$N$r$p$salt$hash`, both in base64: the parameters travel with the hash."""
    salt = secrets.token_bytes(16)
    digest = _derive(password, salt, _N, _R, _P)
    return f"{_SCHEME}${_N}${_R}${_P}${b64encode(salt).decode()}${b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != _SCHEME:
        return False
    candidate = _derive(password, b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, b64decode(digest))


# Checked against when the login id is unknown, so an unknown id costs as much time as a known one.
_DECOY = hash_password(secrets.token_urlsafe(16))


def spend_check_time(password: str) -> None:
    verify_password(password, _DECOY)
