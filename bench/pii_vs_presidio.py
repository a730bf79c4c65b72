"""Clairbot's PII detectors against Microsoft Presidio on the same texts, in one run: precision,
recall and F1 per type (overlap rule, exact match too) and throughput, after warm-up.
Results: bench/results/pii_vs_presidio.json.

    python bench/pii_vs_presidio.py [--n 3000] [--seed 7] [--eval-dir ../shared/eval/pii]
                                    [--eval-limit 0] [--warmup 100] [--min-seconds 3]
                                    [--out bench/results/pii_vs_presidio.json]

Presidio comes from the optional `bench` extra (pip install -e '.[bench]'); without it the
script still measures our side and says why Presidio is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import run_info, write_results
from _pii_eval import (
    EVAL_FILES,
    SCORING_RULE,
    Dataset,
    Sample,
    Scored,
    Span,
    corpus_dataset,
    eval_dataset,
    found_only_by,
    score,
)
from _presidio_setup import SHARED_TYPES, PresidioSetup, PresidioUnavailable, build, versions
from clairbot.categories import SPECIAL_CATEGORY
from clairbot.guards.pii.defaults import default_registry

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
EVAL_DIR = HERE.parent.parent / "shared" / "eval" / "pii"
TARGET_SPEEDUP = 10.0
Predict = Callable[[str, str], Any]


def ours_predict(text: str, lang: str) -> list[Span]:
    """Clairbot's default registry, as a turn runs it (all detectors, overlaps resolved)."""
    return [(f.start, f.end, f.type) for f in default_registry().analyze(text, lang)
            if f.type != SPECIAL_CATEGORY]


def timed(predict: Predict, samples: Sequence[Sample], warmup: int, min_seconds: float,
          max_passes: int = 50) -> tuple[list[Any], dict[str, Any]]:
    """Outputs of `predict` on every sample, and its speed: after `warmup` messages, whole
    passes over the samples until `min_seconds` have gone by (the median pass counts)."""
    for sample in samples[:warmup]:
        predict(sample.text, sample.lang)
    outputs: list[Any] | None = None
    passes: list[float] = []
    latencies: list[float] = []
    while not passes or (sum(passes) < min_seconds and len(passes) < max_passes):
        current: list[Any] = []
        for sample in samples:
            start = time.perf_counter()
            current.append(predict(sample.text, sample.lang))
            latencies.append(time.perf_counter() - start)
        passes.append(sum(latencies[-len(samples):]))
        outputs = outputs if outputs is not None else current
    return outputs, speed(samples, statistics.median(passes), len(passes), latencies)


def speed(samples: Sequence[Sample], seconds: float, passes: int,
          latencies: Sequence[float] = ()) -> dict[str, Any]:
    """Messages and characters per second for one pass of `seconds` over `samples`."""
    chars = sum(len(s.text) for s in samples)
    out: dict[str, Any] = {"passes": passes, "seconds_per_pass": round(seconds, 4),
                           "messages_per_second": round(len(samples) / seconds, 1),
                           "chars_per_second": round(chars / seconds)}
    if latencies:
        ordered = sorted(latencies)
        out["p50_ms"] = round(ordered[len(ordered) // 2] * 1000, 3)
        out["p99_ms"] = round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 3)
    return out


def batch_speed(presidio: PresidioSetup, samples: Sequence[Sample], batch_size: int
                ) -> dict[str, Any]:
    """Presidio's batch engine (spaCy nlp.pipe), one pass per language over the samples."""
    by_lang: dict[str, list[str]] = {}
    for s in samples:
        by_lang.setdefault(s.lang, []).append(s.text)
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        presidio.predict_batch(texts, lang, batch_size)
    result = speed(samples, time.perf_counter() - start, 1)
    result["batch_size"] = batch_size
    return result


def figures(scored: Scored | None, t: str) -> dict[str, Any] | None:
    """The figures of type `t`, or None when the system does not support it."""
    return scored.counts[t].figures() if scored is not None and t in scored.counts else None


def run_dataset(dataset: Dataset, presidio: PresidioSetup | None,
                args: argparse.Namespace) -> dict[str, Any]:
    """Both systems over `dataset`: per-type figures, micro averages, speeds, misses."""
    samples, types = dataset.samples, dataset.types
    shared = [t for t in types if t in SHARED_TYPES]
    langs: dict[str, int] = {}
    for s in samples:
        langs[s.lang] = langs.get(s.lang, 0) + 1
    print(f"\n== {dataset.name}: {len(samples)} messages {langs}, "
          f"{sum(len(s.text) for s in samples):,} chars ({dataset.source})", flush=True)
    ours_out, ours_speed = timed(ours_predict, samples, args.warmup, args.min_seconds)
    ours = score(samples, ours_out, types, args.examples)
    entry: dict[str, Any] = {
        "source": dataset.source, "label_mapping": dataset.label_mapping,
        "messages": len(samples), "langs": langs, "chars": sum(len(s.text) for s in samples),
        "types": {}, "throughput": {"ours": ours_speed}}
    p_resolved = p_raw = None
    only_presidio: dict[str, list[str]] = {}
    if presidio is not None:
        p_out, p_speed = timed(presidio.predict, samples, args.warmup, args.min_seconds)
        p_spans = [resolved for _, resolved in p_out]
        p_raw = score(samples, [raw for raw, _ in p_out], shared, args.examples)
        p_resolved = score(samples, p_spans, shared, args.examples)
        only_presidio = {t: found_only_by(samples, ours_out, p_spans, t, args.examples)
                         for t in shared}
        entry["throughput"]["presidio"] = p_speed
        entry["throughput"]["presidio_batch"] = batch_speed(presidio, samples, args.batch_size)
        entry["throughput"]["ours_vs_presidio"] = round(
            ours_speed["messages_per_second"] / p_speed["messages_per_second"], 1)
    for t in types:
        entry["types"][t] = {
            "gold": ours.counts[t].gold, "presidio_supports": t in SHARED_TYPES,
            "ours": figures(ours, t), "presidio": figures(p_resolved, t),
            "presidio_raw": figures(p_raw, t),
            "misses": {"ours": ours.misses[t],
                       "ours_missed_presidio_found": only_presidio.get(t),
                       "presidio": p_resolved.misses[t] if p_resolved and t in shared else None}}
    entry["micro_shared_types"] = {"types": shared, "ours": ours.micro(shared),
                                   "presidio": p_resolved.micro(shared) if p_resolved else None,
                                   "presidio_raw": p_raw.micro(shared) if p_raw else None}
    entry["micro_all_types_ours"] = ours.micro(types)
    # Strict: we lose a type if Presidio beats us with or without the overlap resolution.
    entry["ours_lower_f1"] = [
        t for t in shared if p_resolved is not None
        and entry["types"][t]["ours"]["f1"] < presidio_best_f1(entry["types"][t])]
    print_dataset(entry)
    return entry


def presidio_best_f1(row: dict[str, Any]) -> float:
    """Presidio's F1 on a type, the better of raw and overlap-resolved output."""
    return max(float(row["presidio"]["f1"]), float(row["presidio_raw"]["f1"]))


def _cell(f: dict[str, Any] | None) -> str:
    if f is None:
        return f"{'-':>6} {'-':>6} {'-':>6} {'-':>6}"
    return f"{f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} {f['exact_f1']:6.3f}"


def print_dataset(entry: dict[str, Any]) -> None:
    """The side-by-side table, speeds, and our misses on the types where we lose."""
    head = f"{'P':>6} {'R':>6} {'F1':>6} {'exF1':>6}"
    print(f"{'type':<15}{'gold':>6} | ours {head} | presidio {head}")
    for t, row in entry["types"].items():
        note = "" if row["presidio_supports"] else "  (no Presidio recognizer: ours alone)"
        print(f"{t:<15}{row['gold']:>6} | ours {_cell(row['ours'])} | presidio "
              f"{_cell(row['presidio'])}{note}")
    micro = entry["micro_shared_types"]
    print(f"{'micro (shared)':<15}{micro['ours']['gold']:>6} | ours {_cell(micro['ours'])} | "
          f"presidio {_cell(micro['presidio'])}")
    for name, s in entry["throughput"].items():
        if isinstance(s, dict):
            print(f"  {name:<15} {s['messages_per_second']:>10,.1f} msg/s "
                  f"{s['chars_per_second']:>12,} chars/s"
                  + (f"  p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms" if "p50_ms" in s else ""))
    if "ours_vs_presidio" in entry["throughput"]:
        print(f"  ours / presidio (one message at a time): "
              f"{entry['throughput']['ours_vs_presidio']}x")
    for t in entry["ours_lower_f1"]:
        misses = entry["types"][t]["misses"]
        print(f"  ours below Presidio on {t}; examples:")
        for label, key in (("missed, Presidio found it", "ours_missed_presidio_found"),
                           ("missed", "missed"), ("spurious", "spurious")):
            shown = misses[key] if key == "ours_missed_presidio_found" else misses["ours"][key]
            for example in shown:
                print(f"    {label}: {example}")


def presidio_or_reason() -> tuple[PresidioSetup | None, dict[str, Any]]:
    """Build Presidio, or say why it cannot run here (our side runs anyway)."""
    start = time.perf_counter()
    try:
        presidio = build()
    except PresidioUnavailable as exc:
        print(f"Presidio unavailable: {exc}")
        return None, {"available": False, "reason": str(exc), "versions": versions()}
    load = round(time.perf_counter() - start, 2)
    print(f"Presidio ready in {load} s: {presidio.models}; {presidio.versions}")
    return presidio, {"available": True, "load_seconds": load, "versions": presidio.versions,
                      "spacy_models": presidio.models, "setup": presidio.notes,
                      "recognizers": presidio.recognizers}


def target(datasets: dict[str, Any]) -> dict[str, Any]:
    """The issue's target: our F1 >= Presidio's on every shared type, and >= 10x its speed."""
    losses = [{"dataset": name, "type": t, "ours_f1": d["types"][t]["ours"]["f1"],
               "presidio_best_f1": presidio_best_f1(d["types"][t])}
              for name, d in datasets.items() if "types" in d for t in d["ours_lower_f1"]]
    ratios = {name: d["throughput"].get("ours_vs_presidio") for name, d in datasets.items()
              if "throughput" in d}
    measured = [r for r in ratios.values() if r is not None]
    return {"f1_at_least_presidio_on_every_shared_type": not losses if measured else None,
            "f1_losses": losses, "speedup_by_dataset": ratios,
            "speedup_at_least_10x": (min(measured) >= TARGET_SPEEDUP) if measured else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000, help="generated corpus size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
                        help="the public eval sets (read in place, never copied)")
    parser.add_argument("--eval-limit", type=int, default=0,
                        help="at most this many rows per eval file (0: all)")
    parser.add_argument("--warmup", type=int, default=100, help="messages before timing")
    parser.add_argument("--min-seconds", type=float, default=3.0,
                        help="repeat whole passes until this much time is measured")
    parser.add_argument("--batch-size", type=int, default=50, help="Presidio batch engine")
    parser.add_argument("--examples", type=int, default=5, help="misses kept per type")
    parser.add_argument("--out", type=Path, default=RESULTS / "pii_vs_presidio.json")
    args = parser.parse_args()
    results: dict[str, Any] = {
        **run_info(), "load_average_at_start": os.getloadavg()[0],
        "scoring": SCORING_RULE,
        "settings": {k: str(v) for k, v in vars(args).items()},
        "ours": {"registry": [d.name for d in default_registry().detectors],
                 "note": "default_registry(), every finding kept (no score threshold), "
                         "SPECIAL_CATEGORY findings left out (no gold for them)"}}
    presidio, results["presidio"] = presidio_or_reason()
    datasets = {"corpus": run_dataset(corpus_dataset(args.n, args.seed), presidio, args)}
    limit = args.eval_limit or None
    for name, spec in EVAL_FILES.items():
        path = args.eval_dir / f"{name}.jsonl"
        if not path.is_file():
            reason = f"{path} not found"
            print(f"\n== {name}: skipped ({reason})")
            datasets[name] = {"skipped": reason}
            continue
        datasets[name] = run_dataset(eval_dataset(path, spec, limit), presidio, args)
    results["datasets"] = datasets
    results["target"] = target(datasets)
    results["load_average_at_end"] = os.getloadavg()[0]
    print("\ntarget:", json.dumps(results["target"]))
    write_results(args.out, results)


if __name__ == "__main__":
    main()
