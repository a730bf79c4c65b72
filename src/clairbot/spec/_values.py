"""Value types of the bot spec: checked strings (email, phone, url, ids), retention days and
the text a person reads in one or more languages (`LocalizedText`).

Each check raises `ValueError` with a sentence a bot owner can act on; the linter shows it as
it is. `SpecModel` is the base of every spec model: unknown keys are refused, so that a typo
cannot silently drop a safeguard, and models are frozen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Self
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    model_validator,
)

from clairbot.spec.defaults import LANGUAGES, MAX_CONSENT_PROOF_DAYS, MAX_RETENTION_DAYS


class SpecModel(BaseModel):
    """Base of the spec models: unknown keys refused, instances frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[0-9 ().-]+$")
_SLUG = re.compile(r"^[a-z0-9-]{2,40}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def _check_email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError(f"`{value}` is not an email address (expected name@domain.example)")
    return value


def _check_phone(value: str) -> str:
    if not _PHONE.match(value) or not 6 <= sum(c.isdigit() for c in value) <= 15:
        raise ValueError(f"`{value}` is not a phone number; write it like +33 4 00 00 00 00")
    return value


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise ValueError(f"`{value}` is not a web address; write it like https://example.com")
    return value


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(f"`{value}` is not a valid tenant id: use 2 to 40 characters among "
                         "a-z, 0-9 and - (e.g. `acme-packaging`)")
    return value


def _id_check(kind: str, example: str) -> AfterValidator:
    def check(value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"`{value}` is not a valid {kind} id: use up to 40 characters among "
                             "a-z, 0-9, - and _, starting with a letter or digit "
                             f"(e.g. `{example}`)")
        return value
    return AfterValidator(check)


def _version_to_str(value: Any) -> Any:
    # YAML reads `2026-11-28` as a date and `3` as a number; both are fine versions.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        raise ValueError(f"write the version in quotes (`spec_version: \"{value}\"`): YAML reads "
                         "it as a number and may change it")
    return value


Email = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_email)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_phone)]
Url = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_url)]
Slug = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_slug)]
TopicId = Annotated[str, StringConstraints(strip_whitespace=True), _id_check("topic", "billing")]
PurposeId = Annotated[str, StringConstraints(strip_whitespace=True),
                      _id_check("purpose", "support")]
SpecVersion = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80),
                        BeforeValidator(_version_to_str)]


def _retention_days(maximum: int) -> BeforeValidator:
    def check(value: Any) -> Any:
        if value is None:
            return value  # reported as a missing value, with the hint for the field
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"`{value}` is not a retention period: write a positive whole "
                             f"number of days, at most {maximum}")
        if value > maximum:
            raise ValueError(f"{value} days is longer than the maximum of {maximum} days "
                             f"({maximum // 365} years): keep data no longer than needed "
                             "(GDPR art. 5(1)(e))")
        return value
    return BeforeValidator(check)


RetentionDays = Annotated[int, _retention_days(MAX_RETENTION_DAYS)]
ConsentProofDays = Annotated[int, _retention_days(MAX_CONSENT_PROOF_DAYS)]


class LocalizedText(SpecModel):
    """A text a person reads, given in one or more of the bot's languages."""

    fr: Text | None = None
    en: Text | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if self.fr is None and self.en is None:
            raise ValueError(f"give the text in at least one language ({', '.join(LANGUAGES)})")
        return self

    def get(self, lang: str) -> str | None:
        """The text in `lang`, or ``None`` if it is not given in that language."""
        return {"fr": self.fr, "en": self.en}.get(lang)

    def pick(self, lang: str, fallback: str) -> str:
        """The text in `lang`, else in `fallback`, else in whichever language is given."""
        for candidate in (lang, fallback, *LANGUAGES):
            text = self.get(candidate)
            if text is not None:
                return text
        raise AssertionError("unreachable: a LocalizedText always has one language")
