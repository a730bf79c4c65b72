"""The index's mechanics: languages, ordering, limits, thresholds and the JSON shape."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clairbot.errors import InvalidInput
from clairbot.knowledge import (
    DEFAULT_THRESHOLD,
    KnowledgeIndex,
    Passage,
    SearchResult,
    search_result_json,
)


def passage(title: str, text: str, *, lang: str = "en", document: str = "faq.yaml") -> Passage:
    return Passage(
        id=f"{document}#{title.lower().replace(' ', '-')}",
        document=document,
        title=title,
        text=text,
        owner="Team <team@example.com>",
        lang=lang,
        url=None,
        version="0123456789ab",
        topic=None,
    )


ENGLISH = [
    passage("Delivery times", "Parcels arrive in 2 days."),
    passage("Delivery costs", "Shipping is free from 500 EUR."),
    passage("Invoices", "Invoices are emailed as PDF."),
]
FRENCH = [passage("Délais de livraison", "Les colis arrivent en 2 jours.", lang="fr")]


def test_when_searching_then_only_passages_of_the_question_language_are_returned() -> None:
    index = KnowledgeIndex.build(ENGLISH + FRENCH)

    result = index.search("livraison delivery", lang="fr")

    assert [hit.passage.title for hit in result.hits] == ["Délais de livraison"]


def test_when_the_language_has_no_passages_then_search_falls_back_to_all_passages() -> None:
    index = KnowledgeIndex.build(ENGLISH)

    result = index.search("Invoices", lang="fr")

    assert [hit.passage.title for hit in result.hits] == ["Invoices"]


def test_when_several_passages_match_then_hits_are_sorted_best_first_within_the_limit() -> None:
    index = KnowledgeIndex.build(ENGLISH)

    result = index.search("delivery times", lang="en", limit=5)
    top = index.search("delivery times", lang="en", limit=1)

    assert [hit.passage.title for hit in result.hits] == ["Delivery times", "Delivery costs"]
    assert result.hits[0].score > result.hits[1].score > 0
    assert top.hits == result.hits[:1]


def test_when_scores_tie_then_the_passage_loaded_first_comes_first() -> None:
    twins = [passage(f"Pallets {n}", "Pallet delivery.", document=f"{n}.yaml") for n in "cab"]
    index = KnowledgeIndex.build(twins)

    result = index.search("pallet", lang="en")

    assert [hit.passage.document for hit in result.hits] == ["c.yaml", "a.yaml", "b.yaml"]
    assert len({hit.score for hit in result.hits}) == 1


@pytest.mark.parametrize(
    "question",
    [
        "",  # nothing typed
        "how can you do that?",  # only stopwords
        "zebra unicorn",  # only words the base does not have
    ],
)
def test_when_no_term_matches_then_there_is_no_hit_and_no_confidence(question: str) -> None:
    index = KnowledgeIndex.build(ENGLISH)

    assert index.search(question, lang="en") == SearchResult(
        hits=[], confident=False, confidence=0.0
    )


def test_when_the_question_is_fully_covered_then_confidence_is_one() -> None:
    index = KnowledgeIndex.build(ENGLISH)

    result = index.search("When are invoices emailed?", lang="en")

    assert (result.confidence, result.confident) == (1.0, True)


def test_when_a_threshold_is_given_then_confident_follows_it() -> None:
    index = KnowledgeIndex.build(ENGLISH, threshold=0.9)

    partly = index.search("invoices for my zebra", lang="en")

    assert 0.0 < partly.confidence < 0.9 and not partly.confident
    assert index.search("invoices for my zebra", lang="en", threshold=0.0).confident
    assert KnowledgeIndex.build(ENGLISH).threshold == DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"limit": 0}, InvalidInput),  # a search must ask for at least one hit
        ({"lang": "de"}, InvalidInput),  # no analyzer for this language
    ],
)
def test_when_search_arguments_are_invalid_then_search_is_refused(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    index = KnowledgeIndex.build(ENGLISH)
    arguments: dict[str, object] = {"lang": "en", **kwargs}

    with pytest.raises(error):
        index.search("invoices", **arguments)  # type: ignore[arg-type]


def test_when_a_document_changes_then_the_index_version_changes() -> None:
    before = KnowledgeIndex.build(ENGLISH)
    edited = [replace(ENGLISH[0], version="ba9876543210"), *ENGLISH[1:]]

    assert KnowledgeIndex.build(ENGLISH).version == before.version
    assert KnowledgeIndex.build(edited).version != before.version
    assert len(before.version) == 12


def test_when_a_result_is_serialised_then_it_has_the_documented_shape() -> None:
    index = KnowledgeIndex.build(ENGLISH)

    data = search_result_json(index.search("invoices", lang="en", limit=1))

    assert data == {
        "hits": [
            {
                "title": "Invoices",
                "document": "faq.yaml",
                "doc_version": "0123456789ab",
                "owner": "Team <team@example.com>",
                "score": round(index.search("invoices", lang="en").hits[0].score, 4),
                "url": None,
                "lang": "en",
                "id": "faq.yaml#invoices",
            }
        ],
        "confident": True,
        "confidence": 1.0,
    }
