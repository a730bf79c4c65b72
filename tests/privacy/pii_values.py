"""Hypothesis strategies for valid personal data values (check digits computed, never fake)."""

from __future__ import annotations

import phonenumbers
from hypothesis import strategies as st
from stdnum import iban, luhn
from stdnum.fr import nir, tva


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


emails = st.builds(lambda user, domain: f"{user}@{domain}.example.com",
                   st.from_regex(r"[a-z]{3,8}\.[a-z]{3,8}", fullmatch=True),
                   st.from_regex(r"[a-z]{4,10}", fullmatch=True))
phones = st.builds(lambda d: "06 " + " ".join(d[i:i + 2] for i in range(0, 8, 2)),
                   _digits(8)).filter(
    lambda p: phonenumbers.is_valid_number(phonenumbers.parse(p, "FR")))
ibans = st.builds(lambda body: (lambda raw: " ".join(raw[i:i + 4] for i in range(0, 27, 4)))(
    "FR" + iban.calc_check_digits("FR00" + body) + body), _digits(23))
cards = st.builds(lambda body: (lambda n: " ".join(n[i:i + 4] for i in range(0, 16, 4)))(
    "4" + body + luhn.calc_check_digit("4" + body)), _digits(14))
sirets = st.builds(lambda body: (lambda siren: (lambda s14: s14 + luhn.calc_check_digit(s14))(
    siren + "0001"))(body + luhn.calc_check_digit(body)), _digits(8)).filter(
        lambda s: luhn.is_valid(s))
nirs = st.builds(lambda sex, yy, mm, dept, rest: (lambda n: n + nir.calc_check_digits(n))(
    f"{sex}{yy}{mm:02d}{dept}{rest}"), st.sampled_from("12"), _digits(2),
    st.integers(1, 12), st.sampled_from(["75", "69", "13", "33"]), _digits(6))
vats = st.builds(lambda body: (lambda siren: "FR" + tva.calc_check_digits(siren) + siren)(
    body + luhn.calc_check_digit(body)), _digits(8))

VALUES = {"EMAIL": emails, "PHONE": phones, "IBAN": ibans, "CREDIT_CARD": cards,
          "FR_SIRET": sirets, "FR_NIR": nirs, "VAT_NUMBER": vats}
TEMPLATES = {
    "fr": ["Bonjour, voici mon {kind} : {value}, merci de le noter.",
           "Vous pouvez utiliser {value} pour la commande.",
           "{value}"],
    "en": ["Hi, my {kind} is {value}, please update it.",
           "Use {value} for the invoice please.",
           "{value}"],
}
