"""Which knowledge needs its owner's review: past its `review_by` date, or never given one.

Content goes stale: prices, delays and contacts change. Each document (or FAQ item) may say
when its owner must read it again (``review_by: 2027-03-31``); `review_report` lists what is
overdue on a given day and what has no date at all, grouped by owner, so that each owner
gets one list.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from clairbot.knowledge.passages import Passage


@dataclass(frozen=True)
class ReviewItem:
    """A document, or some of its FAQ items, sharing one review date (or none)."""

    document: str
    owner: str
    lang: str
    version: str
    review_by: dt.date | None
    entries: tuple[str, ...]
    """Titles of the items concerned, when the date is theirs only; empty: the whole file."""

    def days_overdue(self, as_of: dt.date) -> int | None:
        """Days since the review date (``None`` without a date)."""
        return None if self.review_by is None else (as_of - self.review_by).days

    def as_json(self, as_of: dt.date) -> dict[str, Any]:
        """``{"document", "lang", "version", "review_by", "days_overdue", "entries"}``."""
        return {"document": self.document, "lang": self.lang, "version": self.version,
                "review_by": self.review_by.isoformat() if self.review_by else None,
                "days_overdue": self.days_overdue(as_of), "entries": list(self.entries)}


@dataclass(frozen=True)
class ReviewReport:
    """What is overdue for review on `as_of` (the date is past) and what was never dated."""

    as_of: dt.date
    overdue: tuple[ReviewItem, ...]
    never_reviewed: tuple[ReviewItem, ...]

    def as_json(self) -> dict[str, Any]:
        """``{"as_of", "overdue": [{"owner", "documents": [...]}], "never_reviewed": [...]}``."""
        return {"as_of": self.as_of.isoformat(),
                "overdue": _groups_json(self.overdue, self.as_of),
                "never_reviewed": _groups_json(self.never_reviewed, self.as_of)}


def review_report(passages: Iterable[Passage], *, as_of: dt.date) -> ReviewReport:
    """The items whose review date is before `as_of`, and those without a date.

    A date equal to `as_of` is not overdue yet: "review by" that day. Items are sorted by
    owner, then oldest date first, then document.
    """
    items = _items(passages)
    overdue = [i for i in items if i.review_by is not None and i.review_by < as_of]
    never = [i for i in items if i.review_by is None]
    return ReviewReport(
        as_of=as_of,
        overdue=tuple(sorted(overdue, key=lambda i: (i.owner, i.review_by, i.document))),
        never_reviewed=tuple(sorted(never, key=lambda i: (i.owner, i.document))))


def by_owner(items: Sequence[ReviewItem]) -> dict[str, list[ReviewItem]]:
    """`items` grouped by owner, owners in alphabetical order, each group in report order."""
    groups: dict[str, list[ReviewItem]] = defaultdict(list)
    for item in items:
        groups[item.owner].append(item)
    return dict(sorted(groups.items()))


def _items(passages: Iterable[Passage]) -> list[ReviewItem]:
    # Passages of one document, keyed by their review date, in load order.
    dates: dict[str, dict[dt.date | None, list[Passage]]] = defaultdict(dict)
    for passage in passages:
        dates[passage.document].setdefault(passage.review_by, []).append(passage)
    items: list[ReviewItem] = []
    for document, groups in dates.items():
        whole = len(groups) == 1
        for review_by, members in groups.items():
            first = members[0]
            items.append(ReviewItem(
                document=document, owner=first.owner, lang=first.lang, version=first.version,
                review_by=review_by,
                entries=() if whole else tuple(p.title for p in members)))
    return items


def _groups_json(items: Sequence[ReviewItem], as_of: dt.date) -> list[dict[str, Any]]:
    return [{"owner": owner, "documents": [item.as_json(as_of) for item in group]}
            for owner, group in by_owner(items).items()]
