"""The full pipeline on public labelled utterances: every talk-to-a-human request reaches
`waiting_for_human` in one turn, every are-you-a-bot question gets the truthful answer.

Data: ../shared/eval/intents/handoff_botidentity_complaint_subset.jsonl (see its README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation import pipeline, service
from clairbot.conversation.bot import Bot

SUBSET = (Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "intents"
          / "handoff_botidentity_complaint_subset.jsonl")
# The intent router's own tests hold it to >= 98% recall per language and dataset; through
# the whole pipeline (language detection, normalisation) the bar is the same.
MIN_RECALL = 0.98


def rows(intent: str) -> list[dict[str, str]]:
    if not SUBSET.exists():
        pytest.skip(f"{SUBSET} not found: ../shared/eval is absent")
    with SUBSET.open(encoding="utf-8") as handle:
        return [r for r in map(json.loads, handle) if r["intent_norm"] == intent]


def run_one(session: Session, bot: Bot, text: str, lang: str) -> tuple[str, str]:
    conversation, _ = service.start(session=session, bot=bot, lang=lang, channel="eval")
    produced = pipeline.handle_turn(session=session, bot=bot, conversation=conversation,
                                    inbound=pipeline.Inbound(text=text))
    return conversation.state, str(produced[-1].meta["kind"])


def test_when_visitors_ask_for_a_human_then_waiting_for_human_in_one_turn(
        session: Session, demo_bot: Bot) -> None:
    misses = []
    examples = rows("human_agent")
    for row in examples:
        state, _ = run_one(session, demo_bot, row["text"], row["lang"])
        if state != "waiting_for_human":
            misses.append(row["text"])
    recall = 1 - len(misses) / len(examples)
    print(f"human_agent: {len(examples)} examples, recall {recall:.4f}, misses {misses[:10]}")
    assert recall >= MIN_RECALL, misses


def test_when_visitors_ask_if_it_is_a_bot_then_truthful_identity_answer(
        session: Session, demo_bot: Bot) -> None:
    misses = []
    examples = rows("bot_identity")
    for row in examples:
        _, kind = run_one(session, demo_bot, row["text"], row["lang"])
        if kind != "identity":
            misses.append(row["text"])
    recall = 1 - len(misses) / len(examples)
    print(f"bot_identity: {len(examples)} examples, recall {recall:.4f}, misses {misses[:10]}")
    assert recall >= MIN_RECALL, misses
