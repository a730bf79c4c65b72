"""Full-turn latency (all stages, persisted) in-process on SQLite and PostgreSQL, and HTTP
turns per second with concurrent clients. Results: bench/results/turn_latency.json.

    python bench/turn_latency.py [--passages 2000] [--turns 2000] [--clients 8] [--seconds 10]
                                 [--pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
                                 [--out bench/results/turn_latency.json]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import yaml
from pydantic import SecretStr

from _common import (  # bench/ is on sys.path when run
    percentile,
    pg_database,
    run_info,
    write_results,
)
from _kb import write_kb  # bench helper next to this file (bench/ is on sys.path when run)
from clairbot.config import Settings
from clairbot.conversation import pipeline, service
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import make_engine, make_session_factory, transaction
from clairbot.demo import DEMO_SPEC
from clairbot.privacy.crypto import KEYS, KeyRing, new_key
from clairbot.web import create_app

HERE = Path(__file__).parent
BENCH_KEY = SecretStr(new_key())  # data at rest is encrypted in the benchmark as in production
RESULTS = HERE / "results"
EXTRA = [("fr", "bonjour"), ("en", "are you a bot?"), ("fr", "quelle heure est-il à Tokyo ?"),
         ("en", "thanks a lot"), ("en", "what is the capital of Peru?"),
         # Personal data: masked (phone, email) or kept under `support` (SIRET), each with
         # the privacy notice and consent offer it brings.
         ("fr", "Rappelez-moi au 06 12 34 56 78 pour ma commande"),
         ("en", "My email is jean.dupont@example.com, where is my invoice?"),
         ("fr", "Notre SIRET est 732 829 320 00074, où en est notre devis ?")]


def make_spec(workdir: Path, passages: int) -> tuple[Path, list[tuple[str, str]]]:
    """A copy of the demo spec pointing at a generated knowledge base."""
    questions = write_kb(workdir / "kb", passages)
    spec = yaml.safe_load(DEMO_SPEC.read_text(encoding="utf-8"))
    spec["knowledge"] = {"sources": [{"path": str(workdir / "kb")}]}
    path = workdir / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return path, questions + EXTRA



def in_process(url: str, spec: Path, questions: list[tuple[str, str]], turns: int
               ) -> dict[str, Any]:
    """Time `turns` full turns, each its own transaction, as the API runs them."""
    settings = Settings(database_url=url, auto_upgrade=True, knowledge_check_interval=2.0,
                        max_messages_per_minute=10_000, encryption_key=BENCH_KEY)
    KEYS.install(KeyRing.single(BENCH_KEY.get_secret_value()))
    bot = Bot.from_spec_file(spec, settings)
    engine = make_engine(url)
    prepare_database(engine, [bot], auto_upgrade=True)
    sessions = make_session_factory(engine)
    rng = random.Random(1)
    conversations: list[tuple[str, str]] = []
    for lang in ("fr", "en") * 25:
        with transaction(sessions) as session:
            conv, token = service.start(session=session, bot=bot, lang=lang, channel="bench")
            conversations.append((conv.id, token))
    timings: list[float] = []
    kinds: dict[str, int] = {}
    for n in range(turns + 100):
        conv_id, token = rng.choice(conversations)
        _lang, question = rng.choice(questions)
        start = time.perf_counter()
        with transaction(sessions) as session:
            conversation = service.get_for_visitor(session=session, conversation_id=conv_id,
                                                   token=token, lock=True)
            produced = pipeline.handle_turn(session=session, bot=bot, conversation=conversation,
                                            inbound=pipeline.Inbound(text=question))
            conversation.state = "bot"  # keep every turn on the full bot path
        elapsed = (time.perf_counter() - start) * 1000
        if n >= 100:  # warm-up excluded
            timings.append(elapsed)
            kind = produced[-1].meta.get("kind", "?")
            kinds[kind] = kinds.get(kind, 0) + 1
    engine.dispose()
    return {"turns": len(timings), "p50_ms": round(statistics.median(timings), 3),
            "p90_ms": round(percentile(timings, 90), 3),
            "p99_ms": round(percentile(timings, 99), 3),
            "mean_ms": round(statistics.fmean(timings), 3), "reply_kinds": kinds}


def _serve(url: str, spec: str, port: int) -> None:
    # Capacity, not limits: every client thread is the same address (bench/rate_limits.py
    # measures what the limits cost).
    settings = Settings(database_url=url, auto_upgrade=True, max_messages_per_minute=100_000,
                        rate_limits=False, encryption_key=BENCH_KEY)
    app = create_app(settings, [Bot.from_spec_file(Path(spec), settings)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def over_http(url: str, spec: Path, questions: list[tuple[str, str]], clients: int,
              seconds: float) -> dict[str, Any]:
    """Turns per second through uvicorn, `clients` concurrent visitors, each in its own
    conversation, for `seconds`."""
    port = _free_port()
    server = multiprocessing.get_context("spawn").Process(
        target=_serve, args=(url, str(spec), port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            if time.monotonic() > deadline or not server.is_alive():
                raise RuntimeError("the benchmark server did not start") from None
            time.sleep(0.2)
    counts = [0] * clients
    errors = [0] * clients
    latencies: list[list[float]] = [[] for _ in range(clients)]
    stop_at = time.monotonic() + seconds

    def visitor(i: int) -> None:
        rng = random.Random(i)
        with httpx.Client(base_url=base, timeout=30) as http:
            conv = http.post("/api/v1/conversations", json={"lang": "fr"}).json()
            headers = {"Authorization": f"Bearer {conv['token']}"}
            while time.monotonic() < stop_at:
                _lang, question = rng.choice(questions)
                t0 = time.perf_counter()
                r = http.post(f"/api/v1/conversations/{conv['id']}/messages",
                              json={"text": question}, headers=headers)
                latencies[i].append((time.perf_counter() - t0) * 1000)
                if r.status_code == 200:
                    counts[i] += 1
                else:
                    errors[i] += 1

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    server.terminate()
    server.join(10)
    every = [x for lat in latencies for x in lat]
    return {"clients": clients, "seconds": round(elapsed, 2), "turns": sum(counts),
            "errors": sum(errors), "turns_per_second": round(sum(counts) / elapsed, 1),
            "p50_ms": round(statistics.median(every), 2),
            "p99_ms": round(percentile(every, 99), 2)}



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                        help="PostgreSQL server to measure on ('' to skip)")
    parser.add_argument("--out", type=Path, default=RESULTS / "turn_latency.json")
    args = parser.parse_args()
    results: dict[str, Any] = {"passages": args.passages, **run_info()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        spec, questions = make_spec(work, args.passages)
        sqlite_url = f"sqlite:///{work / 'bench.db'}"
        results["in_process_sqlite"] = in_process(sqlite_url, spec, questions, args.turns)
        print("in-process SQLite:", results["in_process_sqlite"])
        pg = pg_database(args.pg_url) if args.pg_url else None
        if pg:
            results["in_process_postgresql"] = in_process(pg[0], spec, questions, args.turns)
            print("in-process PostgreSQL:", results["in_process_postgresql"])
        results["http_sqlite"] = over_http(f"sqlite:///{work / 'http.db'}", spec, questions,
                                           args.clients, args.seconds)
        print("HTTP SQLite:", results["http_sqlite"])
        if pg:
            results["http_postgresql"] = over_http(pg[0], spec, questions, args.clients,
                                                   args.seconds)
            print("HTTP PostgreSQL:", results["http_postgresql"])
            pg[1]()
    write_results(args.out, results)


if __name__ == "__main__":
    main()
