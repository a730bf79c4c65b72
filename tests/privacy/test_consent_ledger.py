"""The consent ledger: append-only proof, state derived from it, never edited in place."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.errors import InvalidInput
from clairbot.privacy import consent

V1 = {"callback": {"v1"}, "personalization": {"v1"}}


def decide(session: Session, bot: Bot, subject: str, purpose: str, decision: str) -> None:
    consent.record(session=session, tenant_id=bot.tenant_id, subject=subject, purpose=purpose,
                   decision=decision, text=f"text of {purpose}", text_version="v1", lang="fr",
                   channel="test")


def test_when_decisions_recorded_then_state_is_the_latest_per_purpose(
        session: Session, demo_bot: Bot) -> None:
    subject = f"v_{uuid.uuid4().hex}"
    decide(session, demo_bot, subject, "callback", "granted")
    decide(session, demo_bot, subject, "personalization", "refused")
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id,
                           subject=subject, versions=V1) == {"callback"}
    decide(session, demo_bot, subject, "callback", "withdrawn")
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id, subject=subject,
                           versions=V1) == set()
    history = consent.history(session=session, tenant_id=demo_bot.tenant_id, subject=subject)
    assert [h.decision for h in history] == ["granted", "refused", "withdrawn"]
    assert all(h.text and h.text_version for h in history)


def test_when_another_subject_consents_then_this_subject_is_unaffected(
        session: Session, demo_bot: Bot) -> None:
    decide(session, demo_bot, "v_someone_else", "callback", "granted")
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id,
                           subject="v_me", versions=V1) == set()


def test_when_decision_is_unknown_then_refused(session: Session, demo_bot: Bot) -> None:
    with pytest.raises(InvalidInput):
        decide(session, demo_bot, "v_x", "callback", "maybe")


def test_when_a_row_is_updated_in_sql_then_the_database_refuses(session: Session,
                                                               demo_bot: Bot) -> None:
    decide(session, demo_bot, "v_tamper", "callback", "refused")
    savepoint = session.begin_nested()
    with pytest.raises(DBAPIError):
        session.execute(text("UPDATE consent_records SET decision = 'granted' "
                             "WHERE subject = 'v_tamper'"))
    savepoint.rollback()
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id,
                           subject="v_tamper", versions=V1) == set()


def test_when_the_consented_text_is_no_longer_current_then_the_purpose_is_not_granted(
        session: Session, demo_bot: Bot) -> None:
    subject = f"v_{uuid.uuid4().hex}"
    decide(session, demo_bot, subject, "callback", "granted")
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id, subject=subject,
                           versions={"callback": {"v2", "v3"}}) == set()
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id, subject=subject,
                           versions={"personalization": {"v1"}}) == set()
