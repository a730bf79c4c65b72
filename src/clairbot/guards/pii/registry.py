"""Runs a set of PII detectors over a message and keeps one finding per stretch of text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Detector, Finding
from clairbot.guards.pii.redact import redact

__all__ = ["PiiRegistry", "redact", "resolve_overlaps"]


class PiiRegistry:
    """The detectors a deployment uses, in order of precedence (constructor injection)."""

    def __init__(self, detectors: Sequence[Detector]) -> None:
        """`detectors`: the plugins to run; earlier ones win ties between overlapping spans."""
        self.detectors: tuple[Detector, ...] = tuple(detectors)

    def analyze(self, text: str, lang: str) -> list[Finding]:
        """All findings in `text`, sorted by start, with overlaps resolved.

        Of two overlapping value findings the higher score wins, then the longer span, then
        the earlier detector. SPECIAL_CATEGORY findings mark a topic ("I am diabetic"), not a
        value, so they are always kept, even over other findings.
        """
        ranked: list[tuple[int, Finding]] = []
        for order, detector in enumerate(self.detectors):
            ranked.extend((order, finding) for finding in detector.detect(text, lang))
        return resolve_overlaps(ranked)


def resolve_overlaps(ranked: Sequence[tuple[int, Finding]]) -> list[Finding]:
    """Keep the best of overlapping findings; `ranked` pairs each with its detector's order.

    A finding that loses but sticks out of the winner is not dropped: the part that sticks
    out is kept (same type, reason saying so), so that no fragment of its value is left
    unredacted when two detectors disagree on where a value ends.
    """
    kept: list[Finding] = []
    values: list[Finding] = []
    best_first = sorted(ranked, key=lambda pair: (-pair[1].score,
                                                  -(pair[1].end - pair[1].start),
                                                  pair[0], pair[1].start))
    for _, finding in best_first:
        if finding.type == SPECIAL_CATEGORY:
            kept.append(finding)
            continue
        for piece in _uncovered(finding, values):
            values.append(piece)
            kept.append(piece)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _uncovered(finding: Finding, taken: Sequence[Finding]) -> list[Finding]:
    """`finding` minus the spans of `taken`: itself, nothing, or the pieces sticking out."""
    overlapping = sorted((t for t in taken if finding.overlaps(t)), key=lambda t: t.start)
    if not overlapping:
        return [finding]
    pieces: list[Finding] = []
    cursor = finding.start
    for other in [*overlapping, None]:
        stop = finding.end if other is None else other.start
        if stop > cursor:
            winner = overlapping[0]
            pieces.append(replace(
                finding, start=cursor, end=stop,
                reason=f"{finding.reason} (the part outside a {winner.type} finding)"))
        if other is not None:
            cursor = max(cursor, other.end)
    return pieces
