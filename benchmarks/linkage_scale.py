"""How long `rasd link` takes, and how much memory, as the register grows.

    .venv/bin/python benchmarks/linkage_scale.py [--records 10000,100000,1000000] [--out FILE]

For each size: `rasd synth` makes a world with about that many records, `rasd import list`
imports its lists into a fresh SQLite register (timed apart: importing is not linking), then
`rasd link --json` runs end to end (reading records, name keys, blocking, training, scoring,
clustering, writing victims) as a child process, timed by wall clock, its peak RSS read from
os.wait4. Goal: 1,000,000 records in at most 15 minutes and 12 GB on a 2-core machine.
Figures go to stdout and benchmarks/results/linkage_scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.synth import synthesize

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "linkage_scale.json"
RASD = str(Path(sys.executable).with_name("rasd"))
GOAL_SECONDS = 15 * 60
GOAL_PEAK_RSS_MB = 12 * 1024
RECORDS_PER_VICTIM = 1.28  # what a synth world holds (1,002,030 records of 780,000 victims)


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) and stdout of a child process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024, output


def run_size(records: int, work: Path) -> dict[str, Any]:
    victims = max(1, round(records / RECORDS_PER_VICTIM))
    folder = work / f"world-{records}"
    started = time.perf_counter()
    world = synthesize(folder, victims=victims, seed=1)
    synth_seconds = time.perf_counter() - started
    db = f"sqlite:///{work}/register-{records}.db"
    subprocess.run([RASD, "init", "--db", db], check=True, stdout=subprocess.DEVNULL)
    started = time.perf_counter()
    for entry in world.lists:
        subprocess.run([RASD, "import", "list", str(entry.path), "--source", entry.name,
                        "--mapping", str(entry.mapping), "--db", db, "--json"],
                       check=True, stdout=subprocess.DEVNULL)
    import_seconds = time.perf_counter() - started
    seconds, peak, output = timed([RASD, "link", "--db", db, "--json"])
    result = json.loads(output)
    figures = {
        "records": result["records"], "victims": result["victims"],
        "pairs_compared": result["pairs_compared"], "pairs_linked": result["pairs_linked"],
        "link_seconds": round(seconds, 1),
        "link_peak_rss_mb": round(peak, 1), "synth_seconds": round(synth_seconds, 1),
        "import_seconds": round(import_seconds, 1),
        "largest_victim": max(int(size) for size in result["cluster_sizes"]),
    }
    print(f"{figures['records']:>9,} records: link {figures['link_seconds']:>7.1f} s, "
          f"peak RSS {figures['link_peak_rss_mb']:>8.1f} MiB, "
          f"{figures['pairs_compared']:,} pairs compared, {figures['victims']:,} victims "
          f"(synth {figures['synth_seconds']} s, import {figures['import_seconds']} s)",
          flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", default="10000,100000,1000000")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep", type=Path, default=None, help="keep worlds and registers here")
    args = parser.parse_args()
    sizes = [int(size) for size in args.records.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="rasd-linkage-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    runs = [run_size(size, work) for size in sizes]
    largest = max(runs, key=lambda run: run["records"])
    document = {
        "benchmark": "linkage_scale", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "goal": {"records": 1_000_000, "seconds": GOAL_SECONDS,
                 "peak_rss_mb": GOAL_PEAK_RSS_MB},
        "met": largest["records"] >= 950_000 and largest["link_seconds"] <= GOAL_SECONDS
        and largest["link_peak_rss_mb"] <= GOAL_PEAK_RSS_MB,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    print(f"Results written to {args.out}")
    if args.keep is None:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
