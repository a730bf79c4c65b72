"""The `BotSpec` model and its helpers: disclosures, knowledge paths, business hours."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from clairbot.spec import DEFAULT_DISCLOSURES, BotSpec, LocalizedText, TimeRange, load_spec
from clairbot.spec._rules import disclosure_wording_problem
from clairbot.spec.defaults import LANGUAGES


@pytest.fixture
def spec(starter_dir: Path) -> BotSpec:
    """The starter spec, loaded from its file."""
    return load_spec(starter_dir / "spec.yaml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_when_default_disclosure_is_checked_then_it_passes_its_own_rules(lang: str) -> None:
    text = DEFAULT_DISCLOSURES[lang].format(bot="Vera", company="Verdalis Emballages SAS")
    assert disclosure_wording_problem(lang, text) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "expected"), [
    # French: built-in wording, names the bot and the company, says how to reach a person
    ("fr", "Bonjour, je suis Clara, l'assistant automatisé (IA) de Example SAS."),
    # English: same
    ("en", "Hello, I am Clara, Example SAS's automated assistant (AI)."),
    # a language the bot does not speak falls back to its default language (fr)
    ("de", "Bonjour, je suis Clara"),
])
def test_when_disclosure_is_default_then_the_built_in_wording_is_used(
        spec: BotSpec, lang: str, expected: str) -> None:
    assert spec.disclosure_text(lang).startswith(expected)


def test_when_disclosure_is_reworded_then_the_owner_wording_is_used(
        starter_dir: Path) -> None:
    path = starter_dir / "spec.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["disclosure"]["en"] = "  You are chatting with Clara, an automated assistant (AI).  "
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    spec = load_spec(path)
    assert spec.disclosure_text("en") == "You are chatting with Clara, an automated assistant (AI)."
    assert "« conseiller »" in spec.disclosure_text("fr")


def test_when_a_spec_is_built_in_code_without_a_safeguard_then_it_is_refused(
        spec: BotSpec) -> None:
    data: dict[str, Any] = spec.model_dump()
    data["disclosure"] = {"fr": "default"}  # the bot also speaks English
    with pytest.raises(ValidationError, match="disclosure.en: missing English disclosure"):
        BotSpec.model_validate(data)


def test_when_a_spec_is_built_in_code_then_relative_knowledge_needs_a_base(
        spec: BotSpec, tmp_path: Path) -> None:
    built = BotSpec.model_validate(spec.model_dump())
    assert built.source is None and built.source_dir is None
    assert built.knowledge_paths(tmp_path) == [tmp_path / "knowledge"]
    with pytest.raises(ValueError, match="pass `base`"):
        built.knowledge_paths()


def test_when_a_knowledge_path_is_absolute_then_it_is_kept(spec: BotSpec, tmp_path: Path) -> None:
    data = spec.model_dump()
    data["knowledge"] = {"sources": [{"path": str(tmp_path)}]}
    assert BotSpec.model_validate(data).knowledge_paths() == [tmp_path]


def test_when_spec_is_frozen_then_it_cannot_be_changed(spec: BotSpec) -> None:
    with pytest.raises(ValidationError):
        spec.tenant = "other"  # type: ignore[misc]


@pytest.mark.parametrize(("moment", "open_"), [
    # Monday 10:00 in Paris (09:00 UTC in winter): open
    (datetime(2026, 11, 30, 9, 0, tzinfo=UTC), True),
    # Monday 08:59 in Paris: not yet open
    (datetime(2026, 11, 30, 7, 59, tzinfo=UTC), False),
    # Friday 18:00 in Paris: closed (the end is excluded)
    (datetime(2026, 12, 4, 17, 0, tzinfo=UTC), False),
    # Saturday noon: closed all day
    (datetime(2026, 12, 5, 11, 0, tzinfo=UTC), False),
    # summer time: Monday 09:30 in Paris is 07:30 UTC
    (datetime(2026, 7, 6, 7, 30, tzinfo=UTC), True),
])
def test_when_asking_business_hours_then_the_spec_time_zone_decides(
        spec: BotSpec, moment: datetime, open_: bool) -> None:
    assert spec.escalation.business_hours.is_open(moment) is open_


def test_when_asking_business_hours_with_a_naive_datetime_then_it_is_refused(
        spec: BotSpec) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        spec.escalation.business_hours.is_open(datetime(2026, 11, 30, 10, 0))


def test_when_hours_are_parsed_then_ranges_are_typed_and_sorted(spec: BotSpec) -> None:
    hours = spec.escalation.business_hours
    assert hours.days.mon == (TimeRange(start=time(9), end=time(18)),)
    assert hours.days.sat == ()
    assert str(hours.days.fri[0]) == "09:00-18:00"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the language asked for
    (LocalizedText(fr="Bonjour", en="Hello"), "en", "Hello"),
    # missing in that language: the fallback
    (LocalizedText(fr="Bonjour"), "en", "Bonjour"),
    # missing in both: whichever is given
    (LocalizedText(en="Hello"), "de", "Hello"),
])
def test_when_picking_a_localized_text_then_fallbacks_apply(
        text: LocalizedText, lang: str, expected: str) -> None:
    assert text.pick(lang, "fr") == expected


def test_when_looking_up_a_topic_then_it_is_found_by_id(spec: BotSpec) -> None:
    contracts = spec.topic("contracts")
    assert contracts is not None and contracts.needs_human
    assert contracts.owner.label == "Sales administration <contracts@example.com>"
    assert spec.topic("unknown") is None


def test_when_answering_is_omitted_then_defaults_apply(spec: BotSpec) -> None:
    data = spec.model_dump()
    del data["answering"]
    answering = BotSpec.model_validate(data).answering
    assert (answering.confidence_threshold, answering.max_message_chars,
            answering.unanswered_before_handoff) == (None, 2000, 2)
