"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.types import ASGIApp

from clairbot import __version__
from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import make_engine, make_session_factory
from clairbot.privacy.crypto import KEYS, KeyRing
from clairbot.privacy.keys import keyring_from_settings
from clairbot.realtime import make_broker
from clairbot.understanding import classifier as understanding_models
from clairbot.web import (
    api_agent,
    api_conversations,
    api_incidents,
    api_privacy,
    api_provenance,
    console,
    console_incidents,
    console_socket,
    demo_page,
    docs_pages,
    errors,
    health,
    origins,
    privacy_page,
    websockets,
)
from clairbot.web.deps import Runtime
from clairbot.web.jobs import (
    CHANGES_INTERVAL,
    audit_verify_forever,
    deliver_webhooks_forever,
    handoff_timers_forever,
    purge_forever,
    record_changes_forever,
    watch_knowledge,
)
from clairbot.web.limits import MAX_BODY_BYTES, BodyLimits
from clairbot.web.security_headers import SecurityHeaders


class _Application(FastAPI):
    """FastAPI with the security headers around everything, Starlette's own error answers
    (a 500) included: `add_middleware` would place them inside its error middleware."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(super().build_middleware_stack())

log = logging.getLogger(__name__)


def create_app(settings: Settings, bots: Sequence[Bot], *, engine: Engine | None = None,
               keyring: KeyRing | None = None) -> FastAPI:
    """Build the application for `bots` (one per tenant); reads no environment.

    Without `keyring`, the encryption key comes from the settings (key, key file, or the
    data folder's key file if one exists); none at all is an error, never plaintext.
    """
    if not bots:
        raise ValueError("create_app needs at least one bot")
    KEYS.install(keyring or keyring_from_settings(settings))
    engine = engine or make_engine(settings.effective_database_url,
                                   workers=settings.effective_db_workers)
    prepare_database(engine, bots, auto_upgrade=settings.should_upgrade,
                     author=settings.change_author)
    sessions = make_session_factory(engine)
    runtime = Runtime(settings=settings, engine=engine, sessions=sessions,
                      broker=make_broker(settings.redis_url),
                      bots={bot.tenant_id: bot for bot in bots})
    for bot in bots:
        watch_knowledge(runtime, bot)
    if not settings.rate_limits:
        log.warning("CLAIRBOT_RATE_LIMITS=off: no rate limit per client address or per tenant "
                    "(conversations, messages, handoffs, feedback, incidents); for load tests "
                    "only, never in production")
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The understanding models and their sentence encoder (a second) load before the
        # server says it is ready, not on its first visitor's turn.
        await anyio.to_thread.run_sync(understanding_models.warm)
        async with anyio.create_task_group() as jobs:
            if settings.webhook_interval > 0:
                jobs.start_soon(deliver_webhooks_forever, runtime, settings.webhook_interval)
            if settings.handoff_check_interval > 0:
                jobs.start_soon(handoff_timers_forever, runtime, settings.handoff_check_interval)
            if settings.purge_interval > 0:
                jobs.start_soon(purge_forever, runtime, settings.purge_interval)
            if settings.audit_verify_interval > 0:
                jobs.start_soon(audit_verify_forever, runtime, settings.audit_verify_interval)
            jobs.start_soon(record_changes_forever, runtime, CHANGES_INTERVAL)
            yield
            jobs.cancel_scope.cancel()
        await runtime.broker.close()
        await runtime.limits.close()

    # The docs pages are Clairbot's own (docs_pages): assets served here, no inline script.
    app = _Application(title="Clairbot", version=__version__, lifespan=lifespan,
                       description="Honest B2B customer assistant: visitor API.",
                       docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    app.add_middleware(origins.OriginCheck)  # CORS for the visitor API, errors too
    # Outermost: nothing reads a byte of a body before its limits are applied (the origin
    # check peeks at a new conversation's body); its refusals carry CORS headers themselves.
    app.add_middleware(BodyLimits, max_bytes=MAX_BODY_BYTES, timeout=settings.body_timeout,
                       cors_headers=origins.edge_cors)
    errors.install(app)
    app.include_router(api_conversations.router)
    app.include_router(api_agent.router)
    app.include_router(api_privacy.router)
    app.include_router(api_provenance.router)
    app.include_router(api_incidents.router)
    app.include_router(websockets.router)
    app.include_router(console_socket.router)
    app.include_router(origins.router)
    app.include_router(health.router)
    app.include_router(console.router)
    app.include_router(console_incidents.router)
    app.include_router(demo_page.router)
    app.include_router(privacy_page.router)
    app.include_router(docs_pages.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"),
              name="static")

    return app
