"""`clairbot pii scan`: JSONL in, the same rows out with the personal data found in them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from clairbot.findings import Finding
from clairbot.guards.pii._lang import guess_lang
from clairbot.guards.pii.registry import PiiRegistry

LANGS = ("fr", "en")


def scan_stream(lines: Iterable[str], *, registry: PiiRegistry, lang: str | None = None,
                progress: Callable[[int], None] | None = None) -> Iterator[str]:
    """Scan JSONL rows `{"text", "lang"?}`; yield each row (one JSON line, no newline) with
    `"entities": [{"type", "start", "end", "score", "detector"}]` added ("subtype" too for
    special categories).

    The language of a row is its own "lang" ("fr"/"en", "fr-FR" accepted), else `lang`, else
    a guess from its words. A line that is not a JSON object with a string "text" yields
    `{"line": n, "error": "..."}` (n counts from 1) and the scan goes on; blank lines are
    skipped. Rows are read and written one at a time, so memory stays constant.
    `progress(n)` is called after each line with the number of lines read so far.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _scan_line(line, number, registry, lang)
        if progress is not None:
            progress(number)


def _scan_line(line: str, number: int, registry: PiiRegistry, lang: str | None) -> str:
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(number, f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(row, dict):
        return _error(number, "a row must be a JSON object")
    text = row.get("text")
    if not isinstance(text, str):
        return _error(number, 'a row needs a "text" string')
    row_lang = _normalize_lang(row.get("lang")) or lang or guess_lang(text)
    row["entities"] = [_entity(f) for f in registry.analyze(text, row_lang)]
    return json.dumps(row, ensure_ascii=False)


def _normalize_lang(value: object) -> str | None:
    if isinstance(value, str):
        base = value.strip().lower().replace("_", "-").split("-")[0]
        if base in LANGS:
            return base
    return None


def _entity(finding: Finding) -> dict[str, object]:
    entity: dict[str, object] = {"type": finding.type, "start": finding.start,
                                 "end": finding.end, "score": finding.score,
                                 "detector": finding.detector}
    if finding.subtype is not None:
        entity["subtype"] = finding.subtype
    return entity


def _error(number: int, message: str) -> str:
    return json.dumps({"line": number, "error": message}, ensure_ascii=False)
