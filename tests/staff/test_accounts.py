"""Staff accounts: creation rules, listing, disabling, who did it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.errors import ClairbotError, Conflict, InvalidInput, Unauthorized
from clairbot.staff import service as staff
from clairbot.staff.errors import Forbidden
from clairbot.staff.models import StaffMember
from clairbot.tenants import service as tenants
from tests.staff.factories import PASSWORD, authenticate, make_member, unique_email, unique_ip


def test_when_member_added_then_listed_with_clean_fields(session: Session,
                                                         demo_bot: Bot) -> None:
    member = staff.add(session=session, tenant_id=demo_bot.tenant_id,
                       email="  Camille.Martin@Example.COM ", display_name=" Camille Martin ",
                       roles=["reviewer", "agent", "agent"], languages=["FR", "en", "fr"],
                       password=PASSWORD, actor=None)
    assert member.email == "camille.martin@example.com"
    assert member.display_name == "Camille Martin"
    assert member.roles == ["agent", "reviewer"]  # canonical order, no duplicates
    assert member.languages == ["fr", "en"]
    assert member.active and not member.available
    assert member.password_hash.startswith("$argon2id$") and PASSWORD not in member.password_hash
    assert member.created_by is None and member.last_login_at is None
    listed = staff.list_(session=session, tenant_id=demo_bot.tenant_id)
    assert member in listed


@pytest.mark.parametrize("second", [
    "camille@example.com",     # same spelling
    "CAMILLE@Example.com",     # other case
    "  camille@example.com ",  # surrounding spaces
])
def test_when_email_taken_in_any_case_then_staff_exists(session: Session, demo_bot: Bot,
                                                        second: str) -> None:
    make_member(session, demo_bot.tenant_id, email="Camille@example.com")
    with pytest.raises(Conflict) as caught:
        make_member(session, demo_bot.tenant_id, email=second)
    assert caught.value.code == "staff.exists"


def test_when_email_taken_in_another_tenant_then_accepted(session: Session,
                                                          demo_bot: Bot) -> None:
    tenants.ensure(session=session, tenant_id="other-co", name="Other", spec_version="1")
    make_member(session, demo_bot.tenant_id, email="camille@example.com")
    other = make_member(session, "other-co", email="camille@example.com")
    assert other.tenant_id == "other-co"


@pytest.mark.parametrize(("field", "value", "code"), [
    ("roles", ["agent", "root"], "staff.bad_role"),          # unknown role
    ("roles", [], "staff.bad_role"),                         # no role at all
    ("password", "short pass!", "staff.weak_password"),      # 11 characters
    ("password", "x" * 1025, "staff.weak_password"),         # absurdly long
    ("email", "camille.example.com", "staff.bad_email"),     # no @
    ("email", "camille@localhost", "staff.bad_email"),       # no domain dot
    ("languages", ["french"], "staff.bad_language"),         # not a code
    ("display_name", "   ", "staff.bad_display_name"),      # blank
])
def test_when_input_is_invalid_then_refused_with_its_code(session: Session, demo_bot: Bot,
                                                          field: str, value: Any,
                                                          code: str) -> None:
    fields: dict[str, Any] = {"email": unique_email(), "display_name": "Camille",
                              "roles": ["agent"], "languages": ["fr"], "password": PASSWORD}
    fields[field] = value
    with pytest.raises(InvalidInput) as caught:
        staff.add(session=session, tenant_id=demo_bot.tenant_id, actor=None, **fields)
    assert caught.value.code == code
    assert caught.value.status == 422


def test_when_admin_adds_member_then_creator_is_recorded(session: Session,
                                                         demo_bot: Bot) -> None:
    admin = make_member(session, demo_bot.tenant_id, roles=["admin"])
    member = make_member(session, demo_bot.tenant_id, actor=admin)
    assert member.created_by == admin.id


@pytest.mark.parametrize("actor_kind", [
    "agent",         # a member without the admin role
    "other_admin",   # an admin, but of another tenant
    "disabled",      # an admin whose account was disabled
])
def test_when_actor_may_not_manage_accounts_then_forbidden(session: Session, demo_bot: Bot,
                                                           actor_kind: str) -> None:
    if actor_kind == "other_admin":
        tenants.ensure(session=session, tenant_id="other-co", name="Other", spec_version="1")
        actor = make_member(session, "other-co", roles=["admin"])
    else:
        actor = make_member(session, demo_bot.tenant_id,
                            roles=["agent"] if actor_kind == "agent" else ["admin"])
        if actor_kind == "disabled":
            staff.disable(session=session, tenant_id=demo_bot.tenant_id, email=actor.email,
                          actor=None)
    target = make_member(session, demo_bot.tenant_id)
    with pytest.raises(Forbidden) as caught:
        make_member(session, demo_bot.tenant_id, actor=actor)
    assert (caught.value.code, caught.value.status) == ("auth.forbidden", 403)
    with pytest.raises(Forbidden):
        staff.disable(session=session, tenant_id=demo_bot.tenant_id, email=target.email,
                      actor=actor)


def test_when_disabled_then_sign_in_tokens_and_sessions_stop(session: Session,
                                                             demo_bot: Bot) -> None:
    admin = make_member(session, demo_bot.tenant_id, roles=["admin"])
    member = make_member(session, demo_bot.tenant_id)
    _, token = staff.issue_token(session=session, member=member, name="laptop")
    _, cookie = staff.open_session(session=session, member=member)
    staff.disable(session=session, tenant_id=demo_bot.tenant_id, email=member.email.upper(),
                  actor=admin)
    assert not member.active and member.disabled_by == admin.id
    assert member.disabled_at is not None
    for attempt in (
        lambda: authenticate(session=session, tenant_id=demo_bot.tenant_id,
                             email=member.email, password=PASSWORD, ip=unique_ip()),
        lambda: staff.staff_for_token(session=session, token=token),
        lambda: staff.staff_for_session(session=session, cookie_value=cookie),
    ):
        with pytest.raises(Unauthorized):
            attempt()
    assert member in staff.list_(session=session, tenant_id=demo_bot.tenant_id)


def test_when_disabling_unknown_email_then_not_found(session: Session, demo_bot: Bot) -> None:
    with pytest.raises(ClairbotError) as caught:
        staff.disable(session=session, tenant_id=demo_bot.tenant_id, email=unique_email(),
                      actor=None)
    assert caught.value.code == "staff.not_found"


@pytest.mark.parametrize(("roles", "required", "allowed"), [
    (["agent"], ("agent",), True),                  # holds the role
    (["agent", "reviewer"], ("reviewer",), True),   # one of several roles
    (["reviewer"], ("agent", "reviewer"), True),    # any of the required roles is enough
    (["agent"], ("dpo",), False),                   # lacks the role
    (["admin"], ("auditor",), False),               # admin implies no other role
])
def test_when_role_required_then_only_holders_pass(roles: list[str], required: tuple[str, ...],
                                                    allowed: bool) -> None:
    member = StaffMember(roles=roles, active=True)
    if allowed:
        staff.require_role(member, *required)
    else:
        with pytest.raises(Forbidden):
            staff.require_role(member, *required)
