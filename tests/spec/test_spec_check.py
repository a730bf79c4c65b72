"""`check_spec` / `load_spec`: every problem of a spec, located, in one run (DESIGN invariant 5).

Most tests start from the starter spec (which passes), break one thing, and expect exactly the
problem that names it, at the right line.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clairbot.errors import Problem, SpecError
from clairbot.spec import check_spec, load_spec

Path_ = tuple[str | int, ...]
WriteSpec = Callable[[Any], Path]                       # fixture `write_spec`
CheckData = Callable[[Any], tuple[str, list[Problem]]]  # fixture `check_data`


def line_of(text: str, *patterns: str) -> int:
    """The line of the first match of the last pattern, searched after the previous ones' lines.

    No pattern means line 1 (where a missing top-level key is reported).
    """
    line = 1
    lines = text.splitlines()
    start = 0
    for pattern in patterns:
        for number in range(start, len(lines)):
            if re.search(pattern, lines[number]):
                line, start = number + 1, number + 1
                break
        else:
            raise AssertionError(f"{pattern!r} not found after line {start} in:\n{text}")
    return line


def remove(data: dict[str, Any], path: Path_) -> None:
    *parents, last = path
    node: Any = data
    for part in parents:
        node = node[part]
    del node[last]


def assign(data: dict[str, Any], path: Path_, value: Any) -> None:
    *parents, last = path
    node: Any = data
    for part in parents:
        node = node[part]
    node[last] = value


# --- the Done-when of the issue -----------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "",                               # an empty file
    "# only a comment\n",             # comments only: still no mapping
    "null\n",                         # an explicit null document
])
def test_when_spec_is_empty_then_every_missing_safeguard_is_reported_in_one_run(
        tmp_path: Path, content: str) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(content, encoding="utf-8")
    spec, problems = check_spec(path)
    assert spec is None
    text = "\n".join(str(p) for p in problems).lower()
    for safeguard in ("missing disclosure", "owners", "privacy contact", "retention",
                      "escalation"):
        assert safeguard in text, safeguard
    located = {p.location for p in problems}
    assert located == {f"spec.yaml:1 {key}" for key in (
        "spec_version", "tenant", "company", "bot", "disclosure", "topics", "escalation",
        "retention", "knowledge")}


def test_when_spec_is_a_list_then_it_is_refused_and_checked_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("- disclosure\n- topics\n", encoding="utf-8")
    _, problems = check_spec(path)
    assert problems[0].location == "spec.yaml:1"
    assert "must be a mapping" in problems[0].message
    assert len(problems) == 10  # the note above, then the nine missing sections


# --- one safeguard missing at a time -----------------------------------------------------------

@pytest.mark.parametrize(("removed", "location", "parent", "message"), [
    # no disclosure at all: the AI Act sentence, at the top of the file
    (("disclosure",), "disclosure", (), "missing disclosure: every conversation must start"),
    # no topics: no accountable owner for anything
    (("topics",), "topics", (), "missing topics and their accountable owners"),
    # a topic without owner: located at its list item
    (("topics", 0, "owner"), "topics[0].owner", (r"^- id: general",), "missing owner"),
    # no DPO
    (("company", "privacy_contact"), "company.privacy_contact", (r"^company:",),
     "missing privacy contact (DPO): add company.privacy_contact with a name and an email"),
    # no accountable data controller
    (("company", "controller"), "company.controller", (r"^company:",), "missing data controller"),
    # no retention block
    (("retention",), "retention", (), "missing retention periods"),
    # retention without a period for conversations
    (("retention", "conversations"), "retention.conversations", (r"^retention:",),
     "missing retention.conversations"),
    # retention without a period for personal data
    (("retention", "personal_data"), "retention.personal_data", (r"^retention:",),
     "missing retention.personal_data"),
    # no escalation path
    (("escalation",), "escalation", (), "missing escalation path"),
    # no business hours
    (("escalation", "business_hours"), "escalation.business_hours", (r"^escalation:",),
     "missing business hours"),
    # nothing promised outside business hours
    (("escalation", "outside_hours_promise"), "escalation.outside_hours_promise",
     (r"^escalation:",), "missing outside_hours_promise"),
    # no contact to reach a person
    (("escalation", "contact"), "escalation.contact", (r"^escalation:",),
     "missing escalation contact"),
    # no knowledge sources
    (("knowledge",), "knowledge", (), "missing knowledge"),
    # no English disclosure although the bot speaks English (a cross-section rule)
    (("disclosure", "en"), "disclosure.en", (r"^disclosure:",), "missing English disclosure"),
    # no French promise outside hours although the bot speaks French
    (("escalation", "outside_hours_promise", "fr"), "escalation.outside_hours_promise.fr",
     (r"^\s+outside_hours_promise:",), "missing French promise for outside business hours"),
    # a topic title without its English version
    (("topics", 1, "title", "en"), "topics[1].title.en", (r"^- id: contracts", r"^\s+title:"),
     "missing English title for topic `contracts`"),
])
def test_when_one_safeguard_is_removed_then_exactly_that_problem_is_reported(
        starter_data: dict[str, Any], check_data: CheckData, removed: Path_, location: str,
        parent: tuple[str, ...], message: str) -> None:
    remove(starter_data, removed)
    text, problems = check_data(starter_data)
    assert [p.location for p in problems] == [f"spec.yaml:{line_of(text, *parent)} {location}"]
    assert message in problems[0].message


# --- wrong values -------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "location", "line", "message"), [
    # a misspelt time zone, with a suggestion
    ({("escalation", "business_hours", "timezone"): "Europe/Pariss"},
     "escalation.business_hours.timezone", (r"^\s+timezone:",),
     "unknown time zone `Europe/Pariss`: use an IANA name such as `Europe/Paris`; did you mean"),
    # a city instead of a zone: the zone of that city is suggested
    ({("escalation", "business_hours", "timezone"): "paris"},
     "escalation.business_hours.timezone", (r"^\s+timezone:",), "did you mean `Europe/Paris`?"),
    # a range that ends before it starts
    ({("escalation", "business_hours", "days", "mon"): "18:00-09:00"},
     "escalation.business_hours.days.mon", (r"^\s+mon:",), "must end after it starts"),
    # a range that is not HH:MM-HH:MM
    ({("escalation", "business_hours", "days", "tue"): "9h-18h"},
     "escalation.business_hours.days.tue", (r"^\s+tue:",), "`9h-18h` is not a time range"),
    # hours out of the day
    ({("escalation", "business_hours", "days", "wed"): "08:00-25:00"},
     "escalation.business_hours.days.wed", (r"^\s+wed:",), "times go from 00:00 to 23:59"),
    # two ranges of one day that overlap
    ({("escalation", "business_hours", "days", "thu"): ["09:00-12:00", "11:30-18:00"]},
     "escalation.business_hours.days.thu", (r"^\s+thu:",),
     "the ranges `09:00-12:00` and `11:30-18:00` overlap"),
    # a day name that is not a weekday key
    ({("escalation", "business_hours", "days"): {"monday": "09:00-18:00"}},
     "escalation.business_hours.days.monday", (r"^\s+monday:",),
     "unknown key `monday`: did you mean `mon`?"),
    # every day closed: nobody is ever available live
    ({("escalation", "business_hours", "days"): {"sat": "closed"}},
     "escalation.business_hours.days", (r"^\s+days:",), "no opening hours"),
    # a topic owner nobody can reach
    ({("topics", 0, "owner"): {"name": "Customer service"}},
     "topics[0].owner", (r"^- id: general", r"^\s+owner:"),
     "owner `Customer service` has no contact: add an email, phone or url"),
    # an owner email that is not one
    ({("topics", 2, "owner", "email"): "dpo at example.com"},
     "topics[2].owner.email", (r"^- id: privacy", r"^\s+email:"),
     "`dpo at example.com` is not an email address"),
    # two topics with the same id: the second one is reported
    ({("topics", 2, "id"): "general"},
     "topics[2].id", (r"^- id: general", r"^- id: general"), "duplicate topic id `general`"),
    # an escalation contact with no way to reach anyone
    ({("escalation", "contact"): {}},
     "escalation.contact", (r"^\s+contact:",), "no way to reach a person"),
    # a retention of zero days
    ({("retention", "conversations"): 0},
     "retention.conversations", (r"^\s+conversations:",), "write a positive whole number of days"),
    # a retention of zero days for incidents: they would go before anyone answered them
    ({("retention", "incidents"): 0},
     "retention.incidents", (r"^\s+incidents:",), "write a positive whole number of days"),
    # a retention longer than ten years
    ({("retention", "personal_data"): 4000},
     "retention.personal_data", (r"^\s+personal_data:",), "longer than the maximum of 3650 days"),
    # a retention given as yes/no
    ({("retention", "personal_data"): True},
     "retention.personal_data", (r"^\s+personal_data:",), "is not a retention period"),
    # an unknown retention category: a typo must not silently drop a period
    ({("retention", "conversation"): 30},
     "retention.conversation", (r"^\s+conversation:",),
     "unknown key `conversation`: did you mean `conversations`?"),
    # a default language the bot does not speak
    ({("bot", "languages"): ["fr"], ("bot", "default_language"): "en"},
     "bot.default_language", (r"^\s+default_language:",),
     "default_language `en` is not one of bot.languages (fr)"),
    # a language Clairbot does not speak
    ({("bot", "languages"): ["fr", "de"]},
     "bot.languages[1]", (r"^\s+languages:", r"^\s+- de"), "Input should be 'fr' or 'en'"),
    # a tenant id with spaces and capitals
    ({("tenant",): "Example SAS"},
     "tenant", (r"^tenant:",), "`Example SAS` is not a valid tenant id"),
    # a knowledge folder that does not exist
    ({("knowledge", "sources", 0, "path"): "no-such-folder"},
     "knowledge.sources[0].path", (r"^\s+- path:",), "knowledge folder not found"),
    # a single text where a list of topics is expected
    ({("topics",): "billing"},
     "topics", (r"^topics:",), "`topics` must be a list (`- item` lines), not `billing`"),
    # a text where a mapping is expected
    ({("company", "privacy_contact"): "dpo@example.com"},
     "company.privacy_contact", (r"^\s+privacy_contact:",),
     "`privacy_contact` must be a mapping (`key: value` lines), not `dpo@example.com`"),
    # a text where true/false is expected
    ({("topics", 1, "needs_human"): "sometimes"},
     "topics[1].needs_human", (r"^\s+needs_human:",),
     "`needs_human` must be true or false, not `sometimes`"),
    # a confidence threshold outside 0..1
    ({("answering", "confidence_threshold"): 1.5},
     "answering.confidence_threshold", (r"^\s+confidence_threshold:",), "less than or equal to 1"),
])
def test_when_a_value_is_wrong_then_its_problem_is_reported_at_its_line(
        starter_data: dict[str, Any], check_data: CheckData, changes: dict[Path_, Any],
        location: str, line: tuple[str, ...], message: str) -> None:
    for path, value in changes.items():
        assign(starter_data, path, value)
    text, problems = check_data(starter_data)
    assert [p.location for p in problems] == [f"spec.yaml:{line_of(text, *line)} {location}"]
    assert message in problems[0].message


@pytest.mark.parametrize("changes", [
    # proof of consent may be kept longer than conversations
    {("retention", "consent_proof"): 5000},
    # consent_proof is optional (a default applies)
    {("retention",): {"conversations": 7, "personal_data": 7}},
    # an unquoted date as version (YAML reads it as a date)
    {("spec_version",): datetime.date(2026, 11, 28)},
    # several ranges in a day, given out of order, and a day explicitly closed
    {("escalation", "business_hours", "days"): {"mon": ["14:00-18:00", "09:00-12:00"],
                                                  "sat": "closed"}},
    # a bot that speaks English only needs only English texts
    {("bot", "languages"): ["en"], ("bot", "default_language"): "en",
     ("disclosure",): {"en": "default"}},
    # an owner reachable by phone only
    {("topics", 0, "owner"): {"name": "Hotline", "phone": "+33 4 00 00 00 00"}},
])
def test_when_a_value_is_unusual_but_valid_then_no_problem(
        starter_data: dict[str, Any], check_data: CheckData, changes: dict[Path_, Any]) -> None:
    for path, value in changes.items():
        assign(starter_data, path, value)
    _, problems = check_data(starter_data)
    assert problems == []


# --- reworded disclosures --------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "message"), [
    # says nothing about automation
    ("en", "Hello, I am Clara. How can I help you today?",
     "the English disclosure does not say that the visitor is talking to an automated assistant"),
    # same in French
    ("fr", "Bonjour, je suis Clara, comment puis-je vous aider ?",
     "the French disclosure does not say"),
    # "assistant" alone is not enough: people are assistants too
    ("en", "Hi, I am Clara, your personal assistant.", "does not say"),
    # claims to be a person, even though it mentions bots
    ("en", "Hi, I'm Clara, a real person from our team, not a bot.",
     "the English disclosure claims the bot is a person"),
    # denies being a bot while saying "AI"
    ("en", "I am not a bot, I am an AI-powered colleague.", "claims the bot is a person"),
    # tells the visitor they talk to a human
    ("en", "You are chatting with a real person (AI assisted).", "claims the bot is a person"),
    # French: claims to be an adviser (a person)
    ("fr", "Bonjour, je suis une conseillère de l'équipe, assistée par IA.",
     "the French disclosure claims the bot is a person"),
    # French: denies being a robot
    ("fr", "Je ne suis pas un robot : posez-moi vos questions (IA).", "claims the bot is a person"),
    # French: tells the visitor they talk to a human
    ("fr", "Vous parlez avec un vrai conseiller, aidé par une IA.", "claims the bot is a person"),
    # French: tells the visitor they are not talking to a robot
    ("fr", "Vous ne parlez pas à un robot mais à Clara (IA).", "claims the bot is a person"),
    # a name between "I'm" and the claim does not hide it
    ("fr", "Je suis Clara, une vraie personne, aidée par une IA.", "claims the bot is a person"),
    # blank
    ("en", "   ", "the English disclosure is empty"),
])
def test_when_a_reworded_disclosure_hides_automation_then_it_is_refused(
        starter_data: dict[str, Any], check_data: CheckData, lang: str, text: str,
        message: str) -> None:
    starter_data["disclosure"][lang] = text
    written, problems = check_data(starter_data)
    assert [p.location for p in problems] == [
        f"spec.yaml:{line_of(written, r'^disclosure:', rf'^  {lang}:')} disclosure.{lang}"]
    assert message in problems[0].message


@pytest.mark.parametrize(("lang", "text"), [
    # the brief's example
    ("en", "You are chatting with Clara, an automated assistant (AI). Type “agent” for a person."),
    # "virtual assistant" in French, and a way to reach a person
    ("fr", "Vous échangez avec Clara, un assistant virtuel. Écrivez « conseiller » pour parler à "
           "une personne."),
    # "intelligence artificielle" spelt out
    ("fr", "Je suis Clara, une intelligence artificielle."),
    # a "conseiller virtuel" is a bot describing itself, not a person
    ("fr", "Je suis Clara, un conseiller virtuel (IA)."),
    # saying the visitor is NOT talking to a human is fine
    ("en", "Hi! I am Clara, a bot. You are not talking to a human."),
    # "human-like" is not a claim to be human
    ("en", "I'm Clara, a human-like assistant (AI)."),
    # `default` in any case
    ("en", "DEFAULT"),
])
def test_when_a_reworded_disclosure_discloses_automation_then_it_is_accepted(
        starter_data: dict[str, Any], check_data: CheckData, lang: str, text: str) -> None:
    starter_data["disclosure"][lang] = text
    _, problems = check_data(starter_data)
    assert problems == []


# --- several problems, syntax, files -------------------------------------------------------------

def test_when_several_sections_are_broken_then_every_problem_is_reported_in_line_order(
        starter_data: dict[str, Any], check_data: CheckData) -> None:
    remove(starter_data, ("topics", 0, "owner"))
    remove(starter_data, ("disclosure", "en"))     # cross-section: needs bot + disclosure
    starter_data["retention"]["conversations"] = -1
    starter_data["escalation"]["business_hours"]["timezone"] = "Mars/Olympus"
    starter_data["company"]["privacy_contacts"] = starter_data["company"].pop("privacy_contact")
    _, problems = check_data(starter_data)
    located = [p.location.split(" ", 1)[1] for p in problems]
    assert sorted(located) == sorted([
        "company.privacy_contact", "company.privacy_contacts", "disclosure.en",
        "topics[0].owner", "escalation.business_hours.timezone", "retention.conversations"])
    lines = [int(p.location.split(" ")[0].split(":")[1]) for p in problems]
    assert lines == sorted(lines)
    typo = next(p for p in problems if p.location.endswith("privacy_contacts"))
    assert "did you mean `privacy_contact`?" in typo.message


def test_when_sections_are_broken_then_cross_section_rules_still_run_on_what_is_readable(
        starter_data: dict[str, Any], check_data: CheckData) -> None:
    starter_data["disclosure"] = {"fr": "Bonjour, je suis Clara !"}  # reworded badly, no en
    starter_data["topics"][0]["owner"] = {"name": "Nobody"}           # topics do not validate
    starter_data["topics"][1]["id"] = "general"                       # ...yet the dup is found
    del starter_data["topics"][2]["title"]["en"]                      # ...and the missing title
    starter_data["escalation"]["contact"] = {}                        # escalation does not validate
    del starter_data["escalation"]["outside_hours_promise"]["en"]     # ...yet this is found
    _, problems = check_data(starter_data)
    assert sorted(p.location.split(" ", 1)[1] for p in problems) == sorted([
        "disclosure.fr", "disclosure.en", "topics[0].owner", "topics[1].id",
        "topics[2].title.en", "escalation.contact", "escalation.outside_hours_promise.en"])


@pytest.mark.parametrize(("text", "line", "message"), [
    # a key indented one space less than its siblings
    ("tenant: acme\ncompany:\n  legal_name: Acme\n controller: x\n", 4, "expected <block end>"),
    # a value that itself contains `key: value`
    ("tenant: acme\nbot: name: Vera\n", 2, "mapping values are not allowed here"),
    # a tab used for indentation
    ("tenant: acme\ncompany:\n\tlegal_name: Acme\n", 3, "found character '\\t'"),
    # an unclosed flow list
    ("tenant: acme\ntopics: [a, b\nbot: {}\n", 3, "expected ',' or ']'"),
    # two YAML documents in one file
    ("tenant: acme\n---\ntenant: other\n", 2, "but found another document"),
])
def test_when_yaml_is_invalid_then_one_problem_gives_its_line(
        tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    spec, problems = check_spec(path)
    assert spec is None
    assert [p.location for p in problems] == [f"spec.yaml:{line}"]
    assert problems[0].message.startswith(f"YAML syntax error at line {line}")
    assert message in problems[0].message


def test_when_a_key_is_written_twice_then_the_second_is_reported(
        starter_dir: Path) -> None:
    path = starter_dir / "spec.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "retention:\n  conversations: 3650\n  personal_data: 3650\n",
                    encoding="utf-8")
    _, problems = check_spec(path)
    last_line = len(text.splitlines()) + 1
    assert [p.location for p in problems] == [f"spec.yaml:{last_line} retention"]
    assert "duplicate key `retention` (first at line" in problems[0].message


def test_when_the_file_does_not_exist_then_check_reports_it(tmp_path: Path) -> None:
    spec, problems = check_spec(tmp_path / "nope.yaml")
    assert spec is None
    assert [str(p) for p in problems] == [f"nope.yaml:1: spec file not found: {tmp_path}/nope.yaml"]


# --- load_spec ------------------------------------------------------------------------------------

def test_when_loading_a_spec_with_problems_then_spec_error_lists_them_all(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    remove(starter_data, ("disclosure",))
    remove(starter_data, ("retention",))
    path = write_spec(starter_data)
    with pytest.raises(SpecError) as raised:
        load_spec(path)
    assert raised.value.title == f"{path}: the bot spec is refused (2 problems)"
    assert raised.value.problems == check_spec(path)[1]
    assert raised.value.code == "spec.invalid"


def test_when_loading_a_valid_spec_then_it_knows_its_folder(starter_dir: Path) -> None:
    spec = load_spec(starter_dir / "spec.yaml")
    assert spec.source == (starter_dir / "spec.yaml").resolve()
    assert spec.source_dir == starter_dir.resolve()
    assert spec.knowledge_paths() == [starter_dir.resolve() / "knowledge"]
