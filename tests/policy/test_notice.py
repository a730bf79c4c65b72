"""The privacy notice says, in French and English, everything GDPR art. 13 asks of the demo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clairbot.conversation.bot import Bot
from clairbot.i18n import t
from clairbot.policy import build_notice, notice_markdown
from clairbot.policy.notice import category_label
from clairbot.spec import BotSpec
from tests.policy.builders import US_MODEL, with_changes

LANGS = ("fr", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_when_the_demo_notice_is_built_then_it_names_every_purpose_datum_period_and_processor(
        demo_bot: Bot, lang: str) -> None:
    spec = demo_bot.spec
    text = notice_markdown(build_notice(spec, lang, version=None))
    for purpose in spec.purposes:
        assert purpose.id in text and " ".join(purpose.text(lang).split()) in text
        assert t(f"policy.basis.{purpose.basis}", lang) in text
        for category in purpose.data:
            assert category_label(category, lang) in text
    for days in (spec.retention.conversations, spec.retention.personal_data,
                 spec.retention.consent_proof):
        assert t("policy.days", lang, days=days) in text
    assert "OVHcloud" in text and t("policy.role.hosting", lang) in text
    assert spec.company.privacy_contact.email in text and spec.company.controller.address in text
    assert "https://www.cnil.fr/fr/plaintes" in text
    assert t("policy.notice.transfers_none", lang) in text
    assert t("policy.notice.answers_local", lang, company=spec.company.legal_name) in text


@pytest.mark.parametrize("lang", LANGS)
def test_when_the_notice_is_built_then_rights_masking_and_human_topics_are_stated(
        demo_bot: Bot, lang: str) -> None:
    text = notice_markdown(build_notice(demo_bot.spec, lang, version=None))
    for right in ("access", "rectification", "erasure", "portability", "objection",
                  "withdrawal", "restriction"):
        assert t(f"policy.notice.right_{right}", lang) in text
    assert t("policy.notice.masked", lang) in text
    assert t("policy.notice.exercise_chat", lang) in text
    contracts = demo_bot.spec.topic("contracts")
    assert contracts is not None and contracts.title.pick(lang, "fr") in text
    assert text.count("\n# ") == 0 and text.startswith("# ")  # one title


def test_when_an_llm_outside_the_eea_is_declared_then_it_is_named_with_its_transfer(
        demo_bot: Bot) -> None:
    spec = with_changes(demo_bot.spec, "new_processor")
    notice = build_notice(spec, "en", version=None)
    text = notice_markdown(notice)
    assert t("policy.notice.answers_llm", "en", providers=US_MODEL.name) in text
    transfers = next(s for s in notice.sections if s.id == "transfers")
    assert "| Example LLM Inc. | US | SCC |" in notice_markdown(replace(notice,
                                                                       sections=(transfers,)))


def test_when_a_spec_has_no_processor_and_no_purpose_then_the_notice_says_so(
        demo_bot: Bot) -> None:
    spec: BotSpec = demo_bot.spec.model_copy(update={"processors": (), "purposes": ()})
    text = notice_markdown(build_notice(spec, "fr", version=None))
    assert t("policy.notice.data_none", "fr") in text
    assert t("policy.notice.recipients_none", "fr", company=spec.company.legal_name) in text


def test_when_a_language_the_bot_does_not_speak_is_asked_then_its_default_is_used(
        demo_bot: Bot) -> None:
    spec = demo_bot.spec.model_copy(update={"bot": demo_bot.spec.bot.model_copy(
        update={"languages": ("fr",)})})
    assert build_notice(spec, "en", version=None).lang == "fr"


@pytest.mark.parametrize(("handoffs_per_ip", "lang", "said"), [
    ("10/minute; 60/hour", "fr", "2 heure(s)"),   # the demo's longest window: one hour, twice
    ("10/minute", "en", "2 minute(s)"),           # minute windows only: one minute, twice
    ("5/day", "en", "2 day(s)"),                  # a daily window rules them all
])
def test_when_limits_count_addresses_then_the_notice_says_how_and_for_how_long(
        demo_bot: Bot, handoffs_per_ip: str, lang: str, said: str) -> None:
    limits = demo_bot.spec.limits.model_copy(update={
        "handoffs": demo_bot.spec.limits.handoffs.model_copy(
            update={"per_ip": handoffs_per_ip}),
        "incidents": demo_bot.spec.limits.incidents.model_copy(update={"per_ip": "3/minute"})})
    spec = demo_bot.spec.model_copy(update={"limits": limits})
    text = notice_markdown(build_notice(spec, lang, version=None))
    assert t("policy.notice.security_counters", lang, duration=said) in " ".join(text.split())
