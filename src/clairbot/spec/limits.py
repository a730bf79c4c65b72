"""The ``limits`` section of the spec: how much the visitor API takes from one client address
and from everyone together, per action, before it answers ``429``.

    limits:
      conversations: {per_ip: 120/minute, per_tenant: 1200/minute}
      handoffs: {per_ip: "10/minute; 60/hour"}    # per_tenant keeps its default

A rate is ``N/second``, ``N/minute``, ``N/hour`` or ``N/day``; several, separated by ``;``,
all apply (``10/minute; 60/hour``: bursts and the sustained pace). Every action and every
scope has a default (`DEFAULT_LIMITS`): a spec without the section, or naming only some
actions or scopes, gets the defaults for the rest. The actions:

* ``conversations``: opening a conversation;
* ``messages``: visitor messages and button actions (REST and the WebSocket), on top of the
  per-conversation limit (``CLAIRBOT_MAX_MESSAGES_PER_MINUTE``);
* ``handoffs``: turns that would put a conversation in the queue for a person (or open a
  ticket); a refused one names the company's ``escalation.contact``, so a person stays
  reachable;
* ``feedback``: thumbs, problem reports and satisfaction scores;
* ``incidents``: problem reports (feedback ``problem``), which open an incident with a
  deadline for an accountable owner; counted as feedback too.

`clairbot.web.rate_limits` enforces them; ``CLAIRBOT_RATE_LIMITS=off`` turns them off for a
whole deployment (load tests).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, model_validator

from clairbot.spec._values import SpecModel

Action = Literal["conversations", "messages", "handoffs", "feedback", "incidents"]
ACTIONS: tuple[Action, ...] = ("conversations", "messages", "handoffs", "feedback", "incidents")
Scope = Literal["per_ip", "per_tenant"]
SCOPES: tuple[Scope, ...] = ("per_ip", "per_tenant")

UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
MAX_AMOUNT = 10_000_000
_ONE = re.compile(r"\s*([0-9]+)\s*/\s*([a-z]+)\s*")

DEFAULT_LIMITS: dict[Action, dict[Scope, str]] = {
    # One address may open 120 conversations a minute (a company's whole staff behind one
    # NAT included); a burst of 300 from one address is mostly refused.
    "conversations": {"per_ip": "120/minute", "per_tenant": "1200/minute"},
    "messages": {"per_ip": "300/minute", "per_tenant": "3000/minute"},
    # The queue for a person is what a flood hurts most: a real visitor must not find
    # themselves "number 44 in the queue" behind one address's requests.
    "handoffs": {"per_ip": "10/minute; 60/hour", "per_tenant": "120/minute; 1200/hour"},
    "feedback": {"per_ip": "60/minute", "per_tenant": "1200/minute"},
    # Each incident gives an accountable owner a deadline.
    "incidents": {"per_ip": "3/minute; 10/hour", "per_tenant": "100/hour"},
}
"""The limits of a spec that names none; documented in docs/spec.md (keep them in step)."""


def parse_rate(value: str) -> tuple[tuple[int, int], ...]:
    """``"10/minute; 60/hour"`` as ``((10, 60), (60, 3600))``: (amount, window in seconds)
    for each rate; `ValueError` with a sentence a bot owner can act on otherwise."""
    rates = []
    for part in str(value).split(";"):
        match = _ONE.fullmatch(part.lower())
        unit = match.group(2).removesuffix("s") if match else ""
        if match is None or unit not in UNITS:
            raise ValueError(f"`{value}` is not a rate: write it like `120/minute` (per second, "
                             "minute, hour or day), several separated by `;`")
        amount = int(match.group(1))
        if not 1 <= amount <= MAX_AMOUNT:
            raise ValueError(f"`{part.strip()}`: the number of requests must be 1 to "
                             f"{MAX_AMOUNT:,}")
        rates.append((amount, UNITS[unit]))
    return tuple(rates)


def _normalised(value: str) -> str:
    reverse = {seconds: unit for unit, seconds in UNITS.items()}
    return "; ".join(f"{amount}/{reverse[seconds]}" for amount, seconds in parse_rate(value))


Rate = Annotated[str, AfterValidator(_normalised)]
"""One or more rates, ``"10/minute; 60/hour"``, normalised to that form."""


class ActionLimits(SpecModel):
    """The rates of one action: from one client address, and from everyone together."""

    per_ip: Rate
    per_tenant: Rate


class Limits(SpecModel):
    """The rate limits of the visitor API, per action (see the module doc)."""

    conversations: ActionLimits
    messages: ActionLimits
    handoffs: ActionLimits
    feedback: ActionLimits
    incidents: ActionLimits

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        # What the spec leaves out keeps its default, down to one scope of one action.
        if data is None:
            data = {}
        if not isinstance(data, dict):
            return data  # reported by validation as "must be a mapping"
        merged: dict[str, Any] = dict(data)
        for action in ACTIONS:
            given = data.get(action, {})
            merged[action] = ({**DEFAULT_LIMITS[action], **given} if isinstance(given, dict)
                              else given)
        return merged

    @classmethod
    def defaults(cls) -> Limits:
        """The limits of a spec without the section (`DEFAULT_LIMITS`)."""
        return cls.model_validate({})

    def rate(self, action: Action, scope: Scope) -> str:
        """The rates of `action` for `scope`, e.g. ``"10/minute; 60/hour"``."""
        limits: ActionLimits = getattr(self, action)
        return str(getattr(limits, scope))

    def longest_address_window(self) -> int:
        """Seconds of the longest per-address window: a counter of an address lives two of
        them at most (what the privacy notice states)."""
        return max(seconds for action in ACTIONS
                   for _, seconds in parse_rate(self.rate(action, "per_ip")))
