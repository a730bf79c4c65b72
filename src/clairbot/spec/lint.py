"""The ethics-by-design linter: every problem of a spec's content, at once, in plain English.

`lint_data` works on the parsed YAML (a mapping) and returns located `Finding`s; it never
raises for bad content. It runs in three passes so that one broken section does not hide the
problems of another:

1. structure: Pydantic validation of the whole spec; each error becomes a finding, and errors
   that mean "this safeguard is missing" get the tailored messages of `HINTS`;
2. consistency: the cross-section rules of `clairbot.spec._rules`, applied to an outline of
   the spec read leniently from the YAML (so that a broken topic does not hide a missing ``en``
   disclosure, nor a duplicate topic id, nor a special category declared without consent);
3. files: each knowledge source that can be read must be an existing folder.

`clairbot.spec.loader` reads the file, maps each finding's location to a line and builds the
`clairbot.errors.Problem`s.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from clairbot.spec._rules import (
    MISSING_DISCLOSURE,
    Finding,
    Loc,
    Outline,
    ProcessorOutline,
    PurposeOutline,
    TopicOutline,
    cross_section_findings,
    format_loc,
)
from clairbot.spec.defaults import LANGUAGES
from clairbot.spec.models import LINT_CONTEXT, BotSpec
from clairbot.spec.purposes import DATA_CATEGORIES, LAWFUL_BASES

HINTS: dict[str, str] = {
    "spec_version": "missing spec_version: add the version of this spec, e.g. "
                    "`spec_version: \"2026-11-28.1\"`; every answer cites it",
    "tenant": "missing tenant: add a short identifier for this bot's company, e.g. "
              "`tenant: acme` (2 to 40 characters among a-z, 0-9 and -)",
    "company": "missing company: add company.legal_name, company.controller (the accountable "
               "data controller: name, email, address) and company.privacy_contact (the privacy "
               "contact, i.e. the DPO: name, email)",
    "company.legal_name": "missing company.legal_name: add the company's registered name",
    "company.controller": "missing data controller: add company.controller with the name, email "
                          "and postal address of the organisation accountable for the personal "
                          "data (GDPR art. 13)",
    "company.controller.address": "missing company.controller.address: add the data "
                                  "controller's postal address; the privacy notice shows it",
    "company.privacy_contact": "missing privacy contact (DPO): add company.privacy_contact with "
                               "a name and an email",
    "company.privacy_contact.email": "missing privacy contact email: people must be able to "
                                     "write to the DPO; add company.privacy_contact.email",
    "bot": "missing bot: add bot.name, bot.languages (fr, en or both) and bot.default_language",
    "bot.name": "missing bot.name: give the bot a name; the disclosure introduces it by name",
    "bot.languages": "missing bot.languages: list the languages the bot speaks, e.g. "
                     "`languages: [fr, en]`",
    "bot.default_language": "missing bot.default_language: pick one of bot.languages, e.g. "
                            "`default_language: fr`",
    "disclosure": MISSING_DISCLOSURE,
    "topics": "missing topics and their accountable owners: add at least one topic under "
              "`topics`, each with an id, a title and an owner (a name plus an email, phone or "
              "url) who is accountable for what the bot says on it",
    "topics.*.id": "missing topic id: add a short id such as `id: billing`",
    "topics.*.title": "missing topic title: add one per language, e.g. "
                      "`title: {fr: Facturation, en: Billing}`",
    "topics.*.owner": "missing owner: every topic needs an accountable owner; add `owner` with a "
                      "name and an email, phone or url",
    "escalation": "missing escalation path: a person must always be reachable; add "
                  "escalation.business_hours (timezone and opening days), "
                  "escalation.outside_hours_promise (what is promised outside those hours, per "
                  "language) and escalation.contact (an email or a phone)",
    "escalation.business_hours": "missing business hours: add escalation.business_hours with a "
                                 "timezone and opening days, e.g. `{timezone: Europe/Paris, "
                                 "days: {mon: \"09:00-18:00\"}}`",
    "escalation.business_hours.timezone": "missing time zone: add `timezone: Europe/Paris` (an "
                                          "IANA name) to escalation.business_hours",
    "escalation.business_hours.days": "missing opening days: add `days:` with at least one day, "
                                      "e.g. `mon: \"09:00-18:00\"`",
    "escalation.outside_hours_promise": "missing outside_hours_promise: say, in each language of "
                                        "the bot, when a person will get back to visitors who "
                                        "ask outside business hours",
    "escalation.contact": "missing escalation contact: add escalation.contact with an email or a "
                          "phone where people can reach a person",
    "retention": "missing retention periods: add retention.conversations and "
                 "retention.personal_data in days, e.g. "
                 "`retention: {conversations: 30, personal_data: 30}`",
    "retention.conversations": "missing retention.conversations: say after how many days "
                               "conversations are deleted",
    "retention.personal_data": "missing retention.personal_data: say after how many days "
                               "personal data is deleted",
    "knowledge": "missing knowledge: add at least one folder of documents the bot answers from, "
                 "e.g. `knowledge: {sources: [{path: knowledge}]}`",
    "knowledge.sources": "missing knowledge.sources: list at least one folder, e.g. "
                         "`sources: [{path: knowledge}]`",
    "knowledge.sources.*.path": "missing path: give the knowledge folder, relative to the spec's "
                                "folder",
    "purposes": "`purposes` is empty: list what personal data is kept for (each purpose with an "
                "id, a basis, its data and a description), or remove the key if the bot keeps "
                "none",
    "purposes.*.id": "missing purpose id: add a short id such as `id: support`",
    "purposes.*.basis": "missing lawful basis: add `basis:` with consent, contract, "
                        "legitimate_interest or legal_obligation (GDPR art. 6(1))",
    "purposes.*.data": "missing data: list the data categories this purpose needs, e.g. "
                       "`data: [EMAIL, PHONE]`, or write `data: []` if it needs none",
    "purposes.*.description": "missing description: say, in each language of the bot, what is "
                              "done with the data and why, e.g. `description: {fr: ..., en: "
                              "...}`; visitors read it (GDPR art. 13)",
    "widget": "`widget` is empty: list the origins of the pages that embed the chat, e.g. "
              "`widget: {allowed_origins: [\"https://www.example.com\"]}`, or remove the key",
    "widget.allowed_origins": "widget.allowed_origins is empty: list the origins of the pages "
                              "that embed the chat, e.g. `allowed_origins: "
                              "[\"https://www.example.com\"]`, or remove the key",
}
"""Messages for required fields left out (or empty), keyed by path with ``*`` for indexes."""

_EMPTY_TYPES = {"missing", "too_short", "model_type", "model_attributes_type", "dict_type",
                "tuple_type", "list_type", "string_type", "int_type", "bool_type",
                "literal_error"}

_EXPECTED = {
    "model_type": "a mapping (`key: value` lines)", "model_attributes_type": "a mapping",
    "dict_type": "a mapping (`key: value` lines)", "tuple_type": "a list (`- item` lines)",
    "list_type": "a list (`- item` lines)", "string_type": "a text",
    "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "float_type": "a number", "float_parsing": "a number",
    "bool_type": "true or false", "bool_parsing": "true or false",
}
"""Plain words for what a field expects, by Pydantic error type."""


def lint_data(raw: Mapping[str, Any], *,
              base_dir: Path | None) -> tuple[BotSpec | None, list[Finding]]:
    """Check the parsed spec `raw`; return the spec (only if there is no finding) and findings.

    `base_dir` is the folder relative knowledge paths start from; ``None`` skips the check
    that the knowledge folders exist.
    """
    findings: list[Finding] = []
    spec: BotSpec | None = None
    try:
        spec = BotSpec.model_validate(raw, context={LINT_CONTEXT: True})
    except ValidationError as error:
        findings.extend(Finding(tuple(e["loc"]), _message(e)) for e in error.errors())
    findings.extend(cross_section_findings(_outline(raw)))
    if base_dir is not None:
        findings.extend(_knowledge_findings(raw, base_dir))
    return (spec if not findings else None), findings


def _outline(raw: Mapping[str, Any]) -> Outline:
    """The parts of `raw` the cross-section rules need, read leniently (``None`` if unreadable)."""
    bot = raw.get("bot")
    listed = bot.get("languages") if isinstance(bot, Mapping) else None
    # Unknown languages are reported structurally; the rules apply to the known ones.
    languages = (tuple(lang for lang in listed if lang in LANGUAGES)
                 if isinstance(listed, list) else None)
    escalation = raw.get("escalation")
    topics = raw.get("topics")
    purposes = raw.get("purposes", [])  # absent: no purpose, which processors may not name
    processors = raw.get("processors")
    return Outline(
        languages=languages,
        disclosures=_given(raw.get("disclosure")),
        promises=(_given(escalation.get("outside_hours_promise"))
                  if isinstance(escalation, Mapping) else None),
        topics=(tuple(_topic_outline(item) for item in topics)
                if isinstance(topics, list) else None),
        # No `purposes` key: none declared (a purpose named under retention is unknown).
        purposes=(tuple(_purpose_outline(item) for item in purposes)
                  if isinstance(purposes, list) else () if purposes is None else None),
        processors=(tuple(_processor_outline(item) for item in processors)
                    if isinstance(processors, list) else None),
        retention_refs=_retention_refs(raw.get("retention")))


def _retention_refs(retention: Any) -> tuple[tuple[Loc, str], ...]:
    """The purpose ids named under ``retention`` that are texts, with their locations."""
    if not isinstance(retention, Mapping):
        return ()
    overrides, on_close = retention.get("purposes"), retention.get("on_close")
    refs: list[tuple[Loc, str]] = []
    if isinstance(overrides, Mapping):
        refs.extend((("retention", "purposes", key), key.strip())
                    for key in overrides if isinstance(key, str))
    if isinstance(on_close, list):
        refs.extend((("retention", "on_close", index), item.strip())
                    for index, item in enumerate(on_close) if isinstance(item, str))
    return tuple(refs)


def _given(node: Any) -> frozenset[str] | None:
    """The keys of a language-keyed mapping that have a value (``None`` if not a mapping)."""
    if not isinstance(node, Mapping):
        return None
    return frozenset(str(key) for key, value in node.items() if value is not None)


def _topic_outline(item: Any) -> TopicOutline:
    if not isinstance(item, Mapping):
        return TopicOutline(id=None, titles=None)
    topic_id = item.get("id")
    return TopicOutline(id=topic_id.strip() if isinstance(topic_id, str) else None,
                        titles=_given(item.get("title")))


def _purpose_outline(item: Any) -> PurposeOutline:
    """Only known bases and data categories are kept: others are reported structurally."""
    if not isinstance(item, Mapping):
        return PurposeOutline(id=None, basis=None, data=None, descriptions=None)
    purpose_id, basis, data = item.get("id"), _stripped(item.get("basis")), item.get("data")
    return PurposeOutline(
        id=purpose_id.strip() if isinstance(purpose_id, str) else None,
        basis=basis if basis in LAWFUL_BASES else None,
        data=(tuple(category if category in DATA_CATEGORIES else None
                    for category in map(_stripped, data))
              if isinstance(data, list) else None),
        descriptions=_given(item.get("description")))


def _processor_outline(item: Any) -> ProcessorOutline:
    if not isinstance(item, Mapping):
        return ProcessorOutline(name=None, purposes=None)
    listed = item.get("purposes")
    return ProcessorOutline(name=_stripped(item.get("name")),
                            purposes=(tuple(map(_stripped, listed))
                                      if isinstance(listed, list) else None))


def _stripped(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) else None


def _knowledge_findings(raw: Mapping[str, Any], base_dir: Path) -> list[Finding]:
    """Each readable knowledge source path must be an existing folder."""
    knowledge = raw.get("knowledge")
    sources = knowledge.get("sources") if isinstance(knowledge, Mapping) else None
    findings: list[Finding] = []
    for index, source in enumerate(sources if isinstance(sources, list) else ()):
        text = source.get("path") if isinstance(source, Mapping) else None
        if not isinstance(text, str) or not text.strip():
            continue  # reported as a structural problem
        path = Path(text.strip())
        path = path if path.is_absolute() else base_dir / path
        loc: Loc = ("knowledge", "sources", index, "path")
        if not path.exists():
            findings.append(Finding(loc, f"knowledge folder not found: {path}; create it or fix "
                                         "the path (a relative path starts from the spec's "
                                         "folder)"))
        elif not path.is_dir():
            findings.append(Finding(loc, f"{path} is a file: a knowledge source is a folder of "
                                         "Markdown (.md) and FAQ (.yaml) files"))
    return findings


def _pattern(loc: Loc) -> str:
    return ".".join("*" if isinstance(part, int) else part for part in loc)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"`{value[:60]}`" + ("..." if len(value) > 60 else "")
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"`{value}`"


def _message(error: ErrorDetails) -> str:
    """One Pydantic error as a sentence a bot owner can act on."""
    kind, loc, value = error["type"], tuple(error["loc"]), error.get("input")
    where = format_loc(loc)
    empty = kind == "missing" or (kind in _EMPTY_TYPES and (value is None or value == []))
    if empty:
        hint = HINTS.get(_pattern(loc))
        if hint is not None:
            return hint
        return f"missing {where}: add it" if kind == "missing" else f"{where} is empty: fill it in"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if kind == "extra_forbidden":
        return _unknown_key_message(loc)
    if kind == "string_too_short":
        return f"{where} is empty: fill it in"
    if kind in _EXPECTED:
        name = f"`{loc[-1]}`" if loc and isinstance(loc[-1], str) else "this item"
        return f"{name} must be {_EXPECTED[kind]}, not {_show(value)}"
    return f"{error['msg']} (got {_show(value)})"


def _unknown_key_message(loc: Loc) -> str:
    key = str(loc[-1])
    allowed = _allowed_keys(loc[:-1])
    if not allowed:
        return f"unknown key `{key}`: remove it"
    close = difflib.get_close_matches(key, allowed, n=1)
    guess = f"did you mean `{close[0]}`? " if close else ""
    return (f"unknown key `{key}`: {guess}allowed here: {', '.join(allowed)} "
            "(an unknown key is refused so that a typo cannot drop a safeguard)")


def _allowed_keys(loc: Loc) -> list[str]:
    """The field names of the model found at `loc` inside `BotSpec` (empty if none)."""
    model: type[BaseModel] | None = BotSpec
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue  # an item of a tuple: the model is already the item's
        field = model.model_fields.get(part)
        model = _model_in(field.annotation) if field is not None else None
    return list(model.model_fields) if model is not None else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model class inside `annotation` (``Topic`` in ``tuple[Topic, ...]``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
