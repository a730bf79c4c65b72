"""The privacy notice (GDPR art. 13), built from the bot spec in French or English.

`build_notice` turns a spec into a `Notice`: a title, an introduction and sections made of
paragraphs, subheadings, lists and tables, every text already in the reader's language (from the
``policy`` section of the locales, and the spec's own wording for purposes). Renderers
(`clairbot.policy.markdown`, the ``/privacy`` page) only lay it out, so that the Markdown,
the HTML page and the CLI always say the same thing.

What it says comes from the spec alone: the controller and its DPO, that visitors talk to an
AI assistant and where answers come from (an ``llm`` processor, or the knowledge base only),
the data each purpose keeps (everything else is masked), purposes with their lawful basis and
consent, retention, processors and transfers outside the EU/EEA, rights and how to exercise
them, automated decisions (``needs_human`` topics go to a person), the supervisory authority,
and the published version (`clairbot.policy.versions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.i18n import t
from clairbot.policy.versions import NoticeVersion, notice_version
from clairbot.spec import BotSpec, Processor, Purpose


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of text."""

    kind: ClassVar[str] = "paragraph"
    text: str


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section (one level below the section's)."""

    kind: ClassVar[str] = "subheading"
    text: str


@dataclass(frozen=True)
class Items:
    """A bulleted list."""

    kind: ClassVar[str] = "items"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table with a caption and column headers; each row's first cell names the row."""

    kind: ClassVar[str] = "table"
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Subheading | Items | Table


@dataclass(frozen=True)
class Section:
    """One titled part of the notice (``id`` is a stable anchor, the same in every language)."""

    id: str
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Notice:
    """A privacy notice in one language, ready to render."""

    tenant: str
    lang: str
    title: str
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    digest: str
    """`notice_version` of the spec: what the published version stands for."""
    version: NoticeVersion | None
    """The published version, or ``None`` for a draft (content not served yet)."""

    @property
    def version_line(self) -> str:
        """``"Version 2, published on 2026-11-28."``, or the draft warning."""
        if self.version is None:
            return t("policy.notice.draft", self.lang)
        return t("policy.notice.version", self.lang, number=self.version.number,
                 date=self.version.published_at.date().isoformat())


def category_label(category: str, lang: str) -> str:
    """A data category as people read it: ``PHONE`` -> "phone number", ``...:health`` ->
    "health"."""
    if category.startswith(f"{SPECIAL_CATEGORY}:"):
        return t(f"special.{category.split(':', 1)[1]}", lang)
    return t(f"pii_types.{category}", lang)


def basis_label(purpose: Purpose, lang: str) -> str:
    """The purpose's lawful basis, readable, with its GDPR article."""
    return t(f"policy.basis.{purpose.basis}", lang)


def role_label(processor: Processor, lang: str) -> str:
    """What a processor does, readable."""
    return t(f"policy.role.{processor.role}", lang)


def build_notice(spec: BotSpec, lang: str, *, version: NoticeVersion | None) -> Notice:
    """The notice of `spec` in `lang` (a language the bot does not speak: its default one)."""
    lang = lang if lang in spec.bot.languages else spec.bot.default_language
    names = {"bot": spec.bot.name, "company": spec.company.legal_name}
    sections = (_controller(spec, lang), _assistant(spec, lang, names), _data(spec, lang),
                _purposes(spec, lang), _retention(spec, lang), _recipients(spec, lang, names),
                _transfers(spec, lang), _rights(spec, lang), _automated(spec, lang),
                _complaint(spec, lang))
    return Notice(tenant=spec.tenant, lang=lang, title=t("policy.notice.title", lang, **names),
                  intro=(Paragraph(t("policy.notice.intro", lang, **names)),),
                  sections=sections, digest=notice_version(spec), version=version)


def _section(id: str, lang: str, *blocks: Block) -> Section:
    return Section(id, t(f"policy.notice.{id}_heading", lang), blocks)


def _controller(spec: BotSpec, lang: str) -> Section:
    company = spec.company
    controller, dpo = company.controller, company.privacy_contact
    blocks: list[Block] = [
        Paragraph(t("policy.notice.controller", lang, name=controller.name,
                    address=controller.address, email=controller.email)),
        Paragraph(t("policy.notice.dpo", lang, name=dpo.name, email=dpo.email))]
    if company.website:
        blocks.append(Paragraph(t("policy.notice.website", lang, url=company.website)))
    return _section("controller", lang, *blocks)


def _assistant(spec: BotSpec, lang: str, names: dict[str, str]) -> Section:
    models = [p.name for p in spec.processors if p.role == "llm"]
    answers = (t("policy.notice.answers_llm", lang, providers=", ".join(models)) if models
               else t("policy.notice.answers_local", lang, **names))
    return _section("assistant", lang, Paragraph(t("policy.notice.assistant", lang, **names)),
                    Paragraph(answers))


def _data(spec: BotSpec, lang: str) -> Section:
    used_by: dict[str, list[str]] = {}
    for purpose in spec.purposes:
        for category in purpose.data:
            used_by.setdefault(category, []).append(purpose.id)
    after = (Paragraph(t("policy.notice.masked", lang)),
             Paragraph(t("policy.notice.recorded", lang)))
    if not used_by:
        return _section("data", lang, Paragraph(t("policy.notice.data_none", lang)), *after)
    table = Table(t("policy.notice.data_caption", lang),
                  (t("policy.notice.data_category", lang), t("policy.notice.data_purposes", lang)),
                  tuple((category_label(category, lang), ", ".join(purposes))
                        for category, purposes in used_by.items()))
    return _section("data", lang, Paragraph(t("policy.notice.data_intro", lang)), table, *after)


def _purposes(spec: BotSpec, lang: str) -> Section:
    rows = []
    for purpose in spec.purposes:
        if purpose.requires_consent:
            consent = t("policy.notice.consent_asked", lang)
        else:
            consent = t("policy.notice.consent_not_needed", lang)
            if purpose.basis == "legitimate_interest":
                consent = f"{consent} {t('policy.notice.object_note', lang)}"
        data = ", ".join(category_label(c, lang) for c in purpose.data) or t("policy.none", lang)
        rows.append((purpose.id, purpose.text(lang), data, basis_label(purpose, lang), consent))
    table = Table(t("policy.notice.purposes_caption", lang),
                  (t("policy.notice.purpose", lang), t("policy.notice.purpose_description", lang),
                   t("policy.notice.data_category", lang), t("policy.notice.purpose_basis", lang),
                   t("policy.notice.purpose_consent", lang)),
                  tuple(rows))
    kept = spec.limits.longest_address_window() * 2
    security = Paragraph(t("policy.notice.security_counters", lang,
                           duration=_duration(kept, lang)))
    return _section("purposes", lang, table, security)


def _duration(seconds: int, lang: str) -> str:
    """`seconds` in the largest whole unit: "2 heures", "2 days"."""
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds % size == 0:
            return t(f"policy.duration.{unit}", lang, count=seconds // size)
    return t("policy.duration.seconds", lang, count=seconds)


def _retention(spec: BotSpec, lang: str) -> Section:
    retention = spec.retention
    rows = ((t("policy.notice.retention_conversations", lang), retention.conversations),
            (t("policy.notice.retention_personal_data", lang), retention.personal_data),
            (t("policy.notice.retention_consent_proof", lang), retention.consent_proof),
            (t("policy.notice.retention_incidents", lang), retention.incidents))
    table = Table(t("policy.notice.retention_caption", lang),
                  (t("policy.notice.retention_data", lang),
                   t("policy.notice.retention_period", lang)),
                  tuple((label, t("policy.days", lang, days=days)) for label, days in rows))
    return _section("retention", lang, table,
                    Paragraph(t("policy.notice.retention_after", lang)))


def _recipients(spec: BotSpec, lang: str, names: dict[str, str]) -> Section:
    if not spec.processors:
        return _section("recipients", lang,
                        Paragraph(t("policy.notice.recipients_none", lang, **names)))
    everything = t("policy.notice.all_purposes", lang)
    table = Table(t("policy.notice.recipients_caption", lang),
                  (t("policy.notice.processor", lang), t("policy.notice.processor_role", lang),
                   t("policy.notice.processor_location", lang),
                   t("policy.notice.processor_purposes", lang)),
                  tuple((p.name, role_label(p, lang), p.location,
                         ", ".join(p.purposes) or everything) for p in spec.processors))
    return _section("recipients", lang,
                    Paragraph(t("policy.notice.recipients_intro", lang, **names)), table)


def _transfers(spec: BotSpec, lang: str) -> Section:
    abroad = [p for p in spec.processors if p.outside_eea]
    if not abroad:
        return _section("transfers", lang, Paragraph(t("policy.notice.transfers_none", lang)))
    table = Table(t("policy.notice.transfers_caption", lang),
                  (t("policy.notice.processor", lang),
                   t("policy.notice.processor_location", lang),
                   t("policy.notice.transfer_safeguard", lang)),
                  tuple((p.name, p.location, p.safeguard or "") for p in abroad))
    return _section("transfers", lang, Paragraph(t("policy.notice.transfers_intro", lang)),
                    table)


_RIGHTS = ("access", "rectification", "erasure", "portability", "objection", "withdrawal",
           "restriction")


def _rights(spec: BotSpec, lang: str) -> Section:
    dpo = spec.company.privacy_contact
    return _section(
        "rights", lang,
        Paragraph(t("policy.notice.rights_intro", lang)),
        Items(tuple(t(f"policy.notice.right_{right}", lang) for right in _RIGHTS)),
        Subheading(t("policy.notice.exercise_heading", lang)),
        Items((t("policy.notice.exercise_chat", lang),
               t("policy.notice.exercise_email", lang, name=dpo.name, email=dpo.email))))


def _automated(spec: BotSpec, lang: str) -> Section:
    blocks: list[Block] = [Paragraph(t("policy.notice.automated", lang))]
    human = [topic.title.pick(lang, spec.bot.default_language)
             for topic in spec.topics if topic.needs_human]
    if human:
        blocks.append(Paragraph(t("policy.notice.automated_topics", lang,
                                  topics=", ".join(human))))
    return _section("automated", lang, *blocks)


def _complaint(spec: BotSpec, lang: str) -> Section:
    authority = spec.company.authority
    return _section("complaint", lang, Paragraph(t("policy.notice.complaint", lang,
                                                   authority=authority.name,
                                                   url=authority.url)))
