"""E-mail and phone detectors: valid values, split formats, look-alikes."""

from __future__ import annotations

import pytest

from clairbot.guards.pii.contact import EmailDetector, PhoneDetector


def found(detector: EmailDetector | PhoneDetector, text: str, lang: str = "fr") -> list[str]:
    return [text[f.start:f.end] for f in detector.detect(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    # plain address at the end of a sentence: the final dot is not part of it
    ("Écrivez à jean.dupont@acme-industrie.fr.", ["jean.dupont@acme-industrie.fr"]),
    # plus-addressing after a mailto: scheme
    ("mailto:contact+commandes@logisud.eu", ["contact+commandes@logisud.eu"]),
    # upper case, in angle brackets
    ("Contact <Marie.Curie@Example.COM>", ["Marie.Curie@Example.COM"]),
    # punycode domain
    ("user@xn--80ak6aa92e.com", ["user@xn--80ak6aa92e.com"]),
    # accented local part
    ("élodie.roux@exemple.fr", ["élodie.roux@exemple.fr"]),
    # two addresses
    ("a@b.fr ou c.d@e.com", ["a@b.fr", "c.d@e.com"]),
    # no top-level domain
    ("my email is info@presidio.", []),
    # not an address at all
    ("this is not an email: hello-world here", []),
    # double dot in the local part
    ("a..b@exemple.fr", []),
    # a handle, not an address
    ("suivez @clairbot", []),
])
def test_when_email_like_text_then_only_addresses_are_found(text: str,
                                                              expected: list[str]) -> None:
    assert found(EmailDetector(), text) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # French mobile in pairs
    ("Appelez le 06 12 34 56 78 svp", "fr", ["06 12 34 56 78"]),
    # international format with spaces
    ("mon portable : +33 6 12 34 56 78", "fr", ["+33 6 12 34 56 78"]),
    # 00 international prefix, no separator
    ("au 0033612345678 merci", "fr", ["0033612345678"]),
    # two zero digits split by a separator, read as the 00 prefix: no number, and no crash
    # (hypothesis found the turn failing on it)
    ("0.0101010", "fr", []),
    # US number in international format
    ("call +1 (415) 555-0134 now", "fr", ["+1 (415) 555-0134"]),
    # dots
    ("tél 06.12.34.56.78", "fr", ["06.12.34.56.78"]),
    # dashes
    ("tél 06-12-34-56-78", "fr", ["06-12-34-56-78"]),
    # contiguous French number
    ("joignable au 0612345678.", "fr", ["0612345678"]),
    # the (0) of a French number written internationally
    ("Standard +33 (0)1 42 68 53 00", "fr", ["+33 (0)1 42 68 53 00"]),
    # in brackets: the brackets are not part of the number
    ("Notre standard (+33 1 42 68 53 00) ne répond pas", "fr", ["+33 1 42 68 53 00"]),
    # glued to a label
    ("Tel:0612345678", "fr", ["0612345678"]),
    # US national formats in English
    ("My number is (415) 555-0132 or 415-555-0132", "en", ["(415) 555-0132", "415-555-0132"]),
    # UK number
    ("ring +44 20 7946 0958", "en", ["+44 20 7946 0958"]),
    # bare 10 digits without trunk prefix and without a phone word: an order number
    ("order 4155550134 is late", "en", []),
    # the same with a phone word
    ("call me on 4155550134", "en", ["4155550134"]),
    # nine digits without trunk prefix
    ("dossier 612345678", "fr", []),
    # too short
    ("06 12 34 56", "fr", []),
    # part of a longer run of digit groups
    ("06 12 34 56 78 90", "fr", []),
    # invoice number
    ("facture FAC-2026-000123", "fr", []),
    # IP address
    ("serveur 192.168.1.10", "en", []),
    # an OID is not a phone number
    ("OID 1.3.6.1.4.1.38539", "en", []),
    # digits of an IBAN (even an invalid one)
    ("IBAN NL23 NZTS 5733 3407 93", "en", []),
    # a date and a time
    ("livraison le 12/03/2026 à 14:30", "fr", []),
    # an amount
    ("total 1 234 567,89 €", "fr", []),
    # a Canadian number in US format: same numbering plan, tried with the US
    ("my cell 604-555-0142.", "en", ["604-555-0142"]),
    ("(416) 555-0199 is my desk", "en", ["(416) 555-0199"]),
    # a British mobile in national format: FR is tried first, then US, then GB
    ("ring 07400 123456 today", "en", ["07400 123456"]),
    # ... but only where GB numbers are tried, or with a phone keyword
    ("07400 123456 today", "fr", []),
    ("ring 07400 123456 today", "fr", ["07400 123456"]),
    # "ring" and "hp" (a handphone) announce a number; "reach X on" does too
    ("ring 9820555173 for bookings", "en", ["9820555173"]),
    ("hp 9555 0172 msg me", "en", ["9555 0172"]),
    ("u can reach accounts on 1800 555 014 tmrw", "en", ["1800 555 014"]),
    ("new number's 6555 0239, same faces", "en", ["6555 0239"]),
    ("9555 0172 msg me", "en", []),
    # "in which case" is no case file; "case no." still is a reference
    ("in which case 0491 570 403 is his work phone", "en", ["0491 570 403"]),
    ("Your case number is 0491 570 403", "en", []),
    # a French mobile typed whole, unless a reference is named before it
    ("c combien par salarie? 0639985517", "fr", ["0639985517"]),
    ("cmd 0639985517 pas livree", "fr", []),
    ("Notre numéro DUNS, 28-417-3905, vous permettra", "fr", []),
    ("Your custommer referance is 98450 55501", "en", []),
    # "biper", German "ruf mich an"; a "+" number after "at"; references with a phrase between
    ("tu peux me biper au 76 555 01 92 ?", "fr", ["76 555 01 92"]),
    ("ruf mich an unter 0711 5550 3392", "en", ["0711 5550 3392"]),
    # the words for a mobile of the languages visitors mix in
    ("Meine Handynummer ist 0151 5550 3842, danke", "en", ["0151 5550 3842"]),
    ("mi celular es 0151 5550 7719", "fr", ["0151 5550 7719"]),
    ("our safety officer at +234 1 555 2093", "en", ["+234 1 555 2093"]),
    ("fact 0199 0036 48 recue", "fr", []),
    ("Le numéro de lot du levain sec c'est 0465 7103 22", "fr", []),
    ("The lot number on the sidewall is 3419-0087-22", "en", []),
    # an extension may follow the number, but is not dialled with it: not in the span
    ("call +1 (415) 555-0134 ext. 12 now", "en", ["+1 (415) 555-0134"]),
    ("desk 415-555-0134x89", "en", ["415-555-0134"]),
    # a label hyphenated after the number is not more of it
    ("06 12 34 56 78-perso", "fr", ["06 12 34 56 78"]),
    # ... but a digit or a two-letter tail glues it to something longer
    ("06 12 34 56 78-2", "fr", []),
    ("MAC: 01-23-45-67-89-AB", "en", []),
    # with "+", a number of a possible length in a range not known as assigned
    ("Desk: +44 7700 900123", "en", ["+44 7700 900123"]),
    ("Standard +41 (0)95 123 45 67", "fr", ["+41 (0)95 123 45 67"]),
    # the same with "00" needs a phone keyword: it may be an account number
    ("compte 0044 7700 900123", "en", []),
    ("tel 0044 7700 900123", "en", ["0044 7700 900123"]),
    # a signed amount grouped by thousands
    ("a growth of +15 000 000 000 visits", "en", []),
    # a 7-digit North American local number right after a phone keyword
    ("Phone: 555-0134", "en", ["555-0134"]),
    # ... not without one, nor far from it, nor where US numbers are not tried
    ("ticket 555-0134", "en", []),
    ("call me later about ticket 555-0134", "en", []),
    ("Tél : 555-0134", "fr", []),
    # an exchange cannot start with 1
    ("phone 123-4567", "en", []),
    # a label on the line above still announces the number
    ("Phone:\n4155550134", "en", ["4155550134"]),
    # ... but a line without a colon is another sentence
    ("Phone\n4155550134", "en", []),
    # a date and a time, ISO style
    ("logged at 2015-12-22 04:34:22 UTC", "en", []),
])
def test_when_phone_like_text_then_only_valid_standalone_numbers_are_found(
        text: str, lang: str, expected: list[str]) -> None:
    assert found(PhoneDetector(), text, lang) == expected


def test_when_phone_found_then_reason_names_the_region_and_score_reflects_format() -> None:
    text = "Tél : +33 6 12 34 56 78"
    [finding] = PhoneDetector().detect(text, "fr")
    assert "FR (+33)" in finding.reason and "keyword" in finding.reason
    assert finding.score == pytest.approx(0.95)


def test_when_a_us_formatted_number_is_canadian_then_the_reason_says_so() -> None:
    [finding] = PhoneDetector().detect("my cell 604-555-0142", "en")
    assert finding.reason == "phone number valid for CA (+1), phone keyword nearby"


def test_when_a_number_is_only_of_a_possible_length_then_it_scores_lower() -> None:
    [valid] = PhoneDetector().detect("ring +44 20 7946 0958", "en")
    [possible] = PhoneDetector().detect("ring +44 7700 900123", "en")
    assert possible.score < valid.score
    assert "outside the ranges known as assigned" in possible.reason


def test_when_regions_are_injected_then_only_they_are_tried() -> None:
    us_only = PhoneDetector(regions={"en": ("US",)})
    assert found(us_only, "call (415) 555-0132 or 06 12 34 56 78", "en") == ["(415) 555-0132"]


def test_when_several_numbers_share_a_stretch_then_the_matcher_splits_them() -> None:
    text = "standard 01 42 68 53 00 - 06 12 34 56 78 - 0033612345678"
    assert found(PhoneDetector(), text) == ["01 42 68 53 00", "06 12 34 56 78", "0033612345678"]
