"""French identifiers: company numbers (SIREN, SIRET) and the social security number (NIR)."""

from __future__ import annotations

import re

from stdnum.fr import nir as std_nir
from stdnum.fr import siren as std_siren
from stdnum.fr import siret as std_siret

from clairbot.categories import FR_NIR, FR_SIREN, FR_SIRET
from clairbot.findings import Finding
from clairbot.guards.pii._runs import digits_of, has_context, is_standalone, luhn_ok

_SEP = "[ .\\-\u00a0\u202f]"
# Alternatives in the order they must be tried: 14 digits (SIRET) before 9 (SIREN).
# The text before a match is checked by `is_standalone` (a leading look-behind would make the
# scan several times slower).
_COMPANY = re.compile(
    r"\d{3}(?:"
    r"\d{11}"                                                     # 73282932000074
    rf"|\d{{6}}{_SEP}\d{{5}}"                                     # 732829320 00074
    r"|\d{6}"                                                     # 732829320
    rf"|(?P<s>{_SEP})\d{{3}}(?P=s)\d{{3}}(?:(?P=s)|[ \u00a0\u202f])?\d{{5}}"
    rf"|(?P<t>{_SEP})\d{{3}}(?P=t)\d{{3}}"                          # 732 829 320
    r")(?!\w)")
COMPANY_CONTEXT = re.compile(
    r"siren|siret|\brcs\b|kbis|immatricul|n° d'entreprise|num[ée]ro d'entreprise"
    r"|company (?:number|registration|id)|business id|registration number|\binsee\b",
    re.IGNORECASE)


class FrenchCompanyIdDetector:
    """SIREN (9 digits) and SIRET (14 digits) numbers of French businesses.

    A SIREN carries a Luhn key only, so one random 9-digit number in ten passes: it also
    needs a company keyword in the same sentence ("SIREN", "RCS", "company number"). A SIRET
    needs both its own key and its SIREN's (one random 14-digit number in a hundred). A
    14-digit number is never reported as the SIREN inside it, valid or not.
    """

    name: str = "fr_company_id"
    types: tuple[str, ...] = (FR_SIREN, FR_SIRET)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every valid SIRET, and every valid SIREN announced by a company keyword."""
        findings: list[Finding] = []
        for match in _COMPANY.finditer(text):
            start, end = match.span()
            if not is_standalone(text, start, end):
                continue
            digits = digits_of(match.group())
            if not luhn_ok(digits[:9]):
                continue  # neither a SIREN nor a SIRET, whose first nine digits are a SIREN
            context = has_context(COMPANY_CONTEXT, text, start, end)
            if len(digits) == 14:
                if std_siret.is_valid(digits):
                    findings.append(Finding(
                        FR_SIRET, start, end, 0.95 if context else 0.85, self.name,
                        "SIRET with valid Luhn key" + (", company keyword nearby"
                                                       if context else "")))
            elif context and std_siren.is_valid(digits):
                findings.append(Finding(FR_SIREN, start, end, 0.9, self.name,
                                        "SIREN with valid Luhn key, company keyword nearby"))
        return findings


_NIR_SEP = "[ .\\-\u00a0\u202f]"
# sex (1, 2; 7, 8 for temporary numbers), year, month, department (2A/2B in Corsica), commune,
# order, key: "1 85 05 78 006 084 91".
_NIR = re.compile(
    rf"[1278](?P<s>{_NIR_SEP}?)\d{{2}}(?P=s)\d{{2}}(?P=s)(?:\d{{2}}|2[ABab])"
    rf"(?P=s)\d{{3}}(?P=s)\d{{3}}{_NIR_SEP}?\d{{2}}(?!\w)")
# Digit by digit, as some forms print it: "1 8 5 0 5 7 8 0 0 6 0 8 4 9 1" (single spaces).
_NIR_SPELLED = re.compile(r"[1278](?: \d){14}(?!\w)")


class NirDetector:
    """French social security numbers (NIR): 13 digits and a 2-digit mod-97 key, grouped as
    on the carte Vitale, in a row, or digit by digit."""

    name: str = "fr_nir"
    types: tuple[str, ...] = (FR_NIR,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every NIR whose key matches, Corsican departments 2A and 2B included."""
        findings: list[Finding] = []
        matches = [*_NIR.finditer(text), *_NIR_SPELLED.finditer(text)]
        for match in sorted(matches, key=lambda m: m.start()):
            start, end = match.span()
            compact = re.sub(_NIR_SEP, "", match.group()).upper()
            if std_nir.is_valid(compact) and is_standalone(text, start, end):
                corsica = " (Corsica)" if compact[5:7] in ("2A", "2B") else ""
                findings.append(Finding(FR_NIR, start, end, 0.95, self.name,
                                        f"French NIR with valid mod-97 key{corsica}"))
        return findings
