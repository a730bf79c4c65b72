"""Outbound guard: no bot text may claim to be a human, in French or English; honest texts,
including every text of the locale catalogues, pass untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from clairbot.guards import claims_human
from clairbot.text import fold

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
LOCALES = Path(__file__).resolve().parents[2] / "src" / "clairbot" / "locales"

CLAIMS = [
    "I am a human",
    "I'm a real person",
    "As a human, I understand your frustration.",
    "I'm not a bot",  # denying being a machine is a claim too
    "I am a customer service agent named Julie",
    "Hi, I'm Julie, a support agent.",
    "I’m human.",  # typographic apostrophe
    "I AM A REAL PERSON",
    "Don't worry, I'm not a robot!",
    "I am alive",
    "I'm one of the agents",
    "I'm not an AI",
    "I am your account manager",
    "A real person is answering you",
    "You are talking to a real person.",
    "Rest assured, I am a human being.",
    "I'm no bot",
    "je suis un humain",
    "je suis une vraie personne",
    "je ne suis pas un robot",
    "je suis un conseiller humain",
    "je suis votre conseillère",
    "Je suis Marc, conseiller chez Acme.",
    "Je suis humaine",
    "vous parlez à un humain",
    "Je ne suis pas une IA",
    "Bonjour, je suis une personne réelle",
    "en tant qu'humain, je comprends",
    "je suis pas un bot",  # informal negation
]

HONEST = [
    "I am an automated assistant",
    "je suis un assistant automatisé, pas un humain",
    "I am not a human",
    "would you like to talk to a human?",
    "un conseiller humain vous répondra",
    "our human agents are available 9-18",
    "I am your virtual assistant",
    "Je suis votre conseiller virtuel",
    "I'm an AI agent",
    "I am not a real person.",
    "I'm happy to connect you with a human agent.",
    "As an AI, I am not a human.",
    "I am not sure a human can help with that.",
    "je suis un agent conversationnel",
    "Je suis l'assistant automatisé de Acme.",
    "I'm an automated customer service agent",
    "Je ne suis pas une personne, je suis un programme.",
    "The agent fee is 3%.",
    "Votre conseiller humain vous rappellera demain.",
    "I am Clairbot, the virtual advisor of Acme",
    "You are talking to an automated assistant.",
    "Vous parlez à un assistant automatisé.",
    "A person will take over this conversation.",  # the hand-off announcement
]


@pytest.mark.parametrize("text", CLAIMS)
def test_when_text_claims_to_be_human_then_offending_phrase_is_returned(text: str) -> None:
    phrase = claims_human(text)
    assert phrase is not None
    assert fold(phrase) in fold(text)


@pytest.mark.parametrize("text", HONEST)
def test_when_text_is_honest_then_none(text: str) -> None:
    assert claims_human(text) is None


def test_when_phrase_is_found_then_it_keeps_the_original_spelling() -> None:
    assert claims_human("Bonjour ! Je suis une vraie personne.") == "Je suis une vraie personne"


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [text for value in node.values() for text in _strings(value)]
    return [node] if isinstance(node, str) else []


@pytest.mark.parametrize("catalogue", sorted(LOCALES.glob("*.yaml")), ids=lambda path: path.name)
def test_when_locale_texts_are_checked_then_none_claims_to_be_human(catalogue: Path) -> None:
    texts = _strings(yaml.safe_load(catalogue.read_text(encoding="utf-8")))
    assert [text for text in texts if claims_human(text) is not None] == []


def test_when_eval_reference_answers_are_checked_then_none_claims_to_be_human() -> None:
    # Bot Framework's "professional" chit-chat persona answers as a machine, in FR and EN.
    path = EVAL / "faq" / "botframework_va_qna_en_fr.jsonl"
    if not path.exists():
        pytest.skip("botframework_va_qna_en_fr.jsonl not found: ../shared/eval is absent")
    with path.open(encoding="utf-8") as lines:
        answers = {json.loads(line)["answer"] for line in lines}
    assert [answer for answer in answers if claims_human(answer) is not None] == []
