"""Anonymising a visitor message in place, once the personal data it kept has expired.

The message's metadata records each finding's type and decision, never its value or where it
was, so the text is scanned again with the bot's PII registry and every finding is masked
(`[PHONE]`, `[EMAIL]`...). Should the detectors now find fewer values of a kept type than the
metadata records (a detector changed since), the whole text is replaced by the placeholders of
the kept types: a kept value is never left in clear because it was not found twice.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from clairbot.guards.pii.redact import redact
from clairbot.guards.pii.registry import PiiRegistry

KEPT = "kept"
ANONYMISED = "anonymised"


def kept_purposes(meta: Mapping[str, Any]) -> set[str]:
    """The purposes a message kept personal data for (empty: nothing kept, or anonymised)."""
    return {str(entry.get("purpose")) for entry in _kept(meta)}


def anonymise_text(text: str, lang: str, meta: Mapping[str, Any], pii: PiiRegistry) -> str:
    """`text` with every finding of `pii` masked (see the module's docstring)."""
    findings = pii.analyze(text, lang)
    found = Counter(finding.type for finding in findings)
    expected = Counter(str(entry.get("type")) for entry in _kept(meta))
    if any(found[kind] < count for kind, count in expected.items()):
        return " ".join(f"[{kind}]" for kind in sorted(expected))
    return redact(text, findings)


def anonymised_meta(meta: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
    """`meta` with each kept decision turned into ``anonymised`` and the time it happened."""
    pii = [({**entry, "decision": ANONYMISED} if entry.get("decision") == KEPT else entry)
           for entry in meta.get("pii", ())]
    return {**meta, "pii": pii, "anonymised_at": now.astimezone(dt.UTC).isoformat()}


def _kept(meta: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    entries = meta.get("pii")
    if not isinstance(entries, list):
        return []
    return [entry for entry in entries
            if isinstance(entry, Mapping) and entry.get("decision") == KEPT]
