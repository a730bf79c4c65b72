"""The benchmark scripts keep working (tiny sizes; the figures themselves are not checked
here: speed is measured by running bench/, never asserted by a test). Each runs on SQLite,
and on PostgreSQL too when CLAIRBOT_TEST_DATABASE_URL is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
PG = os.environ.get("CLAIRBOT_TEST_DATABASE_URL", "")


def run(script: str, out: Path, *args: str) -> dict[str, Any]:
    """Run `bench/<script>` with `args` and return the results it wrote to `out`."""
    completed = subprocess.run([sys.executable, str(BENCH / script), *args, "--out", str(out)],
                               capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    results: dict[str, Any] = json.loads(out.read_text())
    return results


def test_when_turn_latency_runs_small_then_it_reports_every_figure(tmp_path: Path) -> None:
    results = run("turn_latency.py", tmp_path / "turn_latency.json", "--passages", "60",
                  "--turns", "30", "--clients", "2", "--seconds", "1", "--pg-url", PG)
    assert results["in_process_sqlite"]["turns"] == 30
    assert results["http_sqlite"]["turns"] > 0 and results["http_sqlite"]["errors"] == 0
    if PG:
        assert results["in_process_postgresql"]["turns"] == 30


def test_when_audit_bench_runs_small_then_it_reports_every_figure(tmp_path: Path) -> None:
    results = run("audit.py", tmp_path / "audit.json", "--events", "3000", "--appends", "20",
                  "--database-url", PG)
    assert results["sqlite"]["events"] == 3000 and results["sqlite"]["appends"] == 20
    if PG:
        assert results["postgresql"]["events"] == 3000


def test_when_lifecycle_bench_runs_small_then_it_erases_and_purges(tmp_path: Path) -> None:
    results = run("lifecycle.py", tmp_path / "lifecycle.json", "--messages", "3000",
                  "--erasures", "3", "--database-url", PG)
    for name in ("sqlite", "postgresql") if PG else ("sqlite",):
        result = results[name]
        assert result["rows"]["messages"] == 3000
        assert result["erasure"]["subjects"] == 3
        # A tenth of the conversations expired, each with its ten messages.
        assert result["purge"]["counts"]["conversations_deleted"] == 30
        assert result["purge"]["counts"]["messages_deleted"] == 300
        assert result["purge"]["counts"]["messages_anonymised"] > 0
        assert result["checks"]["anonymised_sample_ok"] > 0


def test_when_burst_bench_runs_small_then_every_opening_is_answered(tmp_path: Path) -> None:
    results = run("burst.py", tmp_path / "burst.json", "--sizes", "5,10", "--pg-url", PG)
    for name in ("sqlite", "postgresql") if PG else ("sqlite",):
        assert [r["statuses"] for r in results[name]] == [{"201": 5}, {"201": 10}]
        assert all(r["next_request"]["status"] == 201 for r in results[name])


def test_when_rate_limits_bench_runs_small_then_it_reports_every_figure(tmp_path: Path) -> None:
    redis = os.environ.get("CLAIRBOT_TEST_REDIS_URL", "")
    results = run("rate_limits.py", tmp_path / "rate_limits.json", "--checks", "200",
                  "--redis-url", redis)
    for storage in ("memory", "redis") if redis else ("memory",):
        figures = results[storage]
        assert figures["check_messages"]["calls"] == 200
        assert figures["check_handoffs"]["calls"] == 200
        assert figures["refusal_conversations"]["calls"] == 20
        assert figures["handoff_gate_from_thread"]["calls"] == 20


def test_when_understanding_eval_runs_on_a_tiny_split_then_it_reports_each_figure(
        tmp_path: Path) -> None:
    split = tmp_path / "heldout" / "fr"
    split.mkdir(parents=True)
    rows = {
        "intents": [{"text": "je veux parler à quelqu'un", "lang": "fr",
                     "intent": "human_request"},
                    {"text": "c'est quoi le délai pour la Belgique ?", "lang": "fr",
                     "intent": "question"}],
        "special": [{"text": "Je suis diabétique.", "lang": "fr", "categories": ["health"]}],
        "phones": [{"text": "au 06 12 34 56 78", "lang": "fr", "phones": ["06 12 34 56 78"]}],
        "names": [{"text": "Cordialement, Julien Martin", "lang": "fr",
                   "names": ["Julien Martin"]}]}
    for name, lines in rows.items():
        (split / f"{name}.jsonl").write_text(
            "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    second = tmp_path / "heldout_v2" / "fr"
    second.mkdir(parents=True)
    (second / "intents.jsonl").write_text(json.dumps(rows["intents"][0]) + "\n")
    (second / "special.jsonl").write_text(json.dumps(  # a sure miss, so misses could be kept
        {"text": "Bonjour.", "lang": "fr", "categories": ["health"]}) + "\n")
    results = run("understanding_eval.py", tmp_path / "understanding.json", "--heldout",
                  str(tmp_path / "heldout"), str(tmp_path / "heldout_v2"), "--public", "")
    assert sorted(results["heldout"]) == ["heldout", "heldout_v2"]  # each split on its own
    assert not [figure["misses"] for by_lang in results["heldout"].values()
                for sections in by_lang.values() for figures in sections.values()
                for figure in figures.values() if figure["misses"]]  # never kept unasked
    assert results["heldout"]["heldout_v2"]["fr"]["special"]["recall"]["hits"] == 0
    assert results["heldout"]["heldout_v2"]["fr"]["intents"][
        "human_request_reaches_queue"]["total"] == 1
    fr = results["heldout"]["heldout"]["fr"]
    assert fr["intents"]["human_request_reaches_queue"]["total"] == 1
    assert fr["intents"]["question_false_handoff_free"]["total"] == 1
    assert fr["special"]["recall_health"]["total"] == 1
    assert fr["phones"]["recall"]["total"] == 1 and fr["names"]["recall"]["total"] == 1


def test_when_a_split_is_sealed_then_understanding_eval_leaves_it_out_unless_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    spec = importlib.util.spec_from_file_location("understanding_eval",
                                                  BENCH / "understanding_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up there.
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    splits = [tmp_path / name for name in ("heldout_v5", "heldout_v6")]
    for split in splits:
        split.mkdir()
    assert module.unsealed(splits) == splits
    (splits[1] / "SEALED").write_text("kept for the next round\n")
    assert module.unsealed(splits) == splits[:1]
    # The shipped splits: every sealed one carries its reason.
    for split in module.SPLITS:
        if (split / "SEALED").exists():
            assert (split / "SEALED").read_text().strip()
