"""Ed25519 signatures of audit exports: a key file made on first use, detached signatures.

Whoever keeps the printed public key can check later that an export was not changed; the
private key stays in its file (mode 0600), never printed.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from clairbot.errors import ClairbotError, InvalidInput


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The private key in `path`, created (mode 0600) when the file does not exist."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        # O_EXCL: never overwrite a key another process has just written.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
        return key
    return load_key(path)


def load_key(path: Path) -> Ed25519PrivateKey:
    """The private key in `path` (which must exist)."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise ClairbotError(f"cannot read the audit signing key {path}: {error}",
                            code="audit.bad_key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ClairbotError(f"{path} is not an Ed25519 key", code="audit.bad_key")
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The public key as base64 of its 32 raw bytes (what `verify-export` takes)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def parse_public_key(text: str) -> Ed25519PublicKey:
    """A public key from `public_key_text`'s form."""
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))
    except ValueError as error:
        raise InvalidInput(f"not an Ed25519 public key: {error}",
                           code="audit.bad_key") from None


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    """The detached signature of `data`, base64."""
    return base64.b64encode(key.sign(data)).decode()


def signature_valid(public: Ed25519PublicKey, data: bytes, signature: str) -> bool:
    """Whether `signature` (base64) signs exactly `data`."""
    try:
        public.verify(base64.b64decode(signature.strip(), validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True
