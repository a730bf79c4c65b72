"""Bots whose clock stands inside or outside the demo's business hours (Paris, Mon-Fri)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from clairbot.conversation.bot import Bot

MONDAY_10H_PARIS = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
SUNDAY_NOON_PARIS = dt.datetime(2026, 11, 29, 11, 0, tzinfo=dt.UTC)


@pytest.fixture
def open_bot(demo_bot: Bot) -> Bot:
    """The demo bot on a Monday at 10:00 in Paris: the live queue is open."""
    return replace(demo_bot, clock=lambda: MONDAY_10H_PARIS)


@pytest.fixture
def closed_bot(demo_bot: Bot) -> Bot:
    """The demo bot on a Sunday at noon in Paris: a request becomes a ticket."""
    return replace(demo_bot, clock=lambda: SUNDAY_NOON_PARIS)
