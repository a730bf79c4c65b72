"""Pydantic bodies of the incidents API."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from clairbot.incidents.models import PENDING, Incident, IncidentEvent
from clairbot.incidents.service import (
    MAX_KNOWLEDGE_CHANGE_CHARS,
    MAX_NOTE_CHARS,
    MAX_RESPONSE_CHARS,
    MAX_SUMMARY_CHARS,
)


class IncidentCreate(BaseModel):
    """A staff member's report on a bot message."""

    model_config = ConfigDict(extra="forbid")

    message_id: str = Field(max_length=64)
    summary: str | None = Field(default=None, max_length=MAX_SUMMARY_CHARS * 2)


class IncidentTransition(BaseModel):
    """Moving an incident on: acknowledge, fix (with the owner's response) or reject."""

    model_config = ConfigDict(extra="forbid")

    to: str = Field(max_length=16)
    response: str | None = Field(default=None, max_length=MAX_RESPONSE_CHARS * 2)
    knowledge_change: str | None = Field(default=None,
                                         max_length=MAX_KNOWLEDGE_CHANGE_CHARS * 2)
    note: str | None = Field(default=None, max_length=MAX_NOTE_CHARS * 2)


class IncidentRead(BaseModel):
    """An incident as staff see it."""

    id: str
    conversation_id: str | None
    message_id: str | None
    source: str
    reported_by: str
    owner_name: str
    owner_contact: str
    topic: str | None
    status: str
    summary: str | None
    response: str | None
    knowledge_change: str | None
    due_at: dt.datetime
    overdue: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def of(cls, incident: Incident, now: dt.datetime) -> IncidentRead:
        """The API view of a row (`overdue` judged at `now`)."""
        return cls(id=incident.id, conversation_id=incident.conversation_id,
                   message_id=incident.message_id, source=incident.source,
                   reported_by=incident.reported_by, owner_name=incident.owner_name,
                   owner_contact=incident.owner_contact, topic=incident.topic,
                   status=incident.status, summary=incident.summary,
                   response=incident.response, knowledge_change=incident.knowledge_change,
                   due_at=incident.due_at, created_at=incident.created_at,
                   updated_at=incident.updated_at,
                   overdue=incident.status in PENDING and incident.due_at < now)


class IncidentEventRead(BaseModel):
    """One step of an incident's history."""

    at: dt.datetime
    actor: str
    from_status: str | None
    to_status: str
    note: str | None

    @classmethod
    def of(cls, event: IncidentEvent) -> IncidentEventRead:
        """The API view of a history row."""
        return cls(at=event.at, actor=event.actor, from_status=event.from_status,
                   to_status=event.to_status, note=event.note)


class IncidentDetail(IncidentRead):
    """An incident with its history."""

    history: list[IncidentEventRead]


class IncidentCounts(BaseModel):
    """Incidents per status and how many are overdue (the governance figure)."""

    open: int
    acknowledged: int
    fixed: int
    rejected: int
    overdue: int
