"""Phone numbers outside the ranges known as assigned (issue 13): taken when plausibly written.

A national number of a possible length for its region is a phone number when a phone keyword
is near, or when it is written in its country's own grouping; the same shapes in references,
amounts, dates and identifiers are not. Valid numbers are covered by `test_contact.py`.
"""

from __future__ import annotations

import pytest

from clairbot.guards.pii.contact import PhoneDetector

UNASSIGNED = "outside the ranges known as assigned"


def found(text: str, lang: str) -> list[str]:
    return [text[f.start:f.end] for f in PhoneDetector().detect(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # unallocated French prefix (04 0x) in pairs, with and without a keyword
    ("Appelez-moi au 04 01 12 34 56 svp", "fr", ["04 01 12 34 56"]),
    ("04 01 12 34 56", "fr", ["04 01 12 34 56"]),
    # the French pairs split by dots or dashes (07 00 is unallocated too)
    ("Mon nouveau numéro 07.00.12.34.56 !", "fr", ["07.00.12.34.56"]),
    ("07-00-12-34-56", "fr", ["07-00-12-34-56"]),
    # ... and in an English message, where French numbers are tried first
    ("you can call 07 00 12 34 56 tomorrow", "en", ["07 00 12 34 56"]),
    # contiguous: only with a phone keyword
    ("mon portable : 0701123456", "fr", ["0701123456"]),
    ("joignable au 0401123456 le matin", "fr", ["0401123456"]),
    # the trunk zero in brackets, national form
    ("(0)4 01 12 34 56", "fr", ["(0)4 01 12 34 56"]),
    # a phone label glued by a dot
    ("Tél.04 01 12 34 56", "fr", ["04 01 12 34 56"]),
    ("tel.0612345678", "fr", ["0612345678"]),
    # pairs split by slashes, valid and unallocated
    ("portable 06/12/34/56/78", "fr", ["06/12/34/56/78"]),
    ("04/01/12/34/56", "fr", ["04/01/12/34/56"]),
    # the leading zero typed as the letter O
    ("Standard : O1 42 68 53 00", "fr", ["O1 42 68 53 00"]),
    # overseas France, valid in its own country code
    ("Tel : 0692 12 34 56", "fr", ["0692 12 34 56"]),
    ("06 90 12 34 56", "fr", ["06 90 12 34 56"]),
    # international forms of an unallocated French number: "+" is enough, "00" needs a keyword
    ("+33 (0)4 01 12 34 56", "fr", ["+33 (0)4 01 12 34 56"]),
    ("+33 4 01 12 34 56", "fr", ["+33 4 01 12 34 56"]),
    ("tél 0033 4 01 12 34 56", "fr", ["0033 4 01 12 34 56"]),
    # "+33" in brackets
    ("(+33) 6 12 34 56 78", "fr", ["(+33) 6 12 34 56 78"]),
    # two numbers glued by a slash, and two in one stretch, one of them unallocated
    ("06 12 34 56 78/04 01 12 34 56", "fr", ["06 12 34 56 78", "04 01 12 34 56"]),
    ("01 42 68 53 00 - 04 01 12 34 56 - 06 12 34 56 78", "fr",
     ["01 42 68 53 00", "04 01 12 34 56", "06 12 34 56 78"]),
    # North American fictional numbers in the conventional groupings
    ("(555) 867-5309", "en", ["(555) 867-5309"]),
    ("555-867-5309", "en", ["555-867-5309"]),
    ("Jenny: 555.867.5309", "en", ["555.867.5309"]),
    ("1-555-867-5309", "en", ["1-555-867-5309"]),
    # ... with spaces only: with a keyword
    ("call me on 555 867 5309", "en", ["555 867 5309"]),
    ("my number is 555 867 5309", "en", ["555 867 5309"]),
    # ... and with "+1", the exchange starting with 0
    ("+1 (555) 012-3456", "en", ["+1 (555) 012-3456"]),
    # British drama numbers (Ofcom) in the British groupings
    ("07700 900123", "en", ["07700 900123"]),
    ("07700 900 123", "en", ["07700 900 123"]),
    ("(01632) 960123", "en", ["(01632) 960123"]),
    ("01632 960123 is the office", "en", ["01632 960123"]),
    ("+44 (0)7700 900123", "en", ["+44 (0)7700 900123"]),
    # ... other shapes with a keyword
    ("text me on 07700900123", "en", ["07700900123"]),
    ("reach me at 07 700 900 123", "en", ["07 700 900 123"]),
    ("ring me on 07700-900-123", "en", ["07700-900-123"]),
    # a valid one and a drama one in one stretch
    ("020 7946 0958 / 07700 900123", "en", ["020 7946 0958", "07700 900123"]),
    # the keyword after a number speaks of it, not of the VAT number that follows
    ("Tel: +441212345679 (direct line) Please add VAT ID FR 03 147 495 675", "en",
     ["+441212345679"]),
    # a number closing a chat message, set apart: the number to call back
    ("can u do sat 14th, 60 ppl? 555-0142", "en", ["555-0142"]),
    ("need 20 trophies by mon, 9555-0134", "en", ["9555-0134"]),
    ("bin not emptied again, 6555 0177 thx", "en", ["6555 0177"]),
    ("our office is on 6555 0101.", "en", ["6555 0101"]),
    # "I'm on ...": where the writer is reached
    ("I'm on 0161 5550 7731 most mornings", "en", ["0161 5550 7731"]),
    # an Australian freephone in its shape; a number right after "contact"
    ("The depot's freephone, 1800 555 067, is open all week", "en", ["1800 555 067"]),
    ("Pls contact 6555 4817 and ask for accounts", "en", ["6555 4817"]),
    # the seventeenth round: a second person's number, its noun left out; chat spellings of
    # "phone" and "mobile"; an area code set apart by a spaced slash
    ("you can text me on 555-0112, and my wife's is 555-0139", "en", ["555-0112", "555-0139"]),
    ("the yard fone 555-0163 rings out back", "en", ["555-0163"]),
    ("my mobil is 0151 2291 4478 after six", "en", ["0151 2291 4478"]),
    ("Our Berlin desk: 030 / 4471 2290, ask for Jana", "en", ["030 / 4471 2290"]),
])
def test_when_an_unassigned_number_is_plausibly_written_then_it_is_found(
        text: str, lang: str, expected: list[str]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # a reference named right before a number in pairs
    ("commande n° 04 01 12 34 56", "fr"),
    ("Rappel : facture 04 01 12 34 56 impayée", "fr"),
    ("mon numéro de commande est le 04 01 12 34 56", "fr"),
    # ... or before a contiguous one, even with a phone keyword around
    ("numéro de commande : 0401123456, merci de me rappeler", "fr"),
    ("Call me about invoice 0401123456", "en"),
    ("order no. 555-867-5309", "en"),
    ("my order number is 555-867-5309", "en"),
    # contiguous digits, no keyword: any reference
    ("dossier 0401123456", "fr"),
    ("n° 0401123456", "fr"),
    ("ticket 07700900123", "en"),
    # a bare "n°", "numéro de commande" or "order number" is not a phone keyword
    ("N° 0701123456 du 12 mars", "fr"),
    ("Votre n° client 0401123456 est inconnu", "fr"),
    ("Order number 5558675309 shipped", "en"),
    ("Standard delivery 0401123456", "en"),
    # an exchange starting with 0 or 1 is not the North American grouping
    ("ref 555-012-3456", "en"),
    ("see 555-123-4567", "en"),
    # British shapes where British numbers are not tried
    ("07700 900123", "fr"),
    # amounts
    ("total 1 234 567,89 €", "fr"),
    ("a total of $12,345,678.90", "en"),
    ("montant : 12 345 678 €", "fr"),
    # SIRET and SIREN
    ("SIRET 732 829 320 00074", "fr"),
    ("SIREN : 732 829 320", "fr"),
    # dates, times, time ranges
    ("livraison le 12/03/2026 à 14:30", "fr"),
    ("ouvert de 08 30 - 12 00 et 14 00 - 18 00", "fr"),
    ("logged at 2026-03-12 14:30", "en"),
    ("le 04.01.2026", "fr"),
    # postcode and city
    ("Livraison : 12 rue des Lilas, 75011 Paris", "fr"),
    # an IBAN
    ("IBAN FR76 3000 6000 0112 3456 7890 189", "fr"),
    # VAT numbers
    ("TVA : FR 40 303 265 045", "fr"),
    ("Please add VAT ID FR 03 147 495 675, call me", "en"),
    # tracking numbers
    ("Le numéro de suivi 1234 5678 9012 ne donne rien", "fr"),
    ("tracking 1Z999AA10123456784", "en"),
    # versions, IPs, OIDs
    ("since version 10.0.19045.2965", "en"),
    ("serveur 192.168.100.200", "fr"),
    ("OID 1.3.6.1.4.1.38539", "en"),
    # pairs inside a longer run of pairs
    ("04 01 12 34 56 78", "fr"),
    # references: an account, a project, a serial misspelt, an agreement, a bin, "facture n",
    # "référence de badge"
    ("acct no 0412 555 903 cant log in", "en"),
    ("Please quote project number 0113-496-2208 on invoices.", "en"),
    ("the serail number is 0491-570-2231 on the base", "en"),
    # a reference read off a plate or a statement, with capitals before it
    ("the serial plate on the pump reads 07700 9004 12, is that the 2019 model?", "en"),
    ("the reference on our bank statement was SGW 2079 4600 11", "en"),
    ("Lease agreement 0491 5702 41 looks wrong", "en"),
    ("bin id 0300 255 019 missed again", "en"),
    ("facture n 0639278144 tjrs pas recue", "fr"),
    ("Merci de rappeler la référence de badge 0399-2214 à l'accueil.", "fr"),
    # a message closed by a range, years, a reference, a number with no separator
    ("we need 300 units, budget 1200-1500", "en"),
    ("contract covers 2024-2025", "en"),
    ("order ref, 4512 8890", "en"),
    ("Send the 40 boxes, 12345678", "en"),
    # a quantity in the freephone's shape; a carrier's prefix; "adhérant"; an IBAN's ending
    ("we ordered 1800 500 200 units", "en"),
    ("colis suivi 6A 123 456 789 02 toujours pas livre", "fr"),
    ("mon numéro d'adhérant c'est 1099-0057, merci", "fr"),
    ("Hallo, our IBAN ends in 0417 1643 22, graag", "en"),
    # the sixteenth round: a part's reference "de la pièce", a badge "for the gate, number",
    # an IBAN that "se termine par", an engraved number, a delivery note
    ("Référence de la pièce : 0412-3377-81, un raccord coudé.", "fr"),
    ("The badge for the loading gate, number 0199 0042 77, stopped working.", "en"),
    ("Le RIB de la facture se termine par 0412 3377 81, c'est bien ça ?", "fr"),
    ("Le numéro gravé sur la vanne, c'est 02 61 91 88 14, vous l'avez ?", "fr"),
    ("bon de livraison 0412337781 incomplet", "fr"),
    # the seventeenth round: a client number said in SMS ("c"); a key card's number after
    # two short phrases
    ("mon num client c 0412 3377 81 svp verifiez", "fr"),
    ("Le numéro de carte de propriété de notre serrurier est le 0199 0042 77.", "fr"),
])
def test_when_the_same_shapes_are_references_then_no_phone_is_found(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # French
    ("Tél : 0401123456", "fr"),
    ("tel: 0401123456", "fr"),
    ("Portable 0701123456", "fr"),
    ("sur mon mobile 0701123456", "fr"),
    ("ligne directe 0401123456", "fr"),
    ("appelez le standard : 0401123456", "fr"),
    ("mon fixe 0401123456", "fr"),
    ("mon numéro : 0401123456", "fr"),
    ("votre numéro de portable 0701123456", "fr"),
    ("contactez-moi au 0401123456", "fr"),
    ("envoyez-moi un texto au 0701123456", "fr"),
    ("joignable 0401123456", "fr"),
    # English
    ("cell 5558675309", "en"),
    ("Mob: 07700900123", "en"),
    ("Ph: 5558675309", "en"),
    ("landline 01632960123", "en"),
    ("direct line 01632960123", "en"),
    ("our switchboard 01632960123", "en"),
    ("reach us on 01632960123", "en"),
    ("ring me on 07700900123", "en"),
    ("text us 07700900123", "en"),
    ("contact me on 5558675309", "en"),
    ("your number 5558675309", "en"),
    ("home number 01632960123", "en"),
    # "wa" for WhatsApp, "cel" for a cell, as chats shorten and misspell them
    ("need a quote, wa 0401123456", "en"),
    ("my cel 5558675309 if easier", "en"),
])
def test_when_a_phone_keyword_is_near_then_a_bare_unassigned_number_is_found(
        text: str, lang: str) -> None:
    [finding] = PhoneDetector().detect(text, lang)
    assert UNASSIGNED in finding.reason and "phone keyword nearby" in finding.reason


def test_when_taken_for_its_grouping_then_the_reason_names_the_grouping() -> None:
    [finding] = PhoneDetector().detect("04 01 12 34 56", "fr")
    assert finding.reason == (
        "national number of a possible length for FR (+33), outside the ranges known as"
        " assigned; plausible as a phone number: written in the French grouping in pairs"
        " (0X XX XX XX XX)")


def test_when_taken_for_a_keyword_then_the_reason_says_so_and_not_a_grouping() -> None:
    [finding] = PhoneDetector().detect("mobile 07700900123", "en")
    assert finding.reason == (
        "national number of a possible length for GB (+44), outside the ranges known as"
        " assigned; plausible as a phone number: phone keyword nearby")


def test_when_both_keyword_and_grouping_then_the_reason_names_both() -> None:
    [finding] = PhoneDetector().detect("call (555) 867-5309", "en")
    assert "written in the North American grouping" in finding.reason
    assert finding.reason.endswith("and phone keyword nearby")


def test_when_unassigned_then_the_score_is_below_a_valid_number_and_rises_with_evidence() -> None:
    def score(text: str, lang: str = "fr") -> float:
        [finding] = PhoneDetector().detect(text, lang)
        return finding.score

    grouped, keyword = score("04 01 12 34 56"), score("tél 0401123456")
    both, valid = score("tél 04 01 12 34 56"), score("04 72 12 34 56")
    assert grouped < keyword < both < valid


def test_when_overseas_france_then_the_reason_names_its_region() -> None:
    [finding] = PhoneDetector().detect("06 92 12 34 56", "fr")
    assert finding.reason == "phone number valid for RE (+262)"


def test_when_the_zero_is_a_letter_o_then_the_reason_says_so() -> None:
    [finding] = PhoneDetector().detect("O1 42 68 53 00", "fr")
    assert finding.reason.endswith("its leading 0 typed as the letter O")


def test_when_a_region_is_not_tried_then_its_grouping_does_not_count() -> None:
    us_only = PhoneDetector(regions={"en": ("US",)})
    text = "07700 900123 or 555-867-5309"
    assert [text[f.start:f.end] for f in us_only.detect(text, "en")] == ["555-867-5309"]


@pytest.mark.parametrize(("text", "expected"), [
    ("You can also call 1-800-FLOWERS for the wreaths", "1-800-FLOWERS"),
    ("Our order line is 1 (888) GET-SALT, open weekdays", "1 (888) GET-SALT"),
    ("toll-free 877-BUY-GRIT until March", "877-BUY-GRIT"),
    # letters past the seventh are printed, not dialled
    ("Our freephone is 1-800-GLASS-NOW if you need it", "1-800-GLASS-NOW"),
])
def test_when_a_toll_free_number_is_spelt_with_letters_then_it_is_found(
        text: str, expected: str) -> None:
    [finding] = PhoneDetector().detect(text, "en")
    assert text[finding.start:finding.end] == expected
    assert "spelt with letters" in finding.reason


@pytest.mark.parametrize("text", [
    "our model 800-ABCDEFG spare part",  # no "1-", no phone keyword: a part number
    "reference SKU 1-800-ABC-1234 in stock",  # a reference named before it
    "the 1-800-FLOWERS-GIFT catalogue",  # longer than a keypad's seven keys
])
def test_when_letters_follow_an_800_prefix_in_a_reference_then_no_phone(text: str) -> None:
    assert found(text, "en") == []


def test_when_a_renumbered_plan_is_written_with_plus_and_a_keyword_then_it_is_found() -> None:
    # Lagos numbers had 7 digits after the area code 1 until Nigeria added an eighth.
    assert found("call our Lagos office on +234 1 555 0142", "en") == ["+234 1 555 0142"]
    assert found("Revenue grew by +234 1 555 0142 units", "en") == []
