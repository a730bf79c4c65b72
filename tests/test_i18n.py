"""The French and English catalogues stay in step."""

from __future__ import annotations

import re

import pytest

from clairbot.i18n import LANGUAGES, catalogue, t


def test_when_catalogues_compared_then_same_keys() -> None:
    assert set(catalogue("fr")) == set(catalogue("en"))


def test_when_catalogues_compared_then_same_placeholders() -> None:
    for key, french in catalogue("fr").items():
        english = catalogue("en")[key]
        assert set(re.findall(r"{(\w+)}", french)) == set(re.findall(r"{(\w+)}", english)), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_when_message_formatted_then_placeholders_filled(lang: str) -> None:
    assert "Vera" in t("bot.identity", lang, bot="Vera")


def test_when_language_unknown_then_french_is_used() -> None:
    assert t("actions.handoff", "de") == t("actions.handoff", "fr")
