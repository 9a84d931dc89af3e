"""Kill the importer with SIGKILL at many points of a large import: the register holds either
nothing of that file or all of it, and its audit chain verifies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from rasd.register import Register
from tests.lists import make_rows, write_list

ROWS = 40_000
KILLS = 13


def _import(db_url: str, path: Path, source: str, *, worker: bool = True
            ) -> subprocess.Popen[bytes]:
    """The importer as a user starts it, converting in a worker process or in itself."""
    command = [sys.executable, "-m", "rasd.cli", "import", "list", str(path), "--mapping",
               str(path.with_suffix(".yaml")), "--source", source, "--db", db_url]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "RASD_USER": "tester",
                                 "RASD_IMPORT_WORKER": "1" if worker else "0"})


def _held(register: Register, source: str) -> tuple[int, int]:
    """How many files and records the register holds for a source."""
    with register.read() as conn:
        files = conn.execute(text("SELECT COUNT(*) FROM files f JOIN sources s "
                                  "ON s.id = f.source_id WHERE s.name = :s"), {"s": source})
        records = conn.execute(text("SELECT COUNT(*) FROM records r JOIN sources s "
                                    "ON s.id = r.source_id WHERE s.name = :s"), {"s": source})
        return int(files.scalar_one()), int(records.scalar_one())


def test_killed_import_leaves_all_or_nothing(db_url, register, tmp_path):  # type: ignore[no-untyped-def]
    path = write_list(tmp_path / "large.csv", make_rows(ROWS))
    started = time.monotonic()
    finished = _import(db_url, path, "timing")
    assert finished.wait(timeout=240) == 0, finished.stderr.read() if finished.stderr else ""
    duration = time.monotonic() - started

    killed_midway = 0
    for kill in range(KILLS):
        source = f"kill-{kill}"
        process = _import(db_url, path, source, worker=kill % 2 == 0)
        # Evenly from start-up to well before the end: a later run may be quicker than the
        # first, on a machine whose other work comes and goes.
        time.sleep(duration * (0.1 + 0.6 * kill / (KILLS - 1)))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        killed_midway += code == -signal.SIGKILL
        files, records = _held(register, source)
        assert (files, records) in ((0, 0), (1, ROWS)), f"kill {kill}: {files} files, {records}"
        verify = subprocess.run([sys.executable, "-m", "rasd.cli", "audit", "verify", "--db",
                                 db_url], capture_output=True, text=True, timeout=240)
        assert verify.returncode == 0, f"kill {kill}: {verify.stderr}"
    assert killed_midway >= 10

    again = _import(db_url, path, "after-kills")
    assert again.wait(timeout=240) == 0
    assert _held(register, "after-kills") == (1, ROWS)
