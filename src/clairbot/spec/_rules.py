"""Ethics-by-design rules that look at the spec's content rather than at its shape.

Two kinds of rules live here:

* `disclosure_wording_problem` judges one disclosure text (used by the `Disclosure` model);
* `cross_section_findings` relates sections to each other (every language the bot speaks
  has a disclosure, a promise outside hours, topic titles and purpose descriptions; topic and
  purpose ids are unique; special categories only under consent; a consent purpose names its
  data; a processor serves only declared purposes). It works on an `Outline` of the spec
  whose parts may be unknown, so that
  `clairbot check` still applies the rules to the parts it can read while others are broken,
  and reports everything at once.

Findings carry a location as a tuple of keys and indexes (the same shape as a Pydantic error
``loc``); `clairbot.spec.loader` turns it into a file line.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from clairbot.spec.defaults import (
    AUTOMATION_EXAMPLES,
    AUTOMATION_TERMS,
    DEFAULT_KEYWORD,
    HUMAN_CLAIMS,
    LANGUAGE_NAMES,
    LANGUAGES,
    Language,
)
from clairbot.spec.purposes import is_special
from clairbot.text import fold, words

if TYPE_CHECKING:
    from clairbot.spec._values import LocalizedText
    from clairbot.spec.models import BotSpec, Disclosure

Loc = tuple[str | int, ...]


MISSING_DISCLOSURE = (
    "missing disclosure: every conversation must start by saying it is an automated assistant "
    f"(EU AI Act art. 50); add `disclosure: {{fr: {DEFAULT_KEYWORD}, en: {DEFAULT_KEYWORD}}}` "
    "(or your own wording per language)")


def format_loc(loc: Loc) -> str:
    """``("topics", 2, "owner")`` -> ``"topics[2].owner"``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class Finding(NamedTuple):
    """One problem, located by its path in the spec (``("topics", 2, "owner")``)."""

    loc: Loc
    message: str


def _contains_term(text_words: Sequence[str], term: str) -> bool:
    needle = term.split()
    width = len(needle)
    return any(list(text_words[i:i + width]) == needle
               for i in range(len(text_words) - width + 1))


def disclosure_wording_problem(lang: Language, text: str) -> str | None:
    """Why `text` cannot be the disclosure in `lang`, or ``None`` if it can.

    A reworded disclosure must not be empty, must say that the visitor talks to an automated
    assistant (one of `AUTOMATION_TERMS`), and must not claim that the bot is a person.
    """
    name = LANGUAGE_NAMES[lang]
    if not text.strip():
        return (f"the {name} disclosure is empty: write `{lang}: {DEFAULT_KEYWORD}` to use "
                "the built-in wording, or write your own")
    folded = fold(text)
    for pattern in HUMAN_CLAIMS[lang]:
        match = pattern.search(folded)
        if match:
            return (f"the {name} disclosure claims the bot is a person (\"{match.group(0)}\"): "
                    "a bot must never pretend to be human; reword it or write "
                    f"`{lang}: {DEFAULT_KEYWORD}`")
    text_words = words(text)
    if not any(_contains_term(text_words, term) for term in AUTOMATION_TERMS[lang]):
        return (f"the {name} disclosure does not say that the visitor is talking to an "
                "automated assistant (EU AI Act art. 50); say it with words such as "
                f"{AUTOMATION_EXAMPLES[lang]}, or write `{lang}: {DEFAULT_KEYWORD}`")
    return None


@dataclass(frozen=True)
class TopicOutline:
    """What the cross-section rules need of one topic."""

    id: str | None
    titles: frozenset[str] | None
    """Languages the topic has a title in; ``None`` when the title itself is broken."""


@dataclass(frozen=True)
class PurposeOutline:
    """What the cross-section rules need of one purpose; ``None`` marks a part unreadable."""

    id: str | None
    basis: str | None
    """A known lawful basis, or ``None``."""
    data: tuple[str | None, ...] | None
    """The data categories, each ``None`` if it is not a known one."""
    descriptions: frozenset[str] | None
    """Languages the purpose has a description in."""


@dataclass(frozen=True)
class ProcessorOutline:
    """What the cross-section rules need of one processor."""

    name: str | None
    purposes: tuple[str | None, ...] | None
    """The purpose ids it lists, each ``None`` if it is not a text."""


@dataclass(frozen=True)
class Outline:
    """What the cross-section rules need of a spec; ``None`` marks a part absent or broken.

    `Outline.of` takes it from a valid `BotSpec`; the linter takes it leniently from raw YAML,
    so that the rules still run on the parts that can be read while others are broken.
    """

    languages: tuple[str, ...] | None
    disclosures: frozenset[str] | None
    promises: frozenset[str] | None
    topics: tuple[TopicOutline, ...] | None
    purposes: tuple[PurposeOutline, ...] | None
    processors: tuple[ProcessorOutline, ...] | None = None
    retention_refs: tuple[tuple[Loc, str], ...] = ()
    """Purpose ids named under ``retention`` (``purposes`` keys, ``on_close`` items), located."""

    @classmethod
    def of(cls, spec: BotSpec) -> Outline:
        """The outline of a spec that is valid section by section."""
        def given(text: Disclosure | LocalizedText) -> frozenset[str]:
            return frozenset(lang for lang in LANGUAGES if text.get(lang) is not None)
        return cls(languages=spec.bot.languages, disclosures=given(spec.disclosure),
                   promises=given(spec.escalation.outside_hours_promise),
                   topics=tuple(TopicOutline(t.id, given(t.title)) for t in spec.topics),
                   purposes=tuple(PurposeOutline(p.id, p.basis, p.data, given(p.description))
                                  for p in spec.purposes),
                   processors=tuple(ProcessorOutline(p.name, p.purposes)
                                    for p in spec.processors),
                   retention_refs=(
                       *((("retention", "purposes", pid), pid)
                         for pid in spec.retention.purposes),
                       *((("retention", "on_close", index), pid)
                         for index, pid in enumerate(spec.retention.on_close))))


def cross_section_findings(outline: Outline) -> list[Finding]:
    """Problems between sections; a part of the outline that is ``None`` is skipped.

    An empty set of languages is skipped as well: the section's own check already says that
    it needs at least one language.
    """
    findings: list[Finding] = []
    if outline.topics is not None:
        findings.extend(_duplicate_ids(
            "topics", [t.id for t in outline.topics],
            "each topic needs its own id so that answers name one accountable owner"))
    if outline.purposes is not None:
        findings.extend(_duplicate_ids(
            "purposes", [p.id for p in outline.purposes],
            "each purpose needs its own id so that a consent names exactly one purpose"))
        for index, purpose in enumerate(outline.purposes):
            findings.extend(_basis_findings(index, purpose))
        findings.extend(_processor_findings(outline.processors or (), outline.purposes))
        findings.extend(_retention_findings(outline.retention_refs, outline.purposes))
    for lang in outline.languages or ():
        name = LANGUAGE_NAMES.get(lang, lang)
        if outline.disclosures and lang not in outline.disclosures:
            findings.append(Finding(
                ("disclosure", lang),
                f"missing {name} disclosure: the bot speaks {lang}, so every {name} "
                "conversation must start by saying it is an automated assistant (EU AI Act "
                f"art. 50); add `{lang}: {DEFAULT_KEYWORD}` under disclosure"))
        if outline.promises and lang not in outline.promises:
            findings.append(Finding(
                ("escalation", "outside_hours_promise", lang),
                f"missing {name} promise for outside business hours: add `{lang}: ...` under "
                "escalation.outside_hours_promise, saying when a person will get back"))
        for index, topic in enumerate(outline.topics or ()):
            if topic.titles and lang not in topic.titles:
                label = f"`{topic.id}`" if topic.id else f"topics[{index}]"
                findings.append(Finding(
                    ("topics", index, "title", lang),
                    f"missing {name} title for topic {label}: add `{lang}: ...` under its title"))
        for index, purpose in enumerate(outline.purposes or ()):
            if purpose.descriptions and lang not in purpose.descriptions:
                label = f"`{purpose.id}`" if purpose.id else f"purposes[{index}]"
                findings.append(Finding(
                    ("purposes", index, "description", lang),
                    f"missing {name} description for purpose {label}: {name}-speaking visitors "
                    "must be told what is done with their data and why (GDPR art. 13); add "
                    f"`{lang}: ...` under its description"))
    return findings


def _duplicate_ids(section: str, ids: Sequence[str | None], why: str) -> list[Finding]:
    """A finding at each id already used by an earlier item of `section` (``"topics"``)."""
    first_seen: dict[str, int] = {}
    findings: list[Finding] = []
    for index, item_id in enumerate(ids):
        if item_id is None:
            continue
        if item_id in first_seen:
            findings.append(Finding(
                (section, index, "id"),
                f"duplicate {section.removesuffix('s')} id `{item_id}` (already used by "
                f"{section}[{first_seen[item_id]}]): {why}"))
        else:
            first_seen[item_id] = index
    return findings


def _basis_findings(index: int, purpose: PurposeOutline) -> list[Finding]:
    """Special categories only under consent (GDPR art. 9(2)(a)); consent names its data."""
    if purpose.basis is None or purpose.data is None:
        return []
    label = f"`{purpose.id}`" if purpose.id else f"purposes[{index}]"
    if purpose.basis == "consent":
        if purpose.data:
            return []
        return [Finding(("purposes", index, "data"),
                        f"a consent purpose must say which data it needs: list under the data "
                        f"of purpose {label} the categories visitors are asked to agree to, e.g. "
                        "`data: [EMAIL, PHONE]`, or remove the purpose if it needs none")]
    return [Finding(("purposes", index, "data", position),
                    "GDPR art. 9(2)(a): special categories of data may only be processed with "
                    f"explicit consent; set `basis: consent` or remove `{category}` from the data "
                    f"of purpose {label} (its basis is `{purpose.basis}`)")
            for position, category in enumerate(purpose.data)
            if category is not None and is_special(category)]


def _processor_findings(processors: Sequence[ProcessorOutline],
                        purposes: Sequence[PurposeOutline]) -> list[Finding]:
    """A processor may only list purposes the spec declares (the notice names each one)."""
    known = [p.id for p in purposes if p.id is not None]
    findings: list[Finding] = []
    for index, processor in enumerate(processors):
        label = f"`{processor.name}`" if processor.name else f"processors[{index}]"
        for position, purpose_id in enumerate(processor.purposes or ()):
            if purpose_id is None or purpose_id in known:
                continue
            declared = ", ".join(known) if known else "none"
            findings.append(Finding(
                ("processors", index, "purposes", position),
                f"processor {label} lists an unknown purpose `{purpose_id}`: use the id of a "
                f"purpose declared under `purposes` (declared: {declared}), or remove it"))
    return findings


def _retention_findings(refs: Sequence[tuple[Loc, str]],
                        purposes: Sequence[PurposeOutline]) -> list[Finding]:
    """Every purpose named under ``retention`` must be declared under ``purposes``."""
    declared = [p.id for p in purposes if p.id is not None]
    if any(p.id is None for p in purposes):
        return []  # a broken purpose id is reported already; it may be the one named here
    findings: list[Finding] = []
    for loc, purpose_id in refs:
        if purpose_id in declared:
            continue
        close = difflib.get_close_matches(purpose_id, declared, n=1)
        guess = f"did you mean `{close[0]}`? " if close else ""
        known = (f"declared purposes: {', '.join(declared)}" if declared
                 else "the spec declares no purposes")
        findings.append(Finding(loc, f"retention names the purpose `{purpose_id}`, which is not "
                                     f"declared under `purposes`: {guess}{known}"))
    return findings
