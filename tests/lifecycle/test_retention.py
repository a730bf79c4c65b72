"""Retention rules from the spec: cut-offs per category, per-purpose periods, purge on close;
the spec refuses a retention rule about an unknown purpose; anonymising never leaves a kept
value in clear."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from clairbot.conversation.bot import Bot
from clairbot.lifecycle.anonymise import anonymise_text, anonymised_meta, kept_purposes
from clairbot.lifecycle.retention import RetentionRules
from clairbot.spec import check_spec, write_starter
from clairbot.spec.models import Retention

NOW = dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC)


def days_ago(days: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def test_when_rules_computed_then_each_category_has_its_cutoff(demo_bot: Bot) -> None:
    rules = RetentionRules.of(demo_bot.spec, NOW)  # demo: 30, 30, 1825 days
    assert rules.conversations_before == days_ago(30)
    assert rules.personal_data_before == days_ago(30)
    assert rules.consent_proof_before == days_ago(1825)
    assert rules.personal_data_cutoff("callback") == days_ago(30)
    with pytest.raises(ValueError, match="timezone-aware"):
        RetentionRules.of(demo_bot.spec, NOW.replace(tzinfo=None))


@pytest.mark.parametrize(("purposes", "age", "closed", "expired"), [
    ({"callback"}, 11, False, True),             # past personal_data (10 days)
    ({"callback"}, 9, False, False),             # not yet
    ({"support"}, 15, False, False),             # support keeps its own 20 days
    ({"support", "callback"}, 15, False, False), # every purpose must have expired
    ({"support", "callback"}, 21, False, True),
    ({"personalization"}, 1, True, True),        # purged on close
    ({"personalization"}, 1, False, False),      # ...only once closed
    (set(), 400, True, False),                   # nothing kept: nothing to anonymise
])
def test_when_message_kept_data_then_it_expires_by_its_purposes(
        purposes: set[str], age: float, closed: bool, expired: bool) -> None:
    retention = Retention(conversations=30, personal_data=10, purposes={"support": 20},
                          on_close=("personalization",))
    rules = RetentionRules.of(retention, NOW)
    assert rules.latest_personal_data_cutoff == days_ago(10)
    assert rules.data_expired(created_at=days_ago(age), purposes=purposes,
                              closed=closed) is expired


def starter(tmp_path: Path) -> dict[str, Any]:
    write_starter(tmp_path)
    data = yaml.safe_load((tmp_path / "spec.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def check(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    _, problems = check_spec(path)
    return [f"{p.location}: {p.message}" for p in problems]


def test_when_retention_names_declared_purposes_then_the_spec_passes(tmp_path: Path) -> None:
    data = starter(tmp_path)
    data["retention"].update(purposes={"callback": 90}, on_close=["support"])
    assert check(tmp_path, data) == []


@pytest.mark.parametrize(("retention", "where", "message"), [
    ({"purposes": {"callbak": 90}}, "retention.purposes.callbak",
     "`callbak`, which is not declared under `purposes`: did you mean `callback`?"),
    ({"on_close": ["suport"]}, "retention.on_close[0]", "did you mean `support`?"),
])
def test_when_retention_names_an_unknown_purpose_then_it_is_a_problem(
        tmp_path: Path, retention: dict[str, Any], where: str, message: str) -> None:
    data = starter(tmp_path)
    data["retention"].update(retention)
    problems = check(tmp_path, data)
    assert len(problems) == 1 and where in problems[0] and message in problems[0]


def test_when_spec_declares_no_purposes_then_an_override_is_a_problem(tmp_path: Path) -> None:
    data = starter(tmp_path)
    del data["purposes"]
    data["retention"]["purposes"] = {"callback": 90}
    problems = check(tmp_path, data)
    assert len(problems) == 1 and "the spec declares no purposes" in problems[0]


def test_when_a_kept_value_is_no_longer_detected_then_the_whole_text_is_masked(
        demo_bot: Bot) -> None:
    meta = {"lang": "fr", "pii": [{"type": "PERSON", "decision": "kept", "purpose": "callback"},
                                  {"type": "EMAIL", "decision": "masked"}]}
    assert kept_purposes(meta) == {"callback"}
    # The detectors changed since the name was kept ("zorblax", in lower case after a word
    # that is no cue, is no name to them): it cannot be found again.
    assert anonymise_text("ok zorblax, mon mail [EMAIL]", "fr", meta,
                          demo_bot.pii) == "[PERSON]"
    phone = {"lang": "fr", "pii": [{"type": "PHONE", "decision": "kept", "purpose": "callback"}]}
    assert anonymise_text("Appelez le 06 12 34 56 78 merci", "fr", phone,
                          demo_bot.pii) == "Appelez le [PHONE] merci"
    marked = anonymised_meta(phone, NOW)
    assert kept_purposes(marked) == set() and marked["anonymised_at"] == NOW.isoformat()
