"""What synthesize writes: the truth is consistent, and the same seed gives the same bytes."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from rasd.errors import InputError
from rasd.synth import LIST_NAMES, World, synthesize
from tests.synth.conftest import SMALL, read_csv


def _digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir())}


def _truth(world: World) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(world.truth_json.read_text(encoding="utf-8"))
    return document


def test_world_says_what_it_wrote(world: World) -> None:
    assert world.victims == SMALL
    assert 0 < world.observed < world.victims
    for item in world.lists:
        assert item.path.is_file() and item.mapping.is_file()
    for path in (world.truth_records, world.truth_victims, world.truth_json):
        assert path.is_file()
    assert world.to_dict()["records"] == sum(item.records for item in world.lists)


def test_truth_json_has_true_and_observed_n_and_the_lists(world: World) -> None:
    truth = _truth(world)
    assert (truth["seed"], truth["victims"], truth["observed"]) == (11, SMALL, world.observed)
    assert truth["lists"] == list(LIST_NAMES)
    assert truth["records"] == {item.name: item.records for item in world.lists}


def test_capture_patterns_sum_to_n_with_the_unobserved_cell(world: World) -> None:
    patterns = _truth(world)["capture_patterns"]
    assert sum(patterns.values()) == SMALL
    unobserved = "0" * len(LIST_NAMES)
    assert patterns[unobserved] == SMALL - world.observed > 0
    assert all(len(key) == len(LIST_NAMES) and set(key) <= {"0", "1"} for key in patterns)


def test_capture_patterns_match_the_truth_records(world: World) -> None:
    on: dict[str, set[str]] = defaultdict(set)
    for row in read_csv(world.truth_records):
        on[row["victim_id"]].add(row["source"])
    victims = [row["victim_id"] for row in read_csv(world.truth_victims)]
    assert len(victims) == len(set(victims)) == SMALL
    derived = Counter("".join("1" if name in on[v] else "0" for name in LIST_NAMES)
                      for v in victims)
    stated = {key: n for key, n in _truth(world)["capture_patterns"].items() if n}
    assert derived == stated


def test_counts_cover_every_true_victim(world: World) -> None:
    counts = _truth(world)["counts"]
    assert set(counts) == {"age_group", "sex", "year", "governorate", "perpetrator", "cause"}
    for by in counts.values():
        assert sum(by.values()) == SMALL
    assert len(counts["governorate"]) == 14


def test_the_dead_span_march_2011_to_december_2024(large_world: World) -> None:
    days = [row["date_of_death"] for row in read_csv(large_world.truth_victims)]
    assert "2011-03-15" <= min(days) < "2011-04" and "2024-12" <= max(days) <= "2024-12-31"


def test_same_seed_gives_identical_bytes(world: World, tmp_path: Path) -> None:
    again = synthesize(tmp_path / "again", victims=SMALL, seed=11)
    assert _digests(again.out) == _digests(world.out)


def test_different_seed_gives_different_lists(world: World, tmp_path: Path) -> None:
    other = _digests(synthesize(tmp_path / "other", victims=SMALL, seed=12).out)
    mine = _digests(world.out)
    changed = [name for name in mine if not name.endswith(".yaml") and other[name] != mine[name]]
    assert len(changed) == len(mine) - len(LIST_NAMES)  # every file but the mappings


def test_workbook_carries_no_time_of_writing(world: World) -> None:
    workbook = next(item.path for item in world.lists if item.path.suffix == ".xlsx")
    with zipfile.ZipFile(workbook) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2025, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2025-01-01T00:00:00Z") == 2  # created and modified


def test_progress_reports_victims_and_files(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    synthesize(tmp_path, victims=300, seed=1,
               progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert ("victims", 300, 300) in calls
    assert calls[-1] == ("files", len(LIST_NAMES), len(LIST_NAMES))


@pytest.mark.parametrize("victims", [0, -5])
def test_a_world_needs_at_least_one_victim(tmp_path: Path, victims: int) -> None:
    with pytest.raises(InputError, match="victims"):
        synthesize(tmp_path, victims=victims, seed=1)
