"""The data one turn carries from stage to stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clairbot.conversation.models import Conversation
from clairbot.findings import Finding
from clairbot.respond import Answer
from clairbot.understanding.intents import IntentMatch


@dataclass
class Inbound:
    """What the visitor sent: a text, or a button action such as `{"type": "handoff"}`."""

    text: str | None = None
    action: dict[str, Any] | None = None


@dataclass
class Reply:
    """A message the bot is about to send."""

    text: str
    kind: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    answer: Answer | None = None


@dataclass
class Turn:
    """Everything one turn knows, filled in stage by stage."""

    conversation: Conversation
    inbound: Inbound
    text: str = ""
    # The text as the visitor wrote it, before the consent gate masks anything: what the
    # intent router reads (in memory only, never stored), so that a span masked in excess
    # ("parler à un conseiller" taken for a political office) cannot hide a request.
    said: str = ""
    lang: str = ""
    intent: IntentMatch | None = None
    state: str = ""
    replies: list[Reply] = field(default_factory=list)
    # Each guard decision: which stage, what it decided and why (kept with the reply).
    decisions: list[dict[str, str]] = field(default_factory=list)
    # Personal data found in the text (stage 3) and what the consent gate did with each
    # (stage 4): type, detector, decision, purpose; never the value itself.
    findings: list[Finding] = field(default_factory=list)
    pii: list[dict[str, Any]] = field(default_factory=list)
    # The handoff this turn opened, if any (its id goes into the reply's metadata).
    handoff_id: str | None = None
    # Called before the turn opens a handoff; raises to refuse it (see `handle_turn`).
    handoff_gate: HandoffGate | None = None


HandoffGate = Callable[[Turn], None]
"""Called with the turn before it opens a handoff; raises (e.g. `RateLimited`) to refuse."""
