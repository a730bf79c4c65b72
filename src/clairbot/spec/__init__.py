"""The bot spec: what a bot owner declares in YAML, and the checks that refuse an unsafe one.

    from clairbot.spec import check_spec, load_spec

    spec = load_spec(Path("spec.yaml"))        # raises SpecError listing every problem
    spec.disclosure_text("fr")                 # the first message of a French conversation
    spec.knowledge_paths()                     # knowledge folders, relative to the spec file
    spec.purposes_needing("PHONE")             # purposes a phone number may be kept for ([]: mask)

    spec, problems = check_spec(Path("spec.yaml"))   # `clairbot check`: never raises on content

A `Purpose` says what personal data is kept for and on which lawful basis: `requires_consent`,
`text(lang)` (what visitors read) and `version(lang)` (what the consent ledger records).
A `Processor` says who handles the data on the company's behalf and where
(`spec.processors_for("callback")`); `spec.company.authority` is where visitors may complain.
`spec.widget.allowed_origins` lists the sites whose pages may run the chat widget;
`embed_warning(spec)` says why the widget would not work on the company's own site.
`spec.limits.rate("handoffs", "per_ip")` is an action's rate limit, e.g. "10/minute; 60/hour".

`load_spec` returns a `BotSpec` that remembers its file: `spec.source` (the spec file) and
`spec.source_dir` (its folder, where relative knowledge paths start). A `BotSpec` built in code
has neither; pass `base` to `knowledge_paths` then.
"""

from clairbot.spec._rules import Finding
from clairbot.spec._values import LocalizedText
from clairbot.spec.defaults import DEFAULT_DISCLOSURES, LANGUAGES, Language
from clairbot.spec.hours import BusinessHours, TimeRange, WeeklyHours
from clairbot.spec.limits import ACTIONS, DEFAULT_LIMITS, ActionLimits, Limits
from clairbot.spec.lint import lint_data
from clairbot.spec.loader import check_spec, load_spec
from clairbot.spec.models import (
    Answering,
    Bot,
    BotSpec,
    Company,
    Controller,
    Disclosure,
    Escalation,
    EscalationContact,
    Knowledge,
    KnowledgeSource,
    Owner,
    PrivacyContact,
    Retention,
    Topic,
)
from clairbot.spec.processors import (
    EEA_COUNTRIES,
    PROCESSOR_ROLES,
    Processor,
    ProcessorRole,
    SupervisoryAuthority,
)
from clairbot.spec.purposes import (
    DATA_CATEGORIES,
    LAWFUL_BASES,
    DataCategory,
    LawfulBasis,
    Purpose,
)
from clairbot.spec.starter import write_starter
from clairbot.spec.widget import Widget, embed_warning

__all__ = [
    "ACTIONS",
    "DEFAULT_LIMITS",
    "DATA_CATEGORIES",
    "DEFAULT_DISCLOSURES",
    "EEA_COUNTRIES",
    "LANGUAGES",
    "LAWFUL_BASES",
    "PROCESSOR_ROLES",
    "ActionLimits",
    "Answering",
    "Bot",
    "BotSpec",
    "BusinessHours",
    "Company",
    "Controller",
    "DataCategory",
    "Disclosure",
    "Escalation",
    "EscalationContact",
    "Finding",
    "Knowledge",
    "KnowledgeSource",
    "Language",
    "LawfulBasis",
    "Limits",
    "LocalizedText",
    "Owner",
    "PrivacyContact",
    "Processor",
    "ProcessorRole",
    "Purpose",
    "Retention",
    "SupervisoryAuthority",
    "TimeRange",
    "Topic",
    "WeeklyHours",
    "Widget",
    "check_spec",
    "embed_warning",
    "lint_data",
    "load_spec",
    "write_starter",
]
