"""Staff functions: accounts, sign-in with throttling, API tokens, browser sessions, roles.

Functions flush, never commit: the request or CLI command owns the transaction. Actions done
by someone take an `actor`: the staff member doing it, or None for the deployment operator
at the command line (there is no other way to create the first admin).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.db import utcnow
from clairbot.errors import Conflict, InvalidInput, NotFound, RateLimited, Unauthorized
from clairbot.staff import passwords
from clairbot.staff.auth import SESSION_TTL, digest, new_api_token, new_secret
from clairbot.staff.errors import Forbidden
from clairbot.staff.models import ROLES, LoginAttempt, StaffMember, StaffSession, StaffToken

THROTTLE_WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES_PER_EMAIL = 5
MAX_FAILURES_PER_IP = 20

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
_BAD_CREDENTIALS = "wrong email or password"


def _new_id() -> str:
    return uuid.uuid4().hex


def normalize_email(email: str) -> str:
    """The stored form of an email: trimmed and lower-case."""
    return email.strip().lower()


def _clean_email(email: str) -> str:
    email = normalize_email(email)
    if len(email) > 254 or not _EMAIL.match(email):
        raise InvalidInput(f"not an email address: {email!r}", code="staff.bad_email")
    return email


def _clean_roles(roles: Iterable[str]) -> list[str]:
    wanted = set(roles)
    unknown = sorted(wanted - set(ROLES))
    if unknown or not wanted:
        raise InvalidInput(f"unknown or missing role(s) {', '.join(unknown) or '(none)'}; "
                           f"roles are {', '.join(ROLES)}", code="staff.bad_role")
    return [role for role in ROLES if role in wanted]


def _clean_languages(languages: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for language in languages:
        language = language.strip().lower()
        if not _LANGUAGE.match(language):
            raise InvalidInput(f"not a language code: {language!r} (e.g. fr, en)",
                               code="staff.bad_language")
        if language not in cleaned:
            cleaned.append(language)
    return cleaned


def _require_admin(actor: StaffMember | None, tenant_id: str) -> None:
    if actor is None:
        return
    require_role(actor, "admin")
    if actor.tenant_id != tenant_id:
        raise Forbidden("staff of another tenant")


def require_role(member: StaffMember, *roles: str) -> None:
    """Refuse (`auth.forbidden`) unless `member` is active and holds one of `roles`.

    `admin` does not imply the other roles: list it when admins may do the thing too.
    """
    if not member.active or not set(roles) & set(member.roles):
        raise Forbidden(f"this needs one of the roles: {', '.join(roles)}")


def add(*, session: Session, tenant_id: str, email: str, display_name: str,
        roles: Iterable[str], languages: Iterable[str], password: str,
        actor: StaffMember | None) -> StaffMember:
    """Create an account (`staff.exists` if the email, in any case, is taken in the tenant)."""
    _require_admin(actor, tenant_id)
    email = _clean_email(email)
    display_name = display_name.strip()
    if not display_name or len(display_name) > 200:
        raise InvalidInput("the display name must have 1 to 200 characters",
                           code="staff.bad_display_name")
    clean_roles = _clean_roles(roles)
    clean_languages = _clean_languages(languages)
    passwords.check_policy(password)
    if _find(session=session, tenant_id=tenant_id, email=email) is not None:
        raise Conflict(f"a staff member with email {email!r} exists", code="staff.exists")
    member = StaffMember(id=_new_id(), tenant_id=tenant_id, email=email,
                         display_name=display_name, roles=clean_roles,
                         languages=clean_languages,
                         password_hash=passwords.hash_password(password), active=True,
                         available=False, created_at=utcnow(),
                         created_by=actor.id if actor else None)
    # The unique constraint settles a race with a concurrent insert of the same email.
    try:
        with session.begin_nested():
            session.add(member)
    except IntegrityError as error:
        raise Conflict(f"a staff member with email {email!r} exists",
                       code="staff.exists") from error
    _audit(session, tenant_id, "staff.added", actor, member=member.id, roles=clean_roles)
    return member


def _audit(session: Session, tenant_id: str, kind: str, actor: StaffMember | None,
           **data: object) -> None:
    """Staff administration and sign-ins in the audit trail: ids and roles, never an email
    or a name (`cli` when no staff member acted, e.g. `clairbot staff add`)."""
    audit.record(session, tenant_id=tenant_id, kind=kind,
                 actor=f"staff:{actor.id}" if actor is not None else "cli", data=dict(data))


def _find(*, session: Session, tenant_id: str, email: str) -> StaffMember | None:
    query = select(StaffMember).where(StaffMember.tenant_id == tenant_id,
                                      StaffMember.email == normalize_email(email))
    return session.scalars(query).one_or_none()


def get(*, session: Session, tenant_id: str, email: str) -> StaffMember:
    """The account with this email (any case), or `staff.not_found`."""
    member = _find(session=session, tenant_id=tenant_id, email=email)
    if member is None:
        raise NotFound(f"no staff member with email {normalize_email(email)!r}",
                       code="staff.not_found")
    return member


def list_(*, session: Session, tenant_id: str) -> list[StaffMember]:
    """Every account of the tenant, disabled ones included, by email."""
    query = (select(StaffMember).where(StaffMember.tenant_id == tenant_id)
             .order_by(StaffMember.email))
    return list(session.scalars(query))


def disable(*, session: Session, tenant_id: str, email: str,
            actor: StaffMember | None, now: dt.datetime | None = None) -> StaffMember:
    """Disable an account and revoke its sessions and tokens (idempotent)."""
    _require_admin(actor, tenant_id)
    member = get(session=session, tenant_id=tenant_id, email=email)
    if not member.active:
        return member
    now = now or utcnow()
    member.active = False
    member.available = False
    member.disabled_at = now
    member.disabled_by = actor.id if actor else None
    session.execute(update(StaffSession)
                    .where(StaffSession.staff_id == member.id, StaffSession.revoked_at.is_(None))
                    .values(revoked_at=now))
    session.execute(update(StaffToken)
                    .where(StaffToken.staff_id == member.id, StaffToken.revoked_at.is_(None))
                    .values(revoked_at=now, revoked_by=actor.id if actor else None))
    session.flush()
    _audit(session, tenant_id, "staff.disabled", actor, member=member.id)
    return member


class KeyedHasher(Protocol):
    """What hashes a sign-in attempt's typed e-mail and address: the deployment's key ring
    (`clairbot.privacy.crypto.KeyRing`, passed in by the caller, a layer above)."""

    def keyed_hash(self, value: str, *, context: str) -> str:
        """The hash a new row stores."""

    def keyed_hashes(self, value: str, *, context: str) -> list[str]:
        """The hashes under every key of the ring (rows stored before a rotation)."""


# The contexts of the two keyed hashes (each gets a key of its own).
EMAIL_HASH = "login_attempts.email_hash"
IP_HASH = "login_attempts.ip_hash"


def _check_throttle(*, session: Session, tenant_id: str, emails: list[str], ips: list[str],
                    now: dt.datetime) -> None:
    since = now - THROTTLE_WINDOW
    # Failures on this email since its last success (a success clears them).
    last_success = session.scalar(
        select(func.max(LoginAttempt.created_at))
        .where(LoginAttempt.tenant_id == tenant_id, LoginAttempt.email_hash.in_(emails),
               LoginAttempt.succeeded.is_(True), LoginAttempt.created_at > since))
    by_email = session.scalar(
        select(func.count()).select_from(LoginAttempt)
        .where(LoginAttempt.tenant_id == tenant_id, LoginAttempt.email_hash.in_(emails),
               LoginAttempt.succeeded.is_(False),
               LoginAttempt.created_at > (last_success or since),
               LoginAttempt.created_at <= now)) or 0
    # Counted across tenants: one address spraying several tenants is one attacker.
    by_ip = session.scalar(
        select(func.count()).select_from(LoginAttempt)
        .where(LoginAttempt.ip_hash.in_(ips), LoginAttempt.succeeded.is_(False),
               LoginAttempt.created_at > since, LoginAttempt.created_at <= now)) or 0
    if by_email >= MAX_FAILURES_PER_EMAIL or by_ip >= MAX_FAILURES_PER_IP:
        raise RateLimited("too many failed sign-in attempts; try again in 15 minutes",
                          code="auth.throttled")


def forget_login_attempts(*, session: Session, before: dt.datetime,
                          tenant_id: str | None = None, dry_run: bool = False) -> int:
    """Delete the sign-in attempts made before `before` (of one tenant, or of all); returns
    how many (a dry run counts them). Older than the throttle window, they serve nothing.

    Rows another transaction is already deleting are skipped (PostgreSQL's `SKIP LOCKED`),
    never waited for: concurrent sign-ins do not queue behind each other's clean-up.
    """
    expired = [LoginAttempt.created_at < before]
    if tenant_id is not None:
        expired.append(LoginAttempt.tenant_id == tenant_id)
    if dry_run:
        return session.scalar(select(func.count()).select_from(LoginAttempt)
                              .where(*expired)) or 0
    ids = select(LoginAttempt.id).where(*expired).with_for_update(skip_locked=True)
    result = session.execute(delete(LoginAttempt).where(LoginAttempt.id.in_(ids))
                             .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def authenticate(*, session: Session, tenant_id: str, email: str, password: str, ip: str,
                 keys: KeyedHasher, now: dt.datetime | None = None) -> StaffMember:
    """The active member whose email and password these are, else `auth.bad_credentials`.

    The error never says whether the email or the password was wrong, and an unknown email
    costs the same Argon2 verification as a known one. After 5 failures on an email or 20
    from an IP address within 15 minutes, attempts are refused with `auth.throttled`
    without checking the password. Every checked attempt is recorded (flushed), as keyed
    hashes of the typed email and of the address (`keys`), and attempts older than the
    window are deleted: the caller must commit even when this raises `Unauthorized`, or
    throttling never engages.
    """
    now = now or utcnow()
    email = normalize_email(email)
    _check_throttle(session=session, tenant_id=tenant_id,
                    emails=keys.keyed_hashes(email, context=EMAIL_HASH),
                    ips=keys.keyed_hashes(ip, context=IP_HASH), now=now)
    member = _find(session=session, tenant_id=tenant_id, email=email)
    if member is None:
        passwords.verify_password(passwords.dummy_hash(), password)
        ok = False
    else:
        ok = passwords.verify_password(member.password_hash, password) and member.active
    # After the slow hash check: rows locked by the clean-up are held for a moment only.
    forget_login_attempts(session=session, before=now - THROTTLE_WINDOW)
    session.add(LoginAttempt(id=_new_id(), tenant_id=tenant_id,
                             email_hash=keys.keyed_hash(email, context=EMAIL_HASH),
                             ip_hash=keys.keyed_hash(ip, context=IP_HASH),
                             succeeded=ok, created_at=now))
    if not ok or member is None:
        session.flush()
        # A known account's failure is attributable; an unknown email is not recorded here
        # (it would put an address typed by anyone into the trail).
        if member is not None:
            _audit(session, tenant_id, "staff.login_failed", member, member=member.id)
        raise Unauthorized(_BAD_CREDENTIALS, code="auth.bad_credentials")
    if passwords.needs_rehash(member.password_hash):
        member.password_hash = passwords.hash_password(password)
    member.last_login_at = now
    session.flush()
    _audit(session, tenant_id, "staff.login", member, member=member.id)
    return member


def issue_token(*, session: Session, member: StaffMember, name: str,
                now: dt.datetime | None = None) -> tuple[StaffToken, str]:
    """A new API token of `member` (who is the actor): the row, and the token shown once."""
    name = name.strip()
    if not name or len(name) > 80:
        raise InvalidInput("the token name must have 1 to 80 characters",
                           code="staff.bad_token_name")
    if not member.active:
        raise Forbidden("the account is disabled")
    value = new_api_token()
    token = StaffToken(id=_new_id(), tenant_id=member.tenant_id, staff_id=member.id,
                       token_hash=digest(value), name=name, created_at=now or utcnow())
    session.add(token)
    session.flush()
    _audit(session, member.tenant_id, "staff.token_issued", member, token=token.id)
    return token, value


def revoke_token(*, session: Session, token_id: str, actor: StaffMember,
                 now: dt.datetime | None = None) -> StaffToken:
    """Revoke a token: its owner or an admin of its tenant may (idempotent)."""
    token = session.get(StaffToken, token_id)
    if token is None or token.tenant_id != actor.tenant_id:
        raise NotFound("unknown token", code="staff.token_not_found")
    if token.staff_id != actor.id:
        require_role(actor, "admin")
    if token.revoked_at is None:
        token.revoked_at = now or utcnow()
        token.revoked_by = actor.id
        session.flush()
    return token


def staff_for_token(*, session: Session, token: str,
                    now: dt.datetime | None = None) -> StaffMember:
    """The active owner of a live API token (records its use), else `auth.invalid_token`."""
    row = session.scalars(select(StaffToken).where(StaffToken.token_hash == digest(token))
                          ).one_or_none()
    member = session.get(StaffMember, row.staff_id) if row is not None else None
    if row is None or row.revoked_at is not None or member is None or not member.active:
        raise Unauthorized("invalid or revoked token", code="auth.invalid_token")
    row.last_used_at = now or utcnow()
    session.flush()
    return member


def open_session(*, session: Session, member: StaffMember,
                 now: dt.datetime | None = None) -> tuple[StaffSession, str]:
    """A browser session of `member` for 8 hours: the row, and the cookie value to set."""
    if not member.active:
        raise Forbidden("the account is disabled")
    now = now or utcnow()
    value = new_secret()
    row = StaffSession(id=digest(value), tenant_id=member.tenant_id, staff_id=member.id,
                       csrf_token=new_secret(), created_at=now, expires_at=now + SESSION_TTL)
    session.add(row)
    session.flush()
    return row, value


def session_id(cookie_value: str) -> str:
    """The id of the session a cookie opens (what sign-out announces; never the cookie)."""
    return digest(cookie_value)


def staff_for_session(*, session: Session, cookie_value: str,
                      now: dt.datetime | None = None) -> tuple[StaffMember, StaffSession]:
    """The member and session of a cookie; `auth.session_expired` or `auth.invalid_session`."""
    now = now or utcnow()
    row = session.get(StaffSession, digest(cookie_value)) if cookie_value else None
    member = session.get(StaffMember, row.staff_id) if row is not None else None
    if row is None or row.revoked_at is not None or member is None or not member.active:
        raise Unauthorized("not signed in", code="auth.invalid_session")
    if now >= row.expires_at:
        raise Unauthorized("the session has expired; sign in again",
                           code="auth.session_expired")
    return member, row


def close_session(*, session: Session, cookie_value: str,
                  now: dt.datetime | None = None) -> None:
    """Sign out: revoke the session of this cookie (unknown or closed ones are ignored)."""
    row = session.get(StaffSession, digest(cookie_value)) if cookie_value else None
    if row is not None and row.revoked_at is None:
        row.revoked_at = now or utcnow()
        session.flush()


def seen(*, session: Session, member: StaffMember, every: dt.timedelta,
         now: dt.datetime | None = None) -> None:
    """The agent behind `member` just showed a sign of life (an API call, a console socket
    heartbeat): keep the conversations they hold (see the handoff timers' presence check).
    Written at most once per `every`, however busy their console."""
    now = now or utcnow()
    if member.last_seen_at is None or now - member.last_seen_at >= every:
        member.last_seen_at = now
        session.flush()


def absent(*, session: Session, member: StaffMember, grace: dt.timedelta,
           timeout: dt.timedelta, now: dt.datetime | None = None) -> None:
    """The agent's console just disconnected: unless a sign of life comes within `grace`
    (a page reload reconnects in a second), the presence check treats them as gone. The
    presence is set back by `timeout - grace`: keep that above `seen`'s `every`, so that the
    next sign of life is written."""
    now = now or utcnow()
    gone_after = now - timeout + grace
    if member.last_seen_at is None or member.last_seen_at > gone_after:
        member.last_seen_at = gone_after
        session.flush()


def set_available(*, session: Session, member: StaffMember, available: bool) -> StaffMember:
    """Mark `member` ready (or not) to take handed-off conversations (idempotent).

    Only an active agent may become available; anyone may stop being available.
    """
    if available:
        require_role(member, "agent")
    member.available = available
    session.flush()
    return member
