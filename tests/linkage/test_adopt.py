"""`rasd import links`: a linkage made elsewhere becomes the victims, under the same stable-id
rule and people's decisions; a bad file changes nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import snapshot

LIST = ["record_key,full_name,sex,date_of_death",
        "r1,Huda Khalil,female,2013-08-10", "r2,Huda Khaleel,female,2013-08-10",
        "r3,Omar Saleh,male,2014-01-02", "r4,Sami Nasser,male,2012-05-05"]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def listed(cli: Any, tmp_path: Path) -> Any:
    assert cli("import", "list", write(tmp_path / "list.csv", LIST), "--source", "A"
               ).exit_code == 0
    return cli


def victims_of(cli: Any, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / "out.csv"
    cli("export", "links", "--out", out)
    rows = [line.split(",") for line in out.read_text(encoding="utf-8").split()[1:]]
    return {key: victim for _, key, victim in rows}


def test_the_files_groups_become_victims_and_unlisted_records_stay_alone(
        listed: Any, tmp_path: Path) -> None:
    links = write(tmp_path / "links.csv", ["source,record_key,victim_id", "A,r1,p", "A,r2,p",
                                           "A,r3,q"])
    result = listed("import", "links", links, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["victims"] == 3
    found = victims_of(listed, tmp_path)
    assert found["r1"] == found["r2"] != found["r3"] != found["r4"]
    # The same linkage again keeps every id.
    assert listed("import", "links", links).exit_code == 0
    assert victims_of(listed, tmp_path) == found


@pytest.mark.parametrize(("lines", "message"), [
    (["source,key,victim"], "header"),
    (["source,record_key,victim_id", "Z,r1,p"], "row 2, field source"),
    (["source,record_key,victim_id", "A,r1,p", "A,r1,q"], "rows 2 and 3"),
    (["source,record_key,victim_id", "A,r9,p"], "not current records"),
    (["source,record_key,victim_id", "A,r1,"], "row 2"),
])
def test_a_bad_links_file_is_refused_and_changes_nothing(
        listed: Any, register: Any, tmp_path: Path, lines: list[str], message: str) -> None:
    before = snapshot(register)
    result = listed("import", "links", write(tmp_path / "bad.csv", lines))
    assert result.exit_code == 2
    assert "bad.csv" in result.stderr and message in result.stderr
    assert snapshot(register) == before


def test_a_file_that_contradicts_a_decision_is_refused(listed: Any, tmp_path: Path) -> None:
    assert listed("import", "links", write(tmp_path / "first.csv", [
        "source,record_key,victim_id"])).exit_code == 0
    assert listed("review", "decide", "A:r1", "A:r2", "--different").exit_code == 0
    result = listed("import", "links", write(tmp_path / "links.csv", [
        "source,record_key,victim_id", "A,r1,p", "A,r2,p"]))
    assert result.exit_code == 2
    assert "different people" in result.stderr
