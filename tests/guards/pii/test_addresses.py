"""Postal addresses: French, English/UK/US and continental forms, post-office boxes, and B2B
quantities that are not addresses.

The evaluation at the end scores the French clinical templates (AP-HP eds-pseudo, where an
address is ADRESSE with the ZIP and VILLE next to it, merged into one span) and the English
synthetic set (presidio-research STREET_ADDRESS, mostly continental and invented formats that
this detector does not target: informative, low floor). Matching is by overlap, as for names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clairbot.categories import POSTAL_ADDRESS
from clairbot.guards.pii.addresses import PostalAddressDetector
from tests.guards.pii.overlap_eval import eval_rows, overlap_scores

EVAL = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "pii"
DETECTOR = PostalAddressDetector()

# Measured when this test was written: FR P 1.000 R 0.952 F1 0.975; EN P 1.000 R 0.296.
MIN_F1_FR = 0.93
MIN_PRECISION_EN = 0.95
MIN_RECALL_EN = 0.25


def addresses(text: str, lang: str = "fr") -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    # French: number, street type, name, postcode, town, Cedex
    ("Livraison au 12 rue de la Paix, 75002 Paris merci", ["12 rue de la Paix, 75002 Paris"]),
    ("12 bis avenue Jean Jaurès 69007 Lyon", ["12 bis avenue Jean Jaurès 69007 Lyon"]),
    ("Siège : 47-83 Boulevard de l'Hôpital, 75013 Paris.",
     ["47-83 Boulevard de l'Hôpital, 75013 Paris"]),  # a number range
    ("12, Avenue du Général de Gaulle 94010 Créteil Cedex 4",
     ["12, Avenue du Général de Gaulle 94010 Créteil Cedex 4"]),  # comma after the number
    ("18 rue de la Palombière, 33000, Bordeaux CEDEX",
     ["18 rue de la Palombière, 33000, Bordeaux CEDEX"]),
    ("j'habite au 12 rue de la paix à paris", ["12 rue de la paix"]),  # lower-case chat
    ("Adresse : 123 av. Jean Jaurès Tel. 05 45 93 18 01", ["123 av. Jean Jaurès"]),
    ("3 allée des Lilas, 44000 Nantes", ["3 allée des Lilas, 44000 Nantes"]),
    ("12 cours Lafayette", ["12 cours Lafayette"]),  # "cours" with a capitalised name
    ("12 RUE DU DOCTEUR GACHET 92300 LEVALLOIS-PERRET",
     ["12 RUE DU DOCTEUR GACHET 92300 LEVALLOIS-PERRET"]),  # upper case
    ("Le dépôt est rue Victor Hugo.", ["rue Victor Hugo"]),  # no number: lower score
    ("12 rue de la Paix\n75002 Paris", ["12 rue de la Paix\n75002 Paris"]),  # two lines
    # post-office boxes
    ("Écrivez-nous : BP 123", ["BP 123"]),
    ("Envoyez à BP 123 75002 Paris Cedex 02", ["BP 123 75002 Paris Cedex 02"]),
    ("Service clients, CS 70001, 59000 Lille", ["CS 70001, 59000 Lille"]),
    ("PO Box 123, Springfield, IL 62701", ["PO Box 123, Springfield, IL 62701"]),
    # English, UK and US
    ("Send it to 221B Baker Street, London NW1 6XE please.",
     ["221B Baker Street, London NW1 6XE"]),
    ("1600 Amphitheatre Parkway, Mountain View, CA 94043",
     ["1600 Amphitheatre Parkway, Mountain View, CA 94043"]),
    ("Our office: 10 Downing Street.", ["10 Downing Street"]),
    ("I live at 12 baker street", ["12 baker street"]),  # lower-case chat
    ("350 Fifth Avenue, Suite 3300, New York, NY 10118",
     ["350 Fifth Avenue, Suite 3300, New York, NY 10118"]),  # a unit
    ("1585 Broadway", ["1585 Broadway"]),
    # continental
    ("Lieferung an Hauptstraße 12, 10115 Berlin", ["Hauptstraße 12, 10115 Berlin"]),
    ("Ufficio: Via Roma 131", ["Via Roma 131"]),
])
def test_when_a_postal_address_is_written_then_its_span_is_found(
        text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


@pytest.mark.parametrize("text", [
    "Il me faut 2 boîtes et 12 palettes sous 30 jours.",  # quantities
    "3 cours de formation sont prévus.",  # "cours" is also a word
    "Il reste 3 places de parking.",  # plural "places"
    "Nous avons 2 routes possibles.",  # plural "routes"
    "Commande n° 45821 du 12 mai 2024, total 1 250,00 €.",  # numbers of a B2B message
    "The order of 12 pallets ships in 5 days.",  # English quantities
    "Replace the 5 hard drive units.",  # "drive" after a word that is not a name
    "Version 2 Road map is ready.",  # no name between number and suffix
    "Partie 2 du contrat, article 12.",  # a capitalised word before a number
    "Windows 11 Pro and Office 365 licences",  # products with numbers
    "Appelez le 01 42 16 00 00.",  # a phone number
    "Top 10 Street Foods of 2024",  # a title
])
def test_when_numbers_are_quantities_or_references_then_no_address_is_found(text: str) -> None:
    assert addresses(text) == []


def test_when_an_address_has_a_postcode_then_it_scores_higher_than_a_bare_street() -> None:
    [full] = DETECTOR.detect("12 rue de la Paix, 75002 Paris", "fr")
    [numbered] = DETECTOR.detect("12 rue de la Paix", "fr")
    [bare] = DETECTOR.detect("rue de la Paix", "fr")

    assert full.score > numbered.score > bare.score
    assert full.type == POSTAL_ADDRESS
    assert full.detector == "postal_address"
    assert "postcode" in full.reason


# -- evaluation -------------------------------------------------------------------------------



def _gold_fr(row: dict[str, object]) -> list[tuple[int, int]]:
    """ADRESSE spans, each merged with the ZIP and VILLE written right after it."""
    text, entities = row["text"], row["entities"]
    assert isinstance(text, str) and isinstance(entities, list)
    parts = sorted((e["start"], e["end"], e["type"]) for e in entities
                   if e["type"] in ("ADRESSE", "ZIP", "VILLE"))
    merged: list[tuple[int, int, bool]] = []
    for start, end, kind in parts:
        if merged and re.fullmatch(r"[\s,]*", text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], end, merged[-1][2] or kind == "ADRESSE")
        else:
            merged.append((start, end, kind == "ADRESSE"))
    return [(start, end) for start, end, has_street in merged if has_street]




def test_when_scoring_french_clinical_templates_then_address_f1_stays_above_the_floor() -> None:
    rows = eval_rows("eds_pseudo_templates_fr.jsonl")
    precision, recall, f1 = overlap_scores(DETECTOR, rows, "fr", _gold_fr)

    print(f"\nPOSTAL_ADDRESS fr (eds-pseudo): P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= MIN_F1_FR


def test_when_scoring_english_synthetic_set_then_addresses_found_are_real_ones() -> None:
    def gold(row: dict[str, object]) -> list[tuple[int, int]]:
        entities = row["entities"]
        assert isinstance(entities, list)
        return [(e["start"], e["end"]) for e in entities if e["type"] == "STREET_ADDRESS"]

    rows = eval_rows("presidio_research_synth_v2_en.jsonl")
    precision, recall, _ = overlap_scores(DETECTOR, rows, "en", gold)

    print(f"\nPOSTAL_ADDRESS en (presidio-research synth v2): P={precision:.3f} R={recall:.3f}")
    assert precision >= MIN_PRECISION_EN
    assert recall >= MIN_RECALL_EN


@given(st.text(alphabet=st.sampled_from(list("aeiouéRrBbPpSsTtdlv'’-., \n0123456789İß")),
               max_size=80) | st.text(max_size=80), st.sampled_from(["fr", "en"]))
def test_when_any_text_is_scanned_then_spans_stay_inside_it(text: str, lang: str) -> None:
    for finding in DETECTOR.detect(text, lang):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.type == POSTAL_ADDRESS and finding.reason
