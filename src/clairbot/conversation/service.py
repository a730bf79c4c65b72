"""Conversation functions: start one (with its disclosure), fetch it, list its messages."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.db import utcnow
from clairbot.errors import InvalidInput, NotFound, Unauthorized
from clairbot.i18n import t

_ID = re.compile(r"[0-9a-f]{32}")


STARTED = "conversation.started"


def new_id() -> str:
    """A random, unguessable identifier (128 bits, hex)."""
    return uuid.uuid4().hex


def hash_token(token: str) -> str:
    """The stored form of a visitor token."""
    return hashlib.sha256(token.encode()).hexdigest()


def start(*, session: Session, bot: Bot, lang: str | None,
          channel: str) -> tuple[Conversation, str]:
    """Open a conversation whose first message is the disclosure; return it and its token."""
    spec = bot.spec
    lang = lang or spec.bot.default_language
    if lang not in spec.bot.languages:
        raise InvalidInput(
            f"language {lang!r} is not offered by this bot (offered: "
            f"{', '.join(spec.bot.languages)})", code="conversation.unsupported_language")
    token = secrets.token_urlsafe(32)
    conversation = Conversation(id=new_id(), tenant_id=bot.tenant_id, token_hash=hash_token(token),
                                subject="v_" + new_id(),
                                state="bot", lang=lang, channel=channel, last_seq=0,
                                unanswered=0, rate_window_start=utcnow(), rate_count=0)
    session.add(conversation)
    disclosure = add_message(session=session, conversation=conversation, role="bot",
                             text=spec.disclosure_text(lang), ai_generated=True,
                             actions=[handoff_action(lang)],
                             meta={"kind": "disclosure", "spec_version": spec.spec_version})
    # The disclosure is the first thing the bot says: its provenance is the spec's wording.
    audit.record(session, tenant_id=bot.tenant_id, kind=STARTED, actor="bot",
                 subject=conversation.subject,
                 data={"conversation": conversation.id, "message": disclosure.id, "lang": lang,
                       "channel": channel, "spec_version": spec.spec_version,
                       "spec_digest": spec.spec_digest,
                       "knowledge_version": bot.knowledge.version})
    return conversation, token


def handoff_action(lang: str) -> dict[str, Any]:
    """The button that asks for a person; offered wherever the bot may fall short."""
    return {"type": "handoff", "label": t("actions.handoff", lang)}


def add_message(*, session: Session, conversation: Conversation, role: str, text: str,
                ai_generated: bool, sources: list[dict[str, Any]] | None = None,
                actions: list[dict[str, Any]] | None = None,
                author: dict[str, Any] | None = None,
                meta: dict[str, Any] | None = None) -> Message:
    """Append a message to `conversation` (numbered in order) and flush."""
    conversation.last_seq += 1
    now = utcnow()
    conversation.updated_at = now
    message = Message(id=new_id(), tenant_id=conversation.tenant_id,
                      conversation_id=conversation.id, seq=conversation.last_seq, role=role,
                      text=text, ai_generated=ai_generated, created_at=now,
                      sources=sources or [], actions=actions or [], author=author,
                      meta=meta or {})
    session.add(message)
    return message


def get_for_visitor(*, session: Session, conversation_id: str, token: str | None,
                    lock: bool = False) -> Conversation:
    """The conversation if `token` opens it; `lock` serialises concurrent turns on it."""
    if not _ID.fullmatch(conversation_id):
        # Not an id we could have issued: no need to ask the database (which may also
        # refuse some characters, such as NUL on PostgreSQL).
        raise NotFound(f"no conversation {conversation_id!r}", code="conversation.not_found")
    query = select(Conversation).where(Conversation.id == conversation_id)
    if lock:
        query = query.with_for_update()
    conversation = session.scalars(query).one_or_none()
    if conversation is None:
        raise NotFound(f"no conversation {conversation_id!r}", code="conversation.not_found")
    if not token:
        raise Unauthorized("this conversation needs its bearer token (Authorization: Bearer ...)",
                           code="auth.missing_token")
    if not hmac.compare_digest(conversation.token_hash, hash_token(token)):
        raise Unauthorized("wrong token for this conversation")
    return conversation


def messages(*, session: Session, conversation: Conversation) -> list[Message]:
    """Every message of the conversation, in order."""
    query = (select(Message).where(Message.conversation_id == conversation.id)
             .order_by(Message.seq))
    return list(session.scalars(query))
