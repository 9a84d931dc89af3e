"""A large table is converted in a worker process while the importing process writes: the same
records as when it is converted in the importing process, and no worker left behind."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from rasd.errors import InputError
from rasd.register import Register, import_list, importer, load_mapping
from rasd.register.reading import Table
from tests.lists import make_rows, write_list

ROWS = 3000


def _records(register: Register) -> list[tuple[Any, ...]]:
    with register.read() as conn:
        return [tuple(row) for row in conn.execute(text(
            "SELECT record_key, version, row_number, digest, raw, name_ar, age, age_group, "
            "date_of_death, date_precision, cause FROM records ORDER BY id"))]


def _import(register: Register, path: Path) -> importer.ImportResult:
    return import_list(register, path, actor="tester", mapping=load_mapping(
        path.with_suffix(".yaml")))


def test_worker_writes_what_the_importing_process_would(
        db_url: str, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    path = write_list(tmp_path / "list.csv", make_rows(ROWS))
    monkeypatch.setenv("RASD_IMPORT_WORKER", "0")
    here = _import(register, path)
    expected = _records(register)
    with register.write("tester") as change:  # start again on the same register
        change.conn.execute(text("DELETE FROM records"))
    monkeypatch.setenv("RASD_IMPORT_WORKER", "1")
    monkeypatch.setattr(importer, "_BATCH", 250)
    other = write_list(tmp_path / "other.csv", make_rows(ROWS))  # same rows, another file
    other.write_bytes(path.read_bytes() + b"\n")

    in_worker = _import(register, other)

    assert (in_worker.imported, in_worker.rows) == (here.imported, here.rows) == (ROWS, ROWS)
    assert _records(register) == expected
    assert not multiprocessing.active_children()


def test_worker_stops_when_the_import_fails(
        db_url: str, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    rows = make_rows(ROWS)
    rows[ROWS - 10][0] = rows[5][0]  # a key repeated in a late batch
    path = write_list(tmp_path / "list.csv", rows)
    monkeypatch.setenv("RASD_IMPORT_WORKER", "1")
    monkeypatch.setattr(importer, "_BATCH", 100)

    with pytest.raises(InputError, match="repeated in rows 7 and 2992"):
        _import(register, path)

    assert not multiprocessing.active_children()
    with register.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM records")).scalar() == 0


def test_a_worker_only_for_a_large_table_on_a_machine_with_a_core_to_spare(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_list(tmp_path / "list.csv", make_rows(10))
    table, records = Table(["id"], iter([])), Table(None, iter([]))
    monkeypatch.delenv("RASD_IMPORT_WORKER", raising=False)
    monkeypatch.setattr(importer.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(importer, "_idle_cores", lambda cores: 1.8)
    assert not importer._worth_a_worker(path, table)  # small
    monkeypatch.setattr(importer, "_WORKER_BYTES", 0)
    assert importer._worth_a_worker(path, table)
    assert not importer._worth_a_worker(path, records)  # JSON: converted here
    monkeypatch.setattr(importer, "_idle_cores", lambda cores: 0.2)
    assert not importer._worth_a_worker(path, table)  # busy
    monkeypatch.setenv("RASD_IMPORT_WORKER", "1")
    assert importer._worth_a_worker(path, table)
    monkeypatch.setenv("RASD_IMPORT_WORKER", "0")
    monkeypatch.setattr(importer, "_idle_cores", lambda cores: 1.8)
    assert not importer._worth_a_worker(path, table)


def test_idle_cores_sees_a_core_kept_busy() -> None:
    cores = os.cpu_count() or 1
    quiet = importer._idle_cores(cores)
    assert 0 <= quiet <= cores + 0.01
    spinner = multiprocessing.get_context("fork").Process(target=_spin, args=(2.0,))
    spinner.start()
    try:
        time.sleep(0.2)
        busy = importer._idle_cores(cores)
    finally:
        spinner.join()
    assert busy <= cores - 0.6  # one core of them was spinning the whole time


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.mark.parametrize("bits", [8, 1 << 27])
def test_a_first_list_finds_its_repeated_keys_however_its_keys_collide(
        db_url: str, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        bits: int) -> None:
    # A source's first list looks up only the keys whose bits are already set: with 8 bits
    # every key collides and is looked up, with the real bitmap almost none is.
    monkeypatch.setattr(importer._KeysGiven, "_BITS", bits)
    monkeypatch.setattr(importer, "_BATCH", 100)
    rows = make_rows(ROWS)
    good = write_list(tmp_path / "good.csv", rows)
    rows[ROWS - 10][0] = rows[5][0]
    bad = write_list(tmp_path / "bad.csv", rows)

    with pytest.raises(InputError, match="repeated in rows 7 and 2992"):
        import_list(register, bad, actor="tester", source="first",
                    mapping=load_mapping(bad.with_suffix(".yaml")))
    result = import_list(register, good, actor="tester", source="first",
                         mapping=load_mapping(good.with_suffix(".yaml")))

    assert (result.imported, result.rows) == (ROWS, ROWS)
    assert len({row[0] for row in _records(register)}) == ROWS
