"""Agent API: the queue of conversations waiting for a person, and what an agent does with
one (take, reply, hand back, close). Authenticated with a staff bearer token."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, BackgroundTasks
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.conversation import agent_flow, service
from clairbot.conversation.models import Conversation, Message
from clairbot.errors import NotFound
from clairbot.handoff import assignment, notes
from clairbot.handoff import service as handoffs
from clairbot.privacy import consent
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember
from clairbot.web.deps import RuntimeDep, StaffAuth, unit_of_work
from clairbot.web.events import publish_messages, publish_typing
from clairbot.web.schemas import ConversationRead, ErrorBody, MessageRead, Source

router = APIRouter(prefix="/api/v1/agent", tags=["agent"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 403, 404, 409, 422)}


class QueueItem(BaseModel):
    """A conversation waiting for a person, with why and since when."""

    handoff_id: str
    conversation_id: str
    position: int
    reason: str
    detail: str
    kind: str
    lang: str
    topic: str | None
    created_at: dt.datetime
    # The agent suggested for it (the console highlights "for you"); None when nobody is
    # available. A suggestion only: any agent may still take it.
    suggested_agent_id: str | None = None


class AvailabilityUpdate(BaseModel):
    """An agent saying they are ready, or no longer ready, to take conversations."""

    model_config = ConfigDict(extra="forbid")

    available: bool


class AgentState(BaseModel):
    """What the agent API knows of the calling agent."""

    id: str
    display_name: str
    languages: list[str]
    available: bool


class AgentMessageCreate(BaseModel):
    """An agent's reply."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=agent_flow.MAX_AGENT_CHARS * 2)


class NoteCreate(BaseModel):
    """An internal note (staff only, never shown to the visitor)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=notes.MAX_NOTE_CHARS * 2)


class NoteRead(BaseModel):
    """An internal note with its author's name."""

    id: str
    author: str
    text: str
    created_at: dt.datetime


class HandoffContext(BaseModel):
    """Why the conversation was handed to a person."""

    reason: str
    detail: str
    kind: str
    topic: str | None
    created_at: dt.datetime


class ConsentState(BaseModel):
    """The visitor's latest decision for one purpose (no personal data)."""

    purpose: str
    decision: str
    text_version: str
    when: dt.datetime


class AnswerContext(BaseModel):
    """Why the bot said one message: what it was, how sure, drawn from what."""

    message_id: str
    kind: str | None
    confidence: float | None
    intent: str | None
    sources: list[Source]


class ConversationContext(BaseModel):
    """What an agent needs to know before replying."""

    handoff: HandoffContext | None
    consents: list[ConsentState]
    answers: list[AnswerContext]


def _conversation(session: Session, conversation_id: str, tenant_id: str) -> Conversation:
    conversation = session.scalars(select(Conversation).where(
        Conversation.id == conversation_id, Conversation.tenant_id == tenant_id)
        .with_for_update()).one_or_none()
    if conversation is None:
        raise NotFound(f"no conversation {conversation_id!r}", code="conversation.not_found")
    return conversation


def _handed_off(session: Session, conversation_id: str, tenant_id: str) -> Conversation:
    """A conversation an agent may read and annotate: one where a person was asked for.
    Conversations only ever with the bot stay out of agents' reach (least privilege); they
    are answered as if unknown, so their existence is not revealed either."""
    conversation = _conversation(session, conversation_id, tenant_id)
    if not handoffs.ever_for(session=session, conversation_id=conversation.id):
        raise NotFound(f"no conversation {conversation_id!r}", code="conversation.not_found")
    return conversation


def _announce(background: BackgroundTasks, runtime: RuntimeDep, conversation: Conversation,
              messages: list[MessageRead]) -> None:
    """Push the new messages to the visitor and the console once the transaction commits."""
    background.add_task(publish_messages, runtime.broker, conversation.tenant_id,
                        conversation.id, conversation.state, messages)


def _read(session: Session, conversation: Conversation) -> ConversationRead:
    return ConversationRead(
        id=conversation.id, state=conversation.state,
        lang=conversation.lang,
        messages=[MessageRead.of(m) for m in service.messages(session=session,
                                                              conversation=conversation)])


def _act(action: Callable[..., Message | None], conversation_id: str, agent: StaffMember,
         session: Session, runtime: RuntimeDep,
         background: BackgroundTasks) -> ConversationRead:
    """Run one agent action on the conversation, announce its trace, return the transcript."""
    conversation = _conversation(session, conversation_id, agent.tenant_id)
    message = action(session=session, conversation=conversation, agent=agent)
    if message is not None:
        _announce(background, runtime, conversation, [MessageRead.of(message)])
    return _read(session, conversation)


@router.get("/queue", response_model=list[QueueItem], responses=_ERRORS)
@unit_of_work
def get_queue(session: Session, staff_auth: StaffAuth) -> list[QueueItem]:
    """Conversations waiting for a person in the agent's tenant, first come first served,
    each with the available agent suggested to take it."""
    agent = staff_auth.agent(session)
    suggested = {handoff.id: agent_id for handoff, agent_id
                 in assignment.offer_next(session=session, tenant_id=agent.tenant_id)}
    return [QueueItem(handoff_id=h.id, conversation_id=h.conversation_id, position=n,
                      reason=h.reason, detail=h.detail, kind=h.kind, lang=h.lang, topic=h.topic,
                      created_at=h.created_at, suggested_agent_id=suggested.get(h.id))
            for n, h in enumerate(handoffs.queue(session=session, tenant_id=agent.tenant_id), 1)]


@router.post("/availability", response_model=AgentState, responses=_ERRORS)
@unit_of_work
def set_availability(session: Session, body: AvailabilityUpdate,
                     staff_auth: StaffAuth) -> AgentState:
    """Mark oneself available (or not) to take handed-off conversations."""
    agent = staff_auth.agent(session)
    member = staff.set_available(session=session, member=agent, available=body.available)
    return AgentState(id=member.id, display_name=member.display_name,
                      languages=list(member.languages), available=member.available)


@router.get("/conversations/{conversation_id}", response_model=ConversationRead,
            responses=_ERRORS)
@unit_of_work
def get_conversation(session: Session, conversation_id: str,
                     staff_auth: StaffAuth) -> ConversationRead:
    """The whole transcript (personal data stays masked unless a purpose kept it)."""
    agent = staff_auth.agent(session)
    return _read(session, _handed_off(session, conversation_id, agent.tenant_id))


@router.post("/conversations/{conversation_id}/take", response_model=ConversationRead,
             responses=_ERRORS)
@unit_of_work
def take(session: Session, conversation_id: str, staff_auth: StaffAuth, runtime: RuntimeDep,
         background: BackgroundTasks) -> ConversationRead:
    """Take a waiting conversation: the visitor sees the agent join."""
    agent = staff_auth.agent(session)
    return _act(agent_flow.take, conversation_id, agent, session, runtime, background)


@router.post("/conversations/{conversation_id}/messages", response_model=MessageRead,
             responses=_ERRORS)
@unit_of_work
def post_message(session: Session, conversation_id: str, body: AgentMessageCreate,
                 staff_auth: StaffAuth, runtime: RuntimeDep,
                 background: BackgroundTasks) -> MessageRead:
    """Reply to the visitor as a named person."""
    agent = staff_auth.agent(session)
    conversation = _conversation(session, conversation_id, agent.tenant_id)
    message = MessageRead.of(agent_flow.reply(session=session, conversation=conversation,
                                              agent=agent, text=body.text))
    _announce(background, runtime, conversation, [message])
    return message


@router.post("/conversations/{conversation_id}/typing", status_code=204, responses=_ERRORS)
@unit_of_work
def typing(session: Session, conversation_id: str, staff_auth: StaffAuth, runtime: RuntimeDep,
           background: BackgroundTasks) -> None:
    """The agent is typing a reply: the visitor's widget says so for a few seconds (only for
    a conversation this agent holds)."""
    agent = staff_auth.agent(session)
    conversation = _conversation(session, conversation_id, agent.tenant_id)
    agent_flow.check_holds(session=session, conversation=conversation, agent=agent)
    background.add_task(publish_typing, runtime.broker, conversation.tenant_id,
                        conversation.id, "agent")


@router.post("/conversations/{conversation_id}/hand-back", response_model=ConversationRead,
             responses=_ERRORS)
@unit_of_work
def hand_back(session: Session, conversation_id: str, staff_auth: StaffAuth, runtime: RuntimeDep,
              background: BackgroundTasks) -> ConversationRead:
    """Give the conversation back to the bot."""
    agent = staff_auth.agent(session)
    return _act(agent_flow.hand_back, conversation_id, agent, session, runtime, background)


@router.post("/conversations/{conversation_id}/release", response_model=ConversationRead,
             responses=_ERRORS)
@unit_of_work
def release(session: Session, conversation_id: str, staff_auth: StaffAuth, runtime: RuntimeDep,
            background: BackgroundTasks) -> ConversationRead:
    """Put the conversation back in the queue, in its place (the agent cannot continue)."""
    agent = staff_auth.agent(session)
    return _act(agent_flow.release, conversation_id, agent, session, runtime, background)


@router.post("/conversations/{conversation_id}/close", response_model=ConversationRead,
             responses=_ERRORS)
@unit_of_work
def close(session: Session, conversation_id: str, staff_auth: StaffAuth, runtime: RuntimeDep,
          background: BackgroundTasks) -> ConversationRead:
    """Close the conversation."""
    agent = staff_auth.agent(session)
    return _act(agent_flow.close, conversation_id, agent, session, runtime, background)


def _note_reads(session: Session, rows: list[notes.HandoffNote]) -> list[NoteRead]:
    names = notes.author_names(session=session, notes=rows)
    return [NoteRead(id=n.id, author=names.get(n.staff_id, ""), text=n.text,
                     created_at=n.created_at) for n in rows]


@router.get("/conversations/{conversation_id}/notes", response_model=list[NoteRead],
            responses=_ERRORS)
@unit_of_work
def get_notes(session: Session, conversation_id: str, staff_auth: StaffAuth) -> list[NoteRead]:
    """The conversation's internal notes, oldest first (staff only)."""
    agent = staff_auth.agent(session)
    conversation = _handed_off(session, conversation_id, agent.tenant_id)
    return _note_reads(session, notes.notes(session=session, conversation_id=conversation.id))


@router.post("/conversations/{conversation_id}/notes", response_model=NoteRead,
             responses=_ERRORS)
@unit_of_work
def post_note(session: Session, conversation_id: str, body: NoteCreate,
              staff_auth: StaffAuth) -> NoteRead:
    """Add an internal note; the visitor never sees it."""
    agent = staff_auth.agent(session)
    conversation = _handed_off(session, conversation_id, agent.tenant_id)
    note = notes.add_note(session=session, conversation=conversation, agent=agent,
                          text=body.text)
    return _note_reads(session, [note])[0]


def _answer(message: Message) -> AnswerContext:
    confidence = message.meta.get("confidence")
    return AnswerContext(
        message_id=message.id, kind=message.meta.get("kind"),
        confidence=float(confidence) if confidence is not None else None,
        intent=message.meta.get("intent"), sources=[Source(**s) for s in message.sources])


@router.get("/conversations/{conversation_id}/context", response_model=ConversationContext,
            responses=_ERRORS)
@unit_of_work
def get_context(session: Session, conversation_id: str,
                staff_auth: StaffAuth) -> ConversationContext:
    """Why the visitor is waiting, what they consented to, and how sure each bot answer was
    (only these fields of each message's record, never the record wholesale)."""
    agent = staff_auth.agent(session)
    conversation = _handed_off(session, conversation_id, agent.tenant_id)
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    decisions = consent.current(session=session, tenant_id=conversation.tenant_id,
                                subject=conversation.subject)
    return ConversationContext(
        handoff=None if handoff is None else HandoffContext(
            reason=handoff.reason, detail=handoff.detail, kind=handoff.kind,
            topic=handoff.topic, created_at=handoff.created_at),
        consents=[ConsentState(purpose=purpose, decision=entry.decision,
                               text_version=entry.text_version, when=entry.created_at)
                  for purpose, entry in sorted(decisions.items())],
        answers=[_answer(m) for m in service.messages(session=session,
                                                      conversation=conversation)
                 if m.role == "bot"])
