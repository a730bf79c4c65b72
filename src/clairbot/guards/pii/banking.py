"""Bank details: IBANs (mod-97 and country format) and payment card numbers (Luhn + IIN)."""

from __future__ import annotations

import re

from stdnum import iban as std_iban
from stdnum.fr import nir as std_nir
from stdnum.fr import siret as std_siret

from clairbot.categories import CREDIT_CARD, IBAN
from clairbot.findings import Finding
from clairbot.guards.pii._runs import digits_of, has_context, is_standalone, luhn_ok, trim_ends
from clairbot.guards.pii.fr_ids import COMPANY_CONTEXT

_IBAN_SEPARATORS = " \u00a0\u202f.-"
# Where an IBAN may start: two check digits after two letters. Scanning for digits first and
# looking back is several times faster than trying every letter of the text.
_IBAN_ANCHOR = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)")
# Two letters, two check digits, then 10-30 letters or digits, each optionally preceded by one
# separator; the greedy tail is trimmed back to a valid IBAN (see `trim_ends`).
_IBAN = re.compile(r"[A-Za-z]{2}\d{2}(?:[ \u00a0\u202f.\-]?[A-Za-z0-9]){10,30}")
_LETTER_VALUES = {chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)}
_MOD97_DIGITS = str.maketrans(_LETTER_VALUES)
_DROP_SEPARATORS = str.maketrans("", "", _IBAN_SEPARATORS)


class IbanDetector:
    """International bank account numbers, any country, with or without spaces, any case."""

    name: str = "iban"
    types: tuple[str, ...] = (IBAN,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every IBAN whose mod-97 checksum and country-specific format are valid."""
        findings: list[Finding] = []
        pos = 0
        while (anchor := _IBAN_ANCHOR.search(text, pos)) is not None:
            start = anchor.start() - 2
            pos = anchor.end()
            if start > 0 and text[start - 1].isalnum():
                continue
            match = _IBAN.match(text, start)
            if match is None:
                continue
            for end in trim_ends(text, start, match.end(), _IBAN_SEPARATORS):
                if end < len(text) and text[end].isalnum():
                    continue
                candidate = text[start:end]
                # Country checks are off: stdnum's Belgian one looks the bank code up in a
                # list that lags behind new banks; mod-97 plus the national format suffice.
                if _mod97_ok(candidate) and std_iban.is_valid(candidate, check_country=False):
                    country = text[start:start + 2].upper()
                    findings.append(Finding(
                        IBAN, start, end, 0.95, self.name,
                        f"IBAN with valid mod-97 checksum ({country})"))
                    pos = end
                    break
        return findings


def _mod97_ok(candidate: str) -> bool:
    """The ISO 13616 checksum, in one letter case: cheap, so stdnum only sees likely IBANs."""
    compact = candidate.translate(_DROP_SEPARATORS)
    if not compact.isalnum() or not compact.isascii():
        return False
    letters = [c for c in compact if c.isalpha()]
    if any(c.isupper() for c in letters) and any(c.islower() for c in letters):
        return False  # "LV80 bANK ...": one case or the other, not a typo in between
    compact = compact.upper()
    return int((compact[4:] + compact[:4]).translate(_MOD97_DIGITS)) % 97 == 1


_CARD_SEPARATORS = "[ \u00a0\u202f.\\-]"
# 4-4-4-4(-3), 4-6-5 (American Express), 4-6-4 (Diners) or 13-19 digits in a row. The text
# before a match is checked by `is_standalone` (a leading look-behind would slow the scan).
_CARD = re.compile(
    rf"\d{{4}}(?:(?P<s>{_CARD_SEPARATORS})\d{{4}}(?P=s)\d{{4}}(?P=s)\d{{4}}(?:(?P=s)\d{{3}})?"
    rf"|(?P<t>{_CARD_SEPARATORS})\d{{6}}(?P=t)\d{{4,5}}"
    r"|\d{9,15}"
    r")(?!\w)")
_CARD_CONTEXT = re.compile(
    r"carte|card|\bcb\b|\bcc\b|visa|master ?card|amex|american express|paiement|payment"
    r"|cr[ée]dit|d[ée]bit|\bcharge\b|cvv|cryptogramme|expir", re.IGNORECASE)


def card_brand(digits: str) -> str | None:
    """The card scheme whose issuer prefix (IIN) and length fit `digits`, if any."""
    n = len(digits)
    two = int(digits[:2])
    four = int(digits[:4])
    if digits[0] == "4":
        return "Visa" if n in (16, 19) else None  # 13-digit Visa cards are long gone
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "Mastercard" if n == 16 else None
    if two in (34, 37):
        return "American Express" if n == 15 else None
    if four in (2131, 1800):
        return "JCB" if n == 15 else None  # the older 15-digit JCB ranges
    if 3528 <= four <= 3589:
        return "JCB" if 16 <= n <= 19 else None
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        return "Diners Club" if 14 <= n <= 19 else None
    if four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649:
        return "Discover" if 16 <= n <= 19 else None
    if two == 62:
        return "UnionPay" if 16 <= n <= 19 else None
    if two == 50 or 56 <= two <= 69:
        # Maestro allows 12-19 digits, but 13 is also every EAN-13 bar code ("501...").
        return "Maestro" if n >= 16 else None
    if digits[0] == "1":
        return "UATP" if n == 15 else None
    return None


def cued_card_brand(digits: str) -> str | None:
    """The card scheme of a number `card_brand` refuses alone but a card keyword makes
    likely: a 13-digit Visa (every German EAN-13 bar code also starts with 4) or a 16-digit
    number in JCB's "35" range outside the block allocated so far (3528-3589)."""
    n = len(digits)
    if digits[0] == "4" and n == 13:
        return "Visa"
    if digits[:2] == "35" and n == 16 and not 3528 <= int(digits[:4]) <= 3589:
        return "JCB"
    return None


class CreditCardDetector:
    """Payment card numbers: 13-19 digits, grouped by spaces, dots or dashes, or not at all."""

    name: str = "credit_card"
    types: tuple[str, ...] = (CREDIT_CARD,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every card number with a known issuer prefix and length and a valid Luhn digit.

        A 13-digit Visa or a 16-digit "35" number outside JCB's allocated block needs a card
        keyword nearby (`cued_card_brand`). A 14-digit valid SIRET or a 15-digit valid NIR
        is left to its own detector unless the visitor speaks of a card nearby; a SIRET
        announced as such ("SIRET : ...") stays a SIRET even then.
        """
        findings: list[Finding] = []
        for match in _CARD.finditer(text):
            start, end = match.span()
            digits = digits_of(match.group())
            brand = card_brand(digits)
            cued = brand is None
            if cued:
                brand = cued_card_brand(digits)
            if brand is None or not luhn_ok(digits) or not is_standalone(text, start, end):
                continue
            context = has_context(_CARD_CONTEXT, text, start, end)
            if cued and not context:
                continue
            if len(digits) == 14 and std_siret.is_valid(digits) and (
                    not context or has_context(COMPANY_CONTEXT, text, start, end)):
                continue
            if (not context and len(digits) == 15 and digits[0] in "1278"
                    and std_nir.is_valid(digits)):
                continue
            findings.append(Finding(
                CREDIT_CARD, start, end, 0.95 if context else 0.9, self.name,
                f"{brand} card number ({len(digits)} digits) passing the Luhn check"
                + (", card keyword nearby" if context else "")))
        return findings
