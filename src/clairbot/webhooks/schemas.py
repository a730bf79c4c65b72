"""Input and output shapes of webhook endpoints and deliveries."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

# The same list as models.EVENT_TYPES (a test keeps them equal): what an endpoint may want.
EventType = Literal["handoff.requested", "handoff.accepted", "handoff.resolved",
                    "handoff.escalated", "handoff.cancelled",
                    "ticket.created", "audit.broken"]


class WebhookEndpointCreate(BaseModel):
    """A new endpoint; the secret is generated unless given (at least 24 characters)."""

    url: HttpUrl
    event_types: list[EventType] = Field(min_length=1)
    description: str = Field(default="", max_length=200)
    active: bool = True
    secret: str | None = Field(default=None, min_length=24, max_length=128)


class WebhookDeliveryRead(BaseModel):
    """One line of the delivery log."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    endpoint_id: str
    event_id: str
    event_type: str
    payload: dict[str, Any]
    attempts: int
    status: str
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str | None
    created_at: dt.datetime
    delivered_at: dt.datetime | None
