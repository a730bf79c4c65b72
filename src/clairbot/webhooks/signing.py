"""Signatures of webhook deliveries, and their verification for receivers.

Every delivery is a POST with a JSON body and these headers:

- `Clairbot-Signature: t=<unix seconds>,v1=<hex>` where `<hex>` is the HMAC-SHA256, keyed
  with the endpoint's secret, of the bytes `"<t>." + body` (the scheme Stripe uses);
- `Clairbot-Event: <event id>` (the same for every endpoint that receives the event);
- `Clairbot-Delivery: <delivery id>` (the same across retries: deduplicate on it).

A receiver checks a request with `verify_signature(secret, header, raw_body)` on the raw
bytes it received (before any JSON parsing). The timestamp tolerance (300 s) limits replays;
several `v1=` values are accepted (any one matching), for secret rotation.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from clairbot.errors import Unauthorized

SIGNATURE_HEADER = "Clairbot-Signature"
EVENT_HEADER = "Clairbot-Event"
DELIVERY_HEADER = "Clairbot-Delivery"


class SignatureError(Unauthorized):
    """The request is not signed with the endpoint's secret, or the signature is too old."""

    code = "webhook.bad_signature"


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    """The `Clairbot-Signature` header value for `body` (now, unless `timestamp` is given)."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v1={_digest(secret, t, body)}"


def verify_signature(secret: str, header: str, body: bytes, tolerance: int = 300, *,
                     now: float | None = None) -> None:
    """Check a `Clairbot-Signature` header against the raw body; raise `SignatureError`.

    `tolerance` is the largest accepted age (or clock skew) of the timestamp, in seconds.
    """
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1" and value:
            candidates.append(value)
    if timestamp is None or not candidates:
        raise SignatureError("malformed Clairbot-Signature header")
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError("Clairbot-Signature timestamp outside the tolerance")
    expected = _digest(secret, timestamp, body)
    # Constant-time comparison: no timing hint about how much of a forged signature matches.
    if not any(hmac.compare_digest(expected, candidate) for candidate in candidates):
        raise SignatureError("Clairbot-Signature does not match the body")
