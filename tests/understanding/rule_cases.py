"""What the tests of each round's rules ask of the detectors (`test_rules_after_heldout_*`):
the categories, names and phone numbers found in a message, by the rules alone or with the
models."""

from __future__ import annotations

from clairbot.categories import PHONE
from clairbot.guards.pii.defaults import default_registry
from clairbot.understanding.names import PersonNameDetector
from clairbot.understanding.special_categories import SpecialCategoryDetector

RULES = SpecialCategoryDetector(learned=False)
WITH_MODEL = SpecialCategoryDetector()
NAMES = PersonNameDetector()
PII = default_registry()


def categories(text: str, lang: str, detector: SpecialCategoryDetector = RULES) -> set[str | None]:
    """The special categories `detector` finds in `text` (the rules alone by default)."""
    return {finding.subtype for finding in detector.detect(text, lang)}


def names(text: str, lang: str) -> list[str]:
    """The person names found in `text`, as written."""
    return [text[f.start:f.end] for f in NAMES.detect(text, lang)]


def phones(text: str, lang: str) -> list[str]:
    """The phone numbers the privacy guard's detectors find in `text`, as written."""
    return [text[f.start:f.end] for f in PII.analyze(text, lang) if f.type == PHONE]
