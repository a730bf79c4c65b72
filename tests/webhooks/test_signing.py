"""Receivers can check that a delivery comes from Clairbot, unchanged and recent."""

from __future__ import annotations

import pytest

from clairbot.webhooks import SignatureError, sign, verify_signature

SECRET = "whsec_" + "s" * 32
BODY = b'{"id":"e1","type":"handoff.requested"}'
NOW = 1_800_000_000


def test_when_signed_then_header_has_stripe_like_shape_and_verifies() -> None:
    header = sign(SECRET, BODY, timestamp=NOW)
    t, v1 = header.split(",")
    assert t == f"t={NOW}" and v1.startswith("v1=") and len(v1) == 3 + 64
    verify_signature(SECRET, header, BODY, now=NOW + 299)


@pytest.mark.parametrize(("secret", "header", "body", "now"), [
    (SECRET, sign(SECRET, BODY, timestamp=NOW), BODY + b" ", NOW),  # body changed
    ("whsec_other_" + "o" * 24, sign(SECRET, BODY, timestamp=NOW), BODY, NOW),  # other secret
    (SECRET, sign(SECRET, BODY, timestamp=NOW), BODY, NOW + 301),  # too old (replay)
    (SECRET, sign(SECRET, BODY, timestamp=NOW), BODY, NOW - 301),  # too far in the future
    (SECRET, f"t={NOW}", BODY, NOW),  # no v1
    (SECRET, "v1=abc", BODY, NOW),  # no timestamp
    (SECRET, "", BODY, NOW),  # no header at all
])
def test_when_signature_is_wrong_then_verification_refuses(
        secret: str, header: str, body: bytes, now: int) -> None:
    with pytest.raises(SignatureError):
        verify_signature(secret, header, body, now=now)


def test_when_secret_rotates_then_any_matching_v1_is_accepted() -> None:
    old = sign("whsec_old_" + "o" * 24, BODY, timestamp=NOW)
    new = sign(SECRET, BODY, timestamp=NOW)
    verify_signature(SECRET, f"{old},{new.split(',')[1]}", BODY, now=NOW)
