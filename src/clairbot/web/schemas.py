"""Request and response bodies of the public HTTP API (DESIGN.md's contract)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from clairbot.conversation.models import Message

State = Literal["bot", "waiting_for_human", "with_human", "closed"]


class ConversationCreate(BaseModel):
    """Body of `POST /api/v1/conversations` (every field optional)."""

    model_config = ConfigDict(extra="forbid")

    lang: Literal["fr", "en"] | None = None
    tenant: str | None = Field(default=None, max_length=40)
    channel: str = Field(default="api", pattern=r"^[a-z][a-z0-9_-]{0,23}$")


class Action(BaseModel):
    """A button reply; `type` says which (more keys depend on the type)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(max_length=40)


class MessageCreate(BaseModel):
    """Body of `POST /api/v1/conversations/{id}/messages`: a text or an action, not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    action: Action | None = None

    @model_validator(mode="after")
    def _one_of(self) -> MessageCreate:
        if (self.text is None) == (self.action is None):
            raise ValueError("send either `text` or `action`")
        return self


class Author(BaseModel):
    """Who wrote a human message."""

    name: str
    role: str


class Source(BaseModel):
    """A knowledge passage an answer is drawn from."""

    title: str
    url: str | None = None
    owner: str


class MessageRead(BaseModel):
    """One message as the visitor sees it."""

    id: str
    role: Literal["visitor", "bot", "agent", "system"]
    text: str
    ai_generated: bool
    created_at: dt.datetime
    sources: list[Source]
    actions: list[dict[str, Any]]
    author: Author | None = None

    @classmethod
    def of(cls, message: Message) -> MessageRead:
        """Build from the ORM row."""
        return cls(id=message.id, role=message.role, text=message.text,
                   ai_generated=message.ai_generated, created_at=message.created_at,
                   sources=[Source(**s) for s in message.sources], actions=message.actions,
                   author=Author(**message.author) if message.author else None)


class ConversationRead(BaseModel):
    """A conversation with its messages."""

    id: str
    state: State
    lang: str
    messages: list[MessageRead]


class ConversationCreated(ConversationRead):
    """A new conversation and the bearer token that opens it (shown once)."""

    token: str


class TurnRead(BaseModel):
    """What one turn produced: the new state and the messages of this turn."""

    state: State
    messages: list[MessageRead]


class ErrorItem(BaseModel):
    """One error: a readable message and a stable code."""

    msg: str
    code: str


class ErrorBody(BaseModel):
    """Body of every error response."""

    detail: list[ErrorItem]
