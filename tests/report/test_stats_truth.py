"""`rasd stats` on a synthetic world whose truth is known, linked as the truth links it (so that
only what the records say, not linkage error, is tested): every count's low and high bracket
the true number of documented victims, and the point count of all victims is exact.

No count can see an error that every record of a victim makes alike (a date shifted by two
days in the only record): the truth says which records carry which errors, and the bounds
are checked to within the number of victims whose every record misstates a field the count
depends on, near enough to the edge to matter."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from rasd.places import governorate_key
from rasd.synth import LIST_NAMES, synthesize
from tests.conftest import run_cli

PERIOD = ("2013-08-04", "2016-12-31")
Truth = dict[str, Any]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return synthesize(tmp_path_factory.mktemp("world"), victims=1500, seed=11)


@pytest.fixture(scope="module")
def register_url(world: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'rasd.db'}"
    assert run_cli("init", "--db", url).exit_code == 0
    for entry in world.lists:
        result = run_cli("import", "list", entry.path, "--source", entry.name, "--mapping",
                         entry.mapping, "--db", url)
        assert result.exit_code == 0, result.stderr
    adopted = run_cli("import", "links", world.truth_records, "--db", url, "--json")
    assert adopted.exit_code == 0, adopted.stderr
    return url


# The errors that change a field's value without leaving it empty or partial.
SILENT = {"date": {"date_shift", "date_swap"}, "age": {"age_noise"},
          "governorate": {"place_other"}}


@pytest.fixture(scope="module")
def documented(world: Any) -> list[Truth]:
    """The true victims that at least one list recorded, with the fields every one of their
    records misstates (`silent`)."""
    errors: dict[str, list[set[str]]] = {}
    with open(world.truth_records, encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            errors.setdefault(row["victim_id"], []).append(set(row["errors"].split()))
    with open(world.out / "truth_victims.csv", encoding="utf-8") as stream:
        victims = [row for row in csv.DictReader(stream) if "1" in row["captured"]]
    for row in victims:
        row["kinds"] = set.intersection(*errors[row["victim_id"]])
    return victims


def near_edge(row: Truth) -> bool:
    """A date within three days of a period's or a year's edge (a shift is 1-3 days)."""
    day = date.fromisoformat(row["date_of_death"])
    edges = [date.fromisoformat(text) for text in PERIOD] + [date(day.year, 1, 1),
                                                              date(day.year, 12, 31)]
    return any(abs((day - edge).days) <= 4 for edge in edges)


def slack(victims: list[Truth], *fields: str) -> int:
    """Victims whose every record misstates one of these fields where it matters."""
    def matters(row: Truth, name: str) -> bool:
        if not row["kinds"] & SILENT[name]:
            return False
        if name == "date":
            return "date_swap" in row["kinds"] or near_edge(row)
        if name == "age":
            return 10 <= int(row["age"]) <= 30
        return True

    return sum(any(matters(row, name) for name in fields) for row in victims)


def true_counts(victims: list[Truth]) -> dict[str, int]:
    def age(row: Truth) -> int:
        return int(row["age"])

    return {
        "total": len(victims),
        "children": sum(age(row) < 18 for row in victims),
        "women": sum(age(row) >= 18 and row["sex"] == "female" for row in victims),
        "men": sum(age(row) >= 18 and row["sex"] == "male" for row in victims),
        "under_torture": sum(row["cause"] == "torture" for row in victims),
    }


AGE_COUNTS = {"children", "women", "men"}


def assert_brackets(counts: dict[str, Any], truth: dict[str, int], where: str,
                    victims: list[Truth], *fields: str) -> None:
    for name, true in truth.items():
        low, high = counts["low"][name], counts["high"][name]
        assert low <= counts[name] <= high, (where, name)
        unseen = slack(victims, *fields, *(["age"] if name in AGE_COUNTS else []))
        assert low - unseen <= true <= high + unseen, (
            f"{where} {name}: true {true} outside [{low}, {high}] ± {unseen}")


def stats(url: str, *args: str) -> dict[str, Any]:
    result = run_cli("stats", *args, "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def test_all_victims_are_counted_once(register_url: str, documented: list[Truth]) -> None:
    counts = stats(register_url)
    assert counts["unit"] == "victims"
    assert counts["total"] == counts["low"]["total"] == counts["high"]["total"] == len(documented)
    assert counts["unlinked_records"] == 0
    assert (counts["children"] + counts["women"] + counts["men"] + counts["age_sex_unknown"]
            == counts["total"])
    assert_brackets(counts, true_counts(documented), "all", documented)
    # Lists leave ages and sexes unknown and disagree: the world must exercise the bounds.
    assert counts["high"]["children"] > counts["low"]["children"]


def in_period(row: Truth) -> bool:
    return PERIOD[0] <= row["date_of_death"] <= PERIOD[1]


@pytest.mark.parametrize(("by", "key"), [
    ("perpetrator", lambda row: row["perpetrator"]),
    ("governorate", lambda row: governorate_key(row["governorate"])),
    ("year", lambda row: row["date_of_death"][:4]),  # the date's slack covers years
    ("list", None),
])
def test_a_period_broken_down_brackets_the_truth(
        register_url: str, documented: list[Truth], by: str,
        key: Callable[[Truth], str] | None) -> None:
    counts = stats(register_url, "--since", PERIOD[0], "--until", PERIOD[1], "--by", by)
    inside = [row for row in documented if in_period(row)]
    fields = ("date", by) if by in SILENT else ("date",)
    assert_brackets(counts, true_counts(inside), "period", documented, "date")
    # Partial dates near the period's edges: never rounded in, so low < high.
    assert counts["low"]["total"] < counts["high"]["total"]
    groups: dict[str, list[Truth]] = {}
    for row in inside:
        if key is None:
            for name, flag in zip(LIST_NAMES, row["captured"], strict=True):
                if flag == "1":
                    groups.setdefault(name, []).append(row)
        else:
            groups.setdefault(key(row), []).append(row)
    rows = {row[by]: row for row in counts["rows"]}
    for value, victims in groups.items():
        if value == "unknown":  # the row of victims whose records do not say: not the truth's
            continue
        if value in rows:
            assert_brackets(rows[value], true_counts(victims), f"{by}={value}", documented,
                            *fields)
        else:  # a row no victim is counted in: all its true victims must be uncertain ones
            assert len(victims) <= counts["high"]["total"] - counts["low"]["total"]
