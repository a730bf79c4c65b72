"""The shipped linear models and their stack: what is said below and above the gate, what the
stack reads (the visitor's words, through the real sentence encoder), and the models that
load only with the features and the encoder they were trained on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from clairbot.understanding import classifier, embedding
from clairbot.understanding.classifier import LinearModel, Stack, load, save
from clairbot.understanding.features import VERSION, bucket, featurize


def _model(stack_thresholds: float = 0.5) -> LinearModel:
    """One class, "health": the n-grams know the word "chemo" only; the stack trusts the
    sentence embedding's closeness to a sentence about cancer treatment."""
    buckets = sorted(featurize("chemo"))
    weights = np.zeros((len(buckets), 1), dtype=np.float32)
    weights[:, 0] = 3.0
    direction = embedding.embed(["I am being treated for cancer"])[0].astype(np.float64)
    stack_weights = np.zeros((1 + embedding.DIMENSIONS, 1))
    stack_weights[1:, 0] = 20.0 * direction
    return LinearModel(
        name="toy", classes=("health",), thresholds={"health": 0.5}, bias=(-6.0,),
        rows={bucket: row for row, bucket in enumerate(buckets)}, weights=weights,
        meta={"features_version": VERSION, "stack": {"encoder": embedding.ENCODER}},
        stack=Stack(gate=0.05, weights=stack_weights, bias=np.array([-12.0]),
                    thresholds={"health": stack_thresholds}))


def test_when_the_ngrams_see_nothing_then_nothing_is_said_and_no_embedding_is_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model()
    read: list[str] = []
    real = embedding.embed_recent
    monkeypatch.setattr(embedding, "embed_recent",
                        lambda texts: read.extend(texts) or real(texts))
    assert model.said("the delivery of the pallets is late") == {}
    assert read == []  # below the gate: the n-grams' cost only


def test_when_the_ngrams_are_unsure_then_the_stack_reads_the_visitors_words() -> None:
    model = _model()
    # The n-grams read the normalised text; the embedding reads `raw`, the words as written.
    said = model.said("chemo next week", raw="I have chemotherapy for my cancer next week")
    assert set(said) == {"health"}
    # Same n-grams, words that mean something else: the stack does not say it.
    assert model.said("chemo next week", raw="the chemistry lab order ships next week") == {}


def test_when_a_model_is_saved_and_loaded_then_it_says_the_same(tmp_path: Path) -> None:
    model = _model()
    save(model, tmp_path)
    again = load("toy", tmp_path)
    assert again.stack is not None and again.stack.gate == pytest.approx(0.05)
    for text in ("chemo for my cancer", "invoice for the pallets"):
        assert again.said(text).keys() == model.said(text).keys()


def test_when_the_stack_has_a_doubt_threshold_then_it_says_apart_what_lies_between(
        tmp_path: Path) -> None:
    # Above the lower "doubt" threshold, under the class's own: said in doubt, not said; a
    # save and a load keep the doubt threshold.
    model = _model(stack_thresholds=0.999999)
    model = LinearModel(**{**model.__dict__, "stack": Stack(**{
        **model.stack.__dict__, "doubt": {"health": 0.01}})})  # type: ignore[union-attr]
    text, raw = "chemo next week", "I have chemotherapy for my cancer next week"
    [(said, doubted)] = model.doubted_all([text], [raw])
    assert said == {} and set(doubted) == {"health"}
    save(model, tmp_path)
    again = load("toy", tmp_path)
    assert again.stack is not None and again.stack.doubt == {"health": 0.01}
    assert again.doubted_all([text], [raw])[0][1].keys() == {"health"}
    assert again.doubted_all(["invoice for the pallets"])[0] == ({}, {})


def test_when_a_stack_was_trained_on_another_encoder_then_the_model_is_refused(
        tmp_path: Path) -> None:
    save(_model(), tmp_path)
    meta = json.loads((tmp_path / "toy.json").read_text())
    assert meta["stack"]["encoder"] == embedding.ENCODER
    meta["stack"]["encoder"] = "another-encoder 9.9"
    (tmp_path / "toy.json").write_text(json.dumps(meta))
    load.cache_clear()
    with pytest.raises(RuntimeError, match="another-encoder"):
        load("toy", tmp_path)


def test_when_the_shipped_models_are_warmed_then_each_loads_with_its_stack() -> None:
    classifier.warm()
    for name in ("intents", "special_categories"):
        model = load(name)
        assert model.stack is not None, f"{name} ships without its stack: run `make models`"
        assert set(model.stack.thresholds) == set(model.classes)
        features = len(model.classes) + embedding.DIMENSIONS
        assert model.stack.hidden is not None, f"{name}'s stack reads without its network"
        units = model.stack.hidden[0].shape[1]
        assert model.stack.hidden[0].shape == (features, units)
        assert model.stack.weights.shape == (units, len(model.classes))
        assert model.stack.center is not None and model.stack.center.shape == (features,)


def test_when_several_sentences_pass_the_gate_then_they_are_embedded_in_one_batch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model()
    texts = ["chemo next week", "the pallets are late", "chemo again on friday"]
    raws = ["I have chemotherapy for my cancer next week", "the pallets are late",
            "the chemistry lab order ships on friday"]
    alone = [model.said(text, raw=raw) for text, raw in zip(texts, raws, strict=True)]
    embedding.forget()
    calls: list[list[str]] = []
    real = embedding.embed
    monkeypatch.setattr(embedding, "embed", lambda batch: calls.append(list(batch))
                        or real(batch))
    together = model.said_all(texts, raws)
    assert [set(said) for said in together] == [set(said) for said in alone]
    assert [set(said) for said in together] == [{"health"}, set(), set()]
    # The two past the gate, encoded together; the one below it, not at all.
    assert calls == [[raws[0], raws[2]]]


def _with_hidden_layer(model: LinearModel) -> LinearModel:
    """`model` with its stack rewritten as a network that must read the same: standardised
    features (here halved), then units that pass each feature's positive and negative parts
    (relu(x) - relu(-x) = x), then the output weights twice over, the second negated."""
    stack = model.stack
    assert stack is not None
    features = stack.weights.shape[0]
    identity = np.eye(features)
    hidden = (np.hstack([identity, -identity]), np.zeros(2 * features))
    return LinearModel(
        name=model.name, classes=model.classes, thresholds=model.thresholds, bias=model.bias,
        rows=model.rows, weights=model.weights, meta=model.meta,
        stack=Stack(gate=stack.gate, weights=np.vstack([2 * stack.weights, -2 * stack.weights]),
                    bias=stack.bias, thresholds=stack.thresholds, hidden=hidden,
                    center=np.zeros(features), scale=np.full(features, 2.0)))


def test_when_the_stack_has_a_hidden_layer_then_it_reads_through_it_and_survives_a_save(
        tmp_path: Path) -> None:
    linear, network = _model(), _with_hidden_layer(_model())
    texts = [("chemo next week", "I have chemotherapy for my cancer next week"),
             ("chemo next week", "the chemistry lab order ships next week")]
    for text, raw in texts:
        assert network.said(text, raw=raw) == pytest.approx(linear.said(text, raw=raw))
    save(network, tmp_path)
    again = load("toy", tmp_path)
    assert again.stack is not None and again.stack.hidden is not None
    for text, raw in texts:
        assert again.said(text, raw=raw).keys() == linear.said(text, raw=raw).keys()
    # A network's weights wrong by a sign say the opposite: the hidden layer is really read.
    broken = _with_hidden_layer(_model())
    assert broken.stack is not None and broken.stack.hidden is not None
    broken.stack.hidden[0][:] *= -1
    assert broken.said(*texts[0][:1], raw=texts[0][1]) == {}


def test_when_a_word_repeats_then_each_of_its_features_counts_again() -> None:
    # A word's buckets are computed once and kept: its second reading must count as much.
    once, twice = featurize("vanne"), featurize("vanne vanne")
    word, gram = bucket("w:vanne"), bucket("c:anne")
    assert once[word] == pytest.approx(1.0)
    # words: "vanne" twice and the pair once, L2-normalised together
    assert twice[word] == pytest.approx(2 / 5 ** 0.5)
    assert twice[bucket("b:vanne vanne")] == pytest.approx(1 / 5 ** 0.5)
    # n-grams: each counted twice, so their share is what it was
    assert twice[gram] == pytest.approx(once[gram])


def test_when_features_are_looked_up_then_only_the_models_buckets_count() -> None:
    model = _model()
    chemo = featurize("chemo")
    assert np.allclose(model.totals_of(chemo), -6.0 + 3.0 * sum(chemo.values()))
    assert np.array_equal(model.totals_of(featurize("pump")), np.array([-6.0]))
    assert np.array_equal(model.totals_of({}), np.array([-6.0]))
    # a bucket above every bucket the model knows is read as unknown, not as its last one
    assert np.array_equal(model.totals_of({max(model.rows) + 1: 1.0}), np.array([-6.0]))
