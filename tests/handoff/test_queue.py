"""The handoff queue: one open request per conversation, first come first served, an agent
leaving puts the conversation back in its place."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation import service as conversations
from clairbot.conversation.bot import Bot
from clairbot.errors import Conflict, InvalidInput
from clairbot.handoff import service


def queued(session: Session, bot: Bot, reason: str = "visitor_request") -> service.Handoff:
    conversation, _ = conversations.start(session=session, bot=bot, lang="fr", channel="test")
    session.flush()
    return service.request(session=session, tenant_id=bot.tenant_id,
                           conversation_id=conversation.id, reason=reason, lang="fr")


def test_when_requested_twice_then_one_open_handoff(session: Session, demo_bot: Bot) -> None:
    first = queued(session, demo_bot)
    again = service.request(session=session, tenant_id=demo_bot.tenant_id,
                            conversation_id=first.conversation_id, reason="button", lang="fr")
    assert again.id == first.id


def test_when_several_wait_then_positions_follow_arrival(session: Session,
                                                         demo_bot: Bot) -> None:
    before = len(service.queue(session=session, tenant_id=demo_bot.tenant_id))
    a, b, c = (queued(session, demo_bot) for _ in range(3))
    assert [service.position(session=session, handoff=h) for h in (a, b, c)] == [
        before + 1, before + 2, before + 3]
    service.assign(session=session, handoff=a, agent_id="agent1")
    assert service.position(session=session, handoff=a) == 0
    assert service.position(session=session, handoff=b) == before + 1


def test_when_agent_leaves_then_conversation_returns_to_its_place(session: Session,
                                                                  demo_bot: Bot) -> None:
    a, b = queued(session, demo_bot), queued(session, demo_bot)
    service.assign(session=session, handoff=a, agent_id="agent1")
    service.release(session=session, handoff=a)
    assert a.status == "queued" and a.agent_id is None
    assert service.position(session=session, handoff=a) < service.position(session=session,
                                                                            handoff=b)


def test_when_resolved_then_a_new_request_opens_a_new_handoff(session: Session,
                                                              demo_bot: Bot) -> None:
    first = queued(session, demo_bot)
    service.resolve(session=session, handoff=first)
    second = service.request(session=session, tenant_id=demo_bot.tenant_id,
                             conversation_id=first.conversation_id, reason="button", lang="fr")
    assert second.id != first.id and first.status == "resolved"


def test_when_assigning_a_taken_handoff_then_conflict(session: Session, demo_bot: Bot) -> None:
    handoff = queued(session, demo_bot)
    service.assign(session=session, handoff=handoff, agent_id="agent1")
    with pytest.raises(Conflict):
        service.assign(session=session, handoff=handoff, agent_id="agent2")


def test_when_reason_unknown_then_refused(session: Session, demo_bot: Bot) -> None:
    with pytest.raises(InvalidInput):
        queued(session, demo_bot, reason="because")


def test_when_a_queued_handoff_is_cancelled_then_it_leaves_the_queue(session: Session,
                                                                    demo_bot: Bot) -> None:
    a, b = queued(session, demo_bot), queued(session, demo_bot)
    before = service.position(session=session, handoff=b)
    service.cancel(session=session, handoff=a)
    assert a.status == "cancelled" and a.resolved_at is not None
    assert a.id not in {h.id for h in service.queue(session=session, tenant_id=demo_bot.tenant_id)}
    assert service.open_for(session=session, conversation_id=a.conversation_id) is None
    assert service.position(session=session, handoff=a) == 0
    assert service.position(session=session, handoff=b) == before - 1  # one fewer ahead


def test_when_cancelling_a_handoff_an_agent_holds_then_conflict(session: Session,
                                                                demo_bot: Bot) -> None:
    handoff = queued(session, demo_bot)
    service.assign(session=session, handoff=handoff, agent_id="agent1")
    with pytest.raises(Conflict) as raised:
        service.cancel(session=session, handoff=handoff)
    assert raised.value.code == "handoff.not_queued" and handoff.status == "assigned"
