"""`rasd link --backend spark` runs the same model on Splink's Spark backend (local mode) and
finds the same victims as DuckDB. Needs Java; under CI=true a missing Java is a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rasd.linkage import link
from rasd.register import Register, import_list, load_mapping
from rasd.synth import synthesize

VICTIMS = 5000


@pytest.fixture(scope="module")
def spark_ready() -> None:
    if shutil.which("java") is None:
        message = "Java is not installed: the Spark backend cannot run"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the Spark tests must run)")
        pytest.skip(message)


def partition(register: Register) -> dict[tuple[int, str], frozenset[tuple[int, str]]]:
    """Each record's fellow records: what a victim is, whatever its id."""
    from sqlalchemy import select

    from rasd.register.models import VictimRecord

    with register.read() as conn:
        rows = conn.execute(select(VictimRecord.source_id, VictimRecord.record_key,
                                   VictimRecord.victim_id)).all()
    members: dict[int, set[tuple[int, str]]] = {}
    for source, key, victim in rows:
        members.setdefault(victim, set()).add((source, key))
    return {ref: frozenset(refs) for refs in members.values() for ref in refs}


def test_spark_finds_the_same_victims_as_duckdb(spark_ready: None, tmp_path: Path) -> None:
    world = synthesize(tmp_path / "world", victims=VICTIMS, seed=5)
    register, _ = Register.init(f"sqlite:///{tmp_path / 'rasd.db'}", actor="tester")
    try:
        for entry in world.lists:
            import_list(register, entry.path, actor="tester", source=entry.name,
                        mapping=load_mapping(entry.mapping))
        on_duckdb = link(register, actor="tester", backend="duckdb")
        duckdb_victims = partition(register)
        on_spark = link(register, actor="tester", backend="spark")
        spark_victims = partition(register)
    finally:
        register.close()
    assert on_spark.backend == "spark" and on_spark.records == on_duckdb.records
    same = sum(duckdb_victims[ref] == spark_victims[ref] for ref in duckdb_victims)
    assert same / len(duckdb_victims) >= 0.99
