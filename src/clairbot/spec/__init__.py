"""The bot spec: what a bot owner declares in YAML, and the checks that refuse an unsafe one.

    from clairbot.spec import check_spec, load_spec

    spec = load_spec(Path("spec.yaml"))        # raises SpecError listing every problem
    spec.disclosure_text("fr")                 # the first message of a French conversation
    spec.knowledge_paths()                     # knowledge folders, relative to the spec file

    spec, problems = check_spec(Path("spec.yaml"))   # `clairbot check`: never raises on content

`load_spec` returns a `BotSpec` that remembers its file: `spec.source` (the spec file) and
`spec.source_dir` (its folder, where relative knowledge paths start). A `BotSpec` built in code
has neither; pass `base` to `knowledge_paths` then.
"""

from clairbot.spec._rules import Finding
from clairbot.spec.defaults import DEFAULT_DISCLOSURES, LANGUAGES, Language
from clairbot.spec.hours import BusinessHours, TimeRange, WeeklyHours
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
    LocalizedText,
    Owner,
    PrivacyContact,
    Retention,
    Topic,
)
from clairbot.spec.starter import write_starter

__all__ = [
    "DEFAULT_DISCLOSURES",
    "LANGUAGES",
    "Answering",
    "Bot",
    "BotSpec",
    "BusinessHours",
    "Company",
    "Controller",
    "Disclosure",
    "Escalation",
    "EscalationContact",
    "Finding",
    "Knowledge",
    "KnowledgeSource",
    "Language",
    "LocalizedText",
    "Owner",
    "PrivacyContact",
    "Retention",
    "TimeRange",
    "Topic",
    "WeeklyHours",
    "check_spec",
    "lint_data",
    "load_spec",
    "write_starter",
]
