"""Framework-light helpers for the web layer: session cookie settings, secrets and CSRF."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Literal

from clairbot.staff.errors import Forbidden

# The console's session cookie over plain http (the local demo), and over HTTPS with the
# `__Host-` prefix: browsers accept that one only with `Secure`, `Path=/` and no `Domain`, and
# only from a secure page, so neither a sibling subdomain nor a plain-http page can plant or
# overwrite it (cookie tossing, session fixation).
SESSION_COOKIE = "clairbot_session"
SECURE_SESSION_COOKIE = "__Host-" + SESSION_COOKIE
SESSION_TTL = dt.timedelta(hours=8)
CSRF_HEADER = "X-CSRF-Token"
CSRF_FORM_FIELD = "csrf_token"
# Methods that change nothing and therefore need no CSRF token.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_PREFIX = "cbs_"  # nosec B105  # a public prefix marking tokens, not a secret


@dataclass(frozen=True)
class CookieSettings:
    """Attributes of the session cookie, in the names `Response.set_cookie` takes."""

    key: str
    max_age: int
    httponly: bool
    secure: bool
    samesite: Literal["lax", "strict", "none"]
    path: str


def session_cookie_name(*, https: bool) -> str:
    """The name the session cookie has on a request that came over HTTPS or not. Only that
    name is read: over HTTPS a cookie without the prefix may have been planted."""
    return SECURE_SESSION_COOKIE if https else SESSION_COOKIE


def session_cookie_settings(*, https: bool, local: bool = False) -> CookieSettings:
    """The session cookie's settings for a request over HTTPS or plain http; `Secure` is
    dropped only for plain http to the loopback host (`local`: the demo on one machine), where
    browsers would not keep a Secure cookie set over http."""
    return CookieSettings(key=session_cookie_name(https=https),
                          max_age=int(SESSION_TTL.total_seconds()), httponly=True,
                          secure=https or not local, samesite="lax", path="/")


def new_secret() -> str:
    """A random URL-safe secret (256 bits): cookie values, CSRF tokens."""
    return secrets.token_urlsafe(32)


def new_api_token() -> str:
    """A new staff API token; the prefix lets secret scanners recognise a leaked one."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """SHA-256 (hex) of a high-entropy secret: what the database keeps instead of it."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def csrf_matches(expected: str, given: str | None) -> bool:
    """Whether the token sent with a request is the session's, compared in constant time."""
    if not given or not expected:
        return False
    # Bytes, because compare_digest refuses non-ASCII str (a forged header could hold some).
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def check_csrf(*, method: str, expected: str, given: str | None) -> None:
    """Refuse an unsafe request whose CSRF token is missing or wrong: `auth.csrf`."""
    if method.upper() in SAFE_METHODS:
        return
    if not csrf_matches(expected, given):
        raise Forbidden("missing or invalid CSRF token", code="auth.csrf")
