"""`rasd stats` on small hand-made lists where every number is known: a victim is counted once
however many records name it, a partial date is never rounded into a period, and disagreeing
or missing values widen low and high exactly as documented. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

HEADER = "record_key,first_name,family_name,sex,age,date_of_death,governorate,cause,perpetrator"
LIST_A = [
    "a1,Huda,Khalil,female,30,2013-08-10,Aleppo,shelling,syrian_regime",
    "a2,Omar,Saleh,male,16,2013,Aleppo,shelling,syrian_regime",
    "a3,Rima,Haddad,female,,2013,Damascus,torture,syrian_regime",
    "a5,Sami,Nasser,male,25,2012-05-05,Homs,shooting,isis",
]
LIST_B = [
    "b1,Huda,Khalil,female,30,2013-08-10,Aleppo,shelling,syrian_regime",
    "b2,Omar,Saleh,male,19,2013-09-01,Aleppo,airstrike,syrian_regime",
    "b4,Nour,Ali,,40,2014-02-02,Idlib,airstrike,russia",
]
LINKS = ["A,a1,v1", "B,b1,v1", "A,a2,v2", "B,b2,v2", "A,a3,v3", "B,b4,v4", "A,a5,v5"]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def counted(cli: Any, tmp_path: Path) -> Any:
    for name, rows in (("A", LIST_A), ("B", LIST_B)):
        result = cli("import", "list", write(tmp_path / f"{name}.csv", [HEADER, *rows]),
                     "--source", name)
        assert result.exit_code == 0, result.stderr
    links = write(tmp_path / "links.csv", ["source,record_key,victim_id", *LINKS])
    assert cli("import", "links", links).exit_code == 0
    return cli


def test_counts_victims_not_records(counted: Any) -> None:
    result = counted("stats", "--json").json()
    assert result["total"] == 5
    assert result["records"] == 7
    assert result["lists"] == ["A", "B"]


def test_partial_dates_and_disagreements_widen_low_and_high(counted: Any) -> None:
    result = counted("stats", "--since", "2013-08-04", "--json").json()
    # v1 (two agreeing records), v2 ("2013" refined by "2013-09-01") and v4 are certainly in
    # the period; v3 is known only to 2013, so may be; v5 died in 2012.
    expected = {  # name: (count, low, high)
        "total": (3, 3, 4),
        "children": (1, 0, 2),       # v2 is 16 in one list, 19 in the other; v3's age unknown
        "women": (1, 1, 3),          # v1; v3 (age unknown) and v4 (sex unknown) may be
        "men": (0, 0, 2),            # v2 may be an adult; v4 may be a man
        "age_sex_unknown": (1, 1, 2),  # v4; v3 (age unknown) if it died in the period
        "under_torture": (0, 0, 1),  # v3, tortured, perhaps before 4 August 2013
    }
    assert {name: (result[name], result["low"][name], result["high"][name])
            for name in expected} == expected
    assert result["disagreements"]["age_group"] == 1  # v2
    assert result["disagreements"]["cause"] == 1  # v2: shelling or an air strike
    assert result["disagreements"]["date"] == 0  # "2013" and "2013-09-01" agree


def test_rows_break_down_by_perpetrator(counted: Any) -> None:
    result = counted("stats", "--since", "2013-08-04", "--by", "perpetrator", "--json").json()
    rows = {row["perpetrator"]: row for row in result["rows"]}
    assert set(rows) == {"syrian_regime", "russia"}
    assert (rows["syrian_regime"]["total"], rows["syrian_regime"]["low"]["total"],
            rows["syrian_regime"]["high"]["total"]) == (2, 2, 3)
    assert rows["russia"]["age_sex_unknown"] == 1
    assert sum(row["total"] for row in rows.values()) == result["total"]


def test_a_year_only_date_has_its_own_row_by_month(counted: Any) -> None:
    rows = {row["month"]: row for row in counted("stats", "--by", "month", "--json")
            .json()["rows"]}
    assert rows["2013"]["total"] == 1  # v3: never put into a month
    assert rows["2013-09"]["total"] == 1  # v2, by its more precise record
    assert rows["2013-09"]["high"]["total"] == 2  # v3 may have died in September


def test_filters_count_the_victims_they_name(counted: Any) -> None:
    result = counted("stats", "--where", "governorate=حلب", "--where", "list=B",
                     "--json").json()
    assert (result["total"], result["low"]["total"]) == (2, 2)  # v1, v2 (Aleppo in Arabic)


def test_without_partial_dates_unknowns_or_disagreements_low_equals_high(
        cli: Any, tmp_path: Path) -> None:
    rows = [f"k{n},Name{n},Family{n},{'female' if n % 3 else 'male'},{n * 7 % 80},"
            f"201{n % 6}-0{n % 9 + 1}-1{n % 9},{('Aleppo', 'Homs', 'Idlib')[n % 3]},"
            f"{('shelling', 'torture')[n % 2]},{('syrian_regime', 'isis')[n % 2]}"
            for n in range(40)]
    assert cli("import", "list", write(tmp_path / "clean.csv", [HEADER, *rows]), "--source",
               "clean").exit_code == 0
    assert cli("import", "links", write(tmp_path / "links.csv", [
        "source,record_key,victim_id"])).exit_code == 0
    for args in ((), ("--since", "2013-08-04", "--until", "2014-06"),
                 ("--by", "perpetrator,governorate"), ("--by", "month")):
        result = cli("stats", *args, "--json").json()
        for counts in (result, *result["rows"]):
            for name in ("total", "children", "women", "men", "under_torture"):
                assert counts["low"][name] == counts[name] == counts["high"][name], (args, name)
    assert cli("stats", "--json").json()["total"] == 40


def test_bad_questions_are_refused(counted: Any, cli: Any) -> None:
    for args in (("--by", "colour"), ("--where", "perpetrator"), ("--since", "2013-13"),
                 ("--since", "2014", "--until", "2013"), ("--where", "list=nobody")):
        result = counted("stats", *args)
        assert result.exit_code == 2, args
        assert "error" in result.stderr


def test_a_register_without_victims_says_to_link_first(cli: Any, tmp_path: Path) -> None:
    cli("import", "list", write(tmp_path / "A.csv", [HEADER, *LIST_A]), "--source", "A")
    result = cli("stats")
    assert result.exit_code == 1
    assert "rasd link" in result.stderr
