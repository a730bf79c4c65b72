"""The thirty-eighth round's rules, written after reading heldout_v44's misses (spent since):
each case in our own words, each failing on the rules before it (the rules alone decide here,
so that a rebuilt model can neither hide nor make a regression)."""

from __future__ import annotations

import pytest

from clairbot.guards.pii.contact import PhoneDetector
from clairbot.understanding.intents import Intent, detect_intent, model_input
from tests.understanding.rule_cases import categories


@pytest.mark.parametrize("text", [
    # the infinitive misspelt as a participle, someone sent to do a job
    "Pourriez-vous envoyé quelqu'un pour contrôler la chaudière du chalet ?",
    # a talk wished for before committing
    "I'd rather not sign the order without having spoken to one of your specialists.",
    "Not keen to confirm the order without having talked to anybody, to be honest.",
])
def test_when_a_person_is_wanted_before_going_ahead_then_a_person_is_queued(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.HUMAN_REQUEST


@pytest.mark.parametrize("text", [
    "J'ai envoyé quelqu'un pour vérifier la livraison hier, tout était là.",
    "We shipped it without having talked to anyone in accounts, is that a problem?",
    # where software calls from, and software that sends one
    "Which IP ranges do your callback requests come from?",
    "Est-ce que votre plateforme envoie un callback quand le colis part ?",
    "Does the booking system fire a callback for every status change?",
])
def test_when_a_past_errand_or_a_software_callback_is_told_then_nobody_is_queued(
        text: str) -> None:
    assert detect_intent(text, learned=False).intent is not Intent.HUMAN_REQUEST


@pytest.mark.parametrize("text", [
    "Nous retirons notre consentemant pour les photos du salon.",
    "Je voudrais que mes données ne soient plus transmises à vos partenaires.",
    "Vous pouvez enlever les photos de nos chalets ? Les propriétaires ne sont plus d'accord.",
    "stop texts please unsubscribe",
    "please don't post our team photos on your facebook anymore",
])
def test_when_consent_is_withdrawn_sideways_then_it_is_read_so(text: str) -> None:
    # (marketing refused routes to the objection, which withdraws every consent as well)
    assert detect_intent(text, learned=False).intent in {Intent.CONSENT_WITHDRAW,
                                                         Intent.DATA_OBJECTION}


@pytest.mark.parametrize("text", [
    "Do not use the photos from the old catalogue anymore, they show the previous model?",
    "Je voudrais que mes commandes ne soient plus livrées le lundi.",
])
def test_when_only_a_product_or_a_delivery_is_stopped_then_no_consent_is_withdrawn(
        text: str) -> None:
    assert detect_intent(text, learned=False).intent is not Intent.CONSENT_WITHDRAW


@pytest.mark.parametrize(("text", "left"), [
    ("une maquette de taille humaine pour la vitrine", "une maquette de taille pour la vitrine"),
    ("a human-sized chess set for the park", "a sized chess set for the park"),
])
def test_when_human_is_only_a_size_then_the_model_does_not_read_the_word(
        text: str, left: str) -> None:
    assert model_input(text) == left


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Mi hija tiene epilepsia, so the candles must not flicker.", "en", "health"),
    ("Mi madre padece alzheimer, il faut une cheminée bien protégée.", "fr", "health"),
    ("Délégué au SNES, je cherche des échiquiers pour le club du lycée.", "fr",
     "union_membership"),
    ("Mon mandat syndical m'occupe tous les jeudis, rappelez plutôt le vendredi.", "fr",
     "union_membership"),
    ("I'm an IG Metall Mitglied myself, so the works outing is on me.", "en",
     "union_membership"),
    ("on est un groupe de femmes juives, vous faites des bougies sans cire animale ?", "fr",
     "religion"),
    ("Mes parents sont hmong, je voudrais un globe avec le Laos bien visible.", "fr",
     "ethnic_origin"),
    ("Gav here, the hubby wants a pinball machine for his den.", "en", "sexual_orientation"),
])
def test_when_a_category_is_told_in_a_new_way_then_the_rules_find_it(
        text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Chess is basically my religion, how much for the walnut board?", "en"),
    ("La pétanque, c'est carrément ma religion, mais je voulais un devis de cheminée.", "fr"),
    ("Mon mandat au syndicat des copropriétaires se termine, qui signe le devis ?", "fr"),
    ("Le barbecue mongol du restaurant tire mal, vous ramonez ?", "fr"),
    ("on est une association de catholiques, vous faites des prix de groupe ?", "fr"),
])
def test_when_the_words_tell_a_pastime_or_a_body_then_the_rules_find_nothing(
        text: str, lang: str) -> None:
    assert categories(text, lang) == set()


def test_when_a_reference_is_said_to_be_la_number_then_it_is_no_phone() -> None:
    text = "Rien reçu encore, la facture c'est la 0612 4477 09, vous vérifiez ?"
    assert PhoneDetector().detect(text, "fr") == []
