"""Request dependencies, declared once: the runtime, a unit of work, the visitor's token."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from clairbot.changes import PendingChanges
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import transaction
from clairbot.errors import NotFound, Unauthorized
from clairbot.realtime import Broker, MemoryBroker
from clairbot.staff import service as staff_service
from clairbot.staff.auth import CSRF_HEADER, SESSION_COOKIE, check_csrf
from clairbot.staff.models import StaffMember


@dataclass
class Runtime:
    """What the application holds for its lifetime: settings, database and bots per tenant."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    broker: Broker = field(default_factory=MemoryBroker)
    bots: dict[str, Bot] = field(default_factory=dict)
    # Tenants whose knowledge base was re-indexed to a version not recorded yet.
    changes: PendingChanges = field(default_factory=PendingChanges)

    @property
    def default_tenant(self) -> str:
        """The tenant used when a request names none (the first bot registered)."""
        return next(iter(self.bots))

    def bot(self, tenant: str | None) -> Bot:
        """The bot of `tenant` (or of the default tenant), or `tenant.not_found`."""
        key = tenant or self.default_tenant
        if key not in self.bots:
            raise NotFound(f"unknown tenant {key!r}", code="tenant.not_found")
        return self.bots[key]


def get_runtime(request: Request) -> Runtime:
    """The runtime stored on the application by `create_app`."""
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    """A session in one transaction, committed when the endpoint returns without error."""
    with transaction(runtime.sessions) as session:
        yield session


# scope="function": commit before the response is sent, so a failed commit is an error
# response rather than a success the database never saw.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def bearer_token(authorization: Annotated[str | None, Header()] = None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, if any."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


TokenDep = Annotated[str | None, Depends(bearer_token)]


def current_staff(request: Request, session: SessionDep, token: TokenDep) -> StaffMember:
    """The staff member behind the request: a bearer token (API clients), or the console's
    session cookie, whose unsafe requests must carry the session's CSRF token."""
    if token:
        return staff_service.staff_for_token(session=session, token=token)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        member, row = staff_service.staff_for_session(session=session, cookie_value=cookie)
        check_csrf(method=request.method, expected=row.csrf_token,
                   given=request.headers.get(CSRF_HEADER))
        return member
    raise Unauthorized("staff API calls need `Authorization: Bearer <staff token>` or a "
                       "console session", code="auth.missing_token")


CurrentStaff = Annotated[StaffMember, Depends(current_staff)]


def current_agent(member: CurrentStaff) -> StaffMember:
    """A staff member allowed to handle conversations (role agent or admin)."""
    staff_service.require_role(member, "agent", "admin")
    return member


CurrentAgent = Annotated[StaffMember, Depends(current_agent)]
