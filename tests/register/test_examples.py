"""The bundled example lists (examples/README.md) import whole, with the values a reader of the
lists would write down by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.register.helpers import Cli, current, import_json, pick

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# list file: (its mapping, source, rows)
LISTS = {
    "council-arabic.csv": ("council-arabic.yaml", "local-council", 19),
    "monitor-english.xlsx": ("monitor-english.yaml", "monitor-en", 20),
    "network-export.json": ("network-export.yaml", "rights-network", 16),
}


def imported(cli: Cli, name: str) -> dict[str, Any]:
    mapping, _source, _rows = LISTS[name]
    return import_json(cli, EXAMPLES / name, "--mapping", EXAMPLES / mapping)


@pytest.mark.parametrize("name", LISTS)
def test_example_list_imports_every_row(cli: Cli, name: str) -> None:
    _mapping, source, rows = LISTS[name]
    result = imported(cli, name)
    assert result["source"] == source
    assert (result["rows"], result["imported"], result["rejected"]) == (rows, rows, 0)
    assert len(current(cli, source)) == rows


def test_council_list_is_detected_as_utf8_bom_with_semicolons(cli: Cli) -> None:
    result = imported(cli, "council-arabic.csv")
    assert result["detected"] == {"format": "csv", "encoding": "utf-8-sig", "delimiter": ";"}


def test_council_keys_in_eastern_digits_are_normalised(cli: Cli) -> None:
    imported(cli, "council-arabic.csv")
    assert sorted(current(cli, "local-council"), key=int) == [str(n) for n in range(1, 20)]


# key: the canonical fields expected, as the README describes the rows
COUNCIL = {
    "1": {"first_name": "محمد", "father_name": "عبد الرحمن", "family_name": "الحموي",
          "sex": "male", "age": 45, "age_estimated": False, "age_group": "adult",
          "date_of_death": "2013-03-15", "date_precision": "day", "locality": "دوما",
          "cause": "shelling", "perpetrator": "syrian_regime"},
    "3": {"age": None, "age_estimated": False, "age_group": "unknown",
          "date_of_death": "2012-05", "date_precision": "month", "cause": "shooting",
          "perpetrator": "unknown"},
    "4": {"father_name": "محمد خير", "age": 30, "age_estimated": True,
          "date_of_death": "2013-05-12", "date_precision": "day", "cause": "shooting"},
    "9": {"sex": "female", "age": 0, "age_group": "child", "date_of_death": "2014-01-12",
          "date_precision": "day", "cause": "siege"},
    "11": {"age": 60, "age_estimated": True, "age_group": "adult",
           "date_of_death": "2014-06", "date_precision": "month", "cause": "torture"},
    "12": {"date_of_death": "2014-11-03", "date_precision": "day", "cause": "torture"},
    "14": {"date_of_death": "2015-06-05", "date_precision": "day"},
    "16": {"age": 14, "age_group": "child", "date_of_death": "2015-10-30",
           "cause": "airstrike", "perpetrator": "russia"},
}


@pytest.mark.parametrize("key", COUNCIL)
def test_council_row_values(cli: Cli, key: str) -> None:
    imported(cli, "council-arabic.csv")
    fields = current(cli, "local-council")[key]
    assert pick(fields, *COUNCIL[key]) == COUNCIL[key]


MONITOR = {
    "2041": {"name_latin": "Mohammad Abdul Rahman al-Hamwi", "sex": "male", "age": 45,
             "age_group": "adult", "date_of_death": "2013-03-16", "date_precision": "day",
             "cause": "shelling", "perpetrator": "syrian_regime",
             "notes": "Killed near the main market"},
    "2042": {"date_of_death": "2013-05", "date_precision": "month", "cause": "shooting"},
    "2044": {"age": None, "age_group": "child", "date_of_death": "2013-08-21"},
    "2047": {"sex": "female", "age": 0, "age_group": "child", "cause": "airstrike"},
    "2048": {"age": 61, "date_of_death": "2014", "date_precision": "year", "cause": "torture"},
    "2049": {"sex": "unknown", "age_group": "child"},
    "2053": {"age": None, "age_group": "adult", "cause": "explosion", "perpetrator": "unknown"},
    "2054": {"age": 45, "age_estimated": True, "perpetrator": "russia"},
}


@pytest.mark.parametrize("key", MONITOR)
def test_monitor_row_values(cli: Cli, key: str) -> None:
    imported(cli, "monitor-english.xlsx")
    fields = current(cli, "monitor-en")[key]
    assert pick(fields, *MONITOR[key]) == MONITOR[key]


NETWORK = {
    "RN-2013-00412": {"name_ar": "محمد عبد الرحمن أحمد الحموي", "sex": "male", "age": 45,
                      "date_of_death": "2013-03-15", "date_precision": "day",
                      "cause": "shelling", "perpetrator": "syrian_regime"},
    "RN-2013-00910": {"age": None, "age_group": "unknown", "sex": "female"},
    "RN-2013-01355": {"date_of_death": "2013-10", "date_precision": "month"},
    "RN-2014-00233": {"cause": "airstrike"},
    "RN-2015-00644": {"date_of_death": "2015", "date_precision": "year",
                      "perpetrator": "opposition"},
    "RN-2016-00391": {"age": 12, "age_group": "child", "cause": "explosion",
                      "perpetrator": "unknown"},
}


@pytest.mark.parametrize("key", NETWORK)
def test_network_row_values(cli: Cli, key: str) -> None:
    imported(cli, "network-export.json")
    fields = current(cli, "rights-network")[key]
    assert pick(fields, *NETWORK[key]) == NETWORK[key]


def test_network_unmapped_key_stays_in_the_raw_record(cli: Cli) -> None:
    imported(cli, "network-export.json")
    result = cli("record", "show", "RN-2013-01355", "--source", "rights-network", "--json")
    assert result.json()[0]["raw"]["civilian"] is False


def test_demo_runs_the_whole_flow_on_the_examples(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "report"
    result = run_cli("demo", "--db", db_url, "--examples", EXAMPLES, "--report", report)
    assert result.exit_code == 0, result.stderr
    for source in ("local-council", "monitor-en", "rights-network"):
        assert source in result.stdout
    sources = run_cli("sources", "--db", db_url, "--json").json()
    assert {s["name"]: s["records"] for s in sources} == {
        "local-council": 19, "monitor-en": 20, "rights-network": 16, "documents": 0}
    # 55 records of 34 people: 15 are on two or three lists (examples/README.md)
    assert run_cli("stats", "--db", db_url, "--json").json()["total"] == 34
    assert "147,061" in run_cli("claims", "check", "--db", db_url).stdout
    assert (report / "report.html").stat().st_size > 10_000
