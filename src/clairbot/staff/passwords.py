"""Staff password hashing (Argon2id via argon2-cffi) and the minimum password policy."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from clairbot.errors import InvalidInput

MIN_LENGTH = 12
# Argon2 hashes any length, but a megabyte "password" is a cheap way to burn our CPU.
MAX_LENGTH = 1024

_HASHER = PasswordHasher()


def check_policy(password: str) -> None:
    """Refuse a password shorter than MIN_LENGTH (or absurdly long): `staff.weak_password`."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"the password must have at least {MIN_LENGTH} characters",
                           code="staff.weak_password")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"the password must have at most {MAX_LENGTH} characters",
                           code="staff.weak_password")


def hash_password(password: str) -> str:
    """The Argon2id hash (with its own salt and parameters) of `password`."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash`; a malformed hash never matches."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than today's (rehash on login)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@cache
def dummy_hash() -> str:
    """A hash to verify against when the email is unknown, so both cases take as long."""
    return _HASHER.hash("clairbot dummy password for unknown accounts")
