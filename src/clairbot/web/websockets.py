"""The visitor's WebSocket: their conversation, pushed live (the agent console's is
`console_socket`).

Authentication is the REST API's: the conversation's token. Browsers cannot set headers on
a WebSocket, so a client may instead send ``{"type": "auth", "token": "..."}`` as its first
message. A client that leaves, even before authenticating, is not an error: nothing logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, WebSocket

from clairbot.conversation import pipeline, service
from clairbot.conversation.turn import Inbound
from clairbot.errors import ClairbotError, RetryLater
from clairbot.realtime import Subscription, conversation_channel
from clairbot.web.deps import Runtime
from clairbot.web.events import publish_messages, publish_typing
from clairbot.web.rate_limits import client_address
from clairbot.web.schemas import MessageRead
from clairbot.web.socket_io import AUTH_TIMEOUT, receive_or_none, refuse, send_or_false

router = APIRouter()
log = logging.getLogger(__name__)


_GONE = object()


async def _token(websocket: WebSocket) -> str | None | object:
    """The conversation token: the header's, else the first frame's; `_GONE` if the client
    left first."""
    header = websocket.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    with anyio.move_on_after(AUTH_TIMEOUT):
        first = await receive_or_none(websocket)
        if first is None:
            return _GONE
        if first.get("type") == "auth":
            return str(first.get("token") or "") or None
    return None


async def _forward(websocket: WebSocket, subscription: Subscription) -> None:
    async for event in subscription:
        if not await send_or_false(websocket, event):
            return  # the client left; the reader side ends the connection


@router.websocket("/api/v1/conversations/{conversation_id}/ws")
async def visitor_socket(websocket: WebSocket, conversation_id: str) -> None:
    """Live conversation for the visitor: pushes messages, typing and state; accepts
    `{"type": "message", "text"}`, `{"type": "action", "action": {...}}` and typing."""
    runtime: Runtime = websocket.app.state.runtime
    await websocket.accept()
    found = await _token(websocket)
    if found is _GONE:
        log.warning("a visitor socket closed before it authenticated")
        return
    token = found if isinstance(found, str) else None
    try:
        conversation = await runtime.workers.transaction(lambda s: service.get_for_visitor(
            session=s, conversation_id=conversation_id, token=token))
    except ClairbotError as error:
        await refuse(websocket, error)
        return
    tenant = conversation.tenant_id
    client = client_address(websocket)
    subscription = await runtime.broker.subscribe(conversation_channel(tenant, conversation.id))

    def turn(inbound: Inbound) -> Callable[[Any], tuple[str, list[MessageRead], bool]]:
        def work(session: Any) -> tuple[str, list[MessageRead], bool]:
            current = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                              token=token, lock=True)
            previous = current.state
            produced = pipeline.handle_turn(session=session, bot=runtime.bot(tenant),
                                            conversation=current, inbound=inbound,
                                            handoff_gate=runtime.limits.handoff_gate(client))
            return (current.state, [MessageRead.of(m) for m in produced],
                    current.state != previous)
        return work

    async def read() -> None:
        while True:
            data = await receive_or_none(websocket)
            if data is None:
                return
            kind = data.get("type")
            if kind == "typing":
                await publish_typing(runtime.broker, tenant, conversation_id, "visitor")
                continue
            if kind not in ("message", "action"):
                await send_or_false(websocket, {"type": "error", "code": "ws.unknown_type",
                                                "msg": "send message, action or typing"})
                continue
            inbound = (Inbound(text=str(data.get("text", "")))
                       if kind == "message" else Inbound(action=data.get("action")))
            try:
                # The rate limits of a message, before its database work; the socket stays
                # open when one refuses it.
                await runtime.limits.check("messages", tenant=tenant, client=client,
                                           lang=conversation.lang)
                state, messages, moved = await runtime.workers.transaction(turn(inbound))
            except ClairbotError as error:
                retry = error.retry_after if isinstance(error, RetryLater) else None
                await send_or_false(websocket, {"type": "error", "code": error.code,
                                                "msg": error.msg,
                                                **({"retry_after": retry} if retry else {})})
                continue
            await publish_messages(runtime.broker, tenant, conversation_id, state, messages,
                                   queue_changed=moved)

    try:
        if await send_or_false(websocket, {"type": "ready", "state": conversation.state}):
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(_forward, websocket, subscription)
                await read()
                tasks.cancel_scope.cancel()
    finally:
        subscription.close()


