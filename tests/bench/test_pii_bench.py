"""bench/pii_vs_presidio.py keeps working (tiny sizes; the figures themselves are not checked
here: accuracy and speed are measured by running bench/, never asserted by a test)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
PRESIDIO_MISSING = importlib.util.find_spec("presidio_analyzer") is None
FIGURES = {"gold", "predicted", "precision", "recall", "f1", "exact_f1"}
SPEED = {"messages_per_second", "chars_per_second"}
# Two rows in the schema of shared/eval/pii (the real files are not needed by the test).
SYNTH_ROWS = [
    {"text": "Call Emily Carter at +44 20 7946 0958 or emily.carter@example.com",
     "entities": [{"type": "PERSON", "start": 5, "end": 17, "value": "Emily Carter"},
                  {"type": "PHONE_NUMBER", "start": 21, "end": 37, "value": "+44 20 7946 0958"},
                  {"type": "EMAIL_ADDRESS", "start": 41, "end": 65,
                   "value": "emily.carter@example.com"}],
     "lang": "en"},
    {"text": "What are my options?", "entities": [], "lang": "en"},
]


@pytest.mark.skipif(PRESIDIO_MISSING, reason="presidio_analyzer is not importable: the "
                    "optional bench extra is not installed (make install-bench)")
def test_when_pii_vs_presidio_runs_small_then_it_reports_both_systems(tmp_path: Path) -> None:
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    (eval_dir / "presidio_research_synth_v2_en.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in SYNTH_ROWS), encoding="utf-8")
    out = tmp_path / "pii_vs_presidio.json"
    completed = subprocess.run(
        [sys.executable, str(BENCH / "pii_vs_presidio.py"), "--n", "12", "--warmup", "2",
         "--min-seconds", "0", "--examples", "1", "--eval-dir", str(eval_dir),
         "--out", str(out)],
        capture_output=True, text=True, timeout=600, check=False)
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert {"scoring", "ours", "presidio", "datasets", "target"} <= results.keys()
    assert results["presidio"]["available"], results["presidio"].get("reason")
    corpus, synth = (results["datasets"][name]
                     for name in ("corpus", "presidio_research_synth_v2_en"))
    assert corpus["messages"] == 12 and synth["messages"] == 2
    assert "not found" in results["datasets"]["eds_pseudo_templates_fr"]["skipped"]
    for dataset in (corpus, synth):
        assert SPEED <= dataset["throughput"]["ours"].keys()
        assert SPEED <= dataset["throughput"]["presidio"].keys()
        for row in dataset["types"].values():
            assert FIGURES <= row["ours"].keys()
            if row["presidio_supports"]:
                assert FIGURES <= row["presidio"].keys()
            else:
                assert row["presidio"] is None
    assert {"PERSON", "PHONE", "EMAIL"} <= synth["types"].keys()
    assert {"f1_losses", "speedup_at_least_10x"} <= results["target"].keys()
