"""The training lines: where they are, how they are read, and what is left out of them.

Every `<kind>*.jsonl` next to this script (`fr/`, `en/`) and every `<kind>.jsonl` of the spent
held-out splits (`spent/<split>/<lang>/`), less any line a split that still measures holds
(`tests/understanding/heldout*/`): writers who never saw each other's lines still write some
of the same ("Are you a real person?"), and such a line would be measured on what the models
learnt. Lines are compared without case, accents or punctuation. Nothing here needs
scikit-learn, so that the tests can check what the build reads.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
MEASURING = HERE.parents[1] / "tests" / "understanding"
LANGS = ("fr", "en")
Item = dict[str, Any]


def rows(path: Path) -> Iterator[Item]:
    """The rows of a JSONL file (nothing if absent)."""
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def same_line(text: str) -> str:
    """`text` as lines are compared: case, accents and punctuation left out."""
    bare = "".join(char for char in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(char))
    return " ".join(re.sub(r"\W+", " ", bare).split())


@cache
def measured_lines() -> frozenset[str]:
    """Every message of the held-out splits that still measure (their texts only)."""
    return frozenset(same_line(row["text"]) for path in MEASURING.glob("heldout*/*/*.jsonl")
                     for row in rows(path))


def untested(items: Iterator[Item] | list[Item]) -> list[Item]:
    """`items` less those a measuring split holds."""
    measured = measured_lines()
    return [dict(item) for item in items if same_line(item["text"]) not in measured]


def written(kind: str) -> list[Item]:
    """The hand-written (and augmented) rows of `kind` ("intents", "special", "names"), both
    languages, the spent splits' included, less the lines a measuring split holds."""
    return untested(row for lang in LANGS
                    for path in [*sorted((HERE / lang).glob(f"{kind}*.jsonl")),
                                 *sorted((HERE / "spent").glob(f"*/{lang}/{kind}.jsonl"))]
                    for row in rows(path))
