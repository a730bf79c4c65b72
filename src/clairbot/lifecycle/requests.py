"""Opening, completing and listing data-subject requests (deadline: one month, art. 12(3))."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.conversation.service import new_id
from clairbot.db import utcnow
from clairbot.errors import InvalidInput
from clairbot.lifecycle.models import CHANNELS, KINDS, DataRequest


def due_date(requested_at: dt.datetime) -> dt.datetime:
    """One month after the request: the same day next month, or that month's last day."""
    year, month = divmod(requested_at.month, 12)
    year, month = requested_at.year + year, month + 1
    for day in (requested_at.day, 30, 29, 28):
        try:
            return requested_at.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def open_request(*, session: Session, tenant_id: str, kind: str, subject: str, channel: str,
                 requested_by: str, now: dt.datetime | None = None) -> DataRequest:
    """Record a request as received (flushed)."""
    if kind not in KINDS:
        raise InvalidInput(f"unknown request kind {kind!r} (known: {', '.join(KINDS)})",
                           code="request.bad_kind")
    if channel not in CHANNELS:
        raise InvalidInput(f"unknown channel {channel!r}", code="request.bad_channel")
    at = now or utcnow()
    request = DataRequest(id=new_id(), tenant_id=tenant_id, kind=kind, subject=subject,
                          channel=channel, requested_by=requested_by, status="open",
                          requested_at=at, due_at=due_date(at))
    session.add(request)
    session.flush()
    return request


def complete(*, session: Session, request: DataRequest, by: str, result: dict[str, Any],
             now: dt.datetime | None = None) -> DataRequest:
    """Mark a request done with its receipt (flushed)."""
    request.status, request.completed_at = "done", now or utcnow()
    request.completed_by, request.result = by, result
    session.flush()
    return request


def listing(*, session: Session, tenant_id: str, status: str | None = None) -> list[DataRequest]:
    """A tenant's requests, the most urgent first."""
    query = select(DataRequest).where(DataRequest.tenant_id == tenant_id)
    if status is not None:
        query = query.where(DataRequest.status == status)
    return list(session.scalars(query.order_by(DataRequest.due_at, DataRequest.id)))
