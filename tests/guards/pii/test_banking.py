"""IBAN and payment card detectors: checksums, split formats, look-alikes."""

from __future__ import annotations

import pytest

from clairbot.guards.pii.banking import (
    CreditCardDetector,
    IbanDetector,
    card_brand,
    cued_card_brand,
)


def found(detector: IbanDetector | CreditCardDetector, text: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.detect(text, "fr")]


@pytest.mark.parametrize(("text", "expected"), [
    # French IBAN in groups of four
    ("IBAN FR76 3000 6000 0112 3456 7890 189 merci", ["FR76 3000 6000 0112 3456 7890 189"]),
    # compact, lower case
    ("rib : fr7630006000011234567890189", ["fr7630006000011234567890189"]),
    # German, compact, at the end of a sentence
    ("Konto DE89370400440532013000.", ["DE89370400440532013000"]),
    # letters in the bank code
    ("GB29 NWBK 6016 1331 9268 19", ["GB29 NWBK 6016 1331 9268 19"]),
    # dashes
    ("FR76-3000-6000-0112-3456-7890-189", ["FR76-3000-6000-0112-3456-7890-189"]),
    # a word after the IBAN that would fit its alphabet is not swallowed
    ("this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence",
     ["VG96 VPVG 0000 0123 4567 8901"]),
    # Belgian IBAN with a bank code stdnum's list does not know
    ("BE68539007547034", ["BE68539007547034"]),
    # two IBANs
    ("AL47212110090000000235698741, AL47212110090000000235698741",
     ["AL47212110090000000235698741", "AL47212110090000000235698741"]),
    # wrong checksum (last digit)
    ("IBAN FR76 3000 6000 0112 3456 7890 188", []),
    # mixed case is a typo, not an IBAN
    ("LV80 bANK 0000 4351 9500 1", []),
    # too short for its country
    ("FR76 3000 6000 0112", []),
    # glued to a word
    ("refFR7630006000011234567890189", []),
])
def test_when_iban_like_text_then_only_valid_ibans_are_found(text: str,
                                                             expected: list[str]) -> None:
    assert found(IbanDetector(), text) == expected


def test_when_iban_found_then_reason_names_the_checksum_and_country() -> None:
    [finding] = IbanDetector().detect("DE89 3704 0044 0532 0130 00", "en")
    assert finding.reason == "IBAN with valid mod-97 checksum (DE)"


@pytest.mark.parametrize(("text", "expected"), [
    # Visa in groups of four
    ("carte 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
    # dashes
    ("card 4111-1111-1111-1111", ["4111-1111-1111-1111"]),
    # contiguous Mastercard
    ("5105105105105100", ["5105105105105100"]),
    # dots
    ("5105.1051.0510.5100", ["5105.1051.0510.5100"]),
    # American Express 4-6-5
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    # Discover and JCB
    ("6011111111111117 / 3530111333300000", ["6011111111111117", "3530111333300000"]),
    # followed by its expiry date
    ("CB 4012 8888 8888 1881 12/28", ["4012 8888 8888 1881"]),
    # Diners (14 digits) with a card keyword
    ("carte Diners 30569309025904", ["30569309025904"]),
    # wrong Luhn digit
    ("carte 4111 1111 1111 1112", []),
    # inside a longer run of digits
    ("004111111111111111123", []),
    # after another digit group
    ("12 4111 1111 1111 1111", []),
    # an EAN-13 bar code passing the Luhn check
    ("EAN 5012345678900", []),
    # a SIRET grouped 3-3-3-5
    ("SIRET 732 829 320 00074", []),
    # a valid SIRET is not a card without a card keyword
    ("n° 73282932000074", []),
    # the digits of an IBAN
    ("FR76 3000 6000 0112 3456 7890 189", []),
    # unknown issuer prefix
    ("9111111111111111", []),
    # a 13-digit Visa with a card keyword
    ("card 4222222222222 declined", ["4222222222222"]),
    ("cc 4012888888881 please", ["4012888888881"]),
    # ... but not alone: every German EAN-13 bar code starts with 4 too
    ("réf 4222222222222", []),
    ("EAN 4012888888881", []),
    # a 16-digit "35" number outside JCB's allocated block, with a card keyword
    ("my card 3590123456789015 is lost", ["3590123456789015"]),
    ("carte 3520123456789010", ["3520123456789010"]),
    # ... but not alone
    ("ticket 3590123456789015", []),
    # 12 digits are refused even with a card keyword (Maestro's shortest are too rare)
    ("card 501234567896", []),
    # a Diners number that is also a valid SIRET: a card when a card keyword is near
    ("cc 36000000400018 on file", ["36000000400018"]),
    # ... a SIRET when announced as one, even with a card keyword after it
    ("SIRET: 36000000400018 The payment with card 4111 1111 1111 1111 failed",
     ["4111 1111 1111 1111"]),
])
def test_when_card_like_text_then_only_valid_cards_are_found(text: str,
                                                             expected: list[str]) -> None:
    assert found(CreditCardDetector(), text) == expected


@pytest.mark.parametrize(("digits", "brand"), [
    ("4111111111111111", "Visa"),  # Visa, 16
    ("4111111111111", None),  # 13-digit Visa: retired, and too close to EAN-13
    ("2221000000000009", "Mastercard"),  # Mastercard 2-series
    ("378282246310005", "American Express"),  # Amex, 15
    ("3530111333300000", "JCB"),  # JCB
    ("6759649826438453", "Maestro"),  # Maestro UK, 16
    ("122000000000003", "UATP"),  # UATP, 15
    ("7111111111111111", None),  # no scheme starts with 7
])
def test_when_prefix_and_length_then_card_brand(digits: str, brand: str | None) -> None:
    assert card_brand(digits) == brand


@pytest.mark.parametrize(("digits", "brand"), [
    ("4222222222222", "Visa"),  # Visa, 13: only with a card keyword
    ("3590123456789015", "JCB"),  # "35" above JCB's block
    ("3520123456789010", "JCB"),  # "35" below it
    ("3530111333300000", None),  # inside the block: `card_brand` knows it already
    ("4111111111111111", None),  # Visa, 16: same
    ("359012345678901", None),  # 15 digits
    ("501234567896", None),  # 12 digits
    ("5012345678900", None),  # an EAN-13 of prefix 501
])
def test_when_a_keyword_is_needed_then_cued_card_brand(digits: str, brand: str | None) -> None:
    assert cued_card_brand(digits) == brand
