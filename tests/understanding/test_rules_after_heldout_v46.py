"""The fortieth round's rules, written after reading heldout_v46's misses (spent since): each
case in our own words, each failing on the rules before it. The rules alone decide where they
can; the guards that veto the model's readings are checked with the model, as it runs."""

from __future__ import annotations

import pytest

from clairbot.understanding.intents import Intent, detect_intent
from tests.understanding.rule_cases import WITH_MODEL, categories, names


@pytest.mark.parametrize("text", [
    "Vous parlez exactement comme une notice de montage, c'est normal ?",
    "Ta collègue de ce matin m'a sorti les mêmes phrases mot pour mot, c'est bizarre.",
    "On dirait que tu as appris à répondre dans une brochure.",
    "Yesterday's agent used the exact same wording as you, which is a bit uncanny.",
    "You sound exactly like a user manual.",
])
def test_when_the_answers_sound_canned_then_the_bot_discloses(text: str) -> None:
    assert Intent.BOT_IDENTITY in {detect_intent(text, learned=False).intent,
                                   *detect_intent(text, learned=False).also}


@pytest.mark.parametrize("text", [
    "Le manuel de la pompe est en allemand, vous l'avez en français ?",
    "Can you send the same phrases in Spanish for our signage?",
])
def test_when_a_manual_or_a_wording_is_only_a_document_then_no_disclosure(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.QUESTION


@pytest.mark.parametrize("text", [
    "L'adresse de rapel (callback) que j'ai saisie ne reçoit aucun paiement, pourquoi ?",
    "Les requêtes de retour (callback) partent-elles d'une IP fixe ?",
])
def test_when_a_callback_is_glossed_in_brackets_then_it_is_software(text: str) -> None:
    assert detect_intent(text, learned=False).intent is not Intent.HUMAN_REQUEST


@pytest.mark.parametrize("text", [
    "J'aimerais avoir une idée de ce que coûte la journée d'un de vos techniciens pour "
    "l'accordage.",
    "I'd like a rough idea of what an hour of your technician's time costs before we commit.",
    "Je suppose que votre ligne SAV ne fonctionne pas pendant la pause de midi ?",
])
def test_when_a_persons_rate_or_a_lines_hours_are_asked_then_no_one_is_queued(
        text: str) -> None:
    assert detect_intent(text).intent is not Intent.HUMAN_REQUEST


@pytest.mark.parametrize("text", [
    "Combien coûte l'intervention, et un technicien peut-il m'appeler demain ?",
    "How much is a service visit? And could someone ring me about it?",
])
def test_when_a_price_comes_with_a_call_asked_then_a_person_is_still_queued(text: str) -> None:
    assert detect_intent(text).intent is Intent.HUMAN_REQUEST


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Je suis bouddiste pratiquant, le gong peut-il être livré avant la retraite ?", "fr",
     "religion"),
    ("Je suis corse et indépendantiste, vous livrez à Bastia ?", "fr", "political_opinion"),
    ("Je suis d'origine bretonne et autonomiste, ça ne change rien à la commande.", "fr",
     "political_opinion"),
    ("I'm Welsh and Methodist, so no Sunday delivery please.", "en", "religion"),
    ("My essential tremor makes the small keypad hard to use.", "en", "health"),
    ("I'm a member of the FBU, so the station's order comes through me.", "en",
     "union_membership"),
    ("C'est Hugo, mon petit amis et moi cherchons un cadeau.", "fr", "sexual_orientation"),
    ("this is kate, me and my wifes dog need a bigger crate", "en", "sexual_orientation"),
    ("Tom and Ben here, our second anniversary as husbands is in May.", "en",
     "sexual_orientation"),
    ("I, Ms Ada Flint, would like a cake for my wedding to Ms Rosa Lind.", "en",
     "sexual_orientation"),
    ("Je suis Léa : une table pour notre mariage avec Sophie, svp.", "fr",
     "sexual_orientation"),
])
def test_when_a_category_is_told_in_a_new_way_then_the_rules_find_it(
        text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Tom here, my wedding to Ms Rosa Lind is in May.", "en"),
    ("Je suis indépendant, je facture à la journée.", "fr"),
])
def test_when_a_couple_or_a_status_tells_nothing_then_nothing_is_found(
        text: str, lang: str) -> None:
    assert not categories(text, lang, WITH_MODEL)


@pytest.mark.parametrize(("text", "lang"), [
    ("I understand the union agreement at our depot bans early deliveries, so after 9 please.",
     "en"),
    ("Our hall is hosting a union delegation for the quiz night, 10 more chairs please.", "en"),
    ("notre gymnase reçoit une délégation syndicale pour un tournoi, il faut des bancs", "fr"),
    ("La convention collective du bâtiment fixe nos horaires, livrez avant 16 h.", "fr"),
])
def test_when_a_union_is_only_an_agreement_or_a_guest_then_no_membership(
        text: str, lang: str) -> None:
    assert "union_membership" not in categories(text, lang, WITH_MODEL)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Blanche attend votre réponse pour le devis des rideaux.", "fr", "Blanche"),
    ("Rose serait, paraît-il, partante pour reprendre la boutique.", "fr", "Rose"),
    ("Il me semble que Mark préfère patienter jusqu'en mars.", "fr", "Mark"),
    ("Grace would much prefer the oak finish, to be honest.", "en", "Grace"),
    ("will needs 30 more lanyards for the fair", "en", "will"),
    ("Kindly mark the parcel for the attension of Dilnoza at reception.", "en", "Dilnoza"),
    ("Aizhan, our buyer, asked for the price list.", "en", "Aizhan"),
])
def test_when_a_person_is_named_as_only_a_person_is_then_the_name_is_found(
        text: str, lang: str, name: str) -> None:
    assert name in names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le petit a encore oublié son gilet à l'atelier.", "fr"),
    ("We ship to Jackson Hole and Palm Springs every week.", "en"),
    ("The bill needs 30 signatures before Friday.", "en"),
])
def test_when_a_word_or_a_place_names_no_one_then_no_name_is_found(text: str, lang: str) -> None:
    assert not names(text, lang)
