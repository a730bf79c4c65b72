"""bench/audit.py keeps working (tiny sizes; its figures are not checked here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_when_audit_bench_runs_small_then_it_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    pg = os.environ.get("CLAIRBOT_TEST_DATABASE_URL", "")
    completed = subprocess.run(
        [sys.executable, str(BENCH / "audit.py"), "--events", "3000", "--appends", "20",
         "--database-url", pg, "--out", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text())
    assert results["sqlite"]["events"] == 3000 and results["sqlite"]["appends"] == 20
    if pg:
        assert results["postgresql"]["events"] == 3000
