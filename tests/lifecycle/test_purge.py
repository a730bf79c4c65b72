"""The purge in one session (rolled back after each test): what expires goes, what does not
stays, personal data kept with consent is anonymised in place, and a dry run changes nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.db import utcnow
from clairbot.lifecycle.purge import purge
from tests.lifecycle.seed import PHONE, counts, seed, snapshot, tenant_bot


def later(days: float) -> dt.datetime:
    return utcnow() + dt.timedelta(days=days)


def phone_message(session: Session, message_id: str) -> Message:
    message = session.scalars(select(Message).where(Message.id == message_id)
                              .execution_options(populate_existing=True)).one()
    return message


def test_when_conversation_expired_then_it_goes_with_everything_tied_to_it(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot)
    old, fresh = seed(session, bot), seed(session, bot)
    # The fresh conversation was active 25 days from now: 6 days before the purge.
    session.execute(update(Conversation).where(Conversation.id == fresh.conversation_id)
                    .values(updated_at=later(25)))
    before = counts(session, bot)
    report = purge(session=session, spec=bot.spec, now=later(31), pii=bot.pii, batch_size=1)
    after = counts(session, bot)
    assert report.conversations_deleted == 1
    assert report.messages_deleted == before["messages"] // 2
    assert (report.feedback_deleted, report.notes_deleted) == (1, 1)
    assert report.handoffs_deleted == before["handoffs"] // 2 >= 1
    assert report.webhook_deliveries_deleted == before["webhook_deliveries"] // 2 >= 1
    assert report.consent_records_deleted == 0  # proof outlives the conversation (60 days)
    assert after == {**{name: count // 2 for name, count in before.items()},
                     "consent": before["consent"]}
    assert session.get(Conversation, old.conversation_id) is None
    assert session.get(Conversation, fresh.conversation_id) is not None


def test_when_consent_proof_expired_and_no_conversation_kept_then_it_goes(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, consent_proof=60)
    old, kept = seed(session, bot), seed(session, bot)
    # Still talking 50 days from now: this subject's proof stays while the conversation does.
    session.execute(update(Conversation).where(Conversation.id == kept.conversation_id)
                    .values(updated_at=later(50)))
    report = purge(session=session, spec=bot.spec, now=later(61), pii=bot.pii)
    assert report.consent_records_deleted == 1
    assert counts(session, bot)["consent"] == 1
    assert report.conversations_deleted == 1 and old.conversation_id != kept.conversation_id


def test_when_personal_data_period_ends_then_the_message_is_anonymised_in_place(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, personal_data=10)
    seeded = seed(session, bot)
    assert PHONE in phone_message(session, seeded.phone_message_id).text
    early = purge(session=session, spec=bot.spec, now=later(9), pii=bot.pii)
    assert early.messages_anonymised == 0
    report = purge(session=session, spec=bot.spec, now=later(11), pii=bot.pii)
    message = phone_message(session, seeded.phone_message_id)
    assert report.messages_anonymised == 1 and report.conversations_deleted == 0
    assert PHONE not in message.text and "[PHONE]" in message.text
    assert message.meta["anonymised_at"]
    assert {entry["decision"] for entry in message.meta["pii"]} == {"anonymised"}
    again = purge(session=session, spec=bot.spec, now=later(12), pii=bot.pii)
    assert again.messages_anonymised == 0


def test_when_purpose_has_its_own_period_then_it_replaces_personal_data(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, personal_data=10, purposes={"callback": 20})
    seeded = seed(session, bot)
    assert purge(session=session, spec=bot.spec, now=later(11),
                 pii=bot.pii).messages_anonymised == 0
    assert PHONE in phone_message(session, seeded.phone_message_id).text
    assert purge(session=session, spec=bot.spec, now=later(21),
                 pii=bot.pii).messages_anonymised == 1
    assert PHONE not in phone_message(session, seeded.phone_message_id).text


def test_when_purpose_purged_on_close_then_closing_anonymises_at_once(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, personal_data=30, on_close=("callback",))
    open_one, closed = seed(session, bot), seed(session, bot)
    session.execute(update(Conversation).where(Conversation.id == closed.conversation_id)
                    .values(state="closed"))
    report = purge(session=session, spec=bot.spec, now=later(0.01), pii=bot.pii)
    assert report.messages_anonymised == 1
    assert PHONE not in phone_message(session, closed.phone_message_id).text
    assert PHONE in phone_message(session, open_one.phone_message_id).text


def test_when_dry_run_then_same_counts_and_nothing_changes(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, consent_proof=30, personal_data=10)
    seed(session, bot)
    anonymised_only = seed(session, bot)
    session.execute(update(Conversation)
                    .where(Conversation.id == anonymised_only.conversation_id)
                    .values(updated_at=later(20)))
    before = snapshot(session, bot)
    dry = purge(session=session, spec=bot.spec, now=later(31), pii=bot.pii, dry_run=True,
                batch_size=2)
    assert snapshot(session, bot) == before
    real = purge(session=session, spec=bot.spec, now=later(31), pii=bot.pii, batch_size=2)
    assert dry.dry_run and not real.dry_run
    assert dry.counts() == real.counts()
    assert real.conversations_deleted == 1 and real.messages_anonymised == 1
    assert real.consent_records_deleted == 1
