"""Who answers for a reported answer, and by when.

The accountable owner is the first source's owner (what the answer was drawn from), else
the owner the spec names for the answer's topic, else the escalation supervisor, else the
privacy contact: a checked spec always has the last, so an incident always has a named,
reachable owner.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from clairbot.spec import BotSpec

# Knowledge documents name their owner as "Team name <contact>".
_LABEL = re.compile(r"^\s*(?P<name>[^<]*?)\s*<\s*(?P<contact>[^>]*?)\s*>\s*$")
_WEEKDAYS = frozenset(range(5))


@dataclass(frozen=True)
class OwnerRef:
    """An accountable owner as an incident records it."""

    name: str
    contact: str


def parse_owner(label: str) -> OwnerRef:
    """``"Service Facturation <facturation@x.example>"`` -> name and contact."""
    match = _LABEL.match(label)
    if match is None:
        return OwnerRef(name=label.strip()[:200], contact="")
    return OwnerRef(name=match["name"][:200], contact=match["contact"][:254])


def topic_of(meta: Mapping[str, Any]) -> str | None:
    """The topic of a bot message: its own, else the topic of the passage it quoted."""
    topic = meta.get("topic")
    if isinstance(topic, str) and topic:
        return topic
    for passage in meta.get("passages") or ():
        if isinstance(passage, Mapping) and isinstance(passage.get("topic"), str):
            return str(passage["topic"])
    return None


def accountable_owner(*, sources: Sequence[Mapping[str, Any]], topic: str | None,
                      spec: BotSpec | None) -> OwnerRef:
    """The owner an incident on an answer with these sources and topic is routed to."""
    for source in sources:
        owner = source.get("owner")
        if isinstance(owner, str) and owner.strip():
            return parse_owner(owner)
    if spec is None:
        return OwnerRef(name="", contact="")
    found = spec.topic(topic) if topic else None
    person = found.owner if found is not None else spec.escalation.supervisor
    if person is not None:
        return OwnerRef(name=person.name, contact=person.email or person.phone or person.url or "")
    contact = spec.company.privacy_contact
    return OwnerRef(name=contact.name, contact=contact.email)


def due_date(start: dt.datetime, days: int, spec: BotSpec | None) -> dt.datetime:
    """`days` business days after `start`: the spec's open weekdays in its time zone (Monday
    to Friday, UTC, without a spec). Public holidays are not known and count as open."""
    if spec is not None:
        hours = spec.escalation.business_hours
        zone: dt.tzinfo = hours.zone
        open_days = frozenset(d for d in range(7) if hours.days.on(d)) or _WEEKDAYS
    else:
        zone, open_days = ZoneInfo("UTC"), _WEEKDAYS
    local = start.astimezone(zone)
    remaining = days
    while remaining > 0:
        local += dt.timedelta(days=1)
        if local.weekday() in open_days:
            remaining -= 1
    return local.astimezone(dt.UTC)
