"""How often each estimator's 95 % interval holds the true number killed, and how far its
estimate falls from it, on populations whose size is known.

    .venv/bin/python benchmarks/estimate_coverage.py [--replications 50] [--victims 3000]

Three kinds of world, `--replications` of each:

- synth: `rasd synth` worlds (six lists with their own coverage biases, capture heterogeneity
  and dependence between lists); the true capture histories come from the world's truth, so
  linkage error is not measured here. LCMCR and Chao read all six lists; dga the five largest
  (it takes 3 to 5); log-linear the four largest (its BIC search over every hierarchical model
  with two-way interactions, repeated in each bootstrap resample, grows as 2^(t(t-1)/2)).
- latent: N people in two latent classes, one recorded about twice as readily as the other by
  each of five lists (heterogeneous capture, the case LCMCR is built for);
- latent_hard: three classes, half the people hard to record (a quarter of that half on no
  list), capture probabilities differing eightfold: how the methods fail when much of the
  population is nearly invisible (reported, not a goal).

Per method and kind: coverage of the 95 % interval, median and mean relative error, median
relative width. Goal (issue 5): LCMCR coverage ≥ 0.90 and median relative error ≤ 10 % on
worlds with heterogeneous capture. Figures go to stdout and
benchmarks/results/estimate_coverage.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from rasd.estimate import CaptureTable, EstimateError, capture_table, estimate
from rasd.synth import synthesize

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "estimate_coverage.json"
LISTS_FOR = {"lcmcr": 6, "chao": 6, "dga": 5, "loglinear": 4}
OPTIONS: dict[str, dict[str, Any]] = {
    "lcmcr": {"chains": 2}, "chao": {}, "dga": {}, "loglinear": {"bootstrap": 200}}


def largest(patterns: dict[str, int], names: list[str], keep: int) -> CaptureTable:
    """The table on the `keep` lists that recorded most people."""
    sizes = [sum(n for p, n in patterns.items() if p[j] == "1") for j in range(len(names))]
    chosen = sorted(sorted(range(len(names)), key=lambda j: -sizes[j])[:keep])
    merged: dict[str, int] = {}
    for pattern, n in patterns.items():
        key = "".join(pattern[j] for j in chosen)
        merged[key] = merged.get(key, 0) + n
    return capture_table([names[j] for j in chosen], merged)


def synth_world(seed: int, victims: int, folder: Path) -> tuple[int, dict[str, int], list[str]]:
    world = synthesize(folder / f"world-{seed}", victims=victims, seed=seed)
    truth = json.loads(world.truth_json.read_text(encoding="utf-8"))
    return int(truth["victims"]), dict(truth["capture_patterns"]), list(truth["lists"])


def latent_world(shares: list[float], capture: list[list[float]]
                 ) -> Callable[[int, int, Path], tuple[int, dict[str, int], list[str]]]:
    """Worlds of N people in latent classes with these shares, each class recorded by each of
    the lists independently with these probabilities."""
    def make(seed: int, victims: int, _: Path) -> tuple[int, dict[str, int], list[str]]:
        rng = np.random.default_rng(seed)
        classes = rng.choice(len(shares), size=victims, p=shares)
        seen = rng.random((victims, len(capture[0]))) < np.array(capture)[classes]
        patterns: dict[str, int] = {}
        for row in seen:
            key = "".join("1" if flag else "0" for flag in row)
            patterns[key] = patterns.get(key, 0) + 1
        return victims, patterns, [chr(ord("A") + j) for j in range(len(capture[0]))]
    return make


KINDS = {
    "synth": synth_world,
    # Two classes, one recorded about twice as readily as the other.
    "latent": latent_world([0.6, 0.4], [[0.20, 0.30, 0.25, 0.35, 0.20],
                                        [0.50, 0.60, 0.45, 0.55, 0.60]]),
    # Half the people hard to record (a quarter of them by no list at all), a fifth easy.
    "latent_hard": latent_world([0.5, 0.3, 0.2], [[0.15, 0.10, 0.20, 0.12, 0.18],
                                                  [0.40, 0.30, 0.50, 0.35, 0.45],
                                                  [0.70, 0.80, 0.60, 0.75, 0.65]]),
}


def run_kind(make: Callable[[int, int, Path], tuple[int, dict[str, int], list[str]]],
             replications: int, victims: int, methods: list[str], folder: Path
             ) -> dict[str, Any]:
    rows: dict[str, list[dict[str, Any]]] = {method: [] for method in methods}
    for seed in range(1, replications + 1):
        true_n, patterns, names = make(seed, victims, folder)
        for method in methods:
            table = largest(patterns, names, min(LISTS_FOR[method], len(names)))
            started = time.perf_counter()
            try:
                found = estimate(table, method=method, seed=seed, **OPTIONS[method])
            except EstimateError as error:
                rows[method].append({"seed": seed, "refused": str(error)})
                continue
            low, high = found.interval
            rows[method].append({
                "seed": seed, "true": true_n, "observed": found.observed,
                "estimate": round(found.estimate, 1), "interval": [round(low), round(high)],
                "covered": low <= true_n <= high,
                "relative_error": (found.estimate - true_n) / true_n,
                "relative_width": (high - low) / true_n,
                "seconds": round(time.perf_counter() - started, 3)})
        print(f"  replication {seed}: " + ", ".join(
            f"{method} {rows[method][-1].get('estimate', 'refused')}" for method in methods)
            + f" (true {true_n})", file=sys.stderr)
    return {method: summarise(found) for method, found in rows.items()} | {"runs": rows}


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    done = [row for row in rows if "refused" not in row]
    if not done:
        return {"replications": len(rows), "refused": len(rows)}
    errors = [row["relative_error"] for row in done]
    return {
        "replications": len(rows), "refused": len(rows) - len(done),
        "coverage": round(sum(row["covered"] for row in done) / len(done), 3),
        "median_abs_relative_error": round(statistics.median(map(abs, errors)), 4),
        "mean_relative_error": round(statistics.fmean(errors), 4),
        "median_relative_width": round(statistics.median(
            row["relative_width"] for row in done), 4),
        "mean_seconds": round(statistics.fmean(row["seconds"] for row in done), 3),
        "observed_share": round(statistics.fmean(row["observed"] / row["true"]
                                                 for row in done), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--replications", type=int, default=50)
    parser.add_argument("--victims", type=int, default=3000)
    parser.add_argument("--methods", default="lcmcr,loglinear,dga,chao")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    methods = args.methods.split(",")
    summary: dict[str, Any] = {}
    runs: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="rasd-estimate-coverage-") as folder:
        for kind, make in KINDS.items():
            print(f"{kind} worlds", file=sys.stderr)
            result = run_kind(make, args.replications, args.victims, methods, Path(folder))
            runs[kind] = result.pop("runs")
            summary[kind] = result
    lcmcr = [summary[kind].get("lcmcr", {}) for kind in ("synth", "latent")]
    document = {
        "benchmark": "estimate_coverage", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(), "replications": args.replications,
        "victims": args.victims, "lists_used": LISTS_FOR, "options": OPTIONS,
        "goal": {"lcmcr_coverage": 0.90, "lcmcr_median_abs_relative_error": 0.10},
        "goal_met": all(found.get("coverage", 0) >= 0.90
                        and found.get("median_abs_relative_error", 1) <= 0.10
                        for found in lcmcr),
        "summary": summary, "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    print(json.dumps({"summary": summary, "goal_met": document["goal_met"]}, indent=2))
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
