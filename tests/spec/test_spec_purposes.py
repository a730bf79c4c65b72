"""Purposes and lawful bases (GDPR art. 5(1)(b), 6, 9): the rules, the helpers, the shipped specs.

Check tests replace the starter's purposes with a YAML snippet appended to the spec, and mark
with ``# <-`` the line each problem must be reported at.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from clairbot.categories import ENTITY_TYPES, SPECIAL_SUBTYPES
from clairbot.errors import Problem
from clairbot.spec import (
    DATA_CATEGORIES,
    LAWFUL_BASES,
    BotSpec,
    LocalizedText,
    Purpose,
    check_spec,
    load_spec,
)

DEMO_SPEC = Path(__file__).resolve().parents[2] / "src" / "clairbot" / "demo" / "spec.yaml"
MARK = "# <-"

WriteSpec = Callable[[Any], Path]          # fixture `write_spec`
CheckPurposes = Callable[[str], tuple[list[Problem], list[int]]]


@pytest.fixture
def check_purposes(starter_data: dict[str, Any], write_spec: WriteSpec) -> CheckPurposes:
    """Check the starter spec with `snippet` as its purposes; return problems and marked lines."""
    def check(snippet: str) -> tuple[list[Problem], list[int]]:
        starter_data.pop("purposes")
        path = write_spec(starter_data)
        text = path.read_text(encoding="utf-8") + textwrap.dedent(snippet)
        path.write_text(text, encoding="utf-8")
        spec, problems = check_spec(path)
        assert (spec is None) == bool(problems)
        marked = [number for number, line in enumerate(text.splitlines(), 1) if MARK in line]
        return problems, marked
    return check


def purpose(**changes: Any) -> Purpose:
    """A valid consent purpose, with `changes` applied."""
    fields: dict[str, Any] = {"id": "callback", "basis": "consent", "data": ["PHONE", "EMAIL"],
                              "description": {"fr": "Pour vous rappeler.",
                                              "en": "To call you back."}}
    return Purpose.model_validate({**fields, **changes})


# --- the rules, located --------------------------------------------------------------------------

@pytest.mark.parametrize(("snippet", "location", "message"), [
    # a special category under contract: GDPR art. 9 needs explicit consent
    ("""
     purposes:
       - id: support
         basis: contract
         data:
           - EMAIL
           - SPECIAL_CATEGORY:health  # <-
         description: {fr: Pour vous aider., en: To help you.}
     """, "purposes[0].data[1]",
     "GDPR art. 9(2)(a): special categories of data may only be processed with explicit "
     "consent; set `basis: consent` or remove `SPECIAL_CATEGORY:health` from the data of "
     "purpose `support` (its basis is `contract`)"),
    # every special category under legitimate interest: refused as well
    ("""
     purposes:
       - id: wellbeing
         basis: legitimate_interest
         data: [SPECIAL_CATEGORY]  # <-
         description: {fr: Pour vous aider., en: To help you.}
     """, "purposes[0].data[0]", "remove `SPECIAL_CATEGORY` from the data of purpose `wellbeing`"),
    # ...and under legal obligation
    ("""
     purposes:
       - id: records
         basis: legal_obligation
         data: [SPECIAL_CATEGORY:union_membership]  # <-
         description: {fr: Obligation légale., en: Legal obligation.}
     """, "purposes[0].data[0]", "may only be processed with explicit consent"),
    # two purposes with one id: the second is reported
    ("""
     purposes:
       - id: callback
         basis: consent
         data: [PHONE]
         description: {fr: Pour vous rappeler., en: To call you back.}
       - id: callback  # <-
         basis: consent
         data: [EMAIL]
         description: {fr: Pour vous écrire., en: To write to you.}
     """, "purposes[1].id",
     "duplicate purpose id `callback` (already used by purposes[0]): each purpose needs its "
     "own id"),
    # the bot speaks English, the purpose has no English description
    ("""
     purposes:
       - id: callback
         basis: consent
         data: [PHONE]
         description:  # <-
           fr: Pour vous rappeler.
     """, "purposes[0].description.en",
     "missing English description for purpose `callback`: English-speaking visitors must be "
     "told what is done with their data and why (GDPR art. 13)"),
    # no description at all: located at the purpose
    ("""
     purposes:
       - id: callback  # <-
         basis: consent
         data: [PHONE]
     """, "purposes[0].description", "missing description: say, in each language of the bot"),
    # a consent purpose that lists no data: what would the visitor agree to?
    ("""
     purposes:
       - id: newsletter
         basis: consent
         data: []  # <-
         description: {fr: Lettre d'information., en: Newsletter.}
     """, "purposes[0].data",
     "a consent purpose must say which data it needs: list under the data of purpose "
     "`newsletter` the categories visitors are asked to agree to"),
    # an unknown data category, with the closest name
    ("""
     purposes:
       - id: callback
         basis: consent
         data:
           - PHONE_NUMBER  # <-
         description: {fr: Pour vous rappeler., en: To call you back.}
     """, "purposes[0].data[0]",
     "unknown data category `PHONE_NUMBER`: did you mean `PHONE`? use one of EMAIL, PHONE,"),
    # a category in lower case: names are exact, the right spelling is suggested
    ("""
     purposes:
       - id: callback
         basis: consent
         data:
           - email  # <-
         description: {fr: Pour vous écrire., en: To write to you.}
     """, "purposes[0].data[0]", "unknown data category `email`: did you mean `EMAIL`?"),
    # a misspelt special-category subtype
    ("""
     purposes:
       - id: care
         basis: consent
         data:
           - SPECIAL_CATEGORY:heath  # <-
         description: {fr: Pour adapter nos réponses., en: To adapt our answers.}
     """, "purposes[0].data[0]", "did you mean `SPECIAL_CATEGORY:health`?"),
    # a category listed twice
    ("""
     purposes:
       - id: callback
         basis: consent
         data: [EMAIL, PHONE, EMAIL]  # <-
         description: {fr: Pour vous rappeler., en: To call you back.}
     """, "purposes[0].data", "data category listed twice: EMAIL"),
    # an unknown lawful basis, with the closest one
    ("""
     purposes:
       - id: analytics
         basis: legitimate_interests  # <-
         data: []
         description: {fr: Statistiques anonymes., en: Anonymous statistics.}
     """, "purposes[0].basis",
     "unknown lawful basis `legitimate_interests`: did you mean `legitimate_interest`? use one "
     "of consent, contract, legitimate_interest, legal_obligation (GDPR art. 6(1))"),
    # a basis left empty
    ("""
     purposes:
       - id: analytics
         basis:  # <-
         data: []
         description: {fr: Statistiques anonymes., en: Anonymous statistics.}
     """, "purposes[0].basis", "missing lawful basis: add `basis:` with consent, contract"),
    # no data key: the purpose must say what it needs, even if nothing
    ("""
     purposes:
       - id: analytics  # <-
         basis: legitimate_interest
         description: {fr: Statistiques anonymes., en: Anonymous statistics.}
     """, "purposes[0].data", "missing data: list the data categories this purpose needs"),
    # a purpose id that is not a short slug
    ("""
     purposes:
       - id: Call me back  # <-
         basis: consent
         data: [PHONE]
         description: {fr: Pour vous rappeler., en: To call you back.}
     """, "purposes[0].id", "`Call me back` is not a valid purpose id"),
    # a misspelt key inside a purpose
    ("""
     purposes:
       - id: callback
         basis: consent
         data: [PHONE]
         description: {fr: Pour vous rappeler., en: To call you back.}
         retention: 30  # <-
     """, "purposes[0].retention", "unknown key `retention`: allowed here: id, basis, data, "
                                   "description"),
    # `purposes:` written with nothing under it
    ("""
     purposes:  # <-
     """, "purposes", "`purposes` is empty: list what personal data is kept for"),
])
def test_when_a_purpose_breaks_a_rule_then_exactly_that_problem_is_reported_at_its_line(
        check_purposes: CheckPurposes, snippet: str, location: str, message: str) -> None:
    problems, marked = check_purposes(snippet)
    assert [p.location for p in problems] == [f"spec.yaml:{marked[0]} {location}"]
    assert message in problems[0].message


@pytest.mark.parametrize("snippet", [
    # no personal data needed: fine for a basis other than consent
    """
    purposes:
      - id: analytics
        basis: legitimate_interest
        data: []
        description: {fr: Statistiques anonymes., en: Anonymous statistics.}
      - id: archive
        basis: legal_obligation
        data: []
        description: {fr: Archives légales., en: Legal archives.}
    """,
    # special categories, one subtype or all, under explicit consent
    """
    purposes:
      - id: care
        basis: consent
        data: [SPECIAL_CATEGORY:health, EMAIL]
        description: {fr: Pour adapter nos réponses., en: To adapt our answers.}
      - id: everything
        basis: consent
        data: [SPECIAL_CATEGORY]
        description: {fr: Pour adapter nos réponses., en: To adapt our answers.}
    """,
    # no purpose at all: the bot keeps no personal data
    "purposes: []\n",
    # surrounding spaces in a category are ignored
    """
    purposes:
      - id: callback
        basis: consent
        data: [" PHONE "]
        description: {fr: Pour vous rappeler., en: To call you back.}
    """,
])
def test_when_purposes_are_unusual_but_valid_then_no_problem(
        check_purposes: CheckPurposes, snippet: str) -> None:
    problems, _ = check_purposes(snippet)
    assert problems == []


def test_when_purposes_are_left_out_then_the_spec_keeps_no_personal_data(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    del starter_data["purposes"]
    spec = load_spec(write_spec(starter_data))
    assert spec.purposes == ()
    assert spec.purposes_needing("EMAIL") == []


def test_when_the_bot_speaks_english_only_then_an_english_description_suffices(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    starter_data["bot"].update(languages=["en"], default_language="en")
    starter_data["disclosure"] = {"en": "default"}
    for item in starter_data["purposes"]:
        del item["description"]["fr"]
    _, problems = check_spec(write_spec(starter_data))
    assert problems == []


def test_when_several_purposes_are_broken_then_every_problem_is_reported_at_once(
        check_purposes: CheckPurposes) -> None:
    problems, marked = check_purposes("""
        purposes:
          - id: support
            basis: contract
            data: [FR_SIRET, SPECIAL_CATEGORY:religion]  # <-
            description: {}  # <-
          - id: support  # <-
            basis: consent
            data: []  # <-
            description: {fr: Pour vous rappeler.}  # <-
          - id: extra
            basis: consent
            data: [PHONE, NOT_A_CATEGORY]  # <-
            description: {fr: Pour vous rappeler., en: To call you back.}
        """)
    assert [(p.location, p.message.split(":")[0]) for p in problems] == [
        (f"spec.yaml:{marked[0]} purposes[0].data[1]", "GDPR art. 9(2)(a)"),
        (f"spec.yaml:{marked[1]} purposes[0].description", "give the text in at least one "
                                                            "language (fr, en)"),
        (f"spec.yaml:{marked[2]} purposes[1].id", "duplicate purpose id `support` (already "
                                                  "used by purposes[0])"),
        (f"spec.yaml:{marked[3]} purposes[1].data", "a consent purpose must say which data it "
                                                    "needs"),
        (f"spec.yaml:{marked[4]} purposes[1].description.en", "missing English description "
                                                              "for purpose `support`"),
        (f"spec.yaml:{marked[5]} purposes[2].data[1]", "unknown data category `NOT_A_CATEGORY`"),
    ]


def test_when_a_spec_is_built_in_code_with_a_special_category_without_consent_then_refused(
        starter_dir: Path) -> None:
    data = load_spec(starter_dir / "spec.yaml").model_dump()
    data["purposes"][0]["data"] = ["SPECIAL_CATEGORY:health"]  # support, basis contract
    with pytest.raises(ValidationError, match=re.escape(
            "purposes[0].data[0]: GDPR art. 9(2)(a): special categories of data may only be "
            "processed with explicit consent")):
        BotSpec.model_validate(data)


# --- the helpers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "type_", "subtype", "expected"), [
    # a listed category
    (["EMAIL"], "EMAIL", None, True),
    # a category not listed
    (["EMAIL"], "PHONE", None, False),
    # a subtype given for an ordinary category does not matter
    (["EMAIL"], "EMAIL", "work", True),
    # SPECIAL_CATEGORY covers every subtype...
    (["SPECIAL_CATEGORY"], "SPECIAL_CATEGORY", "health", True),
    # ...and a special-category finding whose subtype is unknown
    (["SPECIAL_CATEGORY"], "SPECIAL_CATEGORY", None, True),
    # one subtype covers that subtype
    (["SPECIAL_CATEGORY:health"], "SPECIAL_CATEGORY", "health", True),
    # ...not another one
    (["SPECIAL_CATEGORY:health"], "SPECIAL_CATEGORY", "religion", False),
    # ...nor a finding of unknown subtype
    (["SPECIAL_CATEGORY:health"], "SPECIAL_CATEGORY", None, False),
    # an ordinary category does not cover special ones
    (["EMAIL", "PHONE"], "SPECIAL_CATEGORY", "health", False),
    # no data: needs nothing
    ([], "EMAIL", None, False),
])
def test_when_asking_what_a_purpose_needs_then_special_categories_follow_their_subtype(
        data: list[str], type_: str, subtype: str | None, expected: bool) -> None:
    assert purpose(data=data, basis="consent" if data else "contract").needs(
        type_, subtype) is expected


@pytest.mark.parametrize(("basis", "expected"), [
    # the visitor must agree first
    ("consent", True),
    # the other bases do not ask
    ("contract", False),
    ("legitimate_interest", False),
    ("legal_obligation", False),
])
def test_when_asking_whether_a_purpose_requires_consent_then_the_basis_decides(
        basis: str, expected: bool) -> None:
    assert purpose(basis=basis).requires_consent is expected


@pytest.mark.parametrize(("description", "lang", "expected"), [
    # the language asked for
    ({"fr": "Pour vous rappeler.", "en": "To call you back."}, "en", "To call you back."),
    # missing in that language: whichever is given
    ({"fr": "Pour vous rappeler."}, "en", "Pour vous rappeler."),
    # a language Clairbot does not speak
    ({"en": "To call you back."}, "de", "To call you back."),
])
def test_when_reading_a_purpose_text_then_it_falls_back_to_any_language(
        description: dict[str, str], lang: str, expected: str) -> None:
    assert purpose(description=description).text(lang) == expected


@pytest.mark.parametrize(("changes", "changed"), [
    # the French wording: a new French version, the English one unchanged
    ({"description": {"fr": "Pour vous rappeler demain.", "en": "To call you back."}},
     {"fr": True, "en": False}),
    # the English wording
    ({"description": {"fr": "Pour vous rappeler.", "en": "To call you back tomorrow."}},
     {"fr": False, "en": True}),
    # spaces around the wording are not part of it
    ({"description": {"fr": "  Pour vous rappeler. ", "en": "To call you back."}},
     {"fr": False, "en": False}),
    # the same data in another order
    ({"data": ["EMAIL", "PHONE"]}, {"fr": False, "en": False}),
    # one more category
    ({"data": ["PHONE", "EMAIL", "PERSON"]}, {"fr": True, "en": True}),
    # another basis
    ({"basis": "legitimate_interest"}, {"fr": True, "en": True}),
    # another id
    ({"id": "call-back"}, {"fr": True, "en": True}),
])
def test_when_a_purpose_changes_then_its_version_changes_only_if_what_is_shown_does(
        changes: dict[str, Any], changed: dict[str, bool]) -> None:
    before, after = purpose(), purpose(**changes)
    for lang, expected in changed.items():
        assert (before.version(lang) != after.version(lang)) is expected, lang


def test_when_a_version_is_computed_then_it_is_twelve_hex_of_a_sha256_that_does_not_drift(
        ) -> None:
    callback = purpose()
    shown = ["callback", "consent", ["EMAIL", "PHONE"], "Pour vous rappeler."]
    digest = hashlib.sha256(json.dumps(shown, ensure_ascii=False, separators=(",", ":"))
                            .encode("utf-8")).hexdigest()
    assert callback.version("fr") == digest[:12]
    assert callback.version("fr") == "0d61cd377370"  # recorded in consent ledgers: never change
    assert callback.version("fr") == purpose().version("fr")


@pytest.mark.parametrize(("changes", "message"), [
    # a typo in a category
    ({"data": ["EMIAL"]}, "unknown data category `EMIAL`: did you mean `EMAIL`?"),
    # a longer name for a category
    ({"data": ["EMAIL_ADDRESS"]}, "did you mean `EMAIL`?"),
    # a shorter one
    ({"data": ["SIREN"]}, "did you mean `FR_SIREN`?"),
    # a basis no company chatbot relies on: no misleading guess
    ({"basis": "vital interests"}, "`vital interests` is a lawful basis (GDPR art. 6(1)(d), to "
                                   "protect someone's life) that a company's chatbot does not "
                                   "rely on: use one of consent, contract"),
    # a capitalised basis: names are exact
    ({"basis": "Consent"}, "unknown lawful basis `Consent`: did you mean `consent`?"),
    # a description in no language
    ({"description": {}}, "give the text in at least one language"),
])
def test_when_a_purpose_is_built_in_code_with_a_bad_value_then_it_is_refused(
        changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        purpose(**changes)


def test_when_listing_data_categories_then_every_entity_type_and_subtype_is_allowed() -> None:
    assert LAWFUL_BASES == ("consent", "contract", "legitimate_interest", "legal_obligation")
    assert set(DATA_CATEGORIES) == {*ENTITY_TYPES,
                                    *(f"SPECIAL_CATEGORY:{s}" for s in SPECIAL_SUBTYPES)}
    assert purpose(data=list(DATA_CATEGORIES)).data == DATA_CATEGORIES
    assert isinstance(purpose().description, LocalizedText)


# --- the shipped specs -------------------------------------------------------------------------

def test_when_demo_spec_is_loaded_then_its_purposes_have_the_expected_bases() -> None:
    spec = load_spec(DEMO_SPEC)
    assert [(p.id, p.basis, p.data) for p in spec.purposes] == [
        ("support", "contract", ("FR_SIREN", "FR_SIRET", "VAT_NUMBER")),
        ("callback", "consent", ("PHONE", "EMAIL", "PERSON")),
        ("personalization", "consent", ("EMAIL",)),
        ("analytics", "legitimate_interest", ()),
    ]
    assert all(p.description.fr and p.description.en for p in spec.purposes)
    assert "anonymous usage statistics" in spec.purposes[3].text("en")


@pytest.mark.parametrize(("type_", "subtype", "expected"), [
    # company identifiers: the support purpose, under contract
    ("FR_SIRET", None, ["support"]),
    # an email: only with consent, for a callback or personalisation
    ("EMAIL", None, ["callback", "personalization"]),
    # a name: callback only
    ("PERSON", None, ["callback"]),
    # bank details: no purpose, masked
    ("IBAN", None, []),
    # health data: no purpose, masked
    ("SPECIAL_CATEGORY", "health", []),
])
def test_when_asking_the_demo_spec_which_purposes_need_data_then_they_are_listed_in_order(
        type_: str, subtype: str | None, expected: list[str]) -> None:
    spec = load_spec(DEMO_SPEC)
    assert [p.id for p in spec.purposes_needing(type_, subtype)] == expected


def test_when_looking_up_a_purpose_then_it_is_found_by_id() -> None:
    spec = load_spec(DEMO_SPEC)
    callback = spec.purpose("callback")
    assert callback is not None and callback.requires_consent
    assert "call or email you back about your request" in callback.text("en")
    assert spec.purpose("marketing") is None


def test_when_starter_is_written_then_it_declares_commented_purposes(starter_dir: Path) -> None:
    spec, problems = check_spec(starter_dir / "spec.yaml")
    assert problems == [] and spec is not None
    assert [(p.id, p.basis) for p in spec.purposes] == [
        ("support", "contract"), ("callback", "consent")]
    text = (starter_dir / "spec.yaml").read_text(encoding="utf-8")
    comments = " ".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for subject in ("GDPR art. 5(1)(b) and 6", "GDPR art. 9", "legitimate_interest",
                    "legal_obligation", *ENTITY_TYPES, *SPECIAL_SUBTYPES):
        assert subject in comments, subject
