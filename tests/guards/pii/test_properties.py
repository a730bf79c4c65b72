"""Property tests: valid values in random text are found exactly, broken ones never, and
nothing found leaves a digit behind once redacted."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from types import ModuleType

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import iban, luhn
from stdnum.eu import vat
from stdnum.fr import nir, siren, siret

from clairbot.categories import (
    CREDIT_CARD,
    FR_NIR,
    FR_SIREN,
    FR_SIRET,
    IBAN,
    PHONE,
    STRUCTURED_TYPES,
    VAT_NUMBER,
)
from clairbot.guards.pii import PiiRegistry, redact

STRUCTURED = STRUCTURED_TYPES
# Lower-case consonants only: no keyword ("carte", "cb", "siren") and no IBAN or VAT prefix
# can form by chance, so the value is the only thing to find. Neither "n" nor "k": the words
# that name a number as a reference, not a phone, include consonant-only ones ("pn", "sn",
# "ssn", "nhs", "kvk"), and "pn 06 00 00 00 00" is rightly no phone number.
FILLER = st.text(alphabet="dfghjlmpqrstvwxz ,;!?'", max_size=30)
BEFORE = st.sampled_from([" ", " : ", " (", "\n", ", ", ""])
AFTER = st.sampled_from([" ", ". ", ")", ", ", "\n", "!", ""])
VALIDATORS: dict[str, Callable[[str], bool]] = {
    IBAN: iban.is_valid, CREDIT_CARD: luhn.is_valid, FR_NIR: nir.is_valid,
    FR_SIRET: siret.is_valid, FR_SIREN: siren.is_valid, VAT_NUMBER: vat.is_valid}
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def embed(before: str, value: str, after: str, kind: str) -> tuple[str, int, int]:
    lead = before + ("SIREN " if kind == FR_SIREN else "")  # a SIREN needs its keyword
    return lead + value + after, len(lead), len(lead) + len(value)


@SETTINGS
@given(kind=st.sampled_from(STRUCTURED), lang=st.sampled_from(["fr", "en"]), rng=st.randoms(),
       left=FILLER, sep_left=BEFORE, sep_right=AFTER, right=FILLER)
def test_when_valid_value_in_random_text_then_exactly_its_span_is_found(
        structured: PiiRegistry, corpus: ModuleType, kind: str, lang: str, rng: random.Random,
        left: str, sep_left: str, sep_right: str, right: str) -> None:
    value = corpus.make_value(kind, rng, lang)
    if not sep_left and left:
        sep_left = " "
    if not sep_right and right:
        sep_right = " "
    text, start, end = embed(left + sep_left, value, sep_right + right, kind)
    found = [(f.type, f.start, f.end) for f in structured.analyze(text, lang)]
    assert found == [(kind, start, end)], (text, value)


@SETTINGS
@given(kind=st.sampled_from(sorted(VALIDATORS)), rng=st.randoms(), left=FILLER, right=FILLER,
       data=st.data())
def test_when_a_checksum_is_broken_then_the_value_is_never_flagged(
        structured: PiiRegistry, corpus: ModuleType, kind: str, rng: random.Random, left: str,
        right: str, data: st.DataObject) -> None:
    value = corpus.make_value(kind, rng, "fr")
    positions = [i for i, char in enumerate(value) if char.isdigit()]
    i = data.draw(st.sampled_from(positions))
    broken = value[:i] + str((int(value[i]) + data.draw(st.integers(1, 9))) % 10) + value[i + 1:]
    assume(not VALIDATORS[kind](re.sub(r"[ .\-]", "", broken)))
    text, start, end = embed(left + " ", broken, " " + right, kind)
    flagged = [f for f in structured.analyze(text, "fr")
               if f.type == kind and f.start < end and start < f.end]
    assert flagged == [], (text, flagged)


@SETTINGS
@given(kind=st.sampled_from([IBAN, CREDIT_CARD, FR_NIR, FR_SIRET, FR_SIREN, PHONE]),
       rng=st.randoms(), digits_before=st.text(alphabet="0123456789", max_size=4),
       digits_after=st.text(alphabet="0123456789", max_size=4))
def test_when_a_value_is_glued_into_a_longer_digit_run_then_no_partial_match(
        structured: PiiRegistry, corpus: ModuleType, kind: str, rng: random.Random,
        digits_before: str, digits_after: str) -> None:
    value = re.sub(r"[ .\-]", "", corpus.make_value(kind, rng, "fr"))
    assume(digits_before or digits_after)
    run = digits_before + value + digits_after
    text = f"ref {run} ok"
    for finding in structured.analyze(text, "fr"):
        inside = 4 <= finding.start and finding.end <= 4 + len(run)
        assert not inside or (finding.start, finding.end) == (4, 4 + len(run)), (text, finding)


@SETTINGS
@given(rng=st.randoms(), kinds=st.lists(st.sampled_from(STRUCTURED), max_size=3),
       noise=st.lists(st.text(alphabet="0123456789 .-/+abcFR", max_size=12), max_size=3))
def test_when_redacting_findings_then_no_digit_inside_them_survives(
        structured: PiiRegistry, corpus: ModuleType, rng: random.Random, kinds: list[str],
        noise: list[str]) -> None:
    parts = [corpus.make_value(kind, rng, "fr") for kind in kinds] + noise
    rng.shuffle(parts)
    text = " ; ".join(parts)
    findings = structured.analyze(text, "fr")
    masked = list(text)
    for f in findings:
        masked[f.start:f.end] = "#" * (f.end - f.start)
    left = [c for c in "".join(masked) if c.isdigit()]
    redacted_digits = [c for c in redact(text, findings) if c.isdigit()]
    # Widening to whole tokens may remove more digits, never keep one from inside a finding.
    it = iter(left)
    assert all(d in it for d in redacted_digits), (text, findings)
