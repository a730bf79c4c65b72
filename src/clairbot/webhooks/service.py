"""Webhook endpoints, event enqueueing and delivery with retries (the delivery log).

An event is enqueued in the caller's transaction (one delivery row per matching active
endpoint), so it exists exactly when the turn that caused it commits. `deliver_due`, run by
a background job or cron, sends what is due outside any long transaction and records each
attempt; failures are retried after 10 s, 1 min, 5 min, 30 min, 2 h and 6 h, then the
delivery is `failed`.

Payloads carry no personal data, by construction: only the keys of `PAYLOAD_KEYS` (ids,
states, reasons, language, topic, times) with scalar values are accepted. A receiver that
needs more reads it through the authenticated API.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import uuid
from typing import Any, NamedTuple

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clairbot.db import transaction, utcnow
from clairbot.errors import InvalidInput
from clairbot.webhooks.models import EVENT_TYPES, WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import WebhookEndpointCreate
from clairbot.webhooks.signing import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign

log = logging.getLogger(__name__)

RETRY_DELAYS = tuple(dt.timedelta(seconds=s) for s in (10, 60, 300, 1800, 7200, 21600))
TIMEOUT_SECONDS = 5.0
# A claimed delivery is invisible to other workers for this long (it is being sent).
LEASE = dt.timedelta(seconds=60)
PAYLOAD_KEYS = frozenset({
    "conversation_id", "handoff_id", "ticket_id", "state", "previous_state", "reason",
    "lang", "topic", "channel", "queue", "callback_due_at", "occurred_at",
    # audit.broken: the first bad event's seq and what happened to it
    "seq", "problem",
})
_MAX_VALUE_LENGTH = 200


def create_endpoint(*, session: Session, tenant_id: str,
                    endpoint_in: WebhookEndpointCreate) -> WebhookEndpoint:
    """Register an endpoint (flushes); its `secret` must be shown to the tenant once."""
    endpoint = WebhookEndpoint(
        id=uuid.uuid4().hex, tenant_id=tenant_id, url=str(endpoint_in.url),
        secret=endpoint_in.secret or "whsec_" + secrets.token_urlsafe(32),
        event_types=sorted(set(endpoint_in.event_types)), description=endpoint_in.description,
        active=endpoint_in.active, created_at=utcnow())
    session.add(endpoint)
    session.flush()
    return endpoint


def _check_payload(payload: dict[str, Any]) -> None:
    unknown = sorted(set(payload) - PAYLOAD_KEYS)
    if unknown:
        raise InvalidInput(f"webhook payload keys not allowed (no personal data): "
                           f"{', '.join(unknown)}", code="webhook.payload_not_allowed")
    for key, value in payload.items():
        if value is not None and not isinstance(value, str | int | float | bool):
            raise InvalidInput(f"webhook payload value of {key!r} must be a scalar",
                               code="webhook.payload_not_allowed")
        if isinstance(value, str) and len(value) > _MAX_VALUE_LENGTH:
            raise InvalidInput(f"webhook payload value of {key!r} is too long",
                               code="webhook.payload_not_allowed")


def enqueue(*, session: Session, tenant_id: str, event_type: str,
            payload: dict[str, Any]) -> list[WebhookDelivery]:
    """Queue `event_type` for every active endpoint of the tenant that wants it (flushes).

    Call it in the transaction that makes the event true: if that transaction rolls back,
    nothing is sent; if it commits, the deliveries exist and will be attempted.
    """
    if event_type not in EVENT_TYPES:
        raise InvalidInput(f"unknown webhook event type {event_type!r} (one of "
                           f"{', '.join(EVENT_TYPES)})", code="webhook.bad_event_type")
    _check_payload(payload)
    endpoints = session.scalars(
        select(WebhookEndpoint)
        .where(WebhookEndpoint.tenant_id == tenant_id, WebhookEndpoint.active.is_(True))
        .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id))
    event_id, now = uuid.uuid4().hex, utcnow()
    deliveries = [
        WebhookDelivery(id=uuid.uuid4().hex, tenant_id=tenant_id, endpoint_id=endpoint.id,
                        event_id=event_id, event_type=event_type, payload=dict(payload),
                        attempts=0, status="pending", next_attempt_at=now, created_at=now)
        for endpoint in endpoints if event_type in endpoint.event_types]
    session.add_all(deliveries)
    session.flush()
    return deliveries


def body_of(delivery: WebhookDelivery) -> bytes:
    """The exact JSON body POSTed for a delivery (the same bytes on every retry)."""
    envelope = {"id": delivery.event_id, "type": delivery.event_type,
                "tenant_id": delivery.tenant_id,
                "created_at": delivery.created_at.astimezone(dt.UTC).isoformat(),
                "data": delivery.payload}
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True).encode()


class _Claimed(NamedTuple):
    delivery_id: str
    event_id: str
    url: str
    secret: str
    body: bytes
    active: bool


def _claim(*, session_factory: sessionmaker[Session], now: dt.datetime,
           limit: int) -> list[_Claimed]:
    """Take due deliveries (leased so no other worker sends them meanwhile)."""
    with transaction(session_factory) as session:
        due = session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
            .limit(limit).with_for_update(skip_locked=True)).all()
        claimed = []
        for delivery in due:
            endpoint = session.get_one(WebhookEndpoint, delivery.endpoint_id)
            delivery.next_attempt_at = now + LEASE
            claimed.append(_Claimed(delivery.id, delivery.event_id, endpoint.url,
                                    endpoint.secret, body_of(delivery), endpoint.active))
        return claimed


def _send(client: httpx.Client, *, url: str, secret: str, body: bytes, delivery_id: str,
          event_id: str) -> tuple[int | None, str | None]:
    """POST one delivery: (status code, error), error None on a 2xx answer."""
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body),
               EVENT_HEADER: event_id, DELIVERY_HEADER: delivery_id,
               "User-Agent": "Clairbot-Webhooks/1"}
    try:
        response = client.post(url, content=body, headers=headers, timeout=TIMEOUT_SECONDS,
                               follow_redirects=False)
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"[:500]
    if 200 <= response.status_code < 300:
        return response.status_code, None
    return response.status_code, f"HTTP {response.status_code}: {response.text[:200]}"


def deliver_due(*, session_factory: sessionmaker[Session], client: httpx.Client,
                now: dt.datetime | None = None, limit: int = 100) -> int:
    """Send up to `limit` deliveries due at `now`; return how many attempts were made.

    Each attempt is recorded (attempt count, status code, error). A 2xx answer marks the
    delivery `delivered`; anything else schedules the next retry of `RETRY_DELAYS` from
    `now`, or marks it `failed` after the last one. A delivery whose endpoint was
    deactivated fails without being sent. `now` only decides what is due and when to
    retry; signatures always carry the real clock.
    """
    now = now or utcnow()
    claimed = _claim(session_factory=session_factory, now=now, limit=limit)
    for item in claimed:
        if item.active:
            status_code, error = _send(client, url=item.url, secret=item.secret,
                                       body=item.body, delivery_id=item.delivery_id,
                                       event_id=item.event_id)
        else:
            status_code, error = None, "endpoint deactivated"
        with transaction(session_factory) as session:
            delivery = session.get_one(WebhookDelivery, item.delivery_id)
            _record(delivery, status_code=status_code, error=error, now=now,
                    retry=item.active)
    return len(claimed)


def _record(delivery: WebhookDelivery, *, status_code: int | None, error: str | None,
            now: dt.datetime, retry: bool) -> None:
    delivery.attempts += 1
    delivery.last_status_code = status_code
    delivery.last_error = error
    if error is None:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", now, None
    elif retry and delivery.attempts <= len(RETRY_DELAYS):
        delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
    else:
        delivery.status, delivery.next_attempt_at = "failed", None
        log.warning("webhook delivery %s failed for good after %d attempt(s): %s",
                    delivery.id, delivery.attempts, error)


def deliveries(*, session: Session, tenant_id: str, endpoint_id: str | None = None,
               limit: int = 50) -> list[WebhookDelivery]:
    """The tenant's delivery log, newest first (optionally of one endpoint)."""
    query = select(WebhookDelivery).where(WebhookDelivery.tenant_id == tenant_id)
    if endpoint_id is not None:
        query = query.where(WebhookDelivery.endpoint_id == endpoint_id)
    return list(session.scalars(query.order_by(WebhookDelivery.created_at.desc(),
                                               WebhookDelivery.id).limit(limit)))
