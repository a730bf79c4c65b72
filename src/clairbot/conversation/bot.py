"""A running bot: its spec, its knowledge base and its responder, built once per tenant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clairbot.config import Settings
from clairbot.db import utcnow
from clairbot.guards.pii.defaults import default_registry
from clairbot.guards.pii.registry import PiiRegistry
from clairbot.knowledge import KnowledgeBase
from clairbot.respond import ExtractiveResponder, Responder
from clairbot.spec import BotSpec, load_spec


@dataclass
class Bot:
    """Everything a turn needs that does not live in the database."""

    spec: BotSpec
    knowledge: KnowledgeBase
    responder: Responder
    pii: PiiRegistry = field(default_factory=default_registry)
    # Business hours are judged against this clock (tests set it; production keeps UTC now).
    clock: Callable[[], dt.datetime] = utcnow
    max_message_chars: int = 2000
    max_messages_per_minute: int = 30

    @property
    def tenant_id(self) -> str:
        """The tenant this bot serves."""
        return self.spec.tenant

    @classmethod
    def from_spec_file(cls, path: Path, settings: Settings) -> Bot:
        """Load and check the spec (refusing it with every problem), then its knowledge base."""
        spec = load_spec(path)
        knowledge = KnowledgeBase(spec.knowledge_paths(),
                                  check_interval=settings.knowledge_check_interval)
        knowledge.index()  # fail now, not on the first question, if the base is unusable
        return cls(
            spec=spec,
            knowledge=knowledge,
            responder=ExtractiveResponder(threshold=spec.answering.confidence_threshold),
            pii=default_registry((spec.bot.name,)),
            max_message_chars=min(settings.max_message_chars, spec.answering.max_message_chars),
            max_messages_per_minute=settings.max_messages_per_minute,
        )
