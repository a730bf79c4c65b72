"""The thirty-ninth round's rules, written after reading heldout_v45's misses (spent since):
each case in our own words, each failing on the rules before it. The rules alone decide where
they can; the guards that veto the model's readings are checked with the model, as it runs."""

from __future__ import annotations

import pytest

from clairbot.guards.pii.contact import PhoneDetector
from clairbot.understanding.intents import Intent, detect_intent
from tests.understanding.rule_cases import WITH_MODEL, categories, names


@pytest.mark.parametrize("text", [
    "Tell me, are you the same kind of program as Alexa?",
    "you're basically a cousin of chatgpt right",
    "Êtes-vous du même genre que l'assistant vocal de ma voiture ?",
    "t'es un peu comme Siri en fait ?",
])
def test_when_the_bot_is_likened_to_a_known_assistant_then_it_discloses(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.BOT_IDENTITY


@pytest.mark.parametrize("text", [
    "Does the kiosk work with Alexa and Google Home?",
    "Vous êtes compatibles avec Siri pour les commandes vocales ?",
])
def test_when_an_assistant_is_only_a_product_then_no_disclosure_is_asked(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Est-ce que je pourrais passer à la boutique avec les échantillons et en discuter de vive "
    "voix ?",
    "Would it be all right if I dropped by with the drawings to talk them through with "
    "someone?",
])
def test_when_a_visit_to_talk_with_someone_is_asked_then_a_person_is_queued(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.HUMAN_REQUEST


def test_when_a_callback_address_is_misspelt_then_it_is_still_software() -> None:
    text = "Where do I change the callback ulr so the payment notices reach our new shop?"
    assert detect_intent(text, learned=False).intent is not Intent.HUMAN_REQUEST


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Mon oncle, paix à son âme, il était wolof et tenait à ses boubous.", "fr",
     "ethnic_origin"),
    ("my grandad always said i'm half tongan, so the ukulele order is for the family do",
     "en", "ethnic_origin"),
    ("As my psychologist puts it, I should stop answering emails at night.", "en", "health"),
    ("Ma psychiatre m'a conseillé de réduire les déplacements.", "fr", "health"),
    ("Signed off with carpel tunnel again, so my colleague will handle the order.", "en",
     "health"),
    ("Ich wähle immer die Grünen, but that's beside the point: is the dome heated?", "en",
     "political_opinion"),
    ("Luke here. Dan, the man I'm engaged to, wants the cake in blue.", "en",
     "sexual_orientation"),
    ("Writing as Mrs Joanna Pike: my spouse, Prof. Karen Holt, will sign the lease.", "en",
     "sexual_orientation"),
    ("Claire et moi, on vit ensemble depuis l'an dernier, c'est elle qui passera. Nathalie",
     "fr", "sexual_orientation"),
])
def test_when_a_category_is_told_in_a_new_way_then_the_rules_find_it(
        text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize("text", [
    "Tom here. Léa, the woman I'm marrying, picked the flowers.",
    "Paul ici, la femme que j'épouse a choisi le gâteau.",
    "Please send the therapist clients' chairs to our second site.",
])
def test_when_a_couple_or_a_trade_tells_nothing_then_the_rules_find_nothing(text: str) -> None:
    assert not categories(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Cette année le carême tombe tôt, donc on avance la commande de poisson ?", "fr"),
    ("Notre politique de retour impose un délai de trente jours, c'est bien ça chez vous ?",
     "fr"),
    # (the model read an opinion in these two before the guards learnt a firm's policy and a
    # cautious figure)
    ("Notre politique RSE nous oblige à acheter local, donc votre miel, il vient d'où "
     "exactement ?", "fr"),
    ("Our estimate is conservative, and the kitchen is rather liberal with the syrup at "
     "brunch.", "en"),
])
def test_when_a_feast_a_firms_policy_or_an_idiom_is_only_a_date_or_a_manner_then_nothing_is_found(
        text: str, lang: str) -> None:
    assert "religion" not in categories(text, lang, WITH_MODEL)
    assert "political_opinion" not in categories(text, lang, WITH_MODEL)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Le buste de Vercingétorix est arrivé fendu, on fait comment ?", "fr", "Vercingétorix"),
    ("We'd like a wax figure of Shackleton for the lobby.", "en", "Shackleton"),
    ("c'est le fauteuil de mamie rose qui grince", "fr", "rose"),
    ("Notre voisine Blanche garde les clés pendant les travaux.", "fr", "Blanche"),
    ("Patience nearly tripped over the cable at the stand.", "en", "Patience"),
    ("Grace was over the moon with the new sign!", "en", "Grace"),
    ("Olive a goûté les trois sirops et préfère celui à la menthe.", "fr", "Olive"),
    ("our old teacher Grace retired last year, can we engrave her plaque", "en", "Grace"),
    # what only a person does, learnt from the spent splits' misses
    ("Joy and Bill have been chasing the invoice all week.", "en", "Bill"),
    ("I think Summer was organising the raffle, not us.", "en", "Summer"),
    ("Frank might have been a little confused about the date.", "en", "Frank"),
    ("Pour être honnête, Rose aurait préféré un autre coloris.", "fr", "Rose"),
])
def test_when_a_person_is_named_as_only_a_person_is_then_the_name_is_found(
        text: str, lang: str, name: str) -> None:
    assert name in names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("a snow globe with a statue of Liberty inside", "en"),
    ("Uncle Ben's rice for the canteen, 20 bags please", "en"),
])
def test_when_a_likeness_or_a_kin_word_names_a_landmark_or_a_brand_then_no_new_name(
        text: str, lang: str) -> None:
    assert "Liberty" not in names(text, lang)


def test_when_a_number_is_glued_to_its_country_code_then_it_is_a_phone() -> None:
    text = "Le chauffeur, c'est Malik, 0033639112233, il attend devant le quai."
    found = [text[f.start:f.end] for f in PhoneDetector().detect(text, "fr")]
    assert found == ["0033639112233"]
