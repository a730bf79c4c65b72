"""The agent console's WebSocket: what the agent may see, pushed live, for as long as they may.

Opening it (``/api/v1/agent/ws``):

* a browser page must be one of Clairbot's own (its ``Origin``): a page on another site,
  even a sibling one sending the session cookie along, is refused (``origin.not_allowed``);
* the console authenticates with its session cookie AND the session's CSRF token in its first
  frame, ``{"type": "auth", "csrf": "..."}``, which a page of another origin cannot read; an
  API client sends ``Authorization: Bearer <staff token>`` (or ``{"type": "auth", "token"}``);
* the staff member must be an active agent (or admin).

What it pushes: ``ready``; content-free hints on the tenant's console channel (``queue``: the
queue changed, read it over HTTP; ``escalation``); and, for each conversation the agent holds
and asked to ``{"type": "watch", "conversation_id"}``, that conversation's events (messages,
typing), until it is no longer theirs. Never a feed of the tenant's other conversations.

Every heartbeat (a sixth of the presence timeout) re-checks the credentials, the agent's role
and the conversations watched, and records the agent's presence; a session signed out or
expired, an account disabled or a token revoked closes the socket (4401). Signing out closes
it at once. When the socket goes, nothing is released at once (a reload reconnects in a
second); unless the agent comes back within the grace, the handoff timers' presence check
returns their conversations to the queue and tells each visitor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import anyio
import anyio.abc
from fastapi import APIRouter, WebSocket
from sqlalchemy.orm import Session

from clairbot.conversation import agent_flow
from clairbot.conversation.models import Conversation
from clairbot.errors import ClairbotError, NotFound
from clairbot.origins import parse_origin
from clairbot.realtime import Subscription, console_channel, conversation_channel
from clairbot.staff import service as staff_service
from clairbot.staff.errors import Forbidden
from clairbot.staff.models import StaffMember
from clairbot.web.deps import Runtime, StaffCredentials, presence_every, session_cookie
from clairbot.web.events import STAFF_SESSION_CLOSED, publish_typing
from clairbot.web.origins import own_origins
from clairbot.web.socket_io import AUTH_TIMEOUT, receive_or_none, refuse, send_or_false

router = APIRouter()
log = logging.getLogger(__name__)


@dataclass
class _Console:
    """One open console socket: who, and the conversations it watches."""

    websocket: WebSocket
    runtime: Runtime
    credentials: StaffCredentials
    agent: StaffMember
    session_id: str | None
    watched: dict[str, Subscription] = field(default_factory=dict)
    tasks: anyio.abc.TaskGroup | None = None

    @property
    def tenant(self) -> str:
        return self.agent.tenant_id


@router.websocket("/api/v1/agent/ws")
async def console_socket(websocket: WebSocket) -> None:
    """The agent console's live channel (see the module's documentation)."""
    runtime: Runtime = websocket.app.state.runtime
    await websocket.accept()
    origin = websocket.headers.get("origin")
    if origin is not None and parse_origin(origin) not in own_origins(websocket.scope):
        await refuse(websocket, Forbidden("the console opens only from Clairbot's own pages",
                                          code="origin.not_allowed"))
        return
    credentials = await _credentials(websocket, presence_every(runtime.settings))
    if credentials is None:
        log.warning("a console socket closed before it authenticated")
        return
    try:
        agent = await runtime.workers.transaction(credentials.agent)
    except ClairbotError as error:
        await refuse(websocket, error)
        return
    console = _Console(websocket, runtime, credentials, agent,
                       session_id=staff_service.session_id(credentials.cookie)
                       if credentials.cookie and not credentials.token else None)
    subscription = await runtime.broker.subscribe(console_channel(console.tenant))
    try:
        if await send_or_false(websocket, {"type": "ready"}):
            async with anyio.create_task_group() as tasks:
                console.tasks = tasks
                tasks.start_soon(_forward_console, console, subscription)
                tasks.start_soon(_heartbeat, console)
                await _read(console)
                tasks.cancel_scope.cancel()
    finally:
        subscription.close()
        for watched in console.watched.values():
            watched.close()
        with anyio.CancelScope(shield=True):
            await _gone(console)


async def _credentials(websocket: WebSocket,
                       every: dt.timedelta) -> StaffCredentials | None:
    """The socket's credentials: a bearer token in the header, else the first frame's token
    or (with the session cookie) CSRF token. None if the client leaves first."""
    nothing = StaffCredentials(token=None, cookie=None, method="POST", csrf=None,
                               presence_every=every)
    header = websocket.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return dataclasses.replace(nothing, token=value.strip())
    with anyio.move_on_after(AUTH_TIMEOUT):
        first = await receive_or_none(websocket)
        if first is None:
            return None
        if first.get("type") == "auth":
            # A cookie session is an unsafe use: its CSRF token must come with it.
            return dataclasses.replace(
                nothing, token=str(first.get("token") or "") or None,
                cookie=session_cookie(websocket),
                csrf=str(first.get("csrf") or "") or None)
    return nothing


async def _read(console: _Console) -> None:
    """The client's frames: watch or unwatch a conversation, typing in a watched one."""
    while True:
        data = await receive_or_none(console.websocket)
        if data is None:
            return
        kind = data.get("type") if isinstance(data, dict) else None
        conversation_id = str(data.get("conversation_id") or "") if isinstance(data, dict) else ""
        if kind == "watch":
            await _watch(console, conversation_id)
        elif kind == "unwatch":
            _unwatch(console, conversation_id)
        elif kind == "typing" and conversation_id in console.watched:
            await publish_typing(console.runtime.broker, console.tenant, conversation_id,
                                 "agent")
        elif kind != "typing":
            await send_or_false(console.websocket, {"type": "error", "code": "ws.unknown_type",
                                                    "msg": "send watch, unwatch or typing"})


def _holds(agent: StaffMember, conversation_id: str) -> Callable[[Session], None]:
    def check(session: Session) -> None:
        conversation = session.get(Conversation, conversation_id) if conversation_id else None
        if conversation is None or conversation.tenant_id != agent.tenant_id:
            raise NotFound(f"no conversation {conversation_id!r}",
                           code="conversation.not_found")
        agent_flow.check_holds(session=session, conversation=conversation, agent=agent)
    return check


async def _watch(console: _Console, conversation_id: str) -> None:
    """Push this conversation's events, if the agent holds it (else an error frame)."""
    if conversation_id in console.watched:
        return
    try:
        await console.runtime.workers.transaction(_holds(console.agent, conversation_id))
    except ClairbotError as error:
        await send_or_false(console.websocket, {"type": "error", "code": error.code,
                                                "msg": error.msg})
        return
    subscription = await console.runtime.broker.subscribe(
        conversation_channel(console.tenant, conversation_id))
    console.watched[conversation_id] = subscription
    assert console.tasks is not None  # set before reading starts
    console.tasks.start_soon(_forward_watched, console, conversation_id, subscription)
    await send_or_false(console.websocket, {"type": "watching",
                                            "conversation_id": conversation_id})


def _unwatch(console: _Console, conversation_id: str) -> None:
    subscription = console.watched.pop(conversation_id, None)
    if subscription is not None:
        subscription.close()


async def _forward_watched(console: _Console, conversation_id: str,
                           subscription: Subscription) -> None:
    """A held conversation's events, until it leaves the agent (hand-back, release, close)."""
    async for event in subscription:
        if not await send_or_false(console.websocket, event):
            return
        if event.get("type") == "messages" and event.get("state") != "with_human":
            _unwatch(console, conversation_id)


async def _forward_console(console: _Console, subscription: Subscription) -> None:
    """The tenant's console hints; the server's own notices (a session signed out) close the
    socket instead of being passed on."""
    async for event in subscription:
        if event.get("type") == STAFF_SESSION_CLOSED:
            if console.session_id is not None and event.get("session") == console.session_id:
                await _close(console, "auth.session_closed", "signed out")
            continue
        if not await send_or_false(console.websocket, event):
            return


async def _heartbeat(console: _Console) -> None:
    """Re-check the credentials and the watched conversations; record presence."""
    interval = console.runtime.settings.agent_presence_timeout / 6
    while True:
        await anyio.sleep(interval)
        check = _recheck(console.credentials, list(console.watched))
        try:
            lost = await console.runtime.workers.transaction(check, shed=False)
        except ClairbotError as error:
            await _close(console, error.code, error.msg)
            return
        for conversation_id in lost:
            _unwatch(console, conversation_id)


def _recheck(credentials: StaffCredentials, watched: list[str]) -> Callable[[Session], list[str]]:
    """The heartbeat's unit of work: the credentials still valid (else it raises), presence
    recorded, and the watched conversations the agent no longer holds."""
    def check(session: Session) -> list[str]:
        agent = credentials.agent(session)
        lost = []
        for conversation_id in watched:
            try:
                _holds(agent, conversation_id)(session)
            except ClairbotError:
                lost.append(conversation_id)
        return lost
    return check


async def _close(console: _Console, code: str, msg: str) -> None:
    """Tell the client why, close the socket (4401: signed out), stop every task."""
    with anyio.move_on_after(1):
        await refuse(console.websocket, ClairbotError(msg, code=code), close_code=4401)
    assert console.tasks is not None
    console.tasks.cancel_scope.cancel()


async def _gone(console: _Console) -> None:
    """The socket closed: unless the agent comes back within the grace, the presence check
    returns their conversations to the queue."""
    timeout = dt.timedelta(seconds=console.runtime.settings.agent_presence_timeout)

    def mark(session: Session) -> None:
        agent = session.get(StaffMember, console.agent.id)
        if agent is not None:
            staff_service.absent(session=session, member=agent, grace=timeout / 3,
                                 timeout=timeout)

    try:
        await console.runtime.workers.transaction(mark, shed=False)
    except Exception:  # the database is gone too: the presence timeout still applies
        log.warning("could not record that an agent's console closed", exc_info=True)
