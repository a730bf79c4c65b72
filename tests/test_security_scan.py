"""The static security scan of `make lint` (bandit, item 7 of issue 12): run as the Makefile
runs it, it fails on a high-severity finding and passes on Clairbot's sources."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def bandit_command(target: Path) -> list[str]:
    """The bandit line of the Makefile's `lint` target, on `target` instead of src/."""
    lines = [line.strip() for line in (ROOT / "Makefile").read_text().splitlines()
             if line.strip().startswith("$(BIN)/bandit ")]
    assert len(lines) == 1, lines
    words = shlex.split(lines[0])
    assert "src" in words
    executable = str(Path(sys.executable).parent / "bandit")
    return [executable if w == "$(BIN)/bandit" else str(target) if w == "src" else w
            for w in words]


@pytest.mark.parametrize(("code", "fails"), [
    # a shell command built from input: high severity (B602), the scan fails
    ("import subprocess\n\n\ndef run(cmd: str) -> int:\n"
     "    return subprocess.call(cmd, shell=True)\n", True),
    # an assert: low severity (B101), reported by a full scan but not failing this one
    ("def check(value: int) -> None:\n    assert value > 0\n", False),
])
def test_when_the_scan_meets_a_finding_then_only_high_severity_fails_it(
        tmp_path: Path, code: str, fails: bool) -> None:
    (tmp_path / "module.py").write_text(code)
    result = subprocess.run(bandit_command(tmp_path), capture_output=True, text=True,
                            check=False)
    assert (result.returncode == 1) is fails, result.stdout + result.stderr
    assert ("B602" in result.stdout) is fails


def test_when_clairbot_is_scanned_then_nothing_of_high_severity() -> None:
    result = subprocess.run(bandit_command(ROOT / "src"), capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
