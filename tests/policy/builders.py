"""Variants of the demo spec for the notice tests: one change at a time."""

from __future__ import annotations

from typing import Any

from clairbot.spec import BotSpec, LocalizedText, Processor, Purpose

US_MODEL = Processor(name="Example LLM Inc.", role="llm", location="US", safeguard="SCC",
                     purposes=("support",))


def with_purpose_text(spec: BotSpec, purpose_id: str, lang: str, text: str) -> BotSpec:
    """`spec` with the description of one purpose reworded in `lang`."""
    purposes = tuple(
        p.model_copy(update={"description": p.description.model_copy(update={lang: text})})
        if p.id == purpose_id else p for p in spec.purposes)
    return spec.model_copy(update={"purposes": purposes})


def with_changes(spec: BotSpec, change: str) -> BotSpec:
    """`spec` with one named change (see `MATERIAL` and `WORDING`)."""
    updates: dict[str, Any]
    if change == "new_purpose":
        survey = Purpose(id="survey", basis="consent", data=("EMAIL",),
                         description=LocalizedText(fr="Enquête de satisfaction.",
                                                   en="Satisfaction survey."))
        updates = {"purposes": (*spec.purposes, survey)}
    elif change == "new_processor":
        updates = {"processors": (*spec.processors, US_MODEL)}
    elif change == "retention":
        updates = {"retention": spec.retention.model_copy(update={"personal_data": 90})}
    elif change == "dpo":
        dpo = spec.company.privacy_contact.model_copy(update={"email": "dpo@other.example"})
        updates = {"company": spec.company.model_copy(update={"privacy_contact": dpo})}
    elif change == "website":
        updates = {"company": spec.company.model_copy(
            update={"website": "https://www.verdalis.example/fr"})}
    elif change == "spec_version":
        updates = {"spec_version": "2026-12-01.1"}
    elif change == "topic_title":
        first = spec.topics[0]
        title = first.title.model_copy(update={"en": "Orders, quotes and samples"})
        updates = {"topics": (first.model_copy(update={"title": title}), *spec.topics[1:])}
    elif change == "purpose_order":
        updates = {"purposes": tuple(reversed(spec.purposes))}
    else:
        raise ValueError(change)
    return spec.model_copy(update=updates)


MATERIAL = ("new_purpose", "new_processor", "retention", "dpo")
WORDING = ("website", "spec_version", "topic_title", "purpose_order")
