"""Processors and the supervisory authority: checked, located problems; sensible defaults."""

from __future__ import annotations

from typing import Any

import pytest

from clairbot.demo import DEMO_SPEC
from clairbot.spec import load_spec
from tests.spec.conftest import CheckData

OVH = {"name": "OVHcloud", "role": "hosting", "location": "FR"}


def line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[:text.index(needle, start)].count("\n") + 1


@pytest.mark.parametrize(("processor", "needle", "location", "message"), [
    # a purpose id the spec does not declare
    ({**OVH, "purposes": ["support", "marketing"]}, "- marketing",
     "processors[0].purposes[1]", "unknown purpose `marketing`"),
    # outside the EU/EEA without a safeguard
    ({"name": "Example LLM Inc.", "role": "llm", "location": "US"}, "name: Example LLM",
     "processors[0]", "outside the EU/EEA"),
    # not a country code
    ({**OVH, "location": "France"}, "location: France", "processors[0].location",
     "not a country code"),
])
def test_when_a_processor_is_wrong_then_its_problem_is_reported_at_its_line(
        starter_data: dict[str, Any], check_data: CheckData, processor: dict[str, Any],
        needle: str, location: str, message: str) -> None:
    starter_data["processors"] = [processor]
    text, problems = check_data(starter_data)
    assert [p.location for p in problems] == [f"spec.yaml:{line_of(text, needle)} {location}"]
    assert message in problems[0].message


def test_when_a_role_is_unknown_then_it_is_refused(starter_data: dict[str, Any],
                                                  check_data: CheckData) -> None:
    starter_data["processors"] = [{**OVH, "role": "cloud"}]
    _, problems = check_data(starter_data)
    assert [p.location.split()[1] for p in problems] == ["processors[0].role"]


def test_when_a_controller_outside_france_names_no_authority_then_refused(
        starter_data: dict[str, Any], check_data: CheckData) -> None:
    starter_data["company"]["controller"]["country"] = "BE"
    _, problems = check_data(starter_data)
    assert len(problems) == 1 and "supervisory_authority" in problems[0].message
    starter_data["company"]["supervisory_authority"] = {
        "name": "Autorité de protection des données", "url": "https://www.autoriteprotectiondonnees.be"}
    assert check_data(starter_data)[1] == []


@pytest.mark.parametrize("processors", [
    # outside the EU/EEA with a safeguard, lower-case country code
    [{"name": "Example LLM Inc.", "role": "llm", "location": "us", "safeguard": "SCC",
      "purposes": ["support"]}],
    # in the EEA but outside the EU
    [{**OVH, "location": "NO"}],
    # none at all
    [],
])
def test_when_processors_are_valid_then_no_problem(starter_data: dict[str, Any],
                                                   check_data: CheckData,
                                                   processors: list[dict[str, Any]]) -> None:
    starter_data["processors"] = processors
    assert check_data(starter_data)[1] == []


def test_when_the_demo_is_loaded_then_its_host_and_the_cnil_are_known() -> None:
    spec = load_spec(DEMO_SPEC)
    assert [(p.name, p.location, p.outside_eea) for p in spec.processors] == [
        ("OVHcloud", "FR", False)]
    assert spec.company.authority.url == "https://www.cnil.fr/fr/plaintes"
    assert [p.name for p in spec.processors_for("callback")] == ["OVHcloud"]
