"""Contact details: e-mail addresses and phone numbers (French and international)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

import phonenumbers
from phonenumbers import (
    Leniency,
    NumberParseException,
    PhoneNumber,
    PhoneNumberMatcher,
    ValidationResult,
    region_code_for_number,
)

from clairbot.categories import EMAIL, PHONE
from clairbot.findings import Finding
from clairbot.guards.pii._runs import has_context, iban_shaped, inside, is_standalone

# Local part, "@", dot-separated domain labels, then a top-level domain of letters (or its
# punycode form "xn--p1ai"). Unicode letters are allowed ("élodie@exemple.fr").
_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"
    r"(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{2,59})(?![\w-])", re.IGNORECASE)


class EmailDetector:
    """E-mail addresses."""

    name: str = "email"
    types: tuple[str, ...] = (EMAIL,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every e-mail address whose local part and domain are well formed."""
        if "@" not in text:
            return []
        findings: list[Finding] = []
        for match in _EMAIL.finditer(text):
            local = match.group().partition("@")[0]
            if local.startswith(".") or local.endswith(".") or ".." in local:
                continue
            findings.append(Finding(EMAIL, match.start(), match.end(), 0.95, self.name,
                                    "e-mail address: local part, @, domain with a TLD"))
        return findings


# Stretches of digits, spaces, dots, dashes and brackets that may hold phone numbers.
_PHONE_CANDIDATE = re.compile(r"[+(\d][\d \u00a0\u202f.\-()+]{6,}\d")
_NON_DIGITS = re.compile(r"\D+")
_DIGIT_GROUPS = re.compile(r"\d+")
_IPV4_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Dates and times: "2015-12-22 04" (before ":34:22"), "22.12.2015", "22/12/2015 14".
_DATE = re.compile(r"(?:19|20)\d\d[-./]\d\d?[-./]\d\d?|\d\d?[-./]\d\d?[-./](?:19|20)\d\d")
_PHONE_CONTEXT = re.compile(
    r"t[ée]l\b|t[ée]l[ée]phone|phone|portable|mobile|\bgsm\b|\bfax\b|appel|rappel|joindre"
    r"|\bcall|whatsapp|\bsms\b", re.IGNORECASE)
# Longest number written with its international prefix: "00" + 15 digits (E.164).
_MAX_DIGITS = 17
# An extension after the number: "415-555-0134x89", "+1 416 555 0199 ext. 12", "poste 12".
_EXTENSION = re.compile(r"[ \u00a0]?(?:extension|extn?\.?|poste|x)[ \u00a0]?\d{1,6}(?!\w)",
                        re.IGNORECASE)
# A label hyphenated to the number ("07400 123456-Fax", "06 12 34 56 78-perso"): a word of
# three letters or more, so that "06 12 34 56 78-2", "FAC-0612345678-B" or the last byte of a
# MAC address ("01-23-45-67-89-AB") still glue the digits to something longer.
_LABEL_AFTER = re.compile(r"-[^\W\d_]{3,}(?![\w-])")
# Regions sharing one national numbering plan: a US-formatted number may be Canadian
# ("(416) 555-0199" is in Toronto), and the other way round.
_SHARED_PLAN: Mapping[str, Sequence[str]] = {"US": ("US", "CA"), "CA": ("CA", "US")}
# Digits grouped by thousands: a signed amount ("+15 000 000 000"), not a phone number.
_THOUSANDS = re.compile(r"\+\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+")
# A North American local number, exchange then line: "555-0134", "555 0199".
_NANP_LOCAL = re.compile(r"[2-9]\d\d[ \u00a0.\-]\d{4}")
# How a candidate is read: a valid number, one of a possible length only, a local number.
_Kind = Literal["valid", "possible", "local"]

# The first region of a language is tried first; numbers written with "+" or "00" are found
# whatever the region. French numbers are tried for English too: the deployments are French
# B2B companies, and their English-speaking visitors often give French numbers.
DEFAULT_PHONE_REGIONS: Mapping[str, Sequence[str]] = {
    "fr": ("FR",),
    "en": ("FR", "US", "GB"),
}


class PhoneDetector:
    """Phone numbers, validated by libphonenumber (`phonenumbers`) for the regions of `lang`.

    Each stretch of digits and separators holding one number is parsed directly, in each
    region of `lang` where a number of its length and first digit can exist (a US-formatted
    number may be Canadian); a longer stretch (several numbers in a row) goes through
    `PhoneNumberMatcher`. Numbers written with "+" or "00" are valid whatever the region.
    Two weaker readings need more evidence: a number written with its country code, of a
    length that country dials but outside the ranges known as assigned, is kept when written
    with "+" or announced by a phone keyword; a 7-digit North American local number
    ("555-0134") only with a phone keyword, where US or CA numbers are tried.
    """

    name: str = "phone"
    types: tuple[str, ...] = (PHONE,)

    def __init__(self, regions: Mapping[str, Sequence[str]] | None = None) -> None:
        """`regions`: national numbering plans to try, per language (default: FR; FR/US/GB)."""
        self.regions = dict(DEFAULT_PHONE_REGIONS if regions is None else regions)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every valid phone number that stands alone (not a slice of a longer number)."""
        findings: list[Finding] = []
        regions = self.regions.get(lang) or self.regions.get("fr") or ("FR",)
        ibans: list[tuple[int, int]] | None = None
        for candidate in _PHONE_CANDIDATE.finditer(text):
            start, end = candidate.span()
            chunk = candidate.group()
            digits = _NON_DIGITS.sub("", chunk)
            if len(digits) < 8:
                if (len(digits) == 7 and _NANP_LOCAL.fullmatch(chunk)
                        and any(r in _SHARED_PLAN for r in regions)):
                    finding = self._accept(text, start, end, 1, None, kind="local")
                    if finding is not None:
                        findings.append(finding)
                continue
            if _IPV4_SHAPE.fullmatch(chunk) or _DATE.search(chunk):
                continue
            if ibans is None:
                ibans = iban_shaped(text)
            if inside(ibans, start, end):
                continue
            if len(digits) > _MAX_DIGITS:
                findings.extend(self._match(text, start, chunk, regions))
                continue
            if chunk.startswith("(") and chunk.count("(") > chunk.count(")"):
                start, chunk = start + 1, chunk[1:]
            finding = self._parse(text, start, end, chunk, digits, regions)
            if finding is not None:
                findings.append(finding)
        return findings

    def _parse(self, text: str, start: int, end: int, chunk: str, digits: str,
               regions: Sequence[str]) -> Finding | None:
        """The candidate as one number, tried in each plausible region."""
        if chunk.startswith("+"):
            tries: list[tuple[str, str | None]] = [(chunk, None)]
        elif digits.startswith("00"):
            tries = [("+" + _after_two_digits(chunk), None)]
        else:
            tries = [(chunk, r) for r in regions if _plausible(digits, r)]
        for raw, region in tries:
            try:
                number = phonenumbers.parse(raw, region)
            except NumberParseException:
                continue
            valid_for = _valid_for(number, region)
            if valid_for is not None:
                return self._accept(text, start, end, number.country_code, valid_for)
            if region is None and (phonenumbers.is_possible_number_with_reason(number)
                                   == ValidationResult.IS_POSSIBLE):
                return self._accept(text, start, end, number.country_code, None,
                                    kind="possible")
        return None

    def _match(self, text: str, offset: int, chunk: str,
               regions: Sequence[str]) -> list[Finding]:
        """Several numbers in one stretch ("01 42 68 53 00 - 06 12 34 56 78"): the matcher
        splits them, in the first region only (each pass costs about 0.3 ms; numbers with
        "+" or "00" are found in any region's pass)."""
        return [f for m in PhoneNumberMatcher(chunk, regions[0], leniency=Leniency.VALID)
                if (f := self._accept(text, offset + m.start, offset + m.end,
                                      m.number.country_code,
                                      _valid_for(m.number, None))) is not None]

    def _accept(self, text: str, start: int, end: int, country_code: int | None,
                region: str | None, kind: _Kind = "valid") -> Finding | None:
        """The finding for `text[start:end]` read as a `kind` number, if the text around
        allows it (the number stands alone; weaker readings need a phone keyword)."""
        raw = text[start:end]
        # A bracket the number does not close: "(+33 6 12 34 56 78)".
        if raw.startswith("(") and raw.count("(") > raw.count(")"):
            start, raw = start + 1, raw[1:]
        if raw.endswith(")") and raw.count(")") > raw.count("("):
            end, raw = end - 1, raw[:-1]
        extension = _EXTENSION.match(text, end)
        if extension is not None:
            end = extension.end()
        # A label hyphenated after the number is not more of it: check the edge without it.
        edge = text[:end] if _LABEL_AFTER.match(text, end) else text
        if not is_standalone(edge, start, end):
            return None
        if sum(len(group) == 1 for group in _DIGIT_GROUPS.findall(raw)) >= 3:
            return None  # "1.3.6.1.4.1.38539" is an OID, not a phone number
        international = raw.startswith(("+", "00"))
        context = has_context(_PHONE_CONTEXT, text, start, end)
        with_extension = ", with an extension" if extension is not None else ""
        keyword = ", phone keyword nearby" if context else ""
        if kind == "local":
            if not has_context(_PHONE_CONTEXT, text, start, end, before=16, after=12):
                return None  # "555-0134" alone, or far from the keyword, may be any reference
            return Finding(PHONE, start, end, 0.7, self.name,
                           "North American local number (exchange and line), phone keyword"
                           f" just before{with_extension}")
        if kind == "possible":
            if not context and not raw.startswith("+") or _THOUSANDS.fullmatch(raw):
                return None  # "0044..." may be an account number, "+15 000 000 000" an amount
            return Finding(PHONE, start, end, 0.75 if context else 0.65, self.name,
                           f"number of a possible length for +{country_code}, outside the"
                           f" ranges known as assigned{keyword}{with_extension}")
        if raw.isdigit() and not international and not raw.startswith("0") and not context:
            # A bare run of digits without trunk prefix is more often an order or account
            # number than a phone number ("4155550134", "612345678").
            return None
        score = 0.9 if international else 0.85 if not raw.isdigit() else 0.8
        if context:
            score = min(0.95, score + 0.05)
        return Finding(PHONE, start, end, score, self.name,
                       f"phone number valid for {region or 'an international range'}"
                       f" (+{country_code}){keyword}{with_extension}")


def _valid_for(number: PhoneNumber, region: str | None) -> str | None:
    """The region `number` is valid in, if any: `region` itself for a national number; for an
    international one its country's main region first (checking every region sharing +1
    costs ten times more, so that comes last)."""
    if region is not None:
        for same_plan in _SHARED_PLAN.get(region, (region,)):
            if phonenumbers.is_valid_number_for_region(number, same_plan):
                return same_plan
        return None
    main = phonenumbers.region_code_for_country_code(number.country_code or 0)
    if phonenumbers.is_valid_number_for_region(number, main):
        return main
    return region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


def _plausible(digits: str, region: str) -> bool:
    """Whether a national number of this length and first digit can exist in `region`."""
    if region == "FR":
        return len(digits) == 10 and digits[0] == "0"
    if region in ("US", "CA"):
        return (len(digits) == 10 and digits[0] in "23456789"
                or len(digits) == 11 and digits[0] == "1")
    if region == "GB":
        return len(digits) in (10, 11) and digits[0] == "0"
    return True


def _after_two_digits(chunk: str) -> str:
    """What follows the international prefix "00" of `chunk`, whatever separates its zeros
    ("00 33...", "0.0 33...")."""
    seen = 0
    for index, char in enumerate(chunk):
        if char.isdigit():
            seen += 1
            if seen == 2:
                return chunk[index + 1:]
    return ""
