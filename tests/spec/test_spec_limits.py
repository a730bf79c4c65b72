"""`limits`: the rate limits of the visitor API per client address and per tenant, with a
default for every action and scope, and a located problem for a rate that is not one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clairbot.demo import DEMO_SPEC
from clairbot.errors import Problem
from clairbot.spec import ACTIONS, DEFAULT_LIMITS, load_spec
from clairbot.spec.limits import parse_rate
from tests.spec.test_spec_check import line_of

CheckData = Callable[[Any], tuple[str, list[Problem]]]  # fixture `check_data`
WriteSpec = Callable[[Any], Path]                       # fixture `write_spec`


def test_when_a_spec_sets_no_limits_then_every_action_has_its_defaults(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    starter_data.pop("limits", None)
    spec = load_spec(write_spec(starter_data))
    assert {action: {"per_ip": spec.limits.rate(action, "per_ip"),
                     "per_tenant": spec.limits.rate(action, "per_tenant")}
            for action in ACTIONS} == DEFAULT_LIMITS


def test_when_a_spec_sets_one_scope_then_the_other_keeps_its_default(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    starter_data["limits"] = {"handoffs": {"per_ip": "5 / Minutes ;30/hour"}}
    spec = load_spec(write_spec(starter_data))
    assert spec.limits.handoffs.per_ip == "5/minute; 30/hour"  # normalised
    assert spec.limits.handoffs.per_tenant == DEFAULT_LIMITS["handoffs"]["per_tenant"]
    assert spec.limits.messages.per_ip == DEFAULT_LIMITS["messages"]["per_ip"]


def test_when_the_demo_is_loaded_then_one_address_may_open_100_conversations_a_minute() -> None:
    # The issue's demo default: at least 100 a minute from one address, and a burst of 300
    # from one address is refused in part.
    [(amount, window)] = parse_rate(load_spec(DEMO_SPEC).limits.conversations.per_ip)
    assert window == 60 and 100 <= amount < 300


@pytest.mark.parametrize(("rate", "message"), [
    # a unit the limits do not know
    ("10/week", "`10/week` is not a rate"),
    # no unit
    ("10", "`10` is not a rate"),
    # zero lets nothing through: not a limit but an outage
    ("0/minute", "the number of requests must be 1 to"),
    # one good rate and one bad
    ("10/minute; often", "is not a rate"),
])
def test_when_a_rate_is_wrong_then_it_is_a_problem_on_its_line(
        starter_data: dict[str, Any], check_data: CheckData, rate: str, message: str) -> None:
    starter_data["limits"] = {"messages": {"per_ip": rate}}
    text, problems = check_data(starter_data)
    assert len(problems) == 1, problems
    line = line_of(text, r"^limits:", r"messages:", r"per_ip:")
    assert problems[0].location == f"spec.yaml:{line} limits.messages.per_ip"
    assert message in problems[0].message


@pytest.mark.parametrize(("limits", "message"), [
    # an action that does not exist
    ({"handoff": {"per_ip": "5/minute"}}, "did you mean `handoffs`?"),
    # a scope written with a hyphen
    ({"messages": {"per-ip": "5/minute"}}, "did you mean `per_ip`?"),
])
def test_when_a_key_is_mistyped_then_the_known_one_is_suggested(
        starter_data: dict[str, Any], check_data: CheckData, limits: dict[str, Any],
        message: str) -> None:
    starter_data["limits"] = limits
    _, problems = check_data(starter_data)
    assert len(problems) == 1 and message in problems[0].message, problems
