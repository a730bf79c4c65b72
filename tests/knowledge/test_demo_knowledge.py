"""The demo knowledge base (Verdalis Emballages) is complete, consistent and accountable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from clairbot.knowledge import Passage, load_knowledge

TOPICS = {
    "orders",
    "delivery",
    "billing",
    "returns",
    "account",
    "products",
    "sustainability",
    "contracts",
    "support",
    "privacy",
}


@pytest.fixture(scope="module")
def passages(demo_root: Path) -> list[Passage]:
    return load_knowledge(demo_root)


def test_when_the_demo_base_is_loaded_then_each_language_has_at_least_36_passages(
    passages: list[Passage],
) -> None:
    counts = Counter(p.lang for p in passages)

    assert counts["fr"] >= 36 and counts["en"] >= 36, counts


def test_when_the_demo_base_is_loaded_then_both_languages_cover_the_same_topics(
    passages: list[Passage],
) -> None:
    french = Counter(p.topic for p in passages if p.lang == "fr")
    english = Counter(p.topic for p in passages if p.lang == "en")

    assert set(french) == set(english) == TOPICS
    assert french == english


def test_when_the_demo_base_is_loaded_then_every_passage_is_accountable_and_citable(
    passages: list[Passage],
) -> None:
    for p in passages:
        assert p.owner.endswith("@verdalis.example>"), p.id
        assert p.url is not None and p.url.startswith(f"https://verdalis.example/{p.lang}/"), p.id
        assert p.document.startswith(f"{p.lang}/"), p.id


def test_when_the_demo_base_is_loaded_then_passages_are_short_enough_to_quote(
    passages: list[Passage],
) -> None:
    for p in passages:
        sentences = p.text.count(". ") + p.text.count("? ") + 1
        assert 1 <= sentences <= 6 and len(p.text) <= 700, p.id


def test_when_refunds_and_terminations_are_asked_then_the_base_says_a_person_decides(
    passages: list[Passage],
) -> None:
    by_id = {p.id: p for p in passages}

    assert "5 000 €" in by_id["fr/retours.md#remboursement-d-un-retour"].text
    assert "EUR 5,000" in by_id["en/returns.md#refund-of-a-return"].text
    assert "une personne" in by_id["fr/contrats.md#resilier-un-contrat"].text
    assert "a person" in by_id["en/contracts.md#terminating-a-contract"].text
