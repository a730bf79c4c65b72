"""Visitor feedback: thumbs and problem reports on bot answers, one CSAT per conversation,
every bad input refused with its code, and the comment encrypted at rest."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from clairbot.conversation import feedback
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.errors import Conflict, InvalidInput
from tests.factories import start, turn

QUESTION = "Quels sont vos délais de paiement ?"


def answered(session: Session, bot: Bot) -> tuple[Conversation, Message, Message]:
    """A conversation with one question; its visitor message and the bot's answer."""
    conversation = start(session, bot)
    produced = turn(session, bot, conversation, text=QUESTION)
    visitor = next(m for m in produced if m.role == "visitor")
    answer = next(m for m in produced if m.role == "bot")
    return conversation, visitor, answer


def test_when_visitor_rates_answers_and_conversation_then_each_is_recorded(
        session: Session, demo_bot: Bot) -> None:
    conversation, _, answer = answered(session, demo_bot)
    down = feedback.record(session=session, conversation=conversation, kind="thumbs_down",
                           message_id=answer.id)
    problem = feedback.record(session=session, conversation=conversation, kind="problem",
                              message_id=answer.id, comment="  Le lien est cassé.  ")
    csat = feedback.record(session=session, conversation=conversation, kind="csat", score=4)
    assert (down.kind, down.message_id, down.score) == ("thumbs_down", answer.id, None)
    assert problem.comment == "Le lien est cassé."
    assert (csat.score, csat.message_id) == (4, None)
    assert {f.tenant_id for f in (down, problem, csat)} == {demo_bot.tenant_id}


@pytest.mark.parametrize(("args", "code"), [
    ({"kind": "like"}, "feedback.bad_kind"),                           # unknown kind
    ({"kind": "thumbs_up"}, "feedback.bad_message"),                   # no message
    ({"kind": "thumbs_up", "message_id": "0" * 32}, "feedback.bad_message"),  # unknown
    ({"kind": "thumbs_up", "message_id": "x\x00"}, "feedback.bad_message"),   # not an id
    ({"kind": "problem", "message_id": "visitor"}, "feedback.bad_message"),   # visitor's own
    ({"kind": "thumbs_up", "message_id": "other"}, "feedback.bad_message"),   # other chat
    ({"kind": "csat", "message_id": "answer", "score": 3}, "feedback.bad_message"),
    ({"kind": "csat"}, "feedback.bad_score"),                          # no score
    ({"kind": "csat", "score": 0}, "feedback.bad_score"),              # below 1
    ({"kind": "csat", "score": 6}, "feedback.bad_score"),              # above 5
    ({"kind": "thumbs_up", "message_id": "answer", "score": 5}, "feedback.bad_score"),
    ({"kind": "problem", "message_id": "answer", "comment": "x" * 1001},
     "feedback.comment_too_long"),
])
def test_when_feedback_is_malformed_then_refused_with_its_code(
        session: Session, demo_bot: Bot, args: dict[str, Any], code: str) -> None:
    conversation, visitor, answer = answered(session, demo_bot)
    _, _, elsewhere = answered(session, demo_bot)
    ids = {"answer": answer.id, "visitor": visitor.id, "other": elsewhere.id}
    if args.get("message_id") in ids:
        args = {**args, "message_id": ids[args["message_id"]]}
    with pytest.raises(InvalidInput) as refused:
        feedback.record(session=session, conversation=conversation, **args)
    assert refused.value.code == code


def test_when_answer_or_conversation_rated_twice_then_second_is_refused(
        session: Session, demo_bot: Bot) -> None:
    conversation, _, answer = answered(session, demo_bot)
    feedback.record(session=session, conversation=conversation, kind="thumbs_up",
                    message_id=answer.id)
    with pytest.raises(Conflict) as again:
        feedback.record(session=session, conversation=conversation, kind="thumbs_down",
                        message_id=answer.id)
    assert again.value.code == "feedback.already_given"
    # Problem reports are not limited; neither is a thumbs on another answer.
    feedback.record(session=session, conversation=conversation, kind="problem",
                    message_id=answer.id)
    feedback.record(session=session, conversation=conversation, kind="csat", score=5)
    with pytest.raises(Conflict) as twice:
        feedback.record(session=session, conversation=conversation, kind="csat", score=1)
    assert twice.value.code == "feedback.already_given"


def test_when_comment_is_stored_then_the_raw_column_holds_only_ciphertext(
        session: Session, demo_bot: Bot) -> None:
    conversation, _, answer = answered(session, demo_bot)
    report = feedback.record(session=session, conversation=conversation, kind="problem",
                             message_id=answer.id,
                             comment="Rappelez-moi au 06 12 34 56 78, merci")
    raw = session.execute(text("SELECT comment FROM feedback WHERE id = :id"),
                          {"id": report.id}).scalar_one()
    assert raw.startswith("enc1:") and "06 12 34 56 78" not in raw and "Rappelez" not in raw
    session.expire_all()
    assert session.get(feedback.Feedback, report.id).comment == (  # type: ignore[union-attr]
        "Rappelez-moi au 06 12 34 56 78, merci")
