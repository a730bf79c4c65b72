"""The registry: overlap resolution, order, and redaction of what it finds."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from clairbot.categories import (
    CREDIT_CARD,
    EMAIL,
    FR_SIRET,
    IBAN,
    PERSON,
    PHONE,
    POSTAL_ADDRESS,
    SPECIAL_CATEGORY,
)
from clairbot.guards.pii import Finding, PiiRegistry, redact
from clairbot.guards.pii.registry import redact as redact_from_registry


@dataclass
class Fixed:
    """A detector that reports the spans it was given, whatever the text."""

    name: str
    spans: list[tuple[str, int, int, float]]
    types: tuple[str, ...] = field(default=())

    def detect(self, text: str, lang: str) -> list[Finding]:
        return [Finding(kind, start, end, score, self.name, "fixed")
                for kind, start, end, score in self.spans]


def analyze(*detectors: Fixed) -> list[tuple[str, int, int, str]]:
    found = PiiRegistry(detectors).analyze("x" * 100, "fr")
    return [(f.type, f.start, f.end, f.detector) for f in found]


def test_when_findings_overlap_then_the_higher_score_wins() -> None:
    assert analyze(Fixed("a", [(PHONE, 10, 20, 0.8)]),
                   Fixed("b", [(CREDIT_CARD, 10, 20, 0.9)])) == [(CREDIT_CARD, 10, 20, "b")]


def test_when_scores_tie_then_the_longer_span_wins() -> None:
    assert analyze(Fixed("a", [(PHONE, 10, 20, 0.9)]),
                   Fixed("b", [(FR_SIRET, 5, 20, 0.9)])) == [(FR_SIRET, 5, 20, "b")]


def test_when_score_and_length_tie_then_the_earlier_detector_wins() -> None:
    assert analyze(Fixed("a", [(PHONE, 10, 20, 0.9)]),
                   Fixed("b", [(CREDIT_CARD, 10, 20, 0.9)])) == [(PHONE, 10, 20, "a")]


def test_when_special_category_overlaps_then_both_are_kept() -> None:
    assert analyze(Fixed("names", [(PERSON, 10, 20, 0.9)]),
                   Fixed("special", [(SPECIAL_CATEGORY, 0, 30, 0.7)])) == [
        (SPECIAL_CATEGORY, 0, 30, "special"), (PERSON, 10, 20, "names")]


def test_when_a_loser_sticks_out_of_the_winner_then_the_rest_is_kept() -> None:
    # An address span running into an IBAN must not leave the IBAN's tail in clear.
    assert analyze(Fixed("address", [(POSTAL_ADDRESS, 0, 40, 0.95)]),
                   Fixed("iban", [(IBAN, 35, 60, 0.9)])) == [
        (POSTAL_ADDRESS, 0, 40, "address"), (IBAN, 40, 60, "iban")]


def test_when_the_winner_is_inside_the_loser_then_both_ends_are_kept() -> None:
    assert analyze(Fixed("a", [(EMAIL, 10, 20, 0.95)]),
                   Fixed("b", [(PERSON, 0, 30, 0.6)])) == [
        (PERSON, 0, 10, "b"), (EMAIL, 10, 20, "a"), (PERSON, 20, 30, "b")]


def test_when_findings_do_not_overlap_then_all_are_kept_sorted_by_start() -> None:
    assert analyze(Fixed("a", [(PHONE, 50, 60, 0.8), (PHONE, 0, 5, 0.8)]),
                   Fixed("b", [(EMAIL, 20, 30, 0.9)])) == [
        (PHONE, 0, 5, "a"), (EMAIL, 20, 30, "b"), (PHONE, 50, 60, "a")]


def test_when_real_detectors_run_then_each_value_is_found_once(structured: PiiRegistry) -> None:
    text = ("SIRET 732 829 320 00074, carte 4111 1111 1111 1111, IBAN FR76 3000 6000 0112 3456 "
            "7890 189, tél 06 12 34 56 78, jean@acme.fr")
    assert [(f.type, text[f.start:f.end]) for f in structured.analyze(text, "fr")] == [
        (FR_SIRET, "732 829 320 00074"), (CREDIT_CARD, "4111 1111 1111 1111"),
        (IBAN, "FR76 3000 6000 0112 3456 7890 189"), (PHONE, "06 12 34 56 78"),
        (EMAIL, "jean@acme.fr")]


def test_when_a_siret_is_announced_then_it_beats_its_card_reading(
        structured: PiiRegistry) -> None:
    # 36000000400018 is also a Luhn-valid Diners number, and a card keyword follows it
    text = "SIRET: 36000000400018 The payment with card 4111 1111 1111 1111 failed"
    assert [(f.type, text[f.start:f.end]) for f in structured.analyze(text, "en")] == [
        (FR_SIRET, "36000000400018"), (CREDIT_CARD, "4111 1111 1111 1111")]


def test_when_a_card_keyword_announces_a_siret_shaped_number_then_it_is_a_card(
        structured: PiiRegistry) -> None:
    text = "cc 36000000400018 on file"
    assert [(f.type, text[f.start:f.end]) for f in structured.analyze(text, "en")] == [
        (CREDIT_CARD, "36000000400018")]


def finding(kind: str, start: int, end: int) -> Finding:
    return Finding(kind, start, end, 0.9, "test", "test")


@pytest.mark.parametrize(("text", "findings", "expected"), [
    # one placeholder per type
    ("mail a@b.fr tel 0612345678", [finding(EMAIL, 5, 11), finding(PHONE, 16, 26)],
     "mail [EMAIL] tel [PHONE]"),
    # a span stopping short of the last digits is widened to the whole token
    ("tel 0612345678 ok", [finding(PHONE, 5, 12)], "tel [PHONE] ok"),
    # digits glued by a dash are one token
    ("ref 2026-000123 ok", [finding(PHONE, 4, 11)], "ref [PHONE] ok"),
    # a special category span is redacted as such, widened to whole words
    ("je suis diabétique", [finding(SPECIAL_CATEGORY, 8, 14)], "je suis [SPECIAL_CATEGORY]"),
    # overlapping spans become one placeholder named after the value finding
    ("je suis Jean Dupont", [finding(SPECIAL_CATEGORY, 0, 12), finding(PERSON, 8, 19)],
     "[PERSON]"),
    # spans separated by a comma stay two placeholders
    ("a@b.fr,0612345678", [finding(EMAIL, 0, 6), finding(PHONE, 7, 17)], "[EMAIL],[PHONE]"),
    # nothing found, nothing changed
    ("rien à signaler", [], "rien à signaler"),
])
def test_when_redacting_then_typed_placeholders_replace_whole_values(
        text: str, findings: list[Finding], expected: str) -> None:
    assert redact(text, findings) == expected


def test_when_redact_is_imported_from_the_registry_then_it_is_the_same_function() -> None:
    assert redact_from_registry is redact


def test_when_redacting_analyzed_text_then_no_digit_of_a_value_is_left(
        structured: PiiRegistry) -> None:
    text = ("Bonjour, IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111-1111-1111-1111, "
            "NIR 1 85 05 78 006 084 91, tél +33 6 12 34 56 78.")
    redacted = redact(text, structured.analyze(text, "fr"))
    assert redacted == ("Bonjour, IBAN [IBAN], carte [CREDIT_CARD], NIR [FR_NIR], "
                        "tél [PHONE].")
