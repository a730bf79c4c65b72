"""`scan_stream`: JSONL rows in, rows with their entities out, bad rows reported."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.guards.pii import Finding, PiiRegistry, scan_stream
from clairbot.guards.pii._lang import guess_lang


class LangEcho:
    """Reports one finding whose detector name is the language it was called with."""

    name = "echo"
    types: tuple[str, ...] = (SPECIAL_CATEGORY,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        return [Finding(SPECIAL_CATEGORY, 0, 1, 0.5, lang, "echo", subtype="health")]


def scan(lines: list[str], registry: PiiRegistry,
         lang: str | None = None) -> list[dict[str, object]]:
    return [json.loads(out) for out in scan_stream(lines, registry=registry, lang=lang)]


def test_when_rows_are_good_then_each_gets_its_entities(structured: PiiRegistry) -> None:
    rows = scan(['{"text": "tél 06 12 34 56 78", "lang": "fr", "id": 7}\n',
                 '{"text": "nothing here"}\n'], structured)
    assert rows == [
        {"text": "tél 06 12 34 56 78", "lang": "fr", "id": 7,
         "entities": [{"type": "PHONE", "start": 4, "end": 18, "score": 0.9,
                       "detector": "phone"}]},
        {"text": "nothing here", "entities": []}]


def test_when_rows_are_bad_then_errors_name_the_line_and_the_scan_goes_on(
        structured: PiiRegistry) -> None:
    rows = scan(['{"text": "a"}', "not json", "[1, 2]", '{"lang": "fr"}', '{"text": 3}', "",
                 '{"text": "b"}'], structured)
    assert rows[0] == {"text": "a", "entities": []}
    assert [(r["line"], str(r["error"]).split(":")[0]) for r in rows[1:5]] == [
        (2, "invalid JSON"), (3, "a row must be a JSON object"),
        (4, 'a row needs a "text" string'), (5, 'a row needs a "text" string')]
    assert rows[5] == {"text": "b", "entities": []}  # the blank line 6 is skipped


@pytest.mark.parametrize(("row", "lang", "expected"), [
    # the row's own language wins
    ({"text": "hello", "lang": "fr-FR"}, "en", "fr"),
    # else the --lang value
    ({"text": "bonjour"}, "en", "en"),
    # else a guess from the words
    ({"text": "Hello, could you please send the invoice?"}, None, "en"),
    # an unknown row language falls back to the guess
    ({"text": "Bonjour, je voudrais la facture", "lang": "de"}, None, "fr"),
])
def test_when_scanning_then_the_language_is_row_then_option_then_guess(
        row: dict[str, str], lang: str | None, expected: str) -> None:
    [out] = scan([json.dumps(row)], PiiRegistry([LangEcho()]), lang=lang)
    assert out["entities"] == [{"type": SPECIAL_CATEGORY, "start": 0, "end": 1, "score": 0.5,
                                "detector": expected, "subtype": "health"}]


def test_when_progress_is_given_then_it_counts_every_line(structured: PiiRegistry) -> None:
    seen: list[int] = []
    list(scan_stream(['{"text": "a"}', "", "oops"], registry=structured, progress=seen.append))
    assert seen == [1, 2, 3]


def test_when_input_is_a_stream_then_rows_come_out_before_it_ends(
        structured: PiiRegistry) -> None:
    def lines() -> Iterator[str]:
        yield '{"text": "first"}'
        raise AssertionError("read past the first row before yielding it")

    assert json.loads(next(scan_stream(lines(), registry=structured)))["text"] == "first"


@pytest.mark.parametrize(("text", "expected"), [
    ("Bonjour, je voudrais modifier ma commande", "fr"),  # function words
    ("Hello, I would like to change my order", "en"),  # function words
    ("Référence à vérifier", "fr"),  # accents
    ("", "fr"),  # nothing to go on: the default
])
def test_when_guessing_language_then_function_words_decide(text: str, expected: str) -> None:
    assert guess_lang(text) == expected
