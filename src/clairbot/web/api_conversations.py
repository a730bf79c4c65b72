"""Visitor API: open a conversation, send a message or an action, read the conversation,
give feedback."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clairbot.conversation import feedback, pipeline, service
from clairbot.conversation.turn import Inbound
from clairbot.errors import Conflict
from clairbot.spec.limits import Action
from clairbot.web.console import pick_language
from clairbot.web.deps import RuntimeDep, TokenDep, unit_of_work
from clairbot.web.events import publish_messages
from clairbot.web.rate_limits import client_address
from clairbot.web.schemas import (
    ConversationCreate,
    ConversationCreated,
    ConversationRead,
    ErrorBody,
    MessageCreate,
    MessageRead,
    TurnRead,
)

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 404, 409, 422, 429, 503)}


class FeedbackCreate(BaseModel):
    """Body of `POST /api/v1/conversations/{id}/feedback`."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    message_id: str | None = None
    score: int | None = None
    comment: str | None = None


class FeedbackCreated(BaseModel):
    """The recorded feedback."""

    id: str
    kind: str
    created_at: dt.datetime


def _language(request: Request, asked: str | None = None) -> str:
    """The language of a refusal sent before the conversation is read."""
    return pick_language(asked, request.headers.get("accept-language"))


async def limit_opening(request: Request, runtime: RuntimeDep,
                        body: ConversationCreate | None = None) -> None:
    """Rate limits of opening a conversation, checked before any database work."""
    body = body or ConversationCreate()
    await runtime.limits.check("conversations", tenant=runtime.bot(body.tenant).tenant_id,
                               client=client_address(request), lang=_language(request, body.lang))


async def limit_message(request: Request, conversation_id: str, runtime: RuntimeDep) -> None:
    """Rate limits of a visitor message, checked before the turn's database work."""
    await runtime.limits.check_conversation(
        ("messages",), conversation_id, client=client_address(request),
        lang=_language(request), workers=runtime.workers)


async def limit_feedback(request: Request, conversation_id: str, runtime: RuntimeDep,
                         body: FeedbackCreate) -> None:
    """Rate limits of feedback, and of incidents for a problem report, before any database
    work."""
    actions: tuple[Action, ...] = ("feedback", "incidents") if body.kind == "problem" \
        else ("feedback",)
    await runtime.limits.check_conversation(
        actions, conversation_id, client=client_address(request), lang=_language(request),
        workers=runtime.workers)


@router.post("", status_code=201, response_model=ConversationCreated, responses=_ERRORS,
             dependencies=[Depends(limit_opening)])
@unit_of_work
def create_conversation(session: Session, runtime: RuntimeDep,
                        body: ConversationCreate | None = None) -> ConversationCreated:
    """Open a conversation. Its first message is the disclosure; keep the token to continue."""
    body = body or ConversationCreate()
    bot = runtime.bot(body.tenant)
    conversation, token = service.start(session=session, bot=bot, lang=body.lang,
                                        channel=body.channel)
    session.flush()
    return ConversationCreated(
        id=conversation.id, token=token, state=conversation.state,
        lang=conversation.lang,
        messages=[MessageRead.of(m) for m in service.messages(session=session,
                                                              conversation=conversation)])


@router.post("/{conversation_id}/messages", response_model=TurnRead, responses=_ERRORS,
             dependencies=[Depends(limit_message)])
@unit_of_work
def post_message(session: Session, conversation_id: str, body: MessageCreate,
                 runtime: RuntimeDep, token: TokenDep, background: BackgroundTasks,
                 request: Request) -> TurnRead:
    """Send a text or a button action; returns the messages this turn produced."""
    conversation = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                           token=token, lock=True)
    bot = runtime.bot(conversation.tenant_id)
    inbound = Inbound(text=body.text,
                               action=body.action.model_dump() if body.action else None)
    previous = conversation.state
    try:
        produced = pipeline.handle_turn(
            session=session, bot=bot, conversation=conversation, inbound=inbound,
            handoff_gate=runtime.limits.handoff_gate(client_address(request)))
    except IntegrityError as exc:
        # Two turns raced on the same conversation (SQLite without row locks).
        raise Conflict("another message is being processed in this conversation; retry",
                       code="conversation.busy") from exc
    result = TurnRead(state=conversation.state,
                      messages=[MessageRead.of(m) for m in produced])
    # After the commit (background tasks run once the response is out): the console and any
    # other open window of this conversation see the turn.
    background.add_task(publish_messages, runtime.broker, conversation.tenant_id,
                        conversation.id, result.state, result.messages,
                        queue_changed=result.state != previous)
    return result


@router.get("/{conversation_id}", response_model=ConversationRead, responses=_ERRORS)
@unit_of_work
def get_conversation(session: Session, conversation_id: str,
                     token: TokenDep) -> ConversationRead:
    """The conversation and all its messages."""
    conversation = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                           token=token)
    return ConversationRead(
        id=conversation.id, state=conversation.state,
        lang=conversation.lang,
        messages=[MessageRead.of(m) for m in service.messages(session=session,
                                                              conversation=conversation)])


@router.post("/{conversation_id}/feedback", status_code=201, response_model=FeedbackCreated,
             responses=_ERRORS, dependencies=[Depends(limit_feedback)])
@unit_of_work
def post_feedback(session: Session, conversation_id: str, body: FeedbackCreate,
                  runtime: RuntimeDep, token: TokenDep) -> FeedbackCreated:
    """Thumbs up/down or a problem report on a bot answer (which opens an incident), or a
    1-5 satisfaction score."""
    conversation = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                           token=token, lock=True)
    recorded = feedback.record(session=session, conversation=conversation, kind=body.kind,
                               message_id=body.message_id, score=body.score,
                               comment=body.comment,
                               spec=runtime.bot(conversation.tenant_id).spec,
                               incident_deadline_days=runtime.settings.incident_deadline_days)
    return FeedbackCreated(id=recorded.id, kind=recorded.kind, created_at=recorded.created_at)
