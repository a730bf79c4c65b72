"""Background work the server runs while it serves: sending due webhook deliveries, the
timers on waiting handoffs (callback offered, SLA escalation), the retention purge, the
incremental verification of the audit chains and the change log of re-indexed knowledge.

Several replicas may run it at once: deliveries are claimed with `FOR UPDATE SKIP LOCKED`
on PostgreSQL (see `clairbot.webhooks.service`), so each is sent by one of them. The same
pass is `clairbot webhooks deliver`, for cron.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import anyio
import httpx
from anyio.to_thread import run_sync

from clairbot.audit import Break, VerifyReport, snapshot, verify_tenant
from clairbot.audit.verify import tenants
from clairbot.changes import record_knowledge
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import TimerOutcome, run_timers
from clairbot.db import transaction, utcnow
from clairbot.lifecycle.purge import PurgeReport
from clairbot.lifecycle.purge_pass import run_purge_pass
from clairbot.realtime import BrokerUnavailable, console_channel
from clairbot.web.deps import Runtime
from clairbot.web.events import publish_messages
from clairbot.web.schemas import MessageRead
from clairbot.webhooks.service import deliver_due, enqueue

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


async def handoff_timers_forever(runtime: Runtime, interval: float) -> None:
    """Every `interval` seconds, run the handoff timers of every tenant and push what they
    did (an absent agent's conversation back in the queue, the visitor's callback offer, the
    console's escalation alert)."""
    presence_timeout = dt.timedelta(seconds=runtime.settings.agent_presence_timeout)
    while True:
        for bot in list(runtime.bots.values()):
            try:
                def work(bot: Bot = bot) -> list[TimerOutcome]:
                    with transaction(runtime.sessions) as session:
                        return run_timers(session=session, bot=bot, now=utcnow(),
                                          presence_timeout=presence_timeout)
                for outcome in await run_sync(work):
                    await _announce(runtime, bot.tenant_id, outcome)
            except Exception:  # one tenant's failure must not stop the others or the loop
                log.exception("handoff timers failed for tenant %s", bot.tenant_id)
        await anyio.sleep(interval)


PURGE_FIRST_DELAY = 60.0
"""Seconds before the first purge pass: start-up is not slowed, a restart loop still purges."""


async def purge_forever(runtime: Runtime, interval: float) -> None:
    """Every `interval` seconds, purge what each tenant's retention says has expired, as of
    its bot's clock; once per deployment (the pass takes a lock on PostgreSQL)."""
    await anyio.sleep(min(interval, PURGE_FIRST_DELAY))
    while True:
        await purge_once(runtime)
        await anyio.sleep(interval)


async def purge_once(runtime: Runtime) -> list[PurgeReport]:
    """One purge pass for every tenant; a tenant's failure is logged, never fatal."""
    reports: list[PurgeReport] = []
    for bot in list(runtime.bots.values()):
        def work(bot: Bot = bot) -> PurgeReport:
            return run_purge_pass(engine=runtime.engine, spec=bot.spec, pii=bot.pii,
                                  now=bot.clock())
        try:
            report = await run_sync(work)
        except Exception:  # a database blip must not stop the loop or the other tenants
            log.exception("retention purge failed for tenant %s", bot.tenant_id)
            continue
        reports.append(report)
        if not report.skipped:
            log.info("retention purge of %s: %s", bot.tenant_id,
                     ", ".join(f"{name} {count}" for name, count in report.counts().items()))
    return reports


async def _announce(runtime: Runtime, tenant_id: str, outcome: TimerOutcome) -> None:
    if outcome.messages:
        await publish_messages(runtime.broker, tenant_id, outcome.conversation_id,
                               outcome.state, [MessageRead.of(m) for m in outcome.messages])
    if outcome.escalated:
        try:
            await runtime.broker.publish(console_channel(tenant_id), {
                "type": "escalation", "conversation_id": outcome.conversation_id})
        except BrokerUnavailable:
            log.warning("real-time broker unavailable; escalation shown on next refresh")


@dataclass
class AuditWatch:
    """What the verification job remembers between passes, in memory: the last verified
    (seq, hash) of each tenant, and the breaks already reported."""

    verified: dict[str, tuple[int, str]] = field(default_factory=dict)
    broken: dict[str, Break] = field(default_factory=dict)


def verify_audit_chains(runtime: Runtime, watch: AuditWatch) -> list[VerifyReport]:
    """One pass: verify each tenant's events appended since the last pass (all of them the
    first time); log and announce (webhook `audit.broken`) each new break once."""
    with snapshot(runtime.engine) as connection:
        reports = []
        for tenant_id in sorted(set(tenants(connection)) | set(watch.verified)):
            since, prev = watch.verified.get(tenant_id, (0, None))
            reports.append(verify_tenant(connection, tenant_id, since_seq=since,
                                         expected_prev=prev))
    for report in reports:
        if report.problem is None:
            watch.verified[report.tenant_id] = (report.last_seq, report.last_hash)
            watch.broken.pop(report.tenant_id, None)
        elif watch.broken.get(report.tenant_id) != report.problem:
            watch.broken[report.tenant_id] = problem = report.problem
            log.error("audit chain of tenant %s broken at seq %d: %s (%s)", report.tenant_id,
                      problem.seq, problem.what, problem.detail)
            with transaction(runtime.sessions) as session:
                enqueue(session=session, tenant_id=report.tenant_id, event_type="audit.broken",
                        payload={"seq": problem.seq, "problem": problem.what,
                                 "occurred_at": utcnow().isoformat()})
    return reports


async def audit_verify_forever(runtime: Runtime, interval: float) -> None:
    """Every `interval` seconds, verify what was appended to the audit chains since the last
    pass; an error is logged, never fatal."""
    watch = AuditWatch()
    while True:
        try:
            await run_sync(lambda: verify_audit_chains(runtime, watch))
        except Exception:  # a database blip must not stop the loop
            log.exception("audit verification pass failed")
        await anyio.sleep(interval)


CHANGES_INTERVAL = 2.0
"""Seconds between two passes recording re-indexed knowledge bases (a pass with nothing
marked costs nothing)."""


def watch_knowledge(runtime: Runtime, bot: Bot) -> None:
    """Have each re-index of `bot`'s knowledge base to a new version marked for recording."""
    tenant_id = bot.tenant_id
    bot.knowledge.on_change(lambda _index: runtime.changes.mark(tenant_id))


def record_pending_changes(runtime: Runtime) -> list[str]:
    """Record the knowledge version of each tenant marked since the last pass, each in its
    own transaction; return the tenants done. A failed tenant is marked again."""
    done: list[str] = []
    for tenant_id in runtime.changes.drain():
        bot = runtime.bots.get(tenant_id)
        if bot is None:
            continue
        try:
            index = bot.knowledge.index()
            with transaction(runtime.sessions) as session:
                record_knowledge(session, tenant_id=tenant_id, documents=index.documents,
                                 version=index.version, author=runtime.settings.change_author)
        except Exception:  # a database blip: try again at the next pass
            log.exception("knowledge change of tenant %s not recorded", tenant_id)
            runtime.changes.mark(tenant_id)
            continue
        done.append(tenant_id)
    return done


async def record_changes_forever(runtime: Runtime, interval: float) -> None:
    """Every `interval` seconds, record the knowledge versions of re-indexed tenants."""
    while True:
        await run_sync(lambda: record_pending_changes(runtime))
        await anyio.sleep(interval)
