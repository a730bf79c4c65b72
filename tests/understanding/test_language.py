"""French / English detection of visitor messages: short and ambiguous messages keep the
conversation's language; the evaluation over ../shared/eval (skipped when absent) asserts an
accuracy >= 0.95 on messages of three words or more (run with `-s` to see the figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clairbot.understanding.language import detect_language

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@pytest.mark.parametrize(("text", "default", "expected"), [
    ("merci", "en", "fr"),  # one distinctive word is enough
    ("thanks", "fr", "en"),
    ("bonjour", "en", "fr"),
    ("hello", "fr", "en"),
    ("ok", "fr", "fr"),  # ambiguous: the conversation's language is kept
    ("ok", "en", "en"),
    ("SIRET 123 456 789 00012", "fr", "fr"),  # no words of either language
    ("SIRET 123 456 789 00012", "en", "en"),
    ("", "en", "en"),
    ("12/03/2024", "fr", "fr"),
    ("agent svp", "en", "fr"),
    ("ok merci", "en", "fr"),
    ("ok thanks", "fr", "en"),
    ("Où est ma commande ?", "en", "fr"),  # accents and function words
    ("Bonjour, je voudrais une facture", "en", "fr"),
    ("Hello, where is my order?", "fr", "en"),
    ("c'est urgent", "en", "fr"),  # French elision
    ("it's urgent", "fr", "en"),  # English contraction
    ("ça marche", "en", "fr"),  # a cedilla
    ("I'm", "fr", "en"),
    ("Facture 2024-001", "en", "fr"),
    ("Invoice 2024-001", "fr", "en"),
    ("hello, je voudrais parler à un conseiller", "en", "fr"),  # more French than English
    ("Can I get a quote for 200 pallets?", "fr", "en"),
    ("PDF", "fr", "fr"),
])
def test_when_text_is_given_then_language_follows_the_evidence(
        text: str, default: str, expected: str) -> None:
    assert detect_language(text, default=default) == expected


def test_when_detected_language_is_not_supported_then_default_is_kept() -> None:
    assert detect_language("hello, where is my order?", default="fr", supported=("fr",)) == "fr"
    assert detect_language("bonjour, où est ma commande ?", default="en",
                           supported=("en", "de")) == "en"


def test_when_default_is_not_supported_then_first_supported_language() -> None:
    assert detect_language("ok", default="de", supported=("fr", "en")) == "fr"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_eval_messages_have_three_words_or_more_then_accuracy_is_at_least_95_percent(
        lang: str) -> None:
    sources = [(EVAL / "intents" / "botframework_general_lu_en_fr.jsonl", "text"),
               (EVAL / "faq" / "botframework_va_qna_en_fr.jsonl", "question")]
    rows: list[str] = []
    for path, field in sources:
        if not path.exists():
            pytest.skip(f"{path.name} not found: ../shared/eval is absent")
        with path.open(encoding="utf-8") as lines:
            rows += [row[field] for row in map(json.loads, lines)
                     if row["lang"] == lang and len(row[field].split()) >= 3]
    # The default is the other language: a message without evidence counts as an error.
    other = "en" if lang == "fr" else "fr"
    right = sum(detect_language(text, default=other) == lang for text in rows)
    accuracy = right / len(rows)
    print(f"language {lang}, messages of >= 3 words: accuracy {accuracy:.4f} "
          f"({right}/{len(rows)})")
    assert accuracy >= 0.95
