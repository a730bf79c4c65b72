"""Text analysis: folding, stopwords, elisions and stemming make related words meet."""

from __future__ import annotations

import pytest

from clairbot.errors import InvalidInput
from clairbot.knowledge import Analyzer, analyze


@pytest.mark.parametrize(
    ("visitor", "knowledge", "lang"),
    [
        ("facturé", "facture", "fr"),  # accent folded, then stemmed
        ("Livraison", "livraisons", "fr"),  # case and plural
        ("FACTURATION", "factures", "fr"),  # same stem for the noun and the verb forms
        ("délais", "delai", "fr"),  # accents typed or not
        ("endommagée", "endommagé", "fr"),  # feminine participle still meets the masculine
        ("abimees", "abîmé", "fr"),  # ... also when typed without accents
        ("reçu", "recevez", "fr"),  # an irregular verb visitors use all the time
        ("envoyé", "envoi", "fr"),  # -oyer verbs and their nouns
        ("remboursement", "rembourser", "fr"),  # noun and verb
        ("Œuvre", "oeuvres", "fr"),  # ligature unfolded
        ("invoices", "invoicing", "en"),  # plural and gerund
        ("Delivery", "delivered", "en"),  # the -ery noun meets the verb
        ("deliveries", "deliver", "en"),  # ... and the plural
        ("refunded", "refunds", "en"),  # past tense and plural
        ("recycling", "recyclable", "en"),  # same root
    ],
)
def test_when_words_are_related_then_they_have_the_same_term(
    visitor: str, knowledge: str, lang: str
) -> None:
    assert analyze(visitor, lang) == analyze(knowledge, lang) != []


@pytest.mark.parametrize(
    ("text", "lang", "terms"),
    [
        # elisions and question words are dropped, domain words kept
        ("Comment suivre l'expédition d'une commande ?", "fr", ["suivr", "expedit", "command"]),
        # qu', j', n', s', c' are elisions too
        ("Qu'est-ce que j'ai reçu ? C'est n'importe quoi s'il te plaît", "fr", ["recev", "import"]),
        # typographic apostrophes are elisions too
        ("L’emballage d’origine", "fr", ["emballag", "origin"]),
        # English filler around the question disappears
        ("Hi, could you please tell me how I can track my parcel?", "en", ["track", "parcel"]),
        # possessives and contractions
        ("The customer's order doesn't arrive", "en", ["customer", "order", "arriv"]),
        # numbers are kept as they are (amounts, days)
        ("Paiement à 30 jours fin de mois", "fr", ["pai", "30", "jour", "fin", "mois"]),
        # a question made only of stopwords has no term
        ("Est-ce que vous pouvez ?", "fr", []),
    ],
)
def test_when_text_is_analyzed_then_only_meaningful_stems_remain(
    text: str, lang: str, terms: list[str]
) -> None:
    assert analyze(text, lang) == terms


@pytest.mark.parametrize(
    ("one", "other", "lang"),
    [
        ("customer", "custom", "en"),  # customer service is not custom printing
        ("livraison", "livre", "fr"),  # delivery is not a book
    ],
)
def test_when_words_differ_in_meaning_then_their_terms_differ(
    one: str, other: str, lang: str
) -> None:
    assert analyze(one, lang) != analyze(other, lang)


def test_when_a_word_is_analyzed_twice_then_the_cached_term_is_the_same() -> None:
    analyzer = Analyzer("fr")

    first = analyzer.terms("Livraisons gratuites")

    assert analyzer.terms("livraisons GRATUITES") == first == ["livraison", "gratuit"]


def test_when_the_language_is_unsupported_then_analysis_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        analyze("Wo ist mein Paket?", "de")

    assert caught.value.code == "knowledge.unsupported_language"
