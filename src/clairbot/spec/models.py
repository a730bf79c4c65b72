"""The bot spec as Pydantic models: what a bot owner writes in ``spec.yaml``, validated.

Every model forbids unknown keys (a typo must not silently drop a safeguard) and is frozen.
Checked value types (emails, ids, retention days, localized texts) live in
`clairbot.spec._values`, business hours in `clairbot.spec.hours`, purposes of processing and
their lawful bases in `clairbot.spec.purposes`, processors and the supervisory authority in
`clairbot.spec.processors`, the sites that may embed the widget in `clairbot.spec.widget`, the
rate limits of the visitor API in `clairbot.spec.limits`.
A `BotSpec` cannot be built without the safeguards of DESIGN.md invariant 5: a disclosure,
accountable topic owners, a privacy contact, retention periods and an escalation path.

Validation is layered:

* field and section validators check values in place (an email looks like an email, a time
  range parses, a time zone exists, a reworded disclosure still discloses automation);
* `BotSpec` then applies the cross-section rules of `clairbot.spec._rules` (every language the
  bot speaks has a disclosure, topic ids are unique, special categories only under consent...).
  `clairbot.spec.lint` validates with the `LINT_CONTEXT` flag to collect those rules itself,
  located, next to every other problem.

A spec loaded from a file remembers where it came from (`BotSpec.source`), so that relative
knowledge paths resolve against the spec's folder; building a `BotSpec` in code leaves it unset.
It also remembers the file's text (`source_text`) and digest (`spec_digest`): `spec_version`
is the label its author wrote, the digest names the exact content an answer was given under.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Self

from pydantic import (
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from clairbot.spec._rules import (
    MISSING_DISCLOSURE,
    Outline,
    cross_section_findings,
    disclosure_wording_problem,
    format_loc,
)
from clairbot.spec._values import (
    ConsentProofDays,
    Email,
    LocalizedText,
    Name,
    Phone,
    PurposeId,
    RetentionDays,
    Slug,
    SpecModel,
    SpecVersion,
    Text,
    TopicId,
    Url,
)
from clairbot.spec.defaults import (
    DEFAULT_CONSENT_PROOF_DAYS,
    DEFAULT_DISCLOSURES,
    DEFAULT_INCIDENT_RETENTION_DAYS,
    DEFAULT_KEYWORD,
    Language,
)
from clairbot.spec.hours import BusinessHours
from clairbot.spec.limits import Limits
from clairbot.spec.processors import (
    DEFAULT_AUTHORITIES,
    CountryCode,
    Processor,
    SupervisoryAuthority,
)
from clairbot.spec.purposes import Purpose
from clairbot.spec.widget import Widget

LINT_CONTEXT = "clairbot.spec.lint"
"""Validation-context flag: when true, `BotSpec` leaves the cross-section rules to the linter."""


# --- company ----------------------------------------------------------------------------------

class Controller(SpecModel):
    """The data controller: the organisation accountable for the personal data (GDPR art. 4)."""

    name: Name
    email: Email
    address: Text
    country: CountryCode = "FR"
    """Where the controller is established (ISO code): its supervisory authority by default."""


class PrivacyContact(SpecModel):
    """Who answers privacy questions and data-subject requests: the DPO (GDPR art. 37-39)."""

    name: Name
    email: Email


class Company(SpecModel):
    """The company that runs the bot."""

    legal_name: Name
    controller: Controller
    privacy_contact: PrivacyContact
    website: Url | None = None
    supervisory_authority: SupervisoryAuthority | None = None
    """Where visitors may complain; by default the authority of the controller's country."""

    @model_validator(mode="after")
    def _has_authority(self) -> Self:
        if self.supervisory_authority is None and self.controller.country not in \
                DEFAULT_AUTHORITIES:
            raise ValueError(
                f"no default supervisory authority for a controller in "
                f"{self.controller.country}: add company.supervisory_authority with the name "
                "and complaint url of your data protection authority (GDPR art. 77)")
        return self

    @property
    def authority(self) -> SupervisoryAuthority:
        """The supervisory authority the privacy notice names (GDPR art. 13(2)(d))."""
        if self.supervisory_authority is not None:
            return self.supervisory_authority
        return DEFAULT_AUTHORITIES[self.controller.country]


# --- bot, disclosure --------------------------------------------------------------------------

class Bot(SpecModel):
    """The bot's identity: its name and the languages it speaks."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
    languages: tuple[Language, ...] = Field(min_length=1)
    default_language: Language

    @field_validator("languages")
    @classmethod
    def _no_repeat(cls, value: tuple[Language, ...]) -> tuple[Language, ...]:
        repeated = sorted({lang for lang in value if value.count(lang) > 1})
        if repeated:
            raise ValueError(f"language listed twice: {', '.join(repeated)}")
        return value

    @field_validator("default_language")
    @classmethod
    def _among_languages(cls, value: Language, info: ValidationInfo) -> Language:
        languages = info.data.get("languages")
        if languages is not None and value not in languages:
            raise ValueError(f"default_language `{value}` is not one of bot.languages "
                             f"({', '.join(languages)}): add it there or pick one of them")
        return value


class Disclosure(SpecModel):
    """What every conversation starts with, per language: ``default`` or the owner's wording.

    A reworded disclosure must still say the visitor talks to an automated assistant and must
    not claim to be human (see `clairbot.spec._rules.disclosure_wording_problem`).
    """

    fr: str | None = None
    en: str | None = None

    @field_validator("fr", "en")
    @classmethod
    def _discloses_automation(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if value.strip().lower() == DEFAULT_KEYWORD:
            return DEFAULT_KEYWORD
        lang: Language = "fr" if info.field_name == "fr" else "en"
        problem = disclosure_wording_problem(lang, value)
        if problem is not None:
            raise ValueError(problem)
        return value.strip()

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if self.fr is None and self.en is None:
            raise ValueError(MISSING_DISCLOSURE)
        return self

    def get(self, lang: str) -> str | None:
        """``"default"``, the owner's wording, or ``None`` when `lang` has no disclosure."""
        return {"fr": self.fr, "en": self.en}.get(lang)


# --- topics -----------------------------------------------------------------------------------

class Reachable(SpecModel):
    """Contact details of which at least one must be given: email, phone or url."""

    email: Email | None = None
    phone: Phone | None = None
    url: Url | None = None

    def _unreachable(self) -> str:
        return "no way to reach a person: add an email or a phone (or a url)"

    @model_validator(mode="after")
    def _reachable(self) -> Self:
        if self.email is None and self.phone is None and self.url is None:
            raise ValueError(self._unreachable())
        return self


class Owner(Reachable):
    """The person or team accountable for what the bot says on a topic; must be reachable."""

    name: Name

    def _unreachable(self) -> str:
        return (f"owner `{self.name}` has no contact: add an email, phone or url so that "
                "people can reach who is accountable for this topic")

    @property
    def label(self) -> str:
        """``"Billing team <billing@example.com>"``: the form answers cite an owner in."""
        contact = self.email or self.phone or self.url
        return f"{self.name} <{contact}>"


class Topic(SpecModel):
    """A subject the bot answers on, with its accountable owner."""

    id: TopicId
    title: LocalizedText
    owner: Owner
    needs_human: bool = False
    """Decisions with legal or similarly significant effect (GDPR art. 22) go to a person."""
    important: bool = False
    """A question on this topic that the bot cannot answer confidently goes to a person."""


# --- escalation -------------------------------------------------------------------------------

class EscalationContact(Reachable):
    """Where a person can be reached besides the chat; at least one way."""


class Escalation(SpecModel):
    """The path to a human: live during business hours, a promised callback outside them."""

    business_hours: BusinessHours
    outside_hours_promise: LocalizedText
    contact: EscalationContact
    max_live_wait_minutes: int = Field(default=10, ge=1, le=240)
    """When no agent has taken a live handoff after this long, the visitor is offered a
    callback instead of waiting on."""
    sla_minutes: int = Field(default=30, ge=1, le=1440)
    """A handoff still untaken after this long is escalated to the supervisor."""
    supervisor: Owner | None = None
    """Who answers for the queue when the SLA is missed (alerted by webhook and console)."""


# --- retention, knowledge, answering ----------------------------------------------------------

class Retention(SpecModel):
    """How many days each category of data is kept before it is purged (`clairbot purge`).

    `conversations` counts from a conversation's last activity; `personal_data` from the
    message that held the data (it is then anonymised in place); `consent_proof` from a
    subject's latest decision; `incidents` from an incident's last change (a reported problem
    with an answer, its history and the owner's response are then deleted; the visitor's own
    report goes earlier, with its conversation). `purposes` overrides `personal_data` for the
    data kept for one purpose; `on_close` lists purposes whose data is anonymised as soon as
    the conversation is closed. Purpose ids must name declared purposes (a cross-section
    rule).
    """

    conversations: RetentionDays
    personal_data: RetentionDays
    consent_proof: ConsentProofDays = DEFAULT_CONSENT_PROOF_DAYS
    incidents: RetentionDays = DEFAULT_INCIDENT_RETENTION_DAYS
    purposes: dict[PurposeId, RetentionDays] = Field(default_factory=dict)
    """Days per purpose id, instead of `personal_data`, for the data kept for that purpose."""
    on_close: tuple[PurposeId, ...] = ()
    """Purposes whose data is anonymised when the conversation is closed, not later."""

    def personal_data_days(self, purpose: str) -> int:
        """How long data kept for `purpose` is kept: its override, else `personal_data`."""
        return self.purposes.get(purpose, self.personal_data)


class KnowledgeSource(SpecModel):
    """A folder of Markdown and FAQ files, relative to the spec's folder (or absolute)."""

    path: Text


class Knowledge(SpecModel):
    """Where the bot's answers come from."""

    sources: tuple[KnowledgeSource, ...] = Field(min_length=1)


class Answering(SpecModel):
    """How cautious the bot is; every field has a default."""

    confidence_threshold: float | None = Field(default=None, ge=0, le=1)
    """Minimum retrieval confidence to answer; ``None`` keeps the retriever's default."""
    max_message_chars: int = Field(default=2000, ge=1, le=20000)
    unanswered_before_handoff: int = Field(default=2, ge=1, le=10)
    """After this many questions in a row without an answer, a person is offered."""


# --- the spec ---------------------------------------------------------------------------------

class BotSpec(SpecModel):
    """A complete, checked bot spec. Load one from a file with `clairbot.spec.load_spec`."""

    spec_version: SpecVersion
    tenant: Slug
    company: Company
    bot: Bot
    disclosure: Disclosure
    topics: tuple[Topic, ...] = Field(min_length=1)
    escalation: Escalation
    retention: Retention
    knowledge: Knowledge
    answering: Answering = Field(default_factory=Answering)
    purposes: tuple[Purpose, ...] = ()
    """What personal data is kept for, and on which basis; none declared: nothing is kept."""
    processors: tuple[Processor, ...] = ()
    """Who processes the data on the company's behalf (hosting, LLM...), and where."""
    widget: Widget = Field(default_factory=Widget)
    """Where the chat widget may run (the origins of the company's pages that embed it)."""
    limits: Limits = Field(default_factory=Limits.defaults)
    """How much the visitor API takes per client address and per tenant (defaults if absent)."""

    _source: Path | None = PrivateAttr(default=None)
    _source_text: str | None = PrivateAttr(default=None)
    _digest: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        if isinstance(info.context, dict) and info.context.get(LINT_CONTEXT):
            return self
        findings = cross_section_findings(Outline.of(self))
        if findings:
            raise ValueError("; ".join(f"{format_loc(f.loc)}: {f.message}" for f in findings))
        return self

    @property
    def source(self) -> Path | None:
        """The spec file this spec was loaded from (absolute), or ``None`` if built in code."""
        return self._source

    @property
    def source_text(self) -> str | None:
        """The text of the spec file as it was loaded, or ``None`` if built in code."""
        return self._source_text

    @property
    def spec_digest(self) -> str:
        """The first 12 hex digits of the SHA-256 of the spec file's bytes.

        A spec built in code has no file: its digest is that of its JSON form.
        """
        if self._digest is None:
            self._digest = digest(self.model_dump_json().encode())
        return self._digest

    def _loaded_from(self, path: Path, raw: bytes, text: str) -> None:
        """Remember the file this spec was read from (called by `clairbot.spec.loader`)."""
        self._source, self._source_text, self._digest = path, text, digest(raw)

    @property
    def source_dir(self) -> Path | None:
        """The folder of the spec file: relative knowledge paths start there."""
        return self._source.parent if self._source is not None else None

    def disclosure_text(self, lang: str) -> str:
        """The disclosure a conversation in `lang` starts with, ``default`` resolved.

        A language the bot does not speak falls back to the default language; a language
        without a disclosure (impossible in a checked spec) gets the built-in wording.
        """
        language = next((known for known in self.bot.languages if known == lang),
                        self.bot.default_language)
        text = self.disclosure.get(language)
        if text is None or text == DEFAULT_KEYWORD:
            return DEFAULT_DISCLOSURES[language].format(bot=self.bot.name,
                                                        company=self.company.legal_name)
        return text

    def knowledge_paths(self, base: Path | None = None) -> list[Path]:
        """The knowledge folders, relative ones resolved against `base` or `source_dir`."""
        root = base if base is not None else self.source_dir
        paths: list[Path] = []
        for source in self.knowledge.sources:
            path = Path(source.path)
            if not path.is_absolute():
                if root is None:
                    raise ValueError(f"cannot resolve the relative knowledge path {path}: the "
                                     "spec was not loaded from a file; pass `base`")
                path = root / path
            paths.append(path)
        return paths

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with id `topic_id`, if the spec declares it."""
        return next((t for t in self.topics if t.id == topic_id), None)

    def purpose(self, purpose_id: str) -> Purpose | None:
        """The purpose with id `purpose_id`, if the spec declares it."""
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def purposes_needing(self, type: str, subtype: str | None = None) -> list[Purpose]:
        """The purposes that need data of `type` (and `subtype`), in spec order.

        See `Purpose.needs`. An empty list means that data of this type is masked.
        """
        return [p for p in self.purposes if p.needs(type, subtype)]

    def consent_versions(self) -> dict[str, frozenset[str]]:
        """Per purpose, its current versions (`Purpose.version`) in the bot's languages.

        A consent recorded under another version was given to a text that no longer stands:
        the consent ledger does not count it (`clairbot.privacy.consent.granted`).
        """
        return {p.id: frozenset(p.version(lang) for lang in self.bot.languages)
                for p in self.purposes}

    def processors_for(self, purpose_id: str) -> list[Processor]:
        """The processors that handle data kept for `purpose_id`, in spec order."""
        return [p for p in self.processors if p.serves(purpose_id)]


def digest(raw: bytes) -> str:
    """The first 12 hex digits of the SHA-256 of `raw`: the version of a file's content."""
    return hashlib.sha256(raw).hexdigest()[:12]
