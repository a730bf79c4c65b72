"""The demo tenant's spec (Verdalis Emballages SAS) passes every check."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from clairbot.spec import check_spec, load_spec

DEMO_SPEC = Path(__file__).resolve().parents[2] / "src" / "clairbot" / "demo" / "spec.yaml"


def test_when_demo_spec_is_checked_then_no_problem() -> None:
    _, problems = check_spec(DEMO_SPEC)
    assert problems == []


def test_when_demo_spec_is_loaded_then_it_describes_verdalis() -> None:
    spec = load_spec(DEMO_SPEC)
    assert (spec.tenant, spec.bot.name, spec.company.legal_name) == (
        "verdalis", "Vera", "Verdalis Emballages SAS")
    assert spec.bot.languages == ("fr", "en") and spec.bot.default_language == "fr"
    assert spec.company.privacy_contact.email == "dpo@verdalis.example"
    assert spec.company.website == "https://verdalis.example"
    assert [t.id for t in spec.topics] == [
        "orders", "delivery", "billing", "returns", "account", "products", "sustainability",
        "contracts", "support", "privacy"]
    assert [t.id for t in spec.topics if t.needs_human] == ["contracts"]
    assert all(t.owner.email and t.owner.email.endswith("@verdalis.example") for t in spec.topics)
    hours = spec.escalation.business_hours
    assert hours.timezone == "Europe/Paris"
    weekdays = [hours.days.on(day) for day in range(5)]
    assert all(len(r) == 1 and (r[0].start, r[0].end) == (time(9), time(18)) for r in weekdays)
    assert hours.days.sat == hours.days.sun == ()
    assert spec.escalation.outside_hours_promise.get("fr") == (
        "Un conseiller vous recontacte avant 10h le prochain jour ouvré.")
    assert spec.escalation.outside_hours_promise.get("en") == (
        "An advisor will get back to you before 10:00 (Paris time) on the next business day.")
    assert (spec.retention.conversations, spec.retention.personal_data,
            spec.retention.consent_proof) == (30, 30, 1825)
    assert spec.knowledge_paths() == [DEMO_SPEC.parent / "knowledge"]
    assert spec.disclosure_text("fr").startswith("Bonjour, je suis Vera, l'assistant automatisé")
