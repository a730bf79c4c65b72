"""The registry a deployment gets when it does not assemble its own."""

from __future__ import annotations

from functools import cache

from clairbot.guards.pii.addresses import PostalAddressDetector
from clairbot.guards.pii.registry import PiiRegistry
from clairbot.guards.pii.structured import structured_detectors
from clairbot.understanding.names import PersonNameDetector
from clairbot.understanding.special_categories import SpecialCategoryDetector


@cache
def default_registry(ignore_names: tuple[str, ...] = ()) -> PiiRegistry:
    """Structured detectors first, then person names, postal addresses and special
    categories; built once per process and set of names (detectors keep no per-message state).

    `ignore_names` are never reported as persons: the bot's own name ("Bonjour Clara").
    """
    return PiiRegistry([*structured_detectors(), PersonNameDetector(ignore=ignore_names),
                        PostalAddressDetector(), SpecialCategoryDetector()])
