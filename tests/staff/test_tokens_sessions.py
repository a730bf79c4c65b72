"""API tokens and browser sessions: shown once, stored hashed, revocable, expiring."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.errors import InvalidInput, NotFound, Unauthorized
from clairbot.staff import service as staff
from clairbot.staff.auth import SESSION_TTL, digest
from clairbot.staff.errors import Forbidden
from clairbot.staff.models import StaffSession
from clairbot.tenants import service as tenants
from tests.staff.factories import make_member

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_when_token_issued_then_it_identifies_its_owner_until_revoked(session: Session,
                                                                      demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    row, value = staff.issue_token(session=session, member=member, name="CI export", now=NOW)
    assert value.startswith("cbs_") and len(value) > 40
    assert row.token_hash == digest(value) and value not in row.token_hash
    assert row.tenant_id == demo_bot.tenant_id and row.last_used_at is None
    later = NOW + dt.timedelta(days=3)
    assert staff.staff_for_token(session=session, token=value, now=later) is member
    assert row.last_used_at == later
    staff.revoke_token(session=session, token_id=row.id, actor=member, now=later)
    assert row.revoked_at == later and row.revoked_by == member.id
    with pytest.raises(Unauthorized) as caught:
        staff.staff_for_token(session=session, token=value)
    assert caught.value.code == "auth.invalid_token"


@pytest.mark.parametrize("token", [
    "cbs_not-a-token-we-issued",  # well-formed but unknown
    "",                           # empty
])
def test_when_token_is_unknown_then_unauthorized(session: Session, token: str) -> None:
    with pytest.raises(Unauthorized):
        staff.staff_for_token(session=session, token=token)


def test_when_token_name_is_blank_then_refused(session: Session, demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    with pytest.raises(InvalidInput) as caught:
        staff.issue_token(session=session, member=member, name="  ")
    assert caught.value.code == "staff.bad_token_name"


def test_when_someone_else_revokes_a_token_then_only_an_admin_of_its_tenant_may(
        session: Session, demo_bot: Bot) -> None:
    owner = make_member(session, demo_bot.tenant_id)
    colleague = make_member(session, demo_bot.tenant_id)
    admin = make_member(session, demo_bot.tenant_id, roles=["admin"])
    tenants.ensure(session=session, tenant_id="other-co", name="Other", spec_version="1")
    foreign_admin = make_member(session, "other-co", roles=["admin"])
    row, _ = staff.issue_token(session=session, member=owner, name="laptop")
    with pytest.raises(Forbidden):
        staff.revoke_token(session=session, token_id=row.id, actor=colleague)
    with pytest.raises(NotFound):
        staff.revoke_token(session=session, token_id=row.id, actor=foreign_admin)
    staff.revoke_token(session=session, token_id=row.id, actor=admin)
    assert row.revoked_by == admin.id


def test_when_session_opened_then_valid_for_eight_hours(session: Session,
                                                        demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    row, cookie = staff.open_session(session=session, member=member, now=NOW)
    assert row.id == digest(cookie) and session.get(StaffSession, cookie) is None
    assert row.expires_at == NOW + SESSION_TTL == NOW + dt.timedelta(hours=8)
    assert len(row.csrf_token) >= 40 and row.csrf_token != cookie
    found, found_row = staff.staff_for_session(session=session, cookie_value=cookie,
                                               now=NOW + dt.timedelta(hours=7, minutes=59))
    assert (found, found_row) == (member, row)
    with pytest.raises(Unauthorized) as caught:
        staff.staff_for_session(session=session, cookie_value=cookie,
                                now=NOW + dt.timedelta(hours=8))
    assert caught.value.code == "auth.session_expired"


def test_when_session_closed_then_cookie_no_longer_works(session: Session,
                                                         demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    row, cookie = staff.open_session(session=session, member=member, now=NOW)
    other_row, other_cookie = staff.open_session(session=session, member=member, now=NOW)
    staff.close_session(session=session, cookie_value=cookie, now=NOW)
    staff.close_session(session=session, cookie_value=cookie)  # twice is harmless
    assert row.revoked_at == NOW
    with pytest.raises(Unauthorized) as caught:
        staff.staff_for_session(session=session, cookie_value=cookie, now=NOW)
    assert caught.value.code == "auth.invalid_session"
    # Signing out in one browser leaves the others signed in.
    assert staff.staff_for_session(session=session, cookie_value=other_cookie,
                                   now=NOW)[1] is other_row


@pytest.mark.parametrize("cookie", [
    "forged-cookie-value",  # never issued
    "",                     # empty cookie
])
def test_when_cookie_is_unknown_then_invalid_session(session: Session, cookie: str) -> None:
    with pytest.raises(Unauthorized) as caught:
        staff.staff_for_session(session=session, cookie_value=cookie)
    assert caught.value.code == "auth.invalid_session"
    staff.close_session(session=session, cookie_value=cookie)
