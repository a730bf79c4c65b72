"""WebSocket endpoints: the visitor's conversation and the agents' console, pushed live.

Authentication is the REST API's: the visitor's conversation token, a staff bearer token
or the console's session cookie. Browsers cannot set headers on a WebSocket, so a client
may instead send ``{"type": "auth", "token": "..."}`` as its first message.

When an agent's console connection drops, the conversations that agent holds go back to
the queue in their place (DESIGN.md invariant 3: a handoff is never silently dropped).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from sqlalchemy import select

from clairbot.conversation import agent_flow, pipeline, service
from clairbot.conversation.models import Conversation
from clairbot.conversation.turn import Inbound
from clairbot.errors import ClairbotError
from clairbot.handoff.models import Handoff
from clairbot.realtime import Subscription, console_channel, conversation_channel
from clairbot.staff import service as staff_service
from clairbot.staff.models import StaffMember
from clairbot.web.deps import Runtime, session_cookie
from clairbot.web.events import publish_messages, publish_typing
from clairbot.web.schemas import MessageRead

router = APIRouter()
log = logging.getLogger(__name__)
AUTH_TIMEOUT = 10.0


async def _token(websocket: WebSocket) -> str | None:
    header = websocket.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    with anyio.move_on_after(AUTH_TIMEOUT):
        first = await websocket.receive_json()
        if isinstance(first, dict) and first.get("type") == "auth":
            return str(first.get("token") or "") or None
    return None


async def _refuse(websocket: WebSocket, error: ClairbotError) -> None:
    await websocket.send_json({"type": "error", "code": error.code, "msg": error.msg})
    await websocket.close(code=4000 + error.status)


async def _forward(websocket: WebSocket, subscription: Subscription) -> None:
    try:
        async for event in subscription:
            await websocket.send_json(event)
    except (WebSocketDisconnect, RuntimeError):
        return  # the client left; the reader side ends the connection


@router.websocket("/api/v1/conversations/{conversation_id}/ws")
async def visitor_socket(websocket: WebSocket, conversation_id: str) -> None:
    """Live conversation for the visitor: pushes messages, typing and state; accepts
    `{"type": "message", "text"}`, `{"type": "action", "action": {...}}` and typing."""
    runtime: Runtime = websocket.app.state.runtime
    await websocket.accept()
    token = await _token(websocket)
    try:
        conversation = await runtime.workers.transaction(lambda s: service.get_for_visitor(
            session=s, conversation_id=conversation_id, token=token))
    except ClairbotError as error:
        await _refuse(websocket, error)
        return
    tenant = conversation.tenant_id
    subscription = await runtime.broker.subscribe(conversation_channel(tenant, conversation.id))
    await websocket.send_json({"type": "ready", "state": conversation.state})

    def turn(inbound: Inbound) -> Callable[[Any], tuple[str, list[MessageRead]]]:
        def work(session: Any) -> tuple[str, list[MessageRead]]:
            current = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                              token=token, lock=True)
            produced = pipeline.handle_turn(session=session, bot=runtime.bot(tenant),
                                            conversation=current, inbound=inbound)
            return current.state, [MessageRead.of(m) for m in produced]
        return work

    async def read() -> None:
        while True:
            data = await websocket.receive_json()
            kind = data.get("type") if isinstance(data, dict) else None
            if kind == "typing":
                await publish_typing(runtime.broker, tenant, conversation_id, "visitor")
                continue
            if kind not in ("message", "action"):
                await websocket.send_json({"type": "error", "code": "ws.unknown_type",
                                           "msg": "send message, action or typing"})
                continue
            inbound = (Inbound(text=str(data.get("text", "")))
                       if kind == "message" else Inbound(action=data.get("action")))
            try:
                state, messages = await runtime.workers.transaction(turn(inbound))
            except ClairbotError as error:
                await websocket.send_json({"type": "error", "code": error.code,
                                           "msg": error.msg})
                continue
            await publish_messages(runtime.broker, tenant, conversation_id, state, messages)

    await _serve(websocket, subscription, read)


async def _serve(websocket: WebSocket, subscription: Subscription,
                 read: Callable[[], Any]) -> None:
    """Push events and read the client's messages until either side stops."""
    try:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(_forward, websocket, subscription)
            try:
                await read()
            except (WebSocketDisconnect, json.JSONDecodeError, RuntimeError):
                pass  # the client left or sent garbage: end this connection
            tasks.cancel_scope.cancel()
    finally:
        subscription.close()


@router.websocket("/api/v1/agent/ws")
async def console_socket(websocket: WebSocket) -> None:
    """Live feed of the tenant's conversations for an agent; accepts typing events
    `{"type": "typing", "conversation_id"}`. Closing it releases the agent's conversations."""
    runtime: Runtime = websocket.app.state.runtime
    await websocket.accept()
    cookie = session_cookie(websocket)
    token = None if cookie else await _token(websocket)

    def who(session: Any) -> StaffMember:
        if token:
            member = staff_service.staff_for_token(session=session, token=token)
        else:
            member, _ = staff_service.staff_for_session(session=session,
                                                        cookie_value=cookie or "")
        staff_service.require_role(member, "agent", "admin")
        session.expunge(member)
        return member

    try:
        agent = await runtime.workers.transaction(who)
    except ClairbotError as error:
        await _refuse(websocket, error)
        return
    subscription = await runtime.broker.subscribe(console_channel(agent.tenant_id))
    await websocket.send_json({"type": "ready"})

    async def read() -> None:
        while True:
            data = await websocket.receive_json()
            if isinstance(data, dict) and data.get("type") == "typing":
                await publish_typing(runtime.broker, agent.tenant_id,
                                     str(data.get("conversation_id")), "agent")

    try:
        await _serve(websocket, subscription, read)
    finally:
        await _release_all(runtime, agent)


async def _release_all(runtime: Runtime, agent: StaffMember) -> None:
    """The agent's connection is gone: their conversations return to the queue."""
    def work(session: Any) -> list[tuple[str, str, list[MessageRead]]]:
        held = session.scalars(select(Handoff).where(
            Handoff.agent_id == agent.id, Handoff.status == "assigned")).all()
        released = []
        for handoff in held:
            conversation = session.get(Conversation, handoff.conversation_id,
                                       with_for_update=True)
            message = agent_flow.release(session=session, conversation=conversation)
            if message is not None:
                released.append((conversation.id, conversation.state, [MessageRead.of(message)]))
        return released

    with anyio.CancelScope(shield=True):
        for conversation_id, state, messages in await runtime.workers.transaction(work, shed=False):
            log.info("agent disconnected: conversation %s back in the queue", conversation_id)
            await publish_messages(runtime.broker, agent.tenant_id, conversation_id, state,
                                   messages)
