"""Field encryption at rest (AES-256-GCM) with a key ring that can be rotated.

Stored form: ``enc1:<key id>:<base64url(nonce | ciphertext | tag)>``. The newest key
encrypts; every key of the ring decrypts, so rows written before a rotation stay readable
until `clairbot keys rotate` has re-encrypted them. The column name is bound into each
ciphertext (associated data), so a value cannot be moved to another column unnoticed.

The same keys also give keyed hashes (`KeyRing.keyed_hash`): HMAC-SHA256 under a key derived
with HKDF from a ring key and a context (one per column), for values that must be counted or
matched but never read back, such as what was typed at a failed sign-in. Derived keys are never
the encryption keys themselves, and a hash reveals nothing without the ring.

The ring in use is process-wide (`KEYS`), installed once at start-up by `create_app` or a
CLI command: SQLAlchemy column types have no other way to reach it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from clairbot.errors import ClairbotError

PREFIX = "enc1"
_NONCE = 12


class EncryptionKeyError(ClairbotError):
    """No usable key: missing, malformed, or unable to decrypt a stored value."""

    code = "crypto.key"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key() -> str:
    """A fresh 256-bit key, base64url-encoded (the form `CLAIRBOT_ENCRYPTION_KEY` takes)."""
    return _b64(secrets.token_bytes(32))


def parse_key(encoded: str) -> bytes:
    """Decode a base64url key, refusing anything but 32 bytes."""
    try:
        key = _unb64(encoded.strip())
    except (ValueError, TypeError) as exc:
        raise EncryptionKeyError("the encryption key is not valid base64url") from exc
    if len(key) != 32:
        raise EncryptionKeyError(f"the encryption key must be 32 bytes (256 bits), got {len(key)}")
    return key


@dataclass
class KeyRing:
    """Keys by id; `primary` encrypts, all decrypt."""

    keys: dict[str, bytes]
    primary: str
    _ciphers: dict[str, AESGCM] = field(default_factory=dict, repr=False)
    _hash_keys: dict[tuple[str, str], bytes] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.primary not in self.keys:
            raise EncryptionKeyError(f"primary key {self.primary!r} is not in the key ring")
        self._ciphers = {kid: AESGCM(key) for kid, key in self.keys.items()}

    @classmethod
    def single(cls, encoded: str, key_id: str = "k1") -> KeyRing:
        """A ring of one key (from `CLAIRBOT_ENCRYPTION_KEY`)."""
        return cls({key_id: parse_key(encoded)}, key_id)

    @classmethod
    def generate(cls) -> KeyRing:
        """A ring with one new random key."""
        return cls.single(new_key(), _key_id())

    @classmethod
    def load(cls, path: Path) -> KeyRing:
        """Read a key file written by `save`."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls({kid: parse_key(k) for kid, k in raw["keys"].items()}, raw["primary"])
        except FileNotFoundError as exc:
            raise EncryptionKeyError(
                f"key file {path} not found: create one with `clairbot keys init`") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise EncryptionKeyError(f"key file {path} is malformed: {exc}") from exc

    def save(self, path: Path) -> None:
        """Write the ring as JSON, readable by its owner only (written then renamed)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"primary": self.primary,
                           "keys": {kid: _b64(key) for kid, key in self.keys.items()}}, indent=2)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body + "\n")
        tmp.replace(path)

    def rotated(self) -> KeyRing:
        """A ring with a new primary key; older keys stay for decryption."""
        kid = _key_id()
        return KeyRing({**self.keys, kid: secrets.token_bytes(32)}, kid)

    def encrypt(self, plaintext: str, *, context: str) -> str:
        """Encrypt with the primary key, binding `context` (the column) as associated data."""
        nonce = secrets.token_bytes(_NONCE)
        sealed = self._ciphers[self.primary].encrypt(nonce, plaintext.encode(), context.encode())
        return f"{PREFIX}:{self.primary}:{_b64(nonce + sealed)}"

    def decrypt(self, token: str, *, context: str) -> str:
        """Decrypt a value written by `encrypt` with any key of the ring."""
        try:
            prefix, kid, body = token.split(":", 2)
        except ValueError as exc:
            raise EncryptionKeyError("stored value is not encrypted (expected enc1:...)") from exc
        if prefix != PREFIX or kid not in self._ciphers:
            raise EncryptionKeyError(f"no key {kid!r} in the key ring to decrypt a stored value")
        data = _unb64(body)
        try:
            return self._ciphers[kid].decrypt(data[:_NONCE], data[_NONCE:],
                                              context.encode()).decode()
        except InvalidTag as exc:
            raise EncryptionKeyError("a stored value failed authentication (wrong key or tampered)"
                            ) from exc

    def key_id_of(self, token: str) -> str:
        """The id of the key that encrypted `token`."""
        return token.split(":", 2)[1]

    def keyed_hash(self, value: str, *, context: str) -> str:
        """HMAC-SHA256 (hex) of `value` under the primary key's hash key for `context`
        (``"<table>.<column>"``): equal values give equal hashes, and nothing gives the value
        back. What a new row stores."""
        return self._keyed_hash(self.primary, value, context)

    def keyed_hashes(self, value: str, *, context: str) -> list[str]:
        """`value`'s keyed hash under every key of the ring, the primary's first: what finds
        the rows stored before a rotation too."""
        return [self._keyed_hash(kid, value, context)
                for kid in sorted(self.keys, key=lambda kid: kid != self.primary)]

    def _keyed_hash(self, kid: str, value: str, context: str) -> str:
        key = self._hash_keys.get((kid, context))
        if key is None:
            key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"clairbot keyed hash\x00" + context.encode()).derive(self.keys[kid])
            self._hash_keys[(kid, context)] = key
        return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _key_id() -> str:
    return "k" + secrets.token_hex(4)


class _Installed:
    """The process-wide key ring used by `EncryptedText` columns."""

    ring: KeyRing | None = None

    def install(self, ring: KeyRing) -> None:
        self.ring = ring

    def require(self) -> KeyRing:
        if self.ring is None:
            raise EncryptionKeyError("no encryption key installed: set CLAIRBOT_ENCRYPTION_KEY or "
                            "CLAIRBOT_KEY_FILE (see `clairbot keys init`)")
        return self.ring


KEYS = _Installed()


# Every encrypted column, as "table.column" (its associated data): what a rotation rewrites.
ENCRYPTED_COLUMNS: set[str] = set()


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted with the installed key ring.

    `context` must be ``"<table>.<column>"``: it is bound into each ciphertext and tells
    `clairbot keys rotate` where to find the values to re-encrypt (rows keyed by `id`).
    """

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context
        ENCRYPTED_COLUMNS.add(context)

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return KEYS.require().encrypt(value, context=self.context)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return KEYS.require().decrypt(value, context=self.context)


def keyring_from(*, key: str | None, key_file: Path | None, data_dir_file: Path | None,
                 create: bool = False) -> KeyRing:
    """The key ring a deployment configured: a key, else a key file, else (demo and local
    use) the key file of the data folder, created when `create` is set."""
    if key:
        return KeyRing.single(key)
    if key_file is not None:
        return KeyRing.load(key_file)
    if data_dir_file is not None:
        if data_dir_file.exists():
            return KeyRing.load(data_dir_file)
        if create:
            ring = KeyRing.generate()
            ring.save(data_dir_file)
            return ring
    raise EncryptionKeyError(
        "no encryption key configured: personal data is stored encrypted, so set "
        "CLAIRBOT_ENCRYPTION_KEY (a 32-byte base64url key) or CLAIRBOT_KEY_FILE "
        "(create one with `clairbot keys init --key-file PATH`)", code="crypto.no_key")
