"""bench/lifecycle.py keeps working (tiny sizes; its figures are not checked here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_when_lifecycle_bench_runs_small_then_it_erases_and_purges(tmp_path: Path) -> None:
    out = tmp_path / "lifecycle.json"
    pg = os.environ.get("CLAIRBOT_TEST_DATABASE_URL", "")
    completed = subprocess.run(
        [sys.executable, str(BENCH / "lifecycle.py"), "--messages", "3000", "--erasures", "3",
         "--database-url", pg, "--out", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text())
    for name in ("sqlite", "postgresql") if pg else ("sqlite",):
        result = results[name]
        assert result["rows"]["messages"] == 3000
        assert result["erasure"]["subjects"] == 3
        # A tenth of the conversations expired, each with its ten messages.
        assert result["purge"]["counts"]["conversations_deleted"] == 30
        assert result["purge"]["counts"]["messages_deleted"] == 300
        assert result["purge"]["counts"]["messages_anonymised"] > 0
        assert result["checks"]["anonymised_sample_ok"] > 0
