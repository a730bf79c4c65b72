"""Web helpers and password policy: CSRF check, cookie settings, hashing."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from clairbot.errors import InvalidInput
from clairbot.staff import passwords
from clairbot.staff.auth import (
    SECURE_SESSION_COOKIE,
    SESSION_COOKIE,
    check_csrf,
    csrf_matches,
    new_secret,
    session_cookie_name,
    session_cookie_settings,
)
from clairbot.staff.errors import Forbidden
from tests.staff.conftest import PRODUCTION_HASHER

EXPECTED = new_secret()


@pytest.mark.parametrize(("given", "ok"), [
    (EXPECTED, True),            # the session's token
    (EXPECTED[:-1] + "?", False),  # one character off
    (EXPECTED + "x", False),     # longer
    ("", False),                 # empty
    (None, False),               # missing
    ("jéton-forgé", False),      # non-ASCII (compare_digest on str would raise)
])
def test_when_csrf_token_compared_then_only_the_sessions_own_matches(given: str | None,
                                                                    ok: bool) -> None:
    assert csrf_matches(EXPECTED, given) is ok
    assert csrf_matches("", given) is False


@pytest.mark.parametrize(("method", "given", "refused"), [
    ("POST", None, True),      # unsafe method without token
    ("delete", "bad", True),   # unsafe method, wrong token (method case ignored)
    ("POST", EXPECTED, False),  # unsafe method, right token
    ("GET", None, False),      # safe methods need no token
    ("HEAD", None, False),
])
def test_when_request_checked_then_unsafe_methods_need_the_token(method: str,
                                                                given: str | None,
                                                                refused: bool) -> None:
    if refused:
        with pytest.raises(Forbidden) as caught:
            check_csrf(method=method, expected=EXPECTED, given=given)
        assert (caught.value.code, caught.value.status) == ("auth.csrf", 403)
    else:
        check_csrf(method=method, expected=EXPECTED, given=given)


@pytest.mark.parametrize(("https", "local", "name", "secure"), [
    (True, False, "__Host-clairbot_session", True),  # over HTTPS: prefixed, Secure
    (True, True, "__Host-clairbot_session", True),   # HTTPS to the loopback host too
    (False, False, "clairbot_session", True),        # plain http elsewhere: still Secure
    (False, True, "clairbot_session", False),        # the local demo over plain http
])
def test_when_cookie_settings_built_then_hardened(https: bool, local: bool, name: str,
                                                  secure: bool) -> None:
    settings = session_cookie_settings(https=https, local=local)
    assert settings.key == name == session_cookie_name(https=https)
    assert settings.httponly and settings.samesite == "lax" and settings.path == "/"
    assert settings.secure is secure
    assert settings.max_age == 8 * 3600
    assert SECURE_SESSION_COOKIE == "__Host-" + SESSION_COOKIE


@pytest.mark.parametrize(("password", "ok"), [
    ("a" * 11, False),   # one short
    ("a" * 12, True),    # the minimum
    ("é" * 12, True),    # characters, not bytes
    ("a" * 1024, True),  # the maximum
    ("a" * 1025, False),  # over the maximum
])
def test_when_policy_checked_then_twelve_characters_minimum(password: str, ok: bool) -> None:
    if ok:
        passwords.check_policy(password)
    else:
        with pytest.raises(InvalidInput) as caught:
            passwords.check_policy(password)
        assert caught.value.code == "staff.weak_password"


def test_when_password_hashed_then_only_it_verifies() -> None:
    hashed = passwords.hash_password("correct horse battery")
    assert hashed != passwords.hash_password("correct horse battery")  # salted
    assert passwords.verify_password(hashed, "correct horse battery")
    assert not passwords.verify_password(hashed, "correct horse batterY")
    assert not passwords.verify_password("not a hash", "correct horse battery")
    assert not passwords.needs_rehash(hashed)
    assert passwords.needs_rehash("not a hash")


def test_when_production_hasher_used_then_argon2id_with_library_defaults() -> None:
    default = PasswordHasher()
    hashed = PRODUCTION_HASHER.hash("correct horse battery")
    assert hashed.startswith("$argon2id$")
    assert (PRODUCTION_HASHER.time_cost, PRODUCTION_HASHER.memory_cost) == (
        default.time_cost, default.memory_cost)
