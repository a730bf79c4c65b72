"""Field encryption: AES-GCM round trips, authentication, rotation, key files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from clairbot.privacy.crypto import EncryptionKeyError, KeyRing, keyring_from, new_key


def test_when_text_encrypted_then_it_decrypts_and_hides_the_plaintext() -> None:
    ring = KeyRing.generate()
    token = ring.encrypt("jean.dupont@example.com", context="messages.text")
    assert "jean" not in token and token.startswith("enc1:")
    assert ring.decrypt(token, context="messages.text") == "jean.dupont@example.com"


def test_when_same_text_encrypted_twice_then_ciphertexts_differ() -> None:
    ring = KeyRing.generate()
    assert ring.encrypt("x", context="c") != ring.encrypt("x", context="c")


@pytest.mark.parametrize("tamper", [
    lambda t: t[:-2] + ("A" if t[-2] != "A" else "B") + t[-1],  # flipped ciphertext byte
    lambda t: t.replace("enc1:", "enc1:kother", 1),               # unknown key id
    lambda t: "plain text",                                       # never encrypted
])
def test_when_value_tampered_then_decryption_refuses(tamper) -> None:  # type: ignore[no-untyped-def]
    ring = KeyRing.generate()
    with pytest.raises(EncryptionKeyError):
        ring.decrypt(tamper(ring.encrypt("secret", context="c")), context="c")


def test_when_value_moved_to_another_column_then_decryption_refuses() -> None:
    ring = KeyRing.generate()
    with pytest.raises(EncryptionKeyError):
        ring.decrypt(ring.encrypt("secret", context="messages.text"), context="other.text")


def test_when_ring_rotated_then_old_values_still_decrypt_and_new_use_new_key() -> None:
    old = KeyRing.generate()
    token = old.encrypt("secret", context="c")
    new = old.rotated()
    assert new.primary != old.primary
    assert new.decrypt(token, context="c") == "secret"
    assert new.key_id_of(new.encrypt("x", context="c")) == new.primary


def test_when_ring_saved_then_file_is_private_and_loads_back(tmp_path: Path) -> None:
    ring = KeyRing.generate().rotated()
    path = tmp_path / "keys.json"
    ring.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = KeyRing.load(path)
    assert loaded.primary == ring.primary and loaded.keys == ring.keys


@pytest.mark.parametrize(("encoded", "fragment"), [
    ("not base64 !!", "base64"),   # garbage
    ("c2hvcnQ", "32 bytes"),       # valid base64, too short
])
def test_when_key_is_malformed_then_clear_error(encoded: str, fragment: str) -> None:
    with pytest.raises(EncryptionKeyError) as caught:
        KeyRing.single(encoded)
    assert fragment in caught.value.msg


def test_when_no_key_configured_then_refused_unless_data_dir_key_may_be_created(
        tmp_path: Path) -> None:
    with pytest.raises(EncryptionKeyError) as caught:
        keyring_from(key=None, key_file=None, data_dir_file=None)
    assert caught.value.code == "crypto.no_key"
    created = keyring_from(key=None, key_file=None, data_dir_file=tmp_path / "k.json",
                           create=True)
    again = keyring_from(key=None, key_file=None, data_dir_file=tmp_path / "k.json")
    assert again.keys == created.keys
    assert keyring_from(key=new_key(), key_file=None, data_dir_file=None).primary == "k1"


def test_when_values_hashed_with_the_ring_then_equal_values_match_and_nothing_else_does(
        ) -> None:
    ring = KeyRing.generate()
    hashed = ring.keyed_hash("jean.dupont@example.com", context="login_attempts.email_hash")
    assert len(hashed) == 64 and "jean" not in hashed
    assert hashed == ring.keyed_hash("jean.dupont@example.com",
                                     context="login_attempts.email_hash")
    others = {
        # another value
        ring.keyed_hash("jean.dupond@example.com", context="login_attempts.email_hash"),
        # the same value in another column: a key of its own
        ring.keyed_hash("jean.dupont@example.com", context="login_attempts.ip_hash"),
        # the same value and column under another deployment's key
        KeyRing.generate().keyed_hash("jean.dupont@example.com",
                                      context="login_attempts.email_hash"),
    }
    assert hashed not in others and len(others) == 3


def test_when_the_ring_is_rotated_then_hashes_under_the_older_key_are_still_found() -> None:
    ring = KeyRing.generate()
    before = ring.keyed_hash("203.0.113.7", context="login_attempts.ip_hash")
    rotated = ring.rotated()
    after = rotated.keyed_hash("203.0.113.7", context="login_attempts.ip_hash")
    assert after != before
    assert rotated.keyed_hashes("203.0.113.7", context="login_attempts.ip_hash") == [after,
                                                                                      before]
