"""`clairbot serve` as deployed, in its own process: for the benchmarks and the tests that need
a real server (bursts, several processes). Shared with `tests/server_process.py`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from clairbot.demo import DEMO_SPEC


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_process(env: dict[str, str], log: Path, *, spec: Path = DEMO_SPEC) -> Iterator[str]:
    """`clairbot serve --spec spec` with these settings (over this process's environment)
    until the block ends; yields its base URL once `/readyz` answers. Its output goes to
    `log`, which the error names when the server does not start."""
    port = free_port()
    with log.open("wb") as sink:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "clairbot", "serve", "--spec", str(spec), "--port",
             str(port)], env={**os.environ, **env}, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
