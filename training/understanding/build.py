"""Rebuild the understanding layer's small models from the training data, reproducibly.

    make models     # = .venv/bin/python training/understanding/build.py, with the `train` extra
    .venv/bin/python training/understanding/build.py --out-of-fold /tmp/oof intents
                    # also writes each line's out-of-fold scores, to weigh a rule on the model

Reads the hand-written training data next to this script (`fr/`, `en/`: every
`intents*.jsonl`, `special*.jsonl` and `names*.jsonl`; `spent/`: the held-out splits already
measured, moved here once a newer one was, see tests/understanding/README_heldout.md) and, when
present, the public sets of `../shared/eval/` (their requests for a person, bot-identity
questions and complaints; ordinary customer requests as negatives). NEVER the held-out splits
of `tests/understanding/heldout*/`: they measure, they do not teach.

For each model, logistic regressions one-vs-rest over `clairbot.understanding.features`,
scored out of fold (five folds of the hand-written lines, stratified by language and label;
an augmented copy follows the line it was made from, public lines always train). The
regularisation is the one with the best out-of-fold average precision; the thresholds are
the lowest that keep the out-of-fold false positives within budget, so recall is as high as
that budget allows (recall first, the invariants are at stake):
- intents: requests for a person take at most 1.5 % of the training's questions (about half
  written around trap words); bot identity and role-play together, 0.8 % more;
- special categories: all eight together take at most 1.5 % of the written near-misses (sentences
  full of a category's words that reveal none) and 0.5 % of ordinary customer messages (every
  intents line, also trained on as a negative).
The shipped model is then fitted on everything. Writes
`src/clairbot/understanding/models/<name>.npz|json` with the out-of-fold figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import sklearn
from fitting import FOLDS, SEED, Judged, out_of_fold, regression
from joblib import Parallel, delayed
from lines import Item, rows, untested, written
from names_tagger import fit_names
from scipy.sparse import csr_matrix
from stacking import fit_stack

from clairbot.text import fold
from clairbot.understanding.classifier import LinearModel, save
from clairbot.understanding.features import BUCKETS, VERSION, featurize
from clairbot.understanding.intents import model_input

HERE = Path(__file__).parent
PUBLIC = HERE.parents[1].parent / "shared" / "eval"
INTENT_CLASSES = ("human_request", "bot_identity", "roleplay")
# Out-of-fold false-positive budgets (shares of the negatives). The training's questions are
# harder than a chat's: about half were written around trap words ("agent", "call", "human").
# Requests for a person get the larger budget, recall first (a false handoff costs one click):
# 0.8 % -> 1.5 % gave +2 to +3 points on the spent held-out splits for 1 false handoff more in
# 495 questions, and 14 instead of 8 of Bitext's 7,500 ordinary questions.
HUMAN_REQUEST_BUDGET = 0.015
IDENTITY_BUDGET = 0.008
# In doubt, the bot says what it is as well as answering: a disclosure given in excess costs a
# sentence, a missed one lets a visitor think a person answers (EU AI Act art. 50). So the
# stack's questions about the bot and role-plays get lower thresholds too, within 2 % of the
# training's questions (half of them written around trap words). Chosen out of fold: at 0.8 %,
# 1.2 %, 1.5 %, 2 %, 3 %, 5 % the disclosure reached 0.982 / 0.977, 0.986 / 0.984, 0.988 /
# 0.986, 0.989 / 0.987, 0.990 / 0.987, 0.991 / 0.988 of them (FR / EN): little past 2 %.
IDENTITY_DOUBT_BUDGET = 0.02
SPECIAL_CLASSES = ("health", "religion", "union", "politics", "sexual_orientation",
                   "ethnic_origin", "biometrics", "genetics")
# Special categories: of the written near-misses (sentences full of the words of a category
# that reveal none), all eight together take at most 1.5 %; of ordinary customer messages (the
# intents' lines, requests for a person included), at most 0.5 %. At 2 %, the models of the
# twenty-fourth round took 2.9 % of the B2B lines of the worn splits v28-v31 (28 of 960; 0 % to
# 5.8 % per split and language, the issue allows 2 %) and found 0.968 of their categories
# (0.947 to 0.994, 0.95 asked): out of fold flatters the near-misses of trades the training has
# not seen, so the budget gives back a little recall.
SPECIAL_BUDGET = 0.015
SPECIAL_ORDINARY_BUDGET = 0.005
# Public intents taken for training, and what they are here.
PUBLIC_INTENTS = {"contact_human_agent": "human_request", "human_handoff": "human_request",
                  "Escalate": "human_request", "are_you_a_bot": "bot_identity",
                  "bot_challenge": "bot_identity",
                  "chitchat:You're not alive right?": "bot_identity",
                  "chitchat:est-ce que tu es une intelligence artificielle": "bot_identity",
                  "complaint": "complaint"}
# Public customer requests that are neither a request for a person nor a complaint.
NOT_QUESTIONS = ("contact_human_agent", "contact_customer_service", "complaint")


def public_rows() -> Iterator[Item]:
    """Public intents as training rows: the mapped ones, and ordinary customer requests."""
    for row in rows(PUBLIC / "intents" / "handoff_botidentity_complaint_subset.jsonl"):
        if row["intent"] in PUBLIC_INTENTS:
            yield {"text": row["text"], "lang": row["lang"],
                   "intent": PUBLIC_INTENTS[row["intent"]], "public": True}
    rng = random.Random(SEED)
    for name, size in (("bitext_customer_service_intents_en.jsonl", 1500),
                       ("clinc150_oos_en.jsonl", 1500)):
        questions = [row for row in rows(PUBLIC / "intents" / name)
                     if row["intent"] not in NOT_QUESTIONS]
        for row in rng.sample(questions, min(size, len(questions))):
            yield {"text": row["text"], "lang": "en", "intent": "question", "public": True}


def assign_folds(items: list[Item], key: Callable[[Item], str]) -> np.ndarray:
    """Each item's fold: hand-written lines dealt round-robin per (language, label) after a
    seeded shuffle; an augmented copy joins the fold of the hand-written line closest to it
    (it was made from it); public lines -1 (always in training)."""
    rng = random.Random(SEED)
    fold_of = np.full(len(items), -1)
    groups: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(items):
        if not item.get("augmented") and not item.get("public"):
            groups.setdefault((item["lang"], key(item)), []).append(index)
    for members in groups.values():
        rng.shuffle(members)
        for rank, index in enumerate(members):
            fold_of[index] = rank % FOLDS
    sources = [(index, _grams(items[index]["text"])) for index in np.flatnonzero(fold_of >= 0)]
    for index, item in enumerate(items):
        if item.get("augmented"):
            grams = _grams(item["text"])
            closest = max(sources, key=lambda source: _jaccard(grams, source[1]))
            fold_of[index] = fold_of[closest[0]]
    return fold_of


def _grams(text: str) -> set[str]:
    folded = " ".join(fold(text).split())
    return {folded[i:i + 3] for i in range(max(1, len(folded) - 2))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / (len(a | b) or 1)


def matrix(texts: list[str]) -> csr_matrix:
    """The hashed features of `texts`, one row each."""
    data, indices, indptr = [], [], [0]
    for text in texts:
        for bucket, value in sorted(featurize(text).items()):
            indices.append(bucket)
            data.append(value)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(texts), BUCKETS), dtype=np.float64)


def train(name: str, items: list[Item], classes: tuple[str, ...],
          labels_of: Callable[[Item], set[str]], negative: Callable[[Item], bool],
          budgets: list[tuple[tuple[str, ...], float]], key: Callable[[Item], str],
          reads: Callable[[str], str] = str,
          ordinary: tuple[Callable[[Item], bool], float] | None = None,
          doubt: tuple[tuple[str, ...], float] | None = None,
          out_of_fold_to: Path | None = None) -> LinearModel:
    """One-vs-rest regressions for `classes` over `reads(text)` (the text as the caller will
    pass it), thresholds from out-of-fold scores within the false-positive `budgets` (groups
    of classes, share of negatives) and, if given, within the budget of `ordinary` messages
    (which items, share); then the stack over them and the raw text's embedding
    (`stacking`), with lower thresholds for the `doubt` group within its budget, if given;
    the shippable model. `out_of_fold_to`: a folder where the stack's out-of-fold scores of
    every hand-written line are written too (`<name>.oof.jsonl`), to weigh a rule that sits
    on the model's answers against lines the model never saw."""
    fold_of = assign_folds(items, key)
    held = fold_of >= 0
    x = matrix([reads(item["text"]) for item in items])
    judged = Judged(
        items=items, classes=classes, budgets=budgets,
        labels=np.array([[label in labels_of(item) for label in classes] for item in items]),
        negatives=np.array([negative(item) for item in items]) & held,
        plain=(np.array([ordinary[0](item) for item in items]) & held) if ordinary else None,
        plain_budget=ordinary[1] if ordinary else 0.0, doubt=doubt)
    # One class per process (two cores here): the fits dominate the build's time.
    fitted = Parallel(n_jobs=2)(delayed(out_of_fold)(x, judged.labels[:, index], fold_of)
                                for index in range(len(classes)))
    scores = np.column_stack([column for column, _ in fitted])
    cs = [c for _, c in fitted]
    thresholds, figures = judged.report(f"{name} n-grams", scores[held], held, cs)
    # The shipped models, fitted on everything.
    models = Parallel(n_jobs=2)(delayed(regression(cs[index]).fit)(x, judged.labels[:, index])
                                for index in range(len(classes)))
    weights = np.zeros((BUCKETS, len(classes)), dtype=np.float64)
    bias = []
    for index, model in enumerate(models):
        weights[:, index] = model.coef_[0]
        bias.append(float(model.intercept_[0]))
    used = np.flatnonzero(np.abs(weights).sum(axis=1) > 1e-9)
    stack, stack_figures, stack_scores = fit_stack(f"{name} stack", judged, fold_of, scores)
    if out_of_fold_to is not None:
        write_out_of_fold(out_of_fold_to / f"{name}.oof.jsonl",
                          [item for item, kept in zip(items, held, strict=True) if kept],
                          classes, stack_scores)
    return LinearModel(
        name=name, classes=classes, thresholds=thresholds, bias=tuple(bias),
        rows={int(bucket): row for row, bucket in enumerate(used)},
        weights=weights[used].astype(np.float32), stack=stack,
        meta={"features_version": VERSION, "reads": getattr(reads, "__qualname__", "str"),
              "trained_on": {"lines": len(items), "hand_written": int(held.sum()),
                             "inputs_sha256": _digest(items)},
              "budgets": {",".join(group): share for group, share in budgets},
              "scikit_learn": sklearn.__version__, "seed": SEED, "folds": FOLDS,
              "out_of_fold": figures, "stack": stack_figures})


def write_out_of_fold(path: Path, items: list[Item], classes: tuple[str, ...],
                      scores: np.ndarray) -> None:
    """One JSON line per item: the item and the stack's out-of-fold score of each class."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for item, row in zip(items, scores, strict=True):
            out.write(json.dumps({**item, "out_of_fold": {
                label: round(float(score), 6) for label, score in zip(classes, row,
                                                                      strict=True)}},
                ensure_ascii=False) + "\n")
    print(f"out-of-fold scores of {len(items)} lines written to {path}", flush=True)


def _digest(items: list[Item]) -> str:
    text = "\n".join(json.dumps(i, sort_keys=True, ensure_ascii=False) for i in items)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    known = ("intents", "special_categories", "names")
    parser.add_argument("models", nargs="*", metavar="MODEL",
                        help=f"which models to rebuild, among {', '.join(known)} (default: all)")
    parser.add_argument("--out-of-fold", type=Path, metavar="DIR",
                        help="also write each model's out-of-fold scores of every hand-written "
                        "line to DIR/<model>.oof.jsonl (to weigh a rule on the model's answers)")
    args = parser.parse_args()
    chosen = args.models or list(known)
    for name in set(chosen) - set(known):
        parser.error(f"no model {name!r} (known: {', '.join(known)})")
    if not PUBLIC.is_dir():
        # The shipped models were built with them: a checkout without `../shared/eval` beside
        # it builds other models from the same training lines.
        print(f"warning: no public sets at {PUBLIC}: the models are built without them and "
              "will differ from the shipped ones", file=sys.stderr)
    if "intents" in chosen:
        intents = written("intents") + untested(public_rows())
        if not intents:
            sys.exit("no intents training data next to this script (fr/, en/)")
        save(train("intents", intents, INTENT_CLASSES,
                   lambda i: {i["intent"]} & set(INTENT_CLASSES),
                   negative=lambda i: i["intent"] == "question",
                   budgets=[(("human_request",), HUMAN_REQUEST_BUDGET),
                            (("bot_identity", "roleplay"), IDENTITY_BUDGET)],
                   key=lambda i: i["intent"], reads=model_input,
                   doubt=(("bot_identity", "roleplay"), IDENTITY_DOUBT_BUDGET),
                   out_of_fold_to=args.out_of_fold))
    if "special_categories" in chosen:
        special = written("special")
        if not special:
            sys.exit("no special-category training data next to this script (fr/, en/)")
        # Every intents line is an ordinary customer message revealing no special category:
        # the model learns that "parler à un conseiller" is no political office.
        special += [{"text": row["text"], "lang": row["lang"], "categories": [],
                     "ordinary": True} for row in written("intents")]
        save(train("special_categories", special, SPECIAL_CLASSES,
                   lambda i: set(i["categories"]),
                   negative=lambda i: not i["categories"] and not i.get("ordinary"),
                   budgets=[(SPECIAL_CLASSES, SPECIAL_BUDGET)],
                   ordinary=(lambda i: bool(i.get("ordinary")), SPECIAL_ORDINARY_BUDGET),
                   key=lambda i: "ordinary" if i.get("ordinary")
                   else ",".join(sorted(i["categories"])) or "none",
                   out_of_fold_to=args.out_of_fold))
    if "names" in chosen:
        names = written("names")
        if not names:
            sys.exit("no person-name training data next to this script (fr/, en/)")
        corpus = [row["text"] for kind in ("intents", "special", "names")
                  for row in written(kind)]
        corpus += [row["text"] for row in untested(public_rows())]
        save(fit_names(names, corpus))


if __name__ == "__main__":
    main()
