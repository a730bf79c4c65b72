"""Evaluation: small talk and another product's FAQ are off-topic for the demo base.

The data set (Microsoft Bot Framework virtual-assistant QnA, MIT) holds chit-chat in French and
English ("are you a bot?", "I'm going to sign out now", "tell me about yourself") and the FAQ of
a software product. None of it is about packaging, so the demo base should rarely claim to
answer it. Lexical retrieval cannot reach zero: a chat line whose only content word appears in
the base ("Is anyone there to talk?" next to "Can I talk to a person?") looks answered. The
intent router handles small talk before retrieval; this test guards the retrieval fallback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clairbot.knowledge import KnowledgeIndex

EVAL_FILE = (
    Path(__file__).parents[2] / ".." / "shared" / "eval" / "faq" / "botframework_va_qna_en_fr.jsonl"
)
MAX_CONFIDENT_SHARE = 0.10
"""Measured 6.2% with the default threshold when this test was written."""


def test_when_visitors_make_small_talk_then_the_demo_base_rarely_claims_an_answer(
    demo_index: KnowledgeIndex,
) -> None:
    if not EVAL_FILE.is_file():
        pytest.skip(f"evaluation data not found at {EVAL_FILE.resolve()}")
    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines()]

    confident = [
        row["question"]
        for row in rows
        if demo_index.search(row["question"], lang=row["lang"], limit=1).confident
    ]

    share = len(confident) / len(rows)
    assert len(rows) > 1000
    assert share <= MAX_CONFIDENT_SHARE, (f"{share:.1%} confident", confident[:20])
