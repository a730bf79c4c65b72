"""Sign-in: credentials, disabled accounts, throttling by email and by IP, rehashing."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.audit import AuditEvent
from clairbot.conversation.bot import Bot
from clairbot.db import utcnow
from clairbot.errors import RateLimited, Unauthorized
from clairbot.privacy.crypto import KEYS
from clairbot.staff import passwords
from clairbot.staff import service as staff
from clairbot.staff.models import LoginAttempt
from clairbot.staff.service import EMAIL_HASH, IP_HASH
from clairbot.tenants import service as tenants
from tests.staff.factories import (
    PASSWORD,
    authenticate,
    fail,
    make_member,
    unique_email,
    unique_ip,
)

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def attempt_from(session: Session, ip: str) -> LoginAttempt:
    """The one attempt recorded from `ip` (found by its keyed hash, as the throttle does)."""
    ip_hash = KEYS.require().keyed_hash(ip, context=IP_HASH)
    return session.scalars(select(LoginAttempt).where(LoginAttempt.ip_hash == ip_hash)).one()


def test_when_credentials_are_right_then_member_is_signed_in(session: Session,
                                                             demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    ip = unique_ip()
    signed_in = authenticate(session=session, tenant_id=demo_bot.tenant_id,
                             email=member.email.upper(), password=PASSWORD, ip=ip, now=NOW)
    assert signed_in is member
    assert member.last_login_at == NOW
    attempt = attempt_from(session, ip)
    assert attempt.succeeded
    assert attempt.email_hash == KEYS.require().keyed_hash(member.email, context=EMAIL_HASH)


@pytest.mark.parametrize("case", [
    "wrong_password",  # known email, wrong password
    "unknown_email",   # nobody has this email
    "disabled",        # right password, disabled account
    "other_tenant",    # right credentials, but for another tenant's login page
])
def test_when_credentials_are_wrong_then_the_same_error_says_nothing_more(
        session: Session, demo_bot: Bot, case: str) -> None:
    member = make_member(session, demo_bot.tenant_id)
    email, password, tenant_id = member.email, PASSWORD, demo_bot.tenant_id
    if case == "wrong_password":
        password = "not the password at all"
    elif case == "unknown_email":
        email = unique_email()
    elif case == "disabled":
        staff.disable(session=session, tenant_id=tenant_id, email=email, actor=None)
    else:
        tenant_id = tenants.ensure(session=session, tenant_id="other-co", name="Other",
                                   spec_version="1").id
    ip = unique_ip()
    with pytest.raises(Unauthorized) as caught:
        authenticate(session=session, tenant_id=tenant_id, email=email,
                     password=password, ip=ip, now=NOW)
    assert caught.value.code == "auth.bad_credentials"
    assert caught.value.msg == "wrong email or password"
    assert not attempt_from(session, ip).succeeded


def test_when_email_is_unknown_then_a_dummy_hash_is_still_verified(
        session: Session, demo_bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    verified: list[str] = []
    real_verify = passwords.verify_password

    def spy(password_hash: str, password: str) -> bool:
        verified.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", spy)
    with pytest.raises(Unauthorized):
        authenticate(session=session, tenant_id=demo_bot.tenant_id, email=unique_email(),
                     password=PASSWORD, ip=unique_ip(), now=NOW)
    assert verified == [passwords.dummy_hash()]


@pytest.mark.parametrize("rotated", [
    False,  # the same key ring throughout
    True,   # the ring rotated after the failures: their hashes, under the older key, count
])
def test_when_five_failures_on_an_email_then_throttled_until_the_window_passes(
        session: Session, demo_bot: Bot, rotated: bool) -> None:
    member = make_member(session, demo_bot.tenant_id)
    for minute in range(5):
        fail(session, demo_bot.tenant_id, member.email, unique_ip(),
             NOW + dt.timedelta(minutes=minute))
    if rotated:  # the next test starts with the run's ring again (tests/conftest.py)
        KEYS.install(KEYS.require().rotated())
    # Even the right password, from a fresh address, is refused without being checked.
    with pytest.raises(RateLimited) as caught:
        authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                     password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(minutes=5))
    assert (caught.value.code, caught.value.status) == ("auth.throttled", 429)
    # Other accounts are unaffected.
    other = make_member(session, demo_bot.tenant_id)
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=other.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(minutes=5))
    # 15 minutes after the first failure, one failure has left the window.
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(minutes=15))


def test_when_four_failures_then_not_throttled_and_a_success_clears_them(
        session: Session, demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    for second in range(4):
        fail(session, demo_bot.tenant_id, member.email, unique_ip(),
             NOW + dt.timedelta(seconds=second))
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(seconds=10))
    for second in range(4):
        fail(session, demo_bot.tenant_id, member.email, unique_ip(),
             NOW + dt.timedelta(seconds=20 + second))
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(seconds=30))


def test_when_twenty_failures_from_an_ip_then_it_is_throttled(session: Session,
                                                              demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    ip = unique_ip()
    for second in range(20):
        fail(session, demo_bot.tenant_id, unique_email(), ip,
             NOW + dt.timedelta(seconds=second))
    with pytest.raises(RateLimited) as caught:
        authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                     password=PASSWORD, ip=ip, now=NOW + dt.timedelta(minutes=1))
    assert caught.value.code == "auth.throttled"
    # Another address signs in to the same account.
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW + dt.timedelta(minutes=1))
    # And this address again once its failures are older than 15 minutes.
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=ip, now=NOW + dt.timedelta(minutes=16))


def test_when_hash_parameters_are_outdated_then_rehashed_on_sign_in(session: Session,
                                                                    demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    member.password_hash = old
    assert passwords.needs_rehash(old)
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=utcnow())
    assert member.password_hash != old
    assert not passwords.needs_rehash(member.password_hash)
    assert passwords.verify_password(member.password_hash, PASSWORD)


def test_when_staff_signs_in_or_fails_then_the_audit_trail_says_who_by_id_only(
        session: Session, demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password=PASSWORD, ip=unique_ip(), now=NOW)
    with pytest.raises(Unauthorized):
        authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                     password="wrong password here", ip=unique_ip(), now=NOW)
    events = session.execute(select(AuditEvent.kind, AuditEvent.actor, AuditEvent.payload)
                             .where(AuditEvent.tenant_id == demo_bot.tenant_id)
                             .order_by(AuditEvent.seq.desc()).limit(3)).all()
    assert [kind for kind, _, _ in events] == ["staff.login_failed", "staff.login", "staff.added"]
    assert all(actor in (f"staff:{member.id}", "cli") for _, actor, _ in events)
    assert member.email not in repr(events) and "Camille" not in repr(events)
