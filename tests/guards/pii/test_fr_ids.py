"""SIREN, SIRET and NIR detectors: keys, split formats, precedence, look-alikes."""

from __future__ import annotations

import pytest

from clairbot.categories import FR_NIR, FR_SIREN, FR_SIRET
from clairbot.guards.pii.fr_ids import FrenchCompanyIdDetector, NirDetector


def found(text: str) -> list[tuple[str, str]]:
    findings = [*FrenchCompanyIdDetector().detect(text, "fr"), *NirDetector().detect(text, "fr")]
    return [(f.type, text[f.start:f.end]) for f in findings]


@pytest.mark.parametrize(("text", "expected"), [
    # SIREN grouped 3-3-3 with its keyword
    ("Notre SIREN est 732 829 320.", [(FR_SIREN, "732 829 320")]),
    # contiguous, keyword before a colon
    ("SIREN : 732829320", [(FR_SIREN, "732829320")]),
    # dots, announced by the RCS
    ("immatriculée au RCS de Lyon sous le n° 732.829.320", [(FR_SIREN, "732.829.320")]),
    # SIRET grouped 3-3-3-5: a SIRET, never the SIREN inside it
    ("SIREN/SIRET 732 829 320 00074", [(FR_SIRET, "732 829 320 00074")]),
    # contiguous SIRET, no keyword needed (two keys must match)
    ("compte ouvert : 73282932000074", [(FR_SIRET, "73282932000074")]),
    # SIREN then NIC
    ("siret 732829320 00074", [(FR_SIRET, "732829320 00074")]),
    # dots
    ("SIRET 732.829.320.00074", [(FR_SIRET, "732.829.320.00074")]),
    # dashes
    ("SIREN 732-829-320, SIRET 732-829-320-00074",
     [(FR_SIREN, "732-829-320"), (FR_SIRET, "732-829-320-00074")]),
    # La Poste establishments do not use the Luhn key
    ("SIRET 356 000 000 00048", [(FR_SIRET, "356 000 000 00048")]),
    # a valid SIREN without any company keyword: could be any reference
    ("commande 732 829 320", []),
    # wrong Luhn key
    ("SIREN 732 829 321", []),
    # SIRET with a wrong establishment key: not reported, not even its SIREN
    ("SIRET 732 829 320 00075", []),
    # followed by another digit group
    ("SIREN 732 829 320 12", []),
    # inside a VAT number
    ("TVA FR40303265045", []),
    # part of an invoice number
    ("SIREN FAC-732829320", []),
    # a label on the line above, ending with a colon, announces the number below
    ("SIREN :\n732 829 320", [(FR_SIREN, "732 829 320")]),
    # a line break without a colon ends the sentence
    ("Notre SIREN\n732 829 320", []),
])
def test_when_company_number_like_text_then_valid_siren_or_siret(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # grouped as on the carte Vitale
    ("n° sécu 1 85 05 78 006 084 91", [(FR_NIR, "1 85 05 78 006 084 91")]),
    # contiguous
    ("NIR 269054958815780.", [(FR_NIR, "269054958815780")]),
    # Corsica, department 2A
    ("NIR 1 85 05 2A 123 456 33", [(FR_NIR, "1 85 05 2A 123 456 33")]),
    # Corsica, department 2B, contiguous
    ("NIR 185052B12345660", [(FR_NIR, "185052B12345660")]),
    # key separated differently
    ("NIR 1850578006084 91", [(FR_NIR, "1850578006084 91")]),
    # dots
    ("1.85.05.78.006.084.91", [(FR_NIR, "1.85.05.78.006.084.91")]),
    # wrong key
    ("n° sécu 1 85 05 78 006 084 92", []),
    # key missing
    ("n° sécu 1 85 05 78 006 084", []),
    # inside a longer run
    ("1850578006084911", []),
    # digit by digit, single spaces
    ("Assuré 1 8 5 0 5 7 8 0 0 6 0 8 4 9 1 né le", [(FR_NIR, "1 8 5 0 5 7 8 0 0 6 0 8 4 9 1")]),
    # digit by digit with a wrong key
    ("Assuré 1 8 5 0 5 7 8 0 0 6 0 8 4 9 2", []),
    # digit by digit, one digit short
    ("Assuré 1 8 5 0 5 7 8 0 0 6 0 8 4 9", []),
    # digit by digit inside a longer run of single digits
    ("3 1 8 5 0 5 7 8 0 0 6 0 8 4 9 1", []),
    ("1 8 5 0 5 7 8 0 0 6 0 8 4 9 1 7", []),
])
def test_when_nir_like_text_then_only_valid_nirs(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_when_corsican_nir_then_reason_says_so() -> None:
    [finding] = NirDetector().detect("185052A12345633", "fr")
    assert finding.reason == "French NIR with valid mod-97 key (Corsica)"


def test_when_siret_has_a_keyword_then_it_scores_higher() -> None:
    with_keyword = FrenchCompanyIdDetector().detect("SIRET 73282932000074", "fr")
    without = FrenchCompanyIdDetector().detect("n° 73282932000074", "fr")
    assert with_keyword[0].score > without[0].score


def test_when_the_keyword_is_in_the_previous_sentence_then_it_does_not_count() -> None:
    assert found("Notre SIREN est 552 100 554.\nLe contrat 732 829 320 arrive à échéance.") == [
        (FR_SIREN, "552 100 554")]
