"""Synthetic worlds made once per test session: a small one imported into a register, and a
larger one (no register) whose error rates and coverage are measured."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rasd.register import (
    ImportResult,
    RecordVersion,
    Register,
    import_list,
    list_records,
    load_mapping,
)
from rasd.synth import World, synthesize

SMALL, LARGE = 1500, 20000


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return synthesize(tmp_path_factory.mktemp("world"), victims=SMALL, seed=11)


@pytest.fixture(scope="session")
def large_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return synthesize(tmp_path_factory.mktemp("large"), victims=LARGE, seed=5)


@dataclass
class Imported:
    results: dict[str, ImportResult]  # by list name
    records: dict[str, list[RecordVersion]]  # the register's current records, by list name


@pytest.fixture(scope="session")
def imported(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Imported]:
    """Every list of the small world imported into a fresh SQLite register."""
    url = f"sqlite:///{tmp_path_factory.mktemp('register') / 'r.db'}"
    register, _ = Register.init(url, actor="tester")
    try:
        results = {item.name: import_list(register, item.path, actor="tester",
                                          mapping=load_mapping(item.mapping))
                   for item in world.lists}
        yield Imported(results, {item.name: list_records(register, source=item.name,
                                                         limit=None)
                                 for item in world.lists})
    finally:
        register.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))
