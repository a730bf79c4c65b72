"""Assignment suggestions: an available agent who speaks the visitor's language, the least busy
first, the longest since their last assignment on a tie; suggestions never assign."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from sqlalchemy import update
from sqlalchemy.orm import Session

from clairbot.conversation import service as conversations
from clairbot.conversation.bot import Bot
from clairbot.db import utcnow
from clairbot.errors import InvalidInput
from clairbot.handoff import assignment, service
from clairbot.handoff.models import Handoff
from clairbot.staff import passwords
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production Argon2 costs ~0.4 s a hash; these tests create dozens of accounts.
    monkeypatch.setattr(passwords, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def quiet_tenant(session: Session, demo_bot: Bot) -> Iterator[None]:
    """Only this test's agents and handoffs count: the database is shared by the whole run,
    so staff and queued handoffs committed by other tests are set aside (rolled back after)."""
    session.execute(update(StaffMember).where(StaffMember.tenant_id == demo_bot.tenant_id)
                    .values(available=False))
    session.execute(update(Handoff).where(Handoff.tenant_id == demo_bot.tenant_id,
                                          Handoff.status == "queued")
                    .values(status="cancelled"))
    session.expire_all()
    yield


@dataclass(frozen=True)
class Agent:
    """One staff member of a scenario and their workload."""

    languages: tuple[str, ...] = ("fr",)
    roles: tuple[str, ...] = ("agent",)
    available: bool = True
    active: bool = True
    open_handoffs: int = 0
    # Minutes since their last assignment; None: never (or just now, with open handoffs).
    last_assigned: int | None = None


def make_handoff(session: Session, bot: Bot, lang: str = "fr") -> Handoff:
    conversation, _ = conversations.start(session=session, bot=bot, lang="fr", channel="test")
    session.flush()
    return service.request(session=session, tenant_id=bot.tenant_id,
                           conversation_id=conversation.id, reason="button", lang=lang)


def make_agent(session: Session, bot: Bot, spec: Agent) -> StaffMember:
    member = staff.add(session=session, tenant_id=bot.tenant_id,
                       email=f"{uuid.uuid4().hex[:10]}@example.com", display_name="Camille",
                       roles=spec.roles, languages=spec.languages,
                       password="correct horse battery", actor=None)
    # Set directly: an inactive but still available row checks the query, not `disable`.
    member.available, member.active = spec.available, spec.active
    assigned = []
    for _ in range(spec.open_handoffs):
        assigned.append(service.assign(session=session, handoff=make_handoff(session, bot),
                                       agent_id=member.id))
    if spec.last_assigned is None:
        return member
    if not assigned:  # the last assignment was a conversation since resolved
        last = service.assign(session=session, handoff=make_handoff(session, bot),
                              agent_id=member.id)
        assigned.append(service.resolve(session=session, handoff=last))
    for handoff in assigned:
        handoff.assigned_at = utcnow() - dt.timedelta(minutes=spec.last_assigned)
    session.flush()
    return member


@pytest.mark.parametrize(("agents", "lang", "strategy", "expected", "reason"), [
    # The one who speaks the visitor's language, even if busier.
    ({"a": Agent(languages=("en",)), "b": Agent(languages=("fr",), open_handoffs=2)},
     "fr", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # A regional variant is the same language.
    ({"a": Agent(languages=("en",)), "b": Agent(languages=("fr",))},
     "fr-ca", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # Nobody speaks it: any available agent, the least busy, and the reason says so.
    ({"a": Agent(languages=("en",), open_handoffs=1), "b": Agent(languages=("de",))},
     "fr", "least_busy", "b", assignment.NO_AGENT_SPEAKS_LANGUAGE),
    # The fewest assigned open handoffs.
    ({"a": Agent(open_handoffs=2), "b": Agent(open_handoffs=1)},
     "fr", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # Equally busy: the longest since their last assignment.
    ({"a": Agent(last_assigned=10), "b": Agent(last_assigned=60)},
     "fr", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # Equally busy: never assigned is the longest since a last assignment.
    ({"a": Agent(last_assigned=60), "b": Agent()},
     "fr", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # Round robin ignores the load: only the longest since the last assignment counts.
    ({"a": Agent(open_handoffs=2, last_assigned=90), "b": Agent(last_assigned=10)},
     "fr", "round_robin", "a", assignment.SPEAKS_LANGUAGE),
    # ... whereas least busy takes the free one.
    ({"a": Agent(open_handoffs=2, last_assigned=90), "b": Agent(last_assigned=10)},
     "fr", "least_busy", "b", assignment.SPEAKS_LANGUAGE),
    # Unavailable: skipped even though they speak the language.
    ({"a": Agent(available=False), "b": Agent(languages=("en",))},
     "fr", "least_busy", "b", assignment.NO_AGENT_SPEAKS_LANGUAGE),
    # Disabled account: skipped.
    ({"a": Agent(active=False), "b": Agent(languages=("en",))},
     "fr", "least_busy", "b", assignment.NO_AGENT_SPEAKS_LANGUAGE),
    # Not an agent (reviewer, admin only): skipped.
    ({"a": Agent(roles=("reviewer",)), "c": Agent(roles=("admin",)),
      "b": Agent(languages=("en",))},
     "fr", "least_busy", "b", assignment.NO_AGENT_SPEAKS_LANGUAGE),
    # Nobody available: no suggestion.
    ({"a": Agent(available=False), "b": Agent(roles=("dpo",))},
     "fr", "least_busy", None, None),
    # Nobody at all: no suggestion.
    ({}, "fr", "round_robin", None, None),
])
def test_when_agents_differ_then_the_expected_one_is_suggested(
        session: Session, demo_bot: Bot, agents: dict[str, Agent], lang: str, strategy: str,
        expected: str | None, reason: str | None) -> None:
    ids = {make_agent(session, demo_bot, spec).id: name for name, spec in agents.items()}
    handoff = make_handoff(session, demo_bot, lang=lang)
    suggestion = assignment.suggest(session=session, tenant_id=demo_bot.tenant_id,
                                    handoff=handoff, strategy=strategy)
    picked = assignment.pick_agent(session=session, tenant_id=demo_bot.tenant_id,
                                   handoff=handoff, strategy=strategy)
    assert (ids.get(picked) if picked else None) == expected
    assert (suggestion.reason if suggestion else None) == reason
    assert (suggestion.agent_id if suggestion else None) == picked


def test_when_suggesting_then_nothing_is_assigned(session: Session, demo_bot: Bot) -> None:
    member = make_agent(session, demo_bot, Agent())
    handoff = make_handoff(session, demo_bot)
    assert assignment.pick_agent(session=session, tenant_id=demo_bot.tenant_id,
                                 handoff=handoff) == member.id
    assert handoff.status == "queued" and handoff.agent_id is None
    assert member.available


def test_when_several_wait_then_offers_spread_over_agents_in_queue_order(
        session: Session, demo_bot: Bot) -> None:
    first, second = (make_agent(session, demo_bot, Agent()) for _ in range(2))
    waiting = [make_handoff(session, demo_bot) for _ in range(3)]
    offers = assignment.offer_next(session=session, tenant_id=demo_bot.tenant_id)
    assert [h.id for h, _ in offers] == [h.id for h in waiting]
    picked = [agent_id for _, agent_id in offers]
    # Each offer counts as an assignment: the other agent next, then back to the first.
    assert picked[0] != picked[1] and picked[2] == picked[0]
    assert set(picked) == {first.id, second.id}
    assert all(h.status == "queued" and h.agent_id is None for h in waiting)


def test_when_nobody_is_available_then_no_offers(session: Session, demo_bot: Bot) -> None:
    make_agent(session, demo_bot, Agent(available=False))
    make_handoff(session, demo_bot)
    assert assignment.offer_next(session=session, tenant_id=demo_bot.tenant_id) == []


def test_when_strategy_unknown_then_refused(session: Session, demo_bot: Bot) -> None:
    handoff = make_handoff(session, demo_bot)
    with pytest.raises(InvalidInput):
        assignment.pick_agent(session=session, tenant_id=demo_bot.tenant_id, handoff=handoff,
                              strategy="random")
