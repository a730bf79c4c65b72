"""Enqueue in the caller's transaction; deliver to a real HTTP server; retry; log."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import get_args

import httpx
import pytest
from sqlalchemy.orm import Session

from clairbot.db import transaction, utcnow
from clairbot.errors import InvalidInput
from clairbot.webhooks import service
from clairbot.webhooks.models import EVENT_TYPES, WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import EventType, WebhookEndpointCreate
from tests.webhooks.conftest import SECRET, Committed, Receiver

PAYLOAD = {"conversation_id": "c" * 32, "handoff_id": "h" * 32, "state": "waiting_for_human",
           "reason": "visitor_request", "lang": "fr", "topic": "billing"}


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


def _endpoint(session: Session, tenant_id: str, url: str,
              event_types: list[EventType] | None = None, active: bool = True) -> str:
    endpoint_in = WebhookEndpointCreate.model_validate({
        "url": url, "event_types": event_types or ["handoff.requested"], "active": active,
        "secret": SECRET})
    return service.create_endpoint(session=session, tenant_id=tenant_id,
                                    endpoint_in=endpoint_in).id


def _enqueue(committed: Committed, receiver: Receiver) -> str:
    with transaction(committed.factory) as session:
        _endpoint(session, committed.tenant_id, receiver.url)
        [delivery] = service.enqueue(session=session, tenant_id=committed.tenant_id,
                                         event_type="handoff.requested", payload=PAYLOAD)
        return delivery.id


def _row(committed: Committed, delivery_id: str) -> WebhookDelivery:
    with transaction(committed.factory) as session:
        return session.get_one(WebhookDelivery, delivery_id)


def test_when_event_enqueued_then_one_delivery_per_active_endpoint_that_wants_it(
        session: Session, demo_tenant: str) -> None:
    wants = _endpoint(session, demo_tenant, "https://crm.example/a")
    also = _endpoint(session, demo_tenant, "https://crm.example/b",
                     ["handoff.requested", "ticket.created"])
    _endpoint(session, demo_tenant, "https://crm.example/c", ["ticket.created"])  # other type
    _endpoint(session, demo_tenant, "https://crm.example/d", active=False)  # inactive
    deliveries = service.enqueue(session=session, tenant_id=demo_tenant,
                                 event_type="handoff.requested", payload=PAYLOAD)
    assert sorted(d.endpoint_id for d in deliveries) == sorted([wants, also])
    assert len({d.event_id for d in deliveries}) == 1  # one event, several deliveries
    assert all(d.status == "pending" and d.attempts == 0 and d.tenant_id == demo_tenant
               for d in deliveries)
    log = service.deliveries(session=session, tenant_id=demo_tenant)
    assert {d.id for d in deliveries} <= {d.id for d in log}


def test_when_an_endpoint_wants_cancelled_handoffs_then_it_gets_only_those(
        session: Session, demo_tenant: str) -> None:
    cancelled = _endpoint(session, demo_tenant, "https://crm.example/cancelled",
                          ["handoff.cancelled"])
    requested = service.enqueue(session=session, tenant_id=demo_tenant,
                                event_type="handoff.requested", payload=PAYLOAD)
    taken_back = service.enqueue(session=session, tenant_id=demo_tenant,
                                 event_type="handoff.cancelled",
                                 payload={**PAYLOAD, "state": "bot",
                                          "previous_state": "waiting_for_human"})
    assert cancelled not in {d.endpoint_id for d in requested}
    assert [d.event_type for d in taken_back if d.endpoint_id == cancelled] == [
        "handoff.cancelled"]


@pytest.mark.parametrize(("event_type", "payload"), [
    ("handoff.exploded", PAYLOAD),  # unknown event type
    ("handoff.requested", {**PAYLOAD, "email": "jane@example.com"}),  # personal data key
    ("handoff.requested", {**PAYLOAD, "visitor_name": "Jane"}),  # personal data key
    ("handoff.requested", {**PAYLOAD, "topic": {"nested": "x"}}),  # not a scalar
    ("handoff.requested", {**PAYLOAD, "reason": "x" * 201}),  # free text smuggled in
])
def test_when_event_or_payload_not_allowed_then_enqueue_refuses(
        session: Session, demo_tenant: str, event_type: str, payload: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        service.enqueue(session=session, tenant_id=demo_tenant, event_type=event_type,
                        payload=payload)


def test_when_caller_rolls_back_then_nothing_is_sent(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    with transaction(committed.factory) as session:
        _endpoint(session, committed.tenant_id, receiver.url)
    with pytest.raises(RuntimeError), transaction(committed.factory) as session:
        service.enqueue(session=session, tenant_id=committed.tenant_id,
                        event_type="handoff.requested", payload=PAYLOAD)
        raise RuntimeError("the turn failed")
    assert service.deliver_due(session_factory=committed.factory, client=client) == 0
    assert receiver.received == []


def test_when_delivered_then_receiver_verifies_signature_and_log_says_delivered(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    delivery_id = _enqueue(committed, receiver)
    assert service.deliver_due(session_factory=committed.factory, client=client) == 1
    [request] = receiver.received
    assert request.signature_ok
    row = _row(committed, delivery_id)
    assert request.headers["Clairbot-Delivery"] == delivery_id
    assert request.headers["Clairbot-Event"] == row.event_id
    body = json.loads(request.body)
    assert body == {"id": row.event_id, "type": "handoff.requested",
                    "tenant_id": committed.tenant_id, "created_at": body["created_at"],
                    "data": PAYLOAD}
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (
        "delivered", 1, 200, None)
    assert row.delivered_at is not None and row.next_attempt_at is None
    assert service.deliver_due(session_factory=committed.factory, client=client) == 0


def test_when_receiver_fails_once_then_retried_after_backoff_and_delivered(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    receiver.statuses = [500]
    delivery_id = _enqueue(committed, receiver)
    now = utcnow()
    assert service.deliver_due(session_factory=committed.factory, client=client, now=now) == 1
    row = _row(committed, delivery_id)
    assert (row.status, row.attempts, row.last_status_code) == ("pending", 1, 500)
    assert row.last_error is not None and row.last_error.startswith("HTTP 500")
    assert row.next_attempt_at == now + dt.timedelta(seconds=10)
    # Not due yet 9 s later; due at 10 s.
    assert service.deliver_due(session_factory=committed.factory, client=client,
                               now=now + dt.timedelta(seconds=9)) == 0
    assert service.deliver_due(session_factory=committed.factory, client=client,
                               now=now + dt.timedelta(seconds=10)) == 1
    row = _row(committed, delivery_id)
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (
        "delivered", 2, 200, None)
    first, second = receiver.received
    assert first.signature_ok and second.signature_ok
    assert first.body == second.body  # same bytes, same delivery id on every retry
    assert first.headers["Clairbot-Delivery"] == second.headers["Clairbot-Delivery"]


def test_when_receiver_always_fails_then_backoff_grows_and_delivery_fails(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    receiver.statuses = [503] * 10
    delivery_id = _enqueue(committed, receiver)
    now, gaps = utcnow(), []
    for _ in range(7):
        assert service.deliver_due(session_factory=committed.factory, client=client,
                                   now=now) == 1
        row = _row(committed, delivery_id)
        if row.next_attempt_at is not None:
            gaps.append(int((row.next_attempt_at - now).total_seconds()))
            now = row.next_attempt_at
    assert gaps == [10, 60, 300, 1800, 7200, 21600]
    assert (row.status, row.attempts, row.last_status_code) == ("failed", 7, 503)
    assert service.deliver_due(session_factory=committed.factory, client=client,
                               now=now + dt.timedelta(days=1)) == 0


def test_when_receiver_is_unreachable_then_error_is_logged_without_status(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    receiver.url = "http://127.0.0.1:9/closed"  # discard port: connection refused
    delivery_id = _enqueue(committed, receiver)
    assert service.deliver_due(session_factory=committed.factory, client=client) == 1
    row = _row(committed, delivery_id)
    assert (row.status, row.attempts, row.last_status_code) == ("pending", 1, None)
    assert row.last_error is not None and "ConnectError" in row.last_error


def test_when_receiver_has_another_secret_then_delivery_is_retried(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    receiver.secret = "whsec_rotated_" + "r" * 24
    delivery_id = _enqueue(committed, receiver)
    assert service.deliver_due(session_factory=committed.factory, client=client) == 1
    assert not receiver.received[0].signature_ok
    row = _row(committed, delivery_id)
    assert (row.status, row.last_status_code) == ("pending", 400)


def test_when_endpoint_deactivated_before_sending_then_delivery_fails_unsent(
        committed: Committed, receiver: Receiver, client: httpx.Client) -> None:
    delivery_id = _enqueue(committed, receiver)
    with transaction(committed.factory) as session:
        row = session.get_one(WebhookDelivery, delivery_id)
        session.get_one(WebhookEndpoint, row.endpoint_id).active = False
    assert service.deliver_due(session_factory=committed.factory, client=client) == 1
    assert receiver.received == []
    row = _row(committed, delivery_id)
    assert (row.status, row.last_error) == ("failed", "endpoint deactivated")


def test_every_event_the_service_sends_can_be_subscribed_to() -> None:
    # audit.broken was sent but refused by the endpoint schema: nobody could receive it.
    assert set(get_args(EventType)) == set(EVENT_TYPES)
    endpoint = WebhookEndpointCreate(url="https://hooks.example.com/clairbot",
                                     event_types=["audit.broken"])
    assert endpoint.event_types == ["audit.broken"]
