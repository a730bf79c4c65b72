"""Person names in French and English: gazetteer + context cues, B2B text left alone, and the
measured precision/recall/F1 on public evaluation sets.

Evaluation matching rule (both languages): a predicted span is correct when it overlaps a gold
PERSON span; a gold span is found when a predicted span overlaps it. Precision = correct
predictions / predictions, recall = found gold spans / gold spans. For the French clinical
templates (AP-HP eds-pseudo), NOM and PRENOM are PERSON and adjacent ones (separated only by
spaces or a comma: "DUPONT Marie", "MENARD, Julien") are merged into one gold span first.
Overlap rather than exact boundaries because the gold data disagrees with itself on titles and
initials ("Dr Bouclie" once, "Mme" never) and a redaction covers the same words either way.
The evaluation data is read in place and never copied into the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clairbot.categories import PERSON
from clairbot.understanding.names import PersonNameDetector
from tests.guards.pii.overlap_eval import Span, eval_rows, overlap_scores

DETECTOR = PersonNameDetector()

# Measured when this test was written: FR P 0.936 R 0.887 F1 0.910; EN P 0.952 R 0.530
# F1 0.681; Europeana FR (OCR newspapers) recall 0.482. After the chat cues and the larger
# gazetteer of issue 13 (not tuned on these sets): FR P 0.926 R 0.919 F1 0.923; EN P 0.933
# R 0.614 F1 0.740; Europeana recall 0.499. After its second pass (names confirmed by thanks
# and signatures, named again, more given names and surnames): FR P 0.929 R 0.929 F1 0.929;
# EN P 0.933 R 0.631 F1 0.753; Europeana recall 0.502. With the learned tagger (recall
# first: a name missed is stored in clear): FR P 0.835 R 0.961 F1 0.894; EN P 0.835 R 0.684
# F1 0.752; Europeana recall 0.598. With the tagger trained on the spent held-out splits'
# names too (twice the lines, many of them name-free traps: streets, companies): FR P 0.902
# R 0.938 F1 0.920; EN P 0.878 R 0.695 F1 0.776; Europeana recall 0.545 (chat names on the
# next held-out split: 0.943 -> 0.968 FR, 0.902 -> 0.951 EN). Floors sit slightly below, so
# that a regression fails and a small word-list change does not; in French, recall and
# precision each have their own.
MIN_RECALL_FR = 0.93
MIN_PRECISION_FR = 0.80
MIN_F1_EN = 0.72
MIN_RECALL_EUROPEANA = 0.48


def names(text: str, lang: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("la famille N'Diaye a réservé la carrière pour samedi", "fr", ["N'Diaye"]),
    ("la famille Renault ouvre une concession", "fr", []),
    # introductions, including a chat written in lower case
    ("Bonjour, je m'appelle Jean Dupont et j'ai une question.", "fr", ["Jean Dupont"]),
    ("bonjour je m'appelle jean dupont", "fr", ["jean dupont"]),
    ("Mon nom est Zargan Vedzizhev.", "fr", ["Zargan Vedzizhev"]),
    ("My name is Sarah Connor, I ordered last week.", "en", ["Sarah Connor"]),
    ("my name is lena andersson.", "en", ["lena andersson"]),
    ("Nom : Dupont\nPrénom : Marie", "fr", ["Dupont", "Marie"]),  # form labels
    ("Name: Chise T. Horiguchi", "en", ["Chise T. Horiguchi"]),  # middle initial after a label
    # titles (the span is the name, never the title)
    ("M. Dupont a appelé ce matin.", "fr", ["Dupont"]),
    ("Pouvez-vous joindre Mme Marie-Claire BERTHELOT ?", "fr", ["Marie-Claire BERTHELOT"]),
    ("Rendez-vous avec Me Lefèvre, notaire.", "fr", ["Lefèvre"]),  # maître
    ("madame durand a validé le devis", "fr", ["durand"]),  # lower case after a full title
    ("Please forward it to Mr. Slepička.", "en", ["Slepička"]),
    ("Dr A. Mariniere signed the report.", "en", ["A. Mariniere"]),
    ("I'd like to join accounts with ms. Quinzia", "en", ["Quinzia"]),
    # known given name + surname, both orders, particles and upper-case surnames
    ("Merci de rappeler Jean-Pierre de La Fontaine demain.", "fr", ["Jean-Pierre de La Fontaine"]),
    ("Le dossier de DUPONT Marie est complet.", "fr", ["DUPONT Marie"]),
    ("Please add Maarten van der Berg to the account.", "en", ["Maarten van der Berg"]),
    ("Ryan P Costa is the guardian.", "en", ["Ryan P Costa"]),
    ("Send it to Thomas O'Brien's office.", "en", ["Thomas O'Brien"]),  # possessive cut off
    # company introductions, relations, signatures, greetings
    ("Hi, I'm Zargan Vedzizhev from Acme Ltd.", "en", ["Zargan Vedzizhev"]),
    ("My colleague Anna Szabo will call you.", "en", ["Anna Szabo"]),
    ("ma collègue Ilona Kertész vous écrira", "fr", ["Ilona Kertész"]),
    ("Merci pour votre retour.\nCordialement,\nBérengère Vilbert", "fr", ["Bérengère Vilbert"]),
    ("Thanks for the quote.\nBest regards,\nOisin Gallagher", "en", ["Oisin Gallagher"]),
    ("Best regards, Zargan Vedzizhev", "en", ["Zargan Vedzizhev"]),  # sign-off on one line
    ("Hello Bigsby, are you there?", "en", ["Bigsby"]),
    # initials and a known given name alone
    ("Validé par J. Smith.", "fr", ["J. Smith"]),
    ("Merci Julie !", "fr", ["Julie"]),
    ("Can Kevin call me back?", "en", ["Kevin"]),
])
def test_when_a_person_is_named_then_the_name_is_found(
        text: str, lang: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Pouvez-vous dire à Frau Kessler que la balance est prête ?", "fr", "Kessler"),
    ("Please let Mevrouw Visser know the lift is fixed.", "en", "Visser"),
    ("Habari, tell Bwana Wekesa the coach is booked.", "en", "Wekesa"),
    ("Could Señora Quiroga confirm the order?", "en", "Quiroga"),
    ("We spoke to Alhaji Danjuma about the sprinklers.", "en", "Danjuma"),
])
def test_when_a_title_of_another_language_comes_first_then_the_rules_find_the_name(
        text: str, lang: str, name: str) -> None:
    found = [text[f.start:f.end] for f in PersonNameDetector(learned=False).detect(text, lang)]
    assert any(name in span for span in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Nous utilisons Microsoft Teams et Google Drive.", "fr"),  # products
    ("Livraison au 12 rue Victor Hugo, 75002 Paris.", "fr"),  # a street is an address
    ("Le colis part de l'avenue Jean Jaurès lundi.", "fr"),  # street without a number
    ("Votre rendez-vous à l'Hôpital Henri Mondor est confirmé.", "fr"),  # an institution
    ("Les élèves du lycée Jean Moulin visitent l'usine.", "fr"),  # a school
    ("Départ de l'aéroport Charles de Gaulle à 9h.", "fr"),  # an airport
    ("Nous livrons à Saint-Étienne et à Saint Louis.", "fr"),  # places named after saints
    ("Paris, France, le 12 mai 2024", "fr"),  # places and months
    ("La livraison est prévue en Mai ou en Avril.", "fr"),  # months that are also names
    ("Merci pour votre commande. Cordialement, le Service Client", "fr"),  # a team signs
    ("Thanks,\nSupport Team", "en"),  # a team signs
    ("Will you send the invoice before May?", "en"),  # ambiguous given names alone
    ("Mark the ticket as resolved and Bill the customer.", "en"),  # verbs, not names
    ("We sell Louis Vuitton and Hugo Boss bags.", "en"),  # brands made of names
    ("Ask Alexa or Siri; Claude can summarise it.", "en"),  # assistants
    ("PayPal, HubSpot and LinkedIn are connected.", "en"),  # CamelCase brands
    ("The Victor 3000 model is out of stock.", "en"),  # a product model
    ("CAN I SPEAK TO A REAL PERSON?!", "en"),  # shouting
    ("Monsieur le Maire a signé la convention.", "fr"),  # a role, not a name
    ("Our office is on Victoria Street near the Florence Hotel.", "en"),  # streets and places
    ("Dear Customer, your order has shipped.", "en"),  # a generic greeting
    ("Bonjour, pouvez-vous m'envoyer la facture de mars ?", "fr"),  # no name at all
    ("Happy Black Friday from the Acme Corp team!", "en"),  # capitalised B2B words
])
def test_when_b2b_text_has_capitalised_words_but_no_person_then_nothing_is_found(
        text: str, lang: str) -> None:
    assert names(text, lang) == []


def test_when_a_name_is_found_then_the_finding_explains_why() -> None:
    [finding] = DETECTOR.detect("Je m'appelle Jean Dupont.", "fr")

    assert finding.type == PERSON
    assert finding.detector == "person_name"
    assert "je m'appelle" in finding.reason.lower()
    assert 0 < finding.score <= 1


def test_when_cues_differ_then_scores_reflect_certainty() -> None:
    introduced = DETECTOR.detect("my name is Jean Dupont", "en")[0].score
    full_name = DETECTOR.detect("Jean Dupont called", "en")[0].score
    given_name_alone = DETECTOR.detect("Julie called", "en")[0].score

    assert introduced > full_name > given_name_alone


def test_when_the_bot_name_is_ignored_then_greeting_the_bot_is_not_a_person() -> None:
    detector = PersonNameDetector(ignore=["Clara"])

    found = detector.detect("Bonjour Clara, je cherche Marie Dupont", "fr")

    assert [f.reason.split(":")[0] for f in found] == ["person name"]
    assert [(f.start, f.end) for f in found] == [(26, 38)]


def test_when_typographic_apostrophes_and_accents_are_used_then_cues_still_match() -> None:
    assert names("Je m’appelle Éloïse Þórsdóttir", "fr") == ["Éloïse Þórsdóttir"]


# -- evaluation -------------------------------------------------------------------------------





def _spans(row: dict[str, object], types: Iterable[str]) -> list[Span]:
    entities = row["entities"]
    assert isinstance(entities, list)
    return sorted((e["start"], e["end"]) for e in entities if e["type"] in types)


def _merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start >= merged[-1][1] and re.fullmatch(r"[ \t,]*",
                                                              text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged




def test_when_scoring_french_clinical_templates_then_person_recall_and_precision_hold() -> None:
    rows = eval_rows("eds_pseudo_templates_fr.jsonl")

    def gold(row: dict[str, object]) -> list[Span]:
        text = row["text"]
        assert isinstance(text, str)
        return _merge_adjacent(text, _spans(row, ("NOM", "PRENOM")))

    precision, recall, f1 = overlap_scores(DETECTOR, rows, "fr", gold)

    print(f"\nPERSON fr (eds-pseudo): P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert recall >= MIN_RECALL_FR
    assert precision >= MIN_PRECISION_FR


def test_when_scoring_english_synthetic_set_then_person_f1_stays_above_the_floor() -> None:
    rows = eval_rows("presidio_research_synth_v2_en.jsonl")

    precision, recall, f1 = overlap_scores(DETECTOR, rows, "en",
                                           lambda row: _spans(row, ("PERSON",)))

    print(f"\nPERSON en (presidio-research synth v2): P={precision:.3f} R={recall:.3f} "
          f"F1={f1:.3f}")
    assert f1 >= MIN_F1_EN


def test_when_scoring_ocr_newspapers_then_french_person_recall_stays_above_the_floor() -> None:
    # OCR noise and 1900s newspapers (surnames alone: "Jaurès", "Clemenceau"): recall only.
    rows = eval_rows("europeana_bnf_ner_fr.jsonl")

    precision, recall, f1 = overlap_scores(DETECTOR, rows, "fr", lambda row: _spans(row, ("PER",)))

    print(f"\nPERSON fr (Europeana OCR): R={recall:.3f} (P={precision:.3f}, F1={f1:.3f})")
    assert recall >= MIN_RECALL_EUROPEANA


@given(st.text(alphabet=st.sampled_from(list("aeiouéèçœAEÉJMDRPbcdnrstl'’-., \n0123:İß")),
               max_size=80) | st.text(max_size=80), st.sampled_from(["fr", "en"]))
def test_when_any_text_is_scanned_then_spans_stay_inside_it(text: str, lang: str) -> None:
    for finding in DETECTOR.detect(text, lang):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.type == PERSON and finding.reason


@pytest.mark.parametrize(("text", "expected"), [
    ("Willow from the sailing club said you might fit us in", ["Willow"]),
    ("Grace from the golf club recommended you", ["Grace"]),
    ("Our venue is next to the Royal Albert Hall; could you quote?", []),
    ("Our berth holders at Drake's Wharf have been grumbling", []),
    ("whoever looked after Bill's account has left", ["Bill"]),
    ("it's for the Okafor family, they booked the arena", ["Okafor"]),
    ("the Ford family of engines is discontinued", []),
])
def test_when_a_name_is_told_by_who_they_are_with_or_a_place_so_named_then_it_is_read_so(
        text: str, expected: list[str]) -> None:
    assert names(text, "en") == expected
