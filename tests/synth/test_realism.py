"""The world is a hard, realistic test: errors at the documented rates, within-list duplicates,
homonyms, families dying together, a plausible population, and lists whose captures depend on
each other as real lists do."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from typing import Any

import pytest

from rasd.synth import ERROR_KINDS, ERROR_RATES, LIST_NAMES, World
from tests.synth.conftest import LARGE, read_csv


def _truth(world: World) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(world.truth_json.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("name", LIST_NAMES)
def test_measured_error_rates_are_within_the_documented_ranges(large_world: World,
                                                               name: str) -> None:
    truth = _truth(large_world)
    measured: dict[str, float] = truth["error_rates"][name]
    n = truth["records"][name]
    documented = ERROR_RATES[name]
    assert set(measured) <= set(documented) <= set(ERROR_KINDS)
    for kind, (low, high) in documented.items():
        share = measured.get(kind, 0.0)
        # Sampling noise allowed: four standard errors of a share of n records.
        slack = 4 * math.sqrt(max(share, low) * (1 - max(share, low)) / n)
        assert low - slack <= share <= high + slack, (kind, share, (low, high), n)


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_has_errors_in_names_and_dates(large_world: World, name: str) -> None:
    measured = _truth(large_world)["error_rates"][name]
    assert measured.get("typo", 0) > 0
    assert any(measured.get(kind, 0) > 0 for kind in ("date_shift", "date_month"))


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_has_within_list_duplicates(large_world: World, name: str) -> None:
    rows = [row for row in read_csv(large_world.truth_records) if row["source"] == name]
    extra = len(rows) - len({row["victim_id"] for row in rows})
    assert extra == _truth(large_world)["duplicates"][name]
    assert 0.005 <= extra / len(rows) <= 0.06


def test_homonyms_are_different_victims_with_the_same_three_names(world: World) -> None:
    by_name: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in read_csv(world.truth_victims):
        by_name[row["first_name"], row["father_name"], row["family_name"]].add(row["victim_id"])
    homonyms = [ids for ids in by_name.values() if len(ids) > 1]
    assert len(homonyms) >= 5


def test_siblings_die_together_differing_only_in_first_name(world: World) -> None:
    households: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(world.truth_victims):
        if row["household_id"]:
            households[row["household_id"]].append(row)
    siblings = 0
    for members in households.values():
        assert len({m["incident_id"] for m in members}) == 1
        kin = Counter((m["father_name"], m["grandfather_name"], m["family_name"])
                      for m in members)
        siblings += any(n >= 2 for n in kin.values())
    assert siblings >= 10


def test_children_are_named_after_their_dead_father(world: World) -> None:
    households: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(world.truth_victims):
        if row["household_id"]:
            households[row["household_id"]].append(row)
    fathers_with_children = sum(
        any(child["father_name"] == father["first_name"]
            and child["grandfather_name"] == father["father_name"]
            and child["family_name"] == father["family_name"]
            for child in members if child is not father)
        for members in households.values() for father in members
        if father["sex"] == "male" and int(father["age"]) >= 24)
    assert fathers_with_children >= 5


def test_population_looks_like_the_documented_dead(large_world: World) -> None:
    rows = read_csv(large_world.truth_victims)
    children = sum(int(row["age"]) < 18 for row in rows) / LARGE
    women = sum(int(row["age"]) >= 18 and row["sex"] == "female" for row in rows) / LARGE
    assert 0.10 <= children <= 0.25
    assert 0.08 <= women <= 0.15
    years = _truth(large_world)["counts"]["year"]
    assert max(years, key=years.get) in ("2012", "2013")
    assert sum(years[str(y)] for y in range(2012, 2017)) > 0.7 * LARGE


def test_torture_is_by_the_regime_and_air_strikes_by_air_forces(large_world: World) -> None:
    pairs = Counter((row["cause"], row["perpetrator"])
                    for row in read_csv(large_world.truth_victims))
    torture = {p: n for (c, p), n in pairs.items() if c == "torture"}
    assert torture["syrian_regime"] > 0.85 * sum(torture.values())
    air = {p for (c, p) in pairs if c == "airstrike"}
    assert air <= {"syrian_regime", "russia", "coalition", "other", "unknown"}


def test_records_per_observed_victim_and_the_unobserved(large_world: World) -> None:
    truth = _truth(large_world)
    per_observed = sum(truth["records"].values()) / truth["observed"]
    assert 1.3 <= per_observed <= 1.8
    assert 0.1 <= 1 - truth["observed"] / truth["victims"] <= 0.4


def _odds_ratio(patterns: dict[str, int], a: str, b: str) -> float:
    i, j = LIST_NAMES.index(a), LIST_NAMES.index(b)
    cells: Counter[tuple[str, str]] = Counter()
    for key, n in patterns.items():
        cells[key[i], key[j]] += n
    return (cells["1", "1"] * cells["0", "0"] + 0.5) / (cells["1", "0"] * cells["0", "1"] + 0.5)


def test_the_two_networks_depend_positively(large_world: World) -> None:
    patterns = _truth(large_world)["capture_patterns"]
    assert _odds_ratio(patterns, "syrian-network", "bilingual-monitor") > 2


def test_hospital_and_detainees_never_meet_and_detainees_avoid_the_networks(
        large_world: World) -> None:
    patterns = _truth(large_world)["capture_patterns"]
    hospital, detainees = (LIST_NAMES.index(n) for n in ("field-hospital",
                                                          "detainees-association"))
    assert not any(key[hospital] == key[detainees] == "1" for key, n in patterns.items() if n)
    assert _odds_ratio(patterns, "syrian-network", "detainees-association") < 1
