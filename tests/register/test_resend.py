"""Groups resend their whole list every month: changed rows get new versions, vanished rows are
withdrawn (never deleted), new rows are added, unchanged rows are left alone."""

from __future__ import annotations

import csv
import random

import pytest
from sqlalchemy import text

from rasd.register import Register
from tests.lists import HEADER, make_row, make_rows, write_list

# Each test runs with the rows converted here and in a worker process.
pytestmark = pytest.mark.usefixtures("converted_in")

CAUSE = HEADER.index("cause")


def resend(rows: list[list[str]], seed: int = 7) -> tuple[list[list[str]], dict[str, list[str]]]:
    """The list a month later: 5 % of rows changed, 2 % gone, 3 % new."""
    rng = random.Random(seed)
    count = len(rows)
    picked = rng.sample(range(count), count * 7 // 100)
    changed, removed = picked[: count * 5 // 100], set(picked[count * 5 // 100:])
    new_rows = [list(row) for row in rows]
    for index in changed:
        new_rows[index][CAUSE] = "execution" if rows[index][CAUSE] != "execution" else "siege"
    kept = [row for index, row in enumerate(new_rows) if index not in removed]
    added = [make_row(rng, 100_000 + n) for n in range(count * 3 // 100)]
    keys = {"changed": [rows[i][0] for i in changed], "removed": [rows[i][0] for i in removed],
            "added": [row[0] for row in added]}
    return kept + added, keys


def _ids(register: Register) -> dict[str, int]:
    with register.read() as conn:
        return dict(conn.execute(text("SELECT record_key, id FROM records WHERE current")).all())


def test_resent_list_counts_exactly_what_changed(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    rows = make_rows(1000)
    first = write_list(tmp_path / "march.csv", rows)
    assert cli("import", "list", first, "--mapping", first.with_suffix(".yaml"),
               "--json").json()["imported"] == 1000
    before = _ids(register)
    second_rows, keys = resend(rows)
    second = write_list(tmp_path / "april.csv", second_rows)

    result = cli("import", "list", second, "--mapping", second.with_suffix(".yaml"), "--json")

    assert result.exit_code == 0, result.stderr
    counts = result.json()
    assert {name: counts[name] for name in
            ("rows", "imported", "updated", "unchanged", "withdrawn", "rejected")} == {
        "rows": 1010, "imported": 30, "updated": 50, "unchanged": 930, "withdrawn": 20,
        "rejected": 0}
    after = _ids(register)
    untouched = set(before) - set(keys["changed"]) - set(keys["removed"])
    assert all(after[key] == before[key] for key in untouched)
    assert cli("audit", "verify").exit_code == 0


def test_record_show_gives_old_and_new_versions(cli, tmp_path):  # type: ignore[no-untyped-def]
    rows = make_rows(200)
    first = write_list(tmp_path / "march.csv", rows)
    cli("import", "list", first, "--mapping", first.with_suffix(".yaml"))
    second_rows, keys = resend(rows)
    second = write_list(tmp_path / "april.csv", second_rows)
    cli("import", "list", second, "--mapping", second.with_suffix(".yaml"))

    changed = keys["changed"][0]
    versions = cli("record", "show", changed, "--source", "test-list", "--json").json()
    assert [(v["version"], v["current"], v["withdrawn"]) for v in versions] == [
        (1, False, False), (2, True, False)]
    assert versions[0]["fields"]["cause"] != versions[1]["fields"]["cause"]
    assert versions[0]["file_name"] == "march.csv" and versions[1]["file_name"] == "april.csv"
    shown = cli("record", "show", changed, "--source", "test-list")
    assert "version 1 (old" in shown.stdout and "version 2 (current" in shown.stdout

    removed = keys["removed"][0]
    versions = cli("record", "show", removed, "--source", "test-list", "--json").json()
    assert [(v["version"], v["current"], v["withdrawn"]) for v in versions] == [
        (1, False, False), (2, True, True)]
    assert versions[0]["fields"] == versions[1]["fields"]


def test_withdrawn_record_that_comes_back_is_current_again(cli, tmp_path):  # type: ignore[no-untyped-def]
    rows = make_rows(50)
    lists = [rows, rows[1:], list(reversed(rows))]  # the last is a new file, not the first again
    for month, content in enumerate(lists):
        path = write_list(tmp_path / f"month{month}.csv", content)
        result = cli("import", "list", path, "--mapping", path.with_suffix(".yaml"), "--json")
        assert result.exit_code == 0, result.stderr
    assert result.json()["updated"] == 1 and result.json()["unchanged"] == 49
    versions = cli("record", "show", rows[0][0], "--source", "test-list", "--json").json()
    assert [(v["version"], v["withdrawn"], v["current"]) for v in versions] == [
        (1, False, False), (2, True, False), (3, False, True)]
    listed = cli("records", "--json", "--limit", "0").json()
    assert len(listed) == 50
    assert cli("audit", "verify").exit_code == 0


def test_reordered_columns_change_no_record(cli, tmp_path):  # type: ignore[no-untyped-def]
    rows = make_rows(100)
    first = write_list(tmp_path / "list.csv", rows)
    cli("import", "list", first, "--mapping", first.with_suffix(".yaml"))
    order = list(reversed(range(len(HEADER))))
    second = tmp_path / "reordered.csv"
    with open(second, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([HEADER[i] for i in order])
        writer.writerows([[row[i] for i in order] for row in rows])

    result = cli("import", "list", second, "--mapping", first.with_suffix(".yaml"), "--json")

    assert result.json()["unchanged"] == 100
    assert result.json()["updated"] == 0


def test_same_file_again_adds_nothing_and_says_so(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    path = write_list(tmp_path / "list.csv", make_rows(30))
    cli("import", "list", path, "--mapping", path.with_suffix(".yaml"))
    with register.read() as conn:
        entries = conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar()

    again = cli("import", "list", path, "--mapping", path.with_suffix(".yaml"))
    again_json = cli("import", "list", path, "--mapping", path.with_suffix(".yaml"), "--json")

    assert again.exit_code == 0 and "already imported" in again.stdout
    assert again_json.json()["already_imported"] is True
    assert again_json.json()["imported"] == 0
    with register.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar() == entries
        assert conn.execute(text("SELECT COUNT(*) FROM records")).scalar() == 30


