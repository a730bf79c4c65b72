"""Request dependencies, declared once: the runtime, units of work in a database worker,
the visitor's token and the staff member's credentials."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, Request
from fastapi.requests import HTTPConnection
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from clairbot.changes import PendingChanges
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.errors import NotFound, Unauthorized
from clairbot.realtime import Broker, MemoryBroker
from clairbot.staff import service as staff_service
from clairbot.staff.auth import CSRF_HEADER, check_csrf, session_cookie_name
from clairbot.staff.models import StaffMember
from clairbot.web.rate_limits import RateLimits
from clairbot.web.workers import Workers

T = TypeVar("T")


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
    # Every unit of database work of a request or a socket runs through these (see workers.py),
    # as many as the settings say the engine's pool was sized for.
    workers: Workers = field(init=False)
    # The rate limits per client address and per tenant (see rate_limits.py).
    limits: RateLimits = field(init=False)

    def __post_init__(self) -> None:
        self.workers = Workers(self.sessions, workers=self.settings.effective_db_workers,
                               queue_timeout=self.settings.queue_timeout,
                               max_queued=self.settings.max_queued)
        self.limits = RateLimits(bots=self.bots, enabled=self.settings.rate_limits,
                                 redis_url=self.settings.redis_url)

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


async def get_runtime(request: Request) -> Runtime:
    """The runtime stored on the application by `create_app`."""
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_workers(runtime: RuntimeDep) -> Workers:
    """The database workers of the application."""
    return runtime.workers


def unit_of_work(endpoint: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    """Run a sync endpoint whose first parameter is `session: Session` whole in one database
    worker: its transaction begins, is committed (or rolled back on error) and gives its
    connection back within one thread (see `web/workers.py` for why).

    The other parameters are FastAPI's as usual; they are resolved before any database work.
    """
    signature = inspect.signature(endpoint, eval_str=True)
    first, *rest = signature.parameters.values()
    if first.name != "session":
        raise TypeError(f"{endpoint.__name__}: a unit of work takes `session` first")

    # FastAPI hands the request to one parameter only: the endpoint's own, if it has one.
    own = next((p.name for p in rest if p.annotation is Request), None)

    async def run(*, _workers: Workers, **kwargs: Any) -> T:
        request: Request = kwargs[own] if own else kwargs.pop("_request")
        return await _workers.transaction(lambda session: endpoint(session, **kwargs),
                                          gone=request.is_disconnected)

    # FastAPI reads this signature: the endpoint's own parameters, keyword-only, and the
    # workers. Not functools.wraps: FastAPI would look through `__wrapped__` to the sync one.
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in rest]
    parameters.append(inspect.Parameter("_workers", inspect.Parameter.KEYWORD_ONLY,
                                        annotation=Annotated[Workers, Depends(get_workers)]))
    if own is None:
        parameters.append(inspect.Parameter("_request", inspect.Parameter.KEYWORD_ONLY,
                                            annotation=Request))
    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(run, name, getattr(endpoint, name))
    return run


def is_https(connection: HTTPConnection) -> bool:
    """Whether the request or socket came over TLS: directly, or through a trusted proxy
    saying so (uvicorn then rewrote the scheme; see `Settings.trusted_proxies`)."""
    return connection.url.scheme in ("https", "wss")


def session_cookie(connection: HTTPConnection) -> str | None:
    """The console session cookie a request or socket carries, under the name its scheme
    gives it (`clairbot.staff.auth.session_cookie_name`)."""
    return connection.cookies.get(session_cookie_name(https=is_https(connection)))


async def bearer_token(authorization: Annotated[str | None, Header()] = None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, if any."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


TokenDep = Annotated[str | None, Depends(bearer_token)]


@dataclass(frozen=True)
class StaffCredentials:
    """What a request brings to prove who the staff member is: a bearer token (API
    clients), or the console's session cookie, whose unsafe requests must carry the session's
    CSRF token. Checked in the request's unit of work (`member`, `agent`)."""

    token: str | None
    cookie: str | None
    method: str
    csrf: str | None
    # How often an agent's sign of life is written (a ninth of the presence timeout).
    presence_every: dt.timedelta = dt.timedelta(seconds=10)

    def member(self, session: Session) -> StaffMember:
        """The active staff member behind the request, or `auth.*` errors."""
        if self.token:
            return staff_service.staff_for_token(session=session, token=self.token)
        if self.cookie:
            member, row = staff_service.staff_for_session(session=session,
                                                          cookie_value=self.cookie)
            check_csrf(method=self.method, expected=row.csrf_token, given=self.csrf)
            return member
        raise Unauthorized("staff API calls need `Authorization: Bearer <staff token>` or a "
                           "console session", code="auth.missing_token")

    def agent(self, session: Session) -> StaffMember:
        """A staff member allowed to handle conversations (role agent or admin); the call is
        their sign of life (they keep the conversations they hold, see the presence check)."""
        member = self.member(session)
        staff_service.require_role(member, "agent", "admin")
        staff_service.seen(session=session, member=member, every=self.presence_every)
        return member


def presence_every(settings: Settings) -> dt.timedelta:
    """How often an agent's sign of life is written: a ninth of the presence timeout."""
    return dt.timedelta(seconds=settings.agent_presence_timeout / 9)


async def staff_credentials(request: Request, runtime: RuntimeDep,
                            token: TokenDep) -> StaffCredentials:
    """The request's staff credentials, not checked yet (no database work here)."""
    return StaffCredentials(token=token, cookie=session_cookie(request),
                            method=request.method, csrf=request.headers.get(CSRF_HEADER),
                            presence_every=presence_every(runtime.settings))


StaffAuth = Annotated[StaffCredentials, Depends(staff_credentials)]
