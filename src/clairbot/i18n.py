"""Translation catalogue: every text a visitor or staff member reads, in French and English.

Catalogues are YAML files in `locales/`, one per language, with the same keys; a test
checks that they stay in step.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_LOCALES = Path(__file__).parent / "locales"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language, keyed by dotted name."""
    if lang not in LANGUAGES:
        raise KeyError(f"unsupported language {lang!r}")
    raw = yaml.safe_load((_LOCALES / f"{lang}.yaml").read_text(encoding="utf-8"))
    return dict(_flatten(raw))


def _flatten(tree: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            items.extend(_flatten(value, f"{name}."))
        else:
            items.append((name, str(value)))
    return items


def t(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang` (unknown languages fall back to French), formatted."""
    messages = catalogue(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    return messages[key].format(**params) if params else messages[key]
