"""Background work the server runs while it serves: sending due webhook deliveries.

Several replicas may run it at once: deliveries are claimed with `FOR UPDATE SKIP LOCKED`
on PostgreSQL (see `clairbot.webhooks.service`), so each is sent by one of them. The same
pass is `clairbot webhooks deliver`, for cron.
"""

from __future__ import annotations

import logging

import anyio
import httpx
from anyio.to_thread import run_sync

from clairbot.web.deps import Runtime
from clairbot.webhooks.service import deliver_due

log = logging.getLogger(__name__)


async def deliver_webhooks_forever(runtime: Runtime, interval: float) -> None:
    """Every `interval` seconds, send what is due; an error is logged, never fatal."""
    with httpx.Client(timeout=5.0, follow_redirects=False) as client:
        while True:
            try:
                sent = await run_sync(lambda: deliver_due(session_factory=runtime.sessions,
                                                          client=client))
                if sent:
                    log.info("webhooks: %d delivery attempt(s)", sent)
            except Exception:  # a bad endpoint or a database blip must not stop the loop
                log.exception("webhook delivery pass failed")
            await anyio.sleep(interval)
