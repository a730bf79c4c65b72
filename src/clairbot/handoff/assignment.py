"""Which agent should take a queued handoff: a suggestion, never an assignment.

Candidates are the tenant's active, available staff with the role `agent`. Those who speak
the handoff's language come first; when none does, any candidate will do and the suggestion
says so. Among them, `least_busy` prefers the fewest assigned open handoffs, then the longest
since their last assignment; `round_robin` looks only at the longest since the last
assignment. The last tie-break is the staff id, so that every caller sees the same pick.
These functions only read: taking a conversation stays the agent's act (`agent_flow.take`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clairbot.errors import InvalidInput
from clairbot.handoff import service as handoffs
from clairbot.handoff.models import Handoff
from clairbot.staff.models import StaffMember

STRATEGIES = ("least_busy", "round_robin")
# Why an agent was suggested (`Suggestion.reason`).
SPEAKS_LANGUAGE = "speaks_language"
NO_AGENT_SPEAKS_LANGUAGE = "no_agent_speaks_language"


@dataclass(frozen=True)
class Suggestion:
    """The agent suggested for a handoff, and why: `speaks_language`, or
    `no_agent_speaks_language` when it fell back to an agent who does not speak it."""

    agent_id: str
    reason: str


@dataclass
class _Candidate:
    id: str
    languages: frozenset[str]
    open_handoffs: int
    last_assigned_at: dt.datetime | None
    # Offers made by `offer_next` count as the most recent assignments, in their order.
    offered: int = 0

    def speaks(self, lang: str) -> bool:
        return _primary(lang) in self.languages

    def key(self, strategy: str) -> tuple[int, int, bool, dt.datetime, str]:
        # Never assigned sorts first: it is the longest since a last assignment.
        recency = (self.offered, self.last_assigned_at is not None,
                   self.last_assigned_at or dt.datetime.min)
        load = self.open_handoffs if strategy == "least_busy" else 0
        return (load, *recency, self.id)


def _primary(lang: str) -> str:
    """`fr-CA` and `fr` are one language for assignment."""
    return lang.strip().lower().split("-")[0]


def _check_strategy(strategy: str) -> None:
    if strategy not in STRATEGIES:
        raise InvalidInput(f"unknown assignment strategy {strategy!r}; strategies are "
                           f"{', '.join(STRATEGIES)}", code="handoff.bad_strategy")


def _candidates(session: Session, tenant_id: str) -> list[_Candidate]:
    """Available agents with their open load and last assignment, in one query."""
    load = (select(Handoff.agent_id, func.count().label("n"))
            .where(Handoff.tenant_id == tenant_id, Handoff.status == "assigned")
            .group_by(Handoff.agent_id).subquery())
    # Resolved handoffs keep their agent and assignment time; released ones forget both.
    last = (select(Handoff.agent_id, func.max(Handoff.assigned_at).label("at"))
            .where(Handoff.tenant_id == tenant_id, Handoff.agent_id.is_not(None))
            .group_by(Handoff.agent_id).subquery())
    query = (select(StaffMember, func.coalesce(load.c.n, 0), last.c.at)
             .outerjoin(load, load.c.agent_id == StaffMember.id)
             .outerjoin(last, last.c.agent_id == StaffMember.id)
             .where(StaffMember.tenant_id == tenant_id, StaffMember.active.is_(True),
                    StaffMember.available.is_(True)))
    # Roles are a JSON list: filtered here rather than with dialect-specific JSON operators.
    return [_Candidate(id=member.id, languages=frozenset(_primary(x) for x in member.languages),
                       open_handoffs=int(n), last_assigned_at=at)
            for member, n, at in session.execute(query) if "agent" in member.roles]


def _choose(candidates: Sequence[_Candidate], lang: str, strategy: str) -> tuple[
        _Candidate, str] | None:
    speakers = [c for c in candidates if c.speaks(lang)]
    pool, reason = ((speakers, SPEAKS_LANGUAGE) if speakers
                    else (list(candidates), NO_AGENT_SPEAKS_LANGUAGE))
    if not pool:
        return None
    return min(pool, key=lambda c: c.key(strategy)), reason


def suggest(*, session: Session, tenant_id: str, handoff: Handoff,
            strategy: str = "least_busy") -> Suggestion | None:
    """The agent to suggest for `handoff` and why, or None when no agent is available."""
    _check_strategy(strategy)
    chosen = _choose(_candidates(session, tenant_id), handoff.lang, strategy)
    return Suggestion(agent_id=chosen[0].id, reason=chosen[1]) if chosen else None


def pick_agent(*, session: Session, tenant_id: str, handoff: Handoff,
               strategy: str = "least_busy") -> str | None:
    """The id of the agent to suggest for `handoff`, or None when no agent is available."""
    suggestion = suggest(session=session, tenant_id=tenant_id, handoff=handoff,
                         strategy=strategy)
    return suggestion.agent_id if suggestion else None


def offer_next(*, session: Session, tenant_id: str,
               strategy: str = "least_busy") -> list[tuple[Handoff, str]]:
    """Queued handoffs, first come first served, each with the id of the agent to suggest.

    Offers spread the queue: each one counts as an assignment for the picks after it, so one
    free agent is not offered every waiting conversation. Handoffs for which no agent is
    available are left out. Nothing is assigned.
    """
    _check_strategy(strategy)
    candidates = _candidates(session, tenant_id)
    offers: list[tuple[Handoff, str]] = []
    for handoff in handoffs.queue(session=session, tenant_id=tenant_id):
        chosen = _choose(candidates, handoff.lang, strategy)
        if chosen is None:
            break  # nobody is available: nobody will be for the rest of the queue either
        agent = chosen[0]
        agent.open_handoffs += 1
        agent.offered = len(offers) + 1
        offers.append((handoff, agent.id))
    return offers
