"""What a support agent does with a handed-off conversation: take it, reply as a named
person, hand it back to the bot, release it to the queue, or close it.

Every step moves the conversation's state and its handoff together, leaves a visible trace
in the transcript, and queues the matching webhook event in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot.conversation import service
from clairbot.conversation.audit_trail import record_staff
from clairbot.conversation.models import Conversation, Message
from clairbot.errors import Conflict
from clairbot.handoff import service as handoffs
from clairbot.handoff.models import Handoff
from clairbot.i18n import t
from clairbot.inputs import required
from clairbot.staff.models import StaffMember
from clairbot.webhooks import service as webhooks

MAX_AGENT_CHARS = 4000


def author(agent: StaffMember) -> dict[str, Any]:
    """How an agent is shown on their messages: their display name and role."""
    return {"name": agent.display_name, "role": "agent"}


def _open_handoff(session: Session, conversation: Conversation) -> Handoff:
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    if handoff is None:
        raise Conflict("nobody asked for a person in this conversation",
                       code="handoff.not_requested")
    return handoff


def _system(session: Session, conversation: Conversation, key: str, **params: object) -> Message:
    return service.add_message(session=session, conversation=conversation, role="system",
                               text=t(key, conversation.lang, **params), ai_generated=False)


def _event(session: Session, conversation: Conversation, handoff: Handoff, event: str,
           previous: str) -> None:
    webhooks.enqueue(session=session, tenant_id=conversation.tenant_id, event_type=event,
                     payload={"conversation_id": conversation.id, "handoff_id": handoff.id,
                              "state": conversation.state, "previous_state": previous,
                              "reason": handoff.reason, "lang": handoff.lang,
                              "topic": handoff.topic, "channel": conversation.channel})


def take(*, session: Session, conversation: Conversation, agent: StaffMember) -> Message:
    """The agent takes the conversation from the queue; the visitor is told who joined."""
    handoff = _open_handoff(session, conversation)
    if handoff.status == "assigned" and handoff.agent_id != agent.id:
        raise Conflict("another agent has this conversation", code="handoff.taken")
    if handoff.status == "queued":
        handoffs.assign(session=session, handoff=handoff, agent_id=agent.id)
    previous, conversation.state = conversation.state, "with_human"
    message = _system(session, conversation, "agent.joined", name=agent.display_name)
    _event(session, conversation, handoff, "handoff.accepted", previous)
    record_staff(session, conversation, agent.id, "take", message, handoff=handoff.id)
    return message


def _assigned_to(session: Session, conversation: Conversation, agent: StaffMember) -> Handoff:
    handoff = _open_handoff(session, conversation)
    if conversation.state != "with_human" or handoff.agent_id != agent.id:
        raise Conflict("take the conversation before acting on it", code="handoff.not_yours")
    return handoff


def check_holds(*, session: Session, conversation: Conversation, agent: StaffMember) -> None:
    """`handoff.not_yours` unless `agent` holds the conversation."""
    _assigned_to(session, conversation, agent)


def reply(*, session: Session, conversation: Conversation, agent: StaffMember,
          text: str) -> Message:
    """A message from the agent, labelled with their name and role, `ai_generated: false`."""
    _assigned_to(session, conversation, agent)
    text = required(text, limit=MAX_AGENT_CHARS, what="message", code="message")
    message = service.add_message(session=session, conversation=conversation, role="agent",
                                  text=text, ai_generated=False, author=author(agent),
                                  meta={"staff_id": agent.id})
    record_staff(session, conversation, agent.id, "reply", message)
    return message


def hand_back(*, session: Session, conversation: Conversation, agent: StaffMember) -> Message:
    """The agent is done: the bot answers again, and says so."""
    handoff = _assigned_to(session, conversation, agent)
    handoffs.resolve(session=session, handoff=handoff)
    previous, conversation.state = conversation.state, "bot"
    conversation.unanswered = 0
    message = _system(session, conversation, "agent.handed_back", name=agent.display_name)
    _event(session, conversation, handoff, "handoff.resolved", previous)
    record_staff(session, conversation, agent.id, "hand_back", message, handoff=handoff.id)
    return message


def release(*, session: Session, conversation: Conversation,
            agent: StaffMember | None = None) -> Message | None:
    """The agent left (closed the console, lost the connection): back to the queue, in the
    same place, and the visitor is told; a handoff is never silently dropped. With `agent`,
    only the agent who holds the conversation may release it."""
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    if handoff is None or handoff.status != "assigned":
        return None
    if agent is not None and handoff.agent_id != agent.id:
        raise Conflict("another agent has this conversation", code="handoff.not_yours")
    held_by = handoff.agent_id
    handoffs.release(session=session, handoff=handoff)
    conversation.state = "waiting_for_human"
    message = _system(session, conversation, "agent.released")
    record_staff(session, conversation, agent.id if agent else str(held_by), "release", message,
                 handoff=handoff.id, disconnected=agent is None)
    return message


def close(*, session: Session, conversation: Conversation, agent: StaffMember) -> Message:
    """The agent closes the conversation."""
    handoff = _assigned_to(session, conversation, agent)
    handoffs.resolve(session=session, handoff=handoff)
    previous, conversation.state = conversation.state, "closed"
    message = _system(session, conversation, "agent.closed", name=agent.display_name)
    _event(session, conversation, handoff, "handoff.resolved", previous)
    record_staff(session, conversation, agent.id, "close", message, handoff=handoff.id)
    return message
