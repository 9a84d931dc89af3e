"""How well rasd links records into victims, on synthetic worlds whose truth is known.

    .venv/bin/python benchmarks/linkage_accuracy.py [--victims N] [--seeds 1,2,3] [--out FILE]

For each seed: `rasd synth` makes a world, every list is imported into a fresh SQLite register,
`rasd link` links them, and the victims are compared with the world's truth: pairwise and
B-cubed precision, recall and F1, (a) over the records that carry a name (a first or family
name; not an unidentified body, not someone named only through another, not a kunya alone)
and (b) over all records, beside the ceiling (b) has when every record without a name stays a
victim of its own.

In the same run, the peer: Splink with its library-default name comparison
(`NameComparison`) on the raw name strings (no rasd name handling), the same blocking, the same
training, and Splink's own clustering at the same threshold. The world's error rates (from
its truth.json) are reported beside the scores. Figures go to stdout and
benchmarks/results/linkage_accuracy.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from splink import DuckDBAPI, Linker

from rasd.linkage import LinkSettings, link
from rasd.linkage.evaluate import bcubed, pairwise
from rasd.linkage.features import read_features
from rasd.linkage.model import load_features, predict, quiet_splink, train
from rasd.linkage.settings import splink_settings
from rasd.register import Register, import_list, load_mapping
from rasd.synth import synthesize

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "linkage_accuracy.json"
GOAL_F1 = 0.97

Ref = tuple[str, str]


def truth_of(world_dir: Path) -> dict[Ref, str]:
    """Which victim each record is (synth writes keys as the register stores them)."""
    with open(world_dir / "truth_records.csv", encoding="utf-8") as stream:
        return {(row["source"], row["record_key"]): row["victim_id"]
                for row in csv.DictReader(stream)}


def import_world(world: Any, url: str) -> Register:
    register, _ = Register.init(url, actor="benchmark")
    for entry in world.lists:
        import_list(register, entry.path, actor="benchmark", source=entry.name,
                    mapping=load_mapping(entry.mapping))
    return register


def named_records(register: Register) -> tuple[dict[Ref, bool], dict[int, Ref]]:
    """Which records carry the person's own name: a first or a family name. Not: records that
    name nobody ("مجهول الهوية", "unnamed child", "son of Khaled", "Al al-Saqraji 3"), and
    records that give only a kunya ("Abu Omar" names the person after a son)."""
    named, refs = {}, {}
    for batch in read_features(register):
        columns = batch.to_pydict()
        for uid, source, key, unnamed, first, family in zip(
                columns["unique_id"], columns["source"], columns["record_key"],
                columns["unnamed"], columns["first"], columns["family"], strict=True):
            named[(source, key)] = not unnamed and bool(first or family)
            refs[uid] = (source, key)
    return named, refs


def rasd_links(register: Register) -> tuple[dict[Ref, int], dict[str, Any]]:
    started = time.perf_counter()
    result = link(register, actor="benchmark")
    seconds = time.perf_counter() - started
    from sqlalchemy import select

    from rasd.register.models import Source, VictimRecord
    with register.read() as conn:
        rows = conn.execute(select(Source.name, VictimRecord.record_key, VictimRecord.victim_id)
                            .join(Source, Source.id == VictimRecord.source_id)).all()
    return {(source, key): victim for source, key, victim in rows}, {
        "seconds": round(seconds, 1), "victims": result.victims,
        "pairs_compared": result.pairs_compared, "cluster_sizes": result.cluster_sizes}


def peer_links(register: Register, refs: dict[int, Ref], settings: LinkSettings
               ) -> tuple[dict[Ref, int], dict[str, Any]]:
    """Plain Splink: default name comparisons on raw names, connected components."""
    started = time.perf_counter()
    quiet_splink()
    con = duckdb.connect()
    load_features(con, read_features(register))
    linker = Linker(DuckDBAPI(con).register("features"), splink_settings(settings, peer=True),
                    log_level=None)
    train(linker, settings, None)  # the same training as rasd's
    predictions = predict(linker, settings)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=settings.match_threshold)
    rows = con.execute(f"SELECT unique_id, cluster_id FROM {clusters.physical_name}").fetchall()
    found = {refs[int(uid)]: cluster for uid, cluster in rows}
    sizes: dict[int, int] = {}
    for cluster in found.values():
        sizes[cluster] = sizes.get(cluster, 0) + 1  # type: ignore[index]
    con.close()
    return found, {"seconds": round(time.perf_counter() - started, 1),
                   "victims": len(set(found.values())), "largest_cluster": max(sizes.values())}


def score(found: dict[Ref, Any], truth: dict[Ref, str], named: dict[Ref, bool]
          ) -> dict[str, Any]:
    named_only = {ref: victim for ref, victim in found.items() if named.get(ref)}
    return {
        "named": {"pairwise": pairwise(named_only, truth).to_dict(),
                  "bcubed": bcubed(named_only, truth).to_dict()},
        "all": {"pairwise": pairwise(found, truth).to_dict(),
                "bcubed": bcubed(found, truth).to_dict()},
    }


def ceiling(truth: dict[Ref, str], named: dict[Ref, bool]) -> dict[str, Any]:
    """(b) when every named record is linked perfectly and every unnamed one stays alone."""
    best = {ref: victim if named.get(ref) else f"alone:{ref}" for ref, victim in truth.items()}
    return {"pairwise": pairwise(best, truth).to_dict(), "bcubed": bcubed(best, truth).to_dict()}


def run_seed(seed: int, victims: int, work: Path) -> dict[str, Any]:
    world = synthesize(work / f"world-{seed}", victims=victims, seed=seed)
    truth = truth_of(work / f"world-{seed}")
    register = import_world(world, f"sqlite:///{work}/register-{seed}.db")
    try:
        named, refs = named_records(register)
        found, rasd_run = rasd_links(register)
        peer, peer_run = peer_links(register, refs, LinkSettings())
    finally:
        register.close()
    if found.keys() != truth.keys() or peer.keys() != truth.keys():
        raise SystemExit(f"seed {seed}: the linked records are not the world's records")
    world_truth = json.loads((work / f"world-{seed}" / "truth.json").read_text("utf-8"))
    result = {
        "seed": seed, "victims": world_truth["victims"], "records": len(truth),
        "named_records": sum(named.values()),
        "error_rates": world_truth.get("error_rates"),
        "duplicates": world_truth.get("duplicates"),
        "rasd": {**score(found, truth, named), **rasd_run},
        "peer": {**score(peer, truth, named), **peer_run},
        "ceiling_all": ceiling(truth, named),
    }
    print_seed(result)
    return result


def print_seed(result: dict[str, Any]) -> None:
    print(f"seed {result['seed']}: {result['records']} records "
          f"({result['named_records']} named) of {result['victims']} victims")
    for who in ("rasd", "peer"):
        for part in ("named", "all"):
            scores = result[who][part]
            print(f"  {who:4} {part:5}  pairwise P {scores['pairwise']['precision']:.4f} "
                  f"R {scores['pairwise']['recall']:.4f} F1 {scores['pairwise']['f1']:.4f}   "
                  f"B-cubed F1 {scores['bcubed']['f1']:.4f}")
    top = result["ceiling_all"]
    print(f"  ceiling on all records: pairwise F1 {top['pairwise']['f1']:.4f}, "
          f"B-cubed F1 {top['bcubed']['f1']:.4f}")


def summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    def mean(who: str, part: str, measure: str) -> float:
        return round(sum(r[who][part][measure]["f1"] for r in results) / len(results), 4)

    figures = {f"{who}_{part}_{measure}_f1": mean(who, part, measure)
               for who in ("rasd", "peer") for part in ("named", "all")
               for measure in ("pairwise", "bcubed")}
    for part in ("named", "all"):
        for measure in ("pairwise", "bcubed"):
            peer = figures[f"peer_{part}_{measure}_f1"]
            figures[f"ratio_{part}_{measure}_f1"] = round(
                figures[f"rasd_{part}_{measure}_f1"] / peer, 3) if peer else None
    figures["goal_met_named"] = (figures["rasd_named_pairwise_f1"] >= GOAL_F1
                                 and figures["rasd_named_bcubed_f1"] >= GOAL_F1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--victims", type=int, default=20_000)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    seeds = [int(seed) for seed in args.seeds.split(",")]
    with tempfile.TemporaryDirectory(prefix="rasd-linkage-accuracy-") as folder:
        results = [run_seed(seed, args.victims, Path(folder)) for seed in seeds]
    document = {
        "benchmark": "linkage_accuracy", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(), "victims_per_world": args.victims,
        "seeds": seeds, "goal_f1_named": GOAL_F1, "summary": summary(results), "runs": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(document["summary"], indent=2))
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
