"""The forty-first round's rules, written after reading heldout_v47's misses: each case in our
own words, each failing on the rules before it (the negative controls aside). The rules alone
decide where they can; the guards that veto the model's readings are checked with the model,
as it runs."""

from __future__ import annotations

import pytest

from clairbot.understanding.intents import (
    Intent,
    _price_or_hours_asked,
    _relayed_question,
    detect_intent,
    model_input,
)
from tests.understanding.rule_cases import WITH_MODEL, categories, names, phones


@pytest.mark.parametrize("text", [
    "Excusez la question, mais tu fais vraiment partie du personnel de la boutique ?",
    "Vous êtes réellement membre de l'équipe du magasin ?",
    "Is the wine adviser in this chat a real person?",
    "is your support agent here an actual human",
])
def test_when_the_one_answering_is_asked_if_they_are_staff_then_the_bot_discloses(
        text: str) -> None:
    match = detect_intent(text, learned=False)
    assert Intent.BOT_IDENTITY in {match.intent, *match.also}


@pytest.mark.parametrize("text", [
    "Est-ce que vous faites partie de la même équipe que le service livraison ?",
    "Is the product demo on this page a live recording?",
])
def test_when_a_team_or_a_thing_is_asked_about_then_no_disclosure(text: str) -> None:
    assert detect_intent(text, learned=False).intent is Intent.QUESTION


def test_when_a_product_recall_is_asked_about_then_no_one_is_queued() -> None:
    text = "Y a un rappel sur les boîtiers DX-3 ? Un collègue m'a parlé d'un problème de charnière."
    assert detect_intent(text).intent is not Intent.HUMAN_REQUEST


@pytest.mark.parametrize(("text", "left_out"), [
    ("Vos rapports d'erreur sont-ils lisibles par un être humain, ou faut-il un outil ?",
     "humain"),
    ("Is the export readable by humans at all?", "human"),
    ("Il y a un rappel sur les fixations du pupitre P-40 ?", "rappel"),
])
def test_when_human_or_recall_names_no_contact_then_the_model_does_not_read_it(
        text: str, left_out: str) -> None:
    assert left_out not in model_input(text).split()


def test_when_a_call_back_on_a_phone_is_asked_then_the_model_still_reads_it() -> None:
    assert "rappel" in model_input("Je voudrais un rappel sur mon portable demain.").split()


@pytest.mark.parametrize("text", [
    "le tapis de yoga bleu c cb",
    "Money is tight this term, so what would a half-day workshop come to?",
    "I suppose we'd want to know what a smaller, shorter show might run to.",
])
def test_when_a_price_is_asked_in_a_new_way_then_the_models_request_is_vetoed(
        text: str) -> None:
    assert _price_or_hours_asked(model_input(text))


def test_when_past_silence_is_set_aside_with_par_contre_then_it_is_a_question() -> None:
    assert _relayed_question(model_input(
        "personne m a rep hier mais c bon, par contre le tapis de yoga bleu il fait quelle taille"))


@pytest.mark.parametrize("text", [
    "Je voudrais un rappel sur mon portable demain matin.",
    "What would a site visit come to? Could someone ring me about it?",
])
def test_when_a_call_back_is_asked_then_a_person_is_still_queued(text: str) -> None:
    assert detect_intent(text).intent is Intent.HUMAN_REQUEST


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("J'ai une rétinite pigmentaire, il me faut des marches bien contrastées.", "fr", "health"),
    ("Je ne suis pas du côté de ceux qui nous gouvernent, mais livrez-vous en mairie ?", "fr",
     "political_opinion"),
    ("I actually am half Lebanese, so could the banner include Arabic?", "en",
     "ethnic_origin"),
    ("Our bursar sustained a concussion at the fair and needs large print.", "en", "health"),
    ("im gluten intolerent so no biscuits in the hamper pls", "en", "health"),
    ("hiya its tom, bf has a shellfish allergy so no prawns", "en", "sexual_orientation"),
])
def test_when_a_category_is_told_in_a_new_way_then_the_rules_find_it(
        text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Je suis Marie, mon mari voudrait un parapluie pour son anniversaire.", "fr"),
    ("I'm half asleep today, can you resend the invoice?", "en"),
    ("The van has sustained some damage, is it covered?", "en"),
])
def test_when_a_name_or_a_state_tells_nothing_then_nothing_is_found(
        text: str, lang: str) -> None:
    assert not categories(text, lang, WITH_MODEL)


def test_when_marie_is_married_and_a_man_then_his_husband_is_still_found() -> None:
    assert "sexual_orientation" in categories("Je suis marié, mon mari passera.", "fr")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Rose, à l'accueil, dit que le colis est arrivé abîmé.", "fr", "Rose"),
    ("Mark, ton livreur, a été très rapide.", "fr", "Mark"),
    ("Blanche a renversé la boîte de vis dans l'atelier, il en faut d'autres.", "fr",
     "Blanche"),
    ("Mark did just mention that the ropes were fraying.", "en", "Mark"),
    ("Little Grace refused to leave the soft play, thanks so much!", "en", "Grace"),
    ("Gav's been telling everyone about the new kettle.", "en", "Gav"),
    ("did patience sign the delivery note?", "en", "patience"),
])
def test_when_a_person_is_named_as_only_a_person_is_then_the_name_is_found(
        text: str, lang: str, name: str) -> None:
    assert name in names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The golf club on Hamilton Road wants a quote.", "en"),
    ("Could we get the Earl Grey and the Lady Grey in tins?", "en"),
    ("Lyon, la ville de notre siège, est bien desservie ?", "fr"),
    ("did the parcel arrive?", "en"),
])
def test_when_a_place_or_a_product_names_no_one_then_no_name_is_found(
        text: str, lang: str) -> None:
    assert not names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("num de série caméra 0612 3344 55, elle ne s'allume plus", "fr"),
    ("The invoice namba 0733-2024-019 is still unpaid.", "en"),
])
def test_when_a_serial_or_an_invoice_is_numbered_then_no_phone(text: str, lang: str) -> None:
    assert not phones(text, lang)


def test_when_a_phone_follows_a_word_like_serie_then_it_is_still_a_phone() -> None:
    assert phones("Appelez la série au 06 12 34 56 78 pour réserver.", "fr")
