"""The benchmark scripts keep working (tiny sizes; the figures themselves are not checked
here: speed is measured by running bench/, never asserted by a test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_when_turn_latency_runs_small_then_it_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "turn_latency.json"
    pg = os.environ.get("CLAIRBOT_TEST_DATABASE_URL", "")
    completed = subprocess.run(
        [sys.executable, str(BENCH / "turn_latency.py"), "--passages", "60", "--turns", "30",
         "--clients", "2", "--seconds", "1", "--pg-url", pg, "--out", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text())
    assert results["in_process_sqlite"]["turns"] == 30
    assert results["http_sqlite"]["turns"] > 0 and results["http_sqlite"]["errors"] == 0
    if pg:
        assert results["in_process_postgresql"]["turns"] == 30
