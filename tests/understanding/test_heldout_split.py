"""The held-out splits are well formed (their content is measured by bench/understanding_eval.py,
never used here): valid rows, known labels, labelled values present in their text; and the
training data, spent splits included, shares no message with the splits that still measure.
A split's life (sealed, measured once, spent): tests/understanding/README_heldout.md."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
TRAINING = HERE.parents[1] / "training" / "understanding"


def _number(split: Path) -> int:
    """heldout -> 1, heldout_v12 -> 12: splits in the order they were written."""
    return int(split.name[9:] or 1)


SPLITS = sorted(HERE.glob("heldout*"), key=_number)
SPENT = sorted((TRAINING / "spent").glob("heldout*"), key=_number)
# The splits that still measure intents, categories and names: those measured in the last
# rounds and the one sealed for the next. The others are spent: their phones stay here.
WHOLE = ["heldout_v48", "heldout_v49"]
INTENTS = {"human_request", "bot_identity", "roleplay", "question", "small_talk",
           "consent_withdrawal", "data_rights", "complaint"}
CATEGORIES = {"health", "religion", "union", "politics", "sexual_orientation", "ethnic_origin",
              "biometrics", "genetics"}
# file -> (minimum rows, the key of its labels)
FILES = {"intents": (280, "intent"), "special": (200, "categories"),
         "phones": (150, "phones"), "names": (150, "names")}
LANGS = ("fr", "en")


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def key(text: str) -> str:
    """A message as compared across files: case, accents and punctuation left out."""
    bare = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(re.sub(r"[^\w]+", " ", "".join(
        char for char in bare if not unicodedata.combining(char))).split())


def test_when_the_splits_are_listed_then_the_newest_is_sealed_and_the_spent_hold_phones(
        ) -> None:
    assert [split.name for split in SPLITS] == [
        "heldout", "heldout_v2", "heldout_v5", "heldout_v6", "heldout_v7", "heldout_v8",
        "heldout_v9", "heldout_v10", "heldout_v11", "heldout_v12", "heldout_v13", "heldout_v14",
        "heldout_v15", "heldout_v16", "heldout_v17", "heldout_v18", "heldout_v19",
        "heldout_v20", "heldout_v21", "heldout_v22", "heldout_v23", "heldout_v24",
        "heldout_v25", "heldout_v26", "heldout_v27", "heldout_v28", "heldout_v29",
        "heldout_v30", "heldout_v31", "heldout_v32", "heldout_v33", "heldout_v34",
        "heldout_v35", "heldout_v36", "heldout_v37", "heldout_v38", "heldout_v39",
        "heldout_v40", "heldout_v41", "heldout_v42", "heldout_v43", "heldout_v44",
        "heldout_v45", "heldout_v46", "heldout_v47", "heldout_v48", "heldout_v49"]
    # The newest waits for the next round of work, unlooked.
    assert [split.name for split in SPLITS if (split / "SEALED").exists()] == ["heldout_v49"]
    for split in SPLITS:
        for lang in LANGS:
            held = sorted(path.stem for path in (split / lang).glob("*.jsonl"))
            if split.name in WHOLE:
                assert held == sorted(FILES) and (split / lang / "README.md").exists()
            else:
                assert held == ["phones"]
                assert (TRAINING / "spent" / split.name / lang / "README.md").exists()
    assert [split.name for split in SPENT] == [
        "heldout", "heldout_v2", "heldout_v3", "heldout_v4", "heldout_v5", "heldout_v6",
        "heldout_v7", "heldout_v8", "heldout_v9", "heldout_v10", "heldout_v11", "heldout_v12",
        "heldout_v13", "heldout_v14", "heldout_v15", "heldout_v16", "heldout_v17",
        "heldout_v18", "heldout_v19", "heldout_v20", "heldout_v21", "heldout_v22",
        "heldout_v23", "heldout_v24", "heldout_v25", "heldout_v26", "heldout_v27",
        "heldout_v28", "heldout_v29", "heldout_v30", "heldout_v31", "heldout_v32",
        "heldout_v33", "heldout_v34", "heldout_v35", "heldout_v36", "heldout_v37",
        "heldout_v38", "heldout_v39", "heldout_v40", "heldout_v41", "heldout_v42",
        "heldout_v43", "heldout_v44", "heldout_v45", "heldout_v46", "heldout_v47"]


@pytest.mark.parametrize("path", [
    path for folder in [*SPLITS, *SPENT] for lang in LANGS
    for path in sorted((folder / lang).glob("*.jsonl"))],
    ids=lambda path: "/".join(path.parts[-4:]))
def test_when_a_split_is_read_then_every_row_is_well_formed(path: Path) -> None:
    minimum, label = FILES[path.stem]
    lang = path.parent.name
    found = rows(path)
    assert len(found) >= minimum
    assert len({row["text"] for row in found}) == len(found)  # no duplicate message
    for row in found:
        assert row["lang"] == lang and row["text"].strip()
        if path.stem == "intents":
            assert row[label] in INTENTS
        elif path.stem == "special":
            assert set(row[label]) <= CATEGORIES
        else:
            assert all(value in row["text"] for value in row[label])


def test_when_the_build_reads_its_lines_then_none_is_a_measuring_splits_message() -> None:
    # Writers who never saw each other's lines still write some of the same: the build leaves
    # out of training what a split that still measures holds (spent splits included).
    spec = importlib.util.spec_from_file_location("training_lines", TRAINING / "lines.py")
    assert spec and spec.loader
    lines = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lines)
    measured = {key(row["text"]) for name in WHOLE
                for path in (HERE / name).glob("*/*.jsonl") for row in rows(path)}
    for kind in ("intents", "special", "names"):
        taught = lines.written(kind)
        assert len(taught) > 1000
        # Counted, never printed: a sealed split's lines stay unread.
        assert sum(key(row["text"]) in measured for row in taught) == 0, kind
