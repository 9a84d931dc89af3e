"""The linkage commands as a user types them: synth, import, link, review, decide, victims,
victim show, export links; --json prints one document; bad input exits 2."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    result = run_cli("synth", "--out", str(out), "--victims", "500", "--seed", "3", "--json")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture
def linked(cli: Any, world: Path) -> Any:
    for mapping in sorted(world.glob("*.yaml")):
        data = next(path for path in world.glob(mapping.stem + ".*") if path.suffix != ".yaml")
        assert cli("import", "list", str(data), "--mapping", str(mapping)).exit_code == 0
    result = cli("link", "--json")
    assert result.exit_code == 0, result.stderr
    return cli


def test_synth_json_describes_the_world(world: Path) -> None:
    truth = json.loads((world / "truth.json").read_text("utf-8"))
    assert truth["victims"] == 500
    assert len(list(world.glob("*.yaml"))) == len(truth["lists"]) >= 5


def test_link_json_counts_records_and_victims(linked: Any) -> None:
    result = linked("link", "--json").json()
    assert result["records"] > result["victims"] > 0
    assert result["kept"] == result["victims"]  # nothing changed since the last run
    assert sum(result["cluster_sizes"].values()) == result["victims"]


def test_victims_and_victim_show(linked: Any) -> None:
    victims = linked("victims", "--json", "--limit", "0").json()
    several = next(victim for victim in victims if victim["records"] > 1)
    shown = linked("victim", "show", str(several["id"]), "--json").json()
    assert len(shown["records"]) == several["records"]
    assert linked("victim", "show", str(several["id"])).exit_code == 0


def test_review_lists_pairs_and_decide_records_a_decision(linked: Any) -> None:
    pairs = linked("review", "--json", "--limit", "5").json()
    assert pairs, "a synthetic world always leaves some pairs to review"
    first = pairs[0]
    assert set(first["record_a"]) == set(first["record_b"])
    assert first["weights"]
    decided = linked("review", "decide", first["a"], first["b"], "--different", "--json")
    assert decided.exit_code == 0, decided.stderr
    assert (first["a"], first["b"]) not in {
        (pair["a"], pair["b"]) for pair in linked("review", "--json").json()}
    assert linked("review").exit_code == 0


def test_export_links_writes_every_record(linked: Any, tmp_path: Path) -> None:
    out = tmp_path / "links.csv"
    assert linked("export", "links", "--out", str(out)).exit_code == 0
    with open(out, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    records = sum(len(linked("records", "--json", "--limit", "0", "--source",
                             source["name"]).json())
                  for source in linked("sources", "--json").json())
    assert len(rows) == records
    assert set(rows[0]) == {"source", "record_key", "victim_id"}


@pytest.mark.parametrize("args", [
    ("review", "decide", "no-such-source:1", "also:2", "--same"),
    ("review", "decide", "x:1", "x:2"),
    ("victim", "show", "999999"),
])
def test_bad_input_exits_2(linked: Any, args: tuple[str, ...]) -> None:
    result = linked(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error:")


def test_link_on_an_empty_register_says_why(cli: Any) -> None:
    result = cli("link")
    assert result.exit_code == 1
    assert "no records" in result.stderr
