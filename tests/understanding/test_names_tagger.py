"""The learned name tagger: which words it reads, how its words become names, that the rules'
filters still hold over it, that it loads only with the features it was trained on, and that
the shipped one finds names no list or cue knows."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from clairbot.understanding import _names_features
from clairbot.understanding._names_features import candidates, lower_chat, token_features, words
from clairbot.understanding._names_tagger import NameTagger, tagger
from clairbot.understanding._names_tokens import Token
from clairbot.understanding.classifier import LinearModel, load, save
from clairbot.understanding.features import bucket
from clairbot.understanding.names import PersonNameDetector


def _tagger(named: dict[str, float], alone: float = 0.5, beside: float = 0.5) -> NameTagger:
    """A tagger whose only weight is on the spelling of the end of each word of `named`."""
    buckets = [bucket(f"s4:{f'<{word}>'[-5:]}") for word in named]
    assert all(b in token_features(word, words(word), 0, "en", False, ())
               for b, word in zip(buckets, named, strict=True))
    weights = np.array([[value] for value in named.values()], dtype=np.float32)
    return NameTagger(LinearModel(
        name="toy_names", classes=("person",), bias=(-4.0,),
        thresholds={"person": alone, "person_beside_a_name": beside},
        rows={bucket: row for row, bucket in enumerate(buckets)}, weights=weights,
        meta={"features": "name_words", "features_version": _names_features.VERSION,
              "lower_words": ["invoice"]}))


class _Everything(NameTagger):
    """A tagger that reads every candidate word as a name (p = 1)."""

    def __init__(self) -> None:
        self.threshold = self.beside_threshold = 0.5
        self.lower_words = tagger().lower_words

    def probabilities(self, text: str, lang: str) -> list[tuple[Token, float]]:
        tokens = words(text)
        return [(tokens[index], 1.0) for index in candidates(tokens, self.lower_words)]


def test_when_a_chat_is_read_then_only_possible_name_words_are_candidates() -> None:
    tokens = words("pls tell chidi the invoice is ready, thanks Adaeze van Dijk")
    picked = {tokens[i].text for i in candidates(tokens, frozenset({"invoice", "tell"}))}
    assert {"chidi", "Adaeze", "van", "Dijk"} <= picked
    assert not picked & {"the", "invoice", "tell", "is", "thanks"}
    assert lower_chat(words("pls tell chidi, I will call"))
    assert not lower_chat(words("pls tell Chidi"))


def test_when_words_are_weighed_then_adjacent_ones_make_one_name_without_edge_particles(
) -> None:
    toy = _tagger({"adaeze": 8.0, "okafor": 8.0, "de": 8.0})
    text = "de Adaeze Okafor approved it.\nOkafor"
    found = [(text[n.start:n.end], n.probability > 0.98) for n in toy.names(text, "en")]
    # A line break ends a name; a particle at an edge is dropped.
    assert found == [("Adaeze Okafor", True), ("Okafor", True)]
    assert toy.names("Adaeze Okafor approved it", "en", threshold=0.9999) == []


def test_when_a_weight_changes_sign_then_the_name_is_no_longer_found() -> None:
    assert [n.start for n in _tagger({"adaeze": 8.0}).names("ask Adaeze", "en")] == [4]
    assert _tagger({"adaeze": -8.0}).names("ask Adaeze", "en") == []


def test_when_the_tagger_says_a_street_brand_or_assistant_then_the_rules_filters_drop_it(
) -> None:
    detector = PersonNameDetector(tagger=_Everything(), ignore=["Clara"])
    for text in ("Livraison au 12 rue Victor Hugo", "Thanks Alexa", "Bonjour Clara"):
        assert detector.detect(text, "fr") == [], text
    found = detector.detect("Send it to Zumbile Mphafane", "en")
    assert [f.reason for f in found] == ["person name: the learned tagger (p = 1.00)"]


def test_when_the_tagger_is_off_then_only_the_rules_speak() -> None:
    text = "Send it to Zumbile Mphafane"
    assert PersonNameDetector(learned=False, tagger=_Everything()).detect(text, "en") == []


def test_when_a_tagger_was_trained_on_other_word_features_then_it_is_refused(
        tmp_path: Path) -> None:
    save(load("names"), tmp_path)
    meta = json.loads((tmp_path / "names.json").read_text())
    assert meta["features"] == "name_words"
    meta["features_version"] = _names_features.VERSION + 1
    (tmp_path / "names.json").write_text(json.dumps(meta))
    with pytest.raises(RuntimeError, match="features version"):
        load("names", tmp_path)


def test_when_a_likely_word_sits_beside_a_name_then_it_joins_it_and_alone_it_does_not(
) -> None:
    toy = _tagger({"nicolle": 4.5, "zumbile": 4.5}, alone=0.9, beside=0.5)  # p = 0.62
    detector = PersonNameDetector(tagger=toy)
    text = "Nicolle Bertrand a validé le devis"  # the rules know "Bertrand"
    assert [text[f.start:f.end] for f in detector.detect(text, "fr")] == ["Nicolle Bertrand"]
    assert detector.detect("Zumbile a validé le devis", "fr") == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    # Names in no gazetteer, after no cue the rules know, written as chats write them.
    ("can u ask Kelechukwu to resend the invoice", "en", "Kelechukwu"),
    ("vs pouvez voir avec Tchoumba pr la facture", "fr", "Tchoumba"),
])
def test_when_a_name_is_in_no_list_then_the_shipped_tagger_still_finds_it(
        text: str, lang: str, name: str) -> None:
    rules = [text[f.start:f.end] for f in PersonNameDetector(learned=False).detect(text, lang)]
    assert name not in rules  # the rules alone miss it: what follows is the tagger's
    found = [text[f.start:f.end] for f in PersonNameDetector().detect(text, lang)]
    assert name in found
    assert tagger().threshold == load("names").thresholds["person"]
