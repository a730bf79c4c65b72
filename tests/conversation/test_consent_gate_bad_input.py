"""Hostile or odd input around personal data: no crash, no value slipping past the mask."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation import pipeline, service
from clairbot.conversation.bot import Bot


@pytest.mark.parametrize(("text", "digits"), [
    ("Rappelez-moi au 06\u200b12\u200b34\u200b56\u200b78", "0612345678"),  # zero-width spaces
    ("Rappelez-moi au \u202e06 12 34 56 78\u202c", "0612345678"),          # right-to-left override
    ("mon numéro 06.12.34.56.78 merci", "0612345678"),                      # dots
    ("IBAN FR76-3000-6000-0112-3456-7890-189", "30006000011234567890189"),  # dashes
    ("carte 4111\u00a01111\u00a01111\u00a01111", "4111111111111111"),       # no-break spaces
    ("écrivez à jean\u200d.dupont@example.com", "dupont@example"),          # joiner in an email
])
def test_when_personal_data_is_disguised_then_still_masked(session: Session, demo_bot: Bot,
                                                           text: str, digits: str) -> None:
    conversation, _ = service.start(session=session, bot=demo_bot, lang="fr", channel="test")
    produced = pipeline.handle_turn(session=session, bot=demo_bot, conversation=conversation,
                                    inbound=pipeline.Inbound(text=text))
    stored = produced[0].text
    compact = "".join(c for c in stored if c.isalnum() or c in "@.")
    assert digits not in compact, stored
    assert "[" in stored


def test_when_message_is_binary_junk_then_handled_without_crash(session: Session,
                                                                demo_bot: Bot) -> None:
    conversation, _ = service.start(session=session, bot=demo_bot, lang="en", channel="test")
    junk = "".join(chr(c) for c in range(0, 0x2FF)) + "\ufffd" * 10 + "\ud800"  # lone surrogate
    produced = pipeline.handle_turn(session=session, bot=demo_bot, conversation=conversation,
                                    inbound=pipeline.Inbound(text=junk))
    assert produced[0].role == "visitor" and produced[-1].ai_generated
