"""Purposes of processing and their lawful bases (GDPR art. 5(1)(b), 6 and 9).

A purpose says what the bot keeps personal data for, on which lawful basis, which categories of
data it needs, and how visitors are told about it::

    purposes:
      - id: callback
        basis: consent
        data: [PHONE, EMAIL, PERSON]
        description: {fr: "Pour vous rappeler...", en: "To call you back..."}

Data found in a visitor message that no purpose needs is masked: a spec without purposes keeps
no personal data at all. The rules that relate purposes to each other and to the rest of the
spec (unique ids, a description per bot language, special categories only under ``consent``, a
consent purpose names its data) are cross-section rules, in `clairbot.spec._rules`.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Sequence
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import AfterValidator, BeforeValidator, StringConstraints, field_validator

from clairbot.categories import ENTITY_TYPES, SPECIAL_CATEGORY, SPECIAL_SUBTYPES
from clairbot.spec._values import LocalizedText, PurposeId, SpecModel

LawfulBasis = Literal["consent", "contract", "legitimate_interest", "legal_obligation"]
"""A lawful basis of GDPR art. 6(1) that a bot may rely on (a, b, f and c)."""

LAWFUL_BASES: Final[tuple[LawfulBasis, ...]] = get_args(LawfulBasis)

DATA_CATEGORIES: Final[tuple[str, ...]] = (
    *ENTITY_TYPES, *(f"{SPECIAL_CATEGORY}:{subtype}" for subtype in SPECIAL_SUBTYPES))
"""What a purpose may list under ``data``: an entity type of `clairbot.categories`, or one
special category as ``SPECIAL_CATEGORY:<subtype>`` (``SPECIAL_CATEGORY`` alone covers all)."""


def is_special(category: str) -> bool:
    """Whether `category` is a special category of data (GDPR art. 9), one subtype or all."""
    return category == SPECIAL_CATEGORY or category.startswith(f"{SPECIAL_CATEGORY}:")


def _did_you_mean(value: str, allowed: Sequence[str]) -> str:
    """``"did you mean `PHONE`? "`` for the allowed name closest to `value`, else ``""``.

    A near spelling wins (``heath`` -> ``health``), then a name inside the other
    (``PHONE_NUMBER`` -> ``PHONE``, ``SIREN`` -> ``FR_SIREN``), then a looser spelling.
    """
    by_fold = {name.casefold(): name for name in allowed}
    folded = value.casefold()
    close = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.8)
    if not close and len(folded) >= 3:
        inside = [name for name in by_fold if name in folded or folded in name]
        close = [min(inside, key=lambda name: abs(len(name) - len(folded)))] if inside else []
    if not close:
        close = difflib.get_close_matches(folded, list(by_fold), n=1)
    return f"did you mean `{by_fold[close[0]]}`? " if close else ""


_UNSUPPORTED_BASES: Final[dict[str, str]] = {
    "vital_interest": "GDPR art. 6(1)(d), to protect someone's life",
    "public_task": "GDPR art. 6(1)(e), for public authorities",
    "public_interest": "GDPR art. 6(1)(e), for public authorities",
}
"""Lawful bases that exist but that a company's chatbot does not rely on: no guess for them."""


def _check_basis(value: Any) -> Any:
    if not isinstance(value, str):
        return value  # not a text: reported by the type check, or as missing if empty
    basis = value.strip()
    if basis in LAWFUL_BASES:
        return basis
    allowed = f"use one of {', '.join(LAWFUL_BASES)} (GDPR art. 6(1))"
    unsupported = _UNSUPPORTED_BASES.get(re.sub(r"[\s-]+", "_", basis.casefold()).rstrip("s"))
    if unsupported is not None:
        raise ValueError(f"`{basis}` is a lawful basis ({unsupported}) that a company's "
                         f"chatbot does not rely on: {allowed}")
    raise ValueError(f"unknown lawful basis `{basis}`: {_did_you_mean(basis, LAWFUL_BASES)}"
                     f"{allowed}")


def _check_category(value: str) -> str:
    if value not in DATA_CATEGORIES:
        raise ValueError(
            f"unknown data category `{value}`: {_did_you_mean(value, DATA_CATEGORIES)}use one "
            f"of {', '.join(ENTITY_TYPES)}, or `{SPECIAL_CATEGORY}:<subtype>` for one special "
            f"category, the subtype among {', '.join(SPECIAL_SUBTYPES)}")
    return value


DataCategory = Annotated[str, StringConstraints(strip_whitespace=True),
                         AfterValidator(_check_category)]
"""A checked name from `DATA_CATEGORIES`; a typo is refused with the closest name."""


class Purpose(SpecModel):
    """What the bot keeps personal data for, on which lawful basis, and what visitors read."""

    id: PurposeId
    basis: Annotated[LawfulBasis, BeforeValidator(_check_basis)]
    data: tuple[DataCategory, ...]
    """The data categories this purpose needs; other data found in messages is masked."""
    description: LocalizedText
    """What is done with the data and why, as visitors read it, per bot language."""

    @field_validator("data")
    @classmethod
    def _no_repeat(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        repeated = sorted({category for category in value if value.count(category) > 1})
        if repeated:
            raise ValueError(f"data category listed twice: {', '.join(repeated)}")
        return value

    @property
    def requires_consent(self) -> bool:
        """Whether the visitor must agree before this purpose applies (basis ``consent``)."""
        return self.basis == "consent"

    def needs(self, type: str, subtype: str | None = None) -> bool:
        """Whether this purpose needs data of `type` (an entity type of `clairbot.categories`).

        For a special category, `subtype` says which one: ``SPECIAL_CATEGORY`` in `data` covers
        every subtype, ``SPECIAL_CATEGORY:health`` only ``health`` (and a finding without a
        subtype is covered only by the former).
        """
        if type in self.data:
            return True
        return (type == SPECIAL_CATEGORY and subtype is not None
                and f"{SPECIAL_CATEGORY}:{subtype}" in self.data)

    def text(self, lang: str) -> str:
        """The description in `lang`, else in whichever language it is given."""
        return self.description.pick(lang, lang)

    def version(self, lang: str) -> str:
        """A short stable hash (12 hex digits) of what a visitor reading `lang` agrees to.

        It covers the id, the basis, the data categories (in any order) and the description
        shown in `lang`: the consent ledger records it, so a reworded purpose is a new version.
        """
        shown = [self.id, self.basis, sorted(self.data), self.text(lang)]
        payload = json.dumps(shown, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
