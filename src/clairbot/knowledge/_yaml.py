"""YAML for knowledge files: safe loading with dates kept as text, and the line of a key.

PyYAML turns ``2026-12-31`` into a date, and crashes with a bare `ValueError` on a date that
does not exist (``2026-02-30``). Knowledge files are written by hand, so dates stay text here
and `review_date` checks them, reporting a bad one at its line instead of crashing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import yaml

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Loader(yaml.SafeLoader):
    """`yaml.SafeLoader` that leaves timestamps as the text they were written as."""


def _as_text(loader: Loader, node: yaml.ScalarNode) -> Any:
    return loader.construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)


def load(text: str) -> Any:
    """Parse `text` safely (raises `yaml.YAMLError`), dates kept as text."""
    return yaml.load(text, Loader=Loader)  # noqa: S506  # nosec B506  # a SafeLoader subclass


class BadDate(ValueError):
    """A `review_by` value that is not a real ``YYYY-MM-DD`` date."""


def review_date(value: Any) -> dt.date | None:
    """The date of a `review_by` value (``None`` when absent); raise `BadDate` otherwise."""
    if value is None:
        return None
    text = str(value).strip() if isinstance(value, str | int) else None
    if text is None or not _ISO_DATE.fullmatch(text):
        raise BadDate(f"invalid review_by {value!r} (expected a date YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise BadDate(f"invalid review_by {value!r}: {exc} (expected a date YYYY-MM-DD)") \
            from None


def key_line(text: str, path: Sequence[str | int]) -> int | None:
    """The 0-based line of the key (or item) at `path` in the YAML `text`, if it is there."""
    try:
        node: Any = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError:
        return None
    line: int | None = None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if k.value == step), None)
            if found is None:
                return None
            line, node = found[0].start_mark.line, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and 0 <= step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line
        else:
            return None
    return line
