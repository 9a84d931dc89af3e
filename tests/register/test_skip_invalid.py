"""`rasd import list --skip-invalid`: the valid rows go in, the others go to FILE.rejects.csv
with the row, field, value and reason of each (design.md, "Command-line contract")."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.lists import HEADER, make_rows, write_list
from tests.register.helpers import Cli, current, import_json, shown

# Each test runs with the rows converted here and in a worker process.
pytestmark = pytest.mark.usefixtures("converted_in")

ROWS = 20
# Row numbers as a person sees them: the header is row 1, so data row i is row i + 2.
BAD_DATE_ROW, UNMAPPED_ROW, FIRST_KEY_ROW, REPEATED_KEY_ROW = 5, 9, 7, 14


def _set(rows: list[list[str]], row: int, column: str, value: str) -> None:
    rows[row - 2][HEADER.index(column)] = value


def bad_list(tmp_path: Path) -> Path:
    """20 rows in their own folder: one with an impossible date, one with a word the mapping
    does not know, and one repeating the key of an earlier row."""
    rows = make_rows(ROWS)
    _set(rows, BAD_DATE_ROW, "date_of_death", "31/02/2013")
    _set(rows, UNMAPPED_ROW, "sex", "ذكرر")
    _set(rows, REPEATED_KEY_ROW, "id", rows[FIRST_KEY_ROW - 2][0])
    return write_list(folder(tmp_path), rows)


def folder(tmp_path: Path) -> Path:
    """Where the list goes: a folder of its own, to see what the import leaves beside it."""
    lists = tmp_path / "lists"
    lists.mkdir()
    return lists / "list.csv"


def read_rejects(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_valid_rows_are_imported_and_bad_ones_left_out(cli: Cli, tmp_path: Path) -> None:
    path = bad_list(tmp_path)
    import_json(cli, path, "--mapping", path.with_suffix(".yaml"), "--skip-invalid")
    keys = set(current(cli, "test-list"))
    left_out = {f"K{row - 2:07d}" for row in (BAD_DATE_ROW, UNMAPPED_ROW, REPEATED_KEY_ROW)}
    assert keys == {f"K{n:07d}" for n in range(ROWS)} - left_out
    assert len(keys) == ROWS - 3


def test_repeated_key_keeps_the_first_row(cli: Cli, tmp_path: Path) -> None:
    path = bad_list(tmp_path)
    import_json(cli, path, "--mapping", path.with_suffix(".yaml"), "--skip-invalid")
    versions = shown(cli, f"K{FIRST_KEY_ROW - 2:07d}", "test-list")
    assert [(v["version"], v["row_number"]) for v in versions] == [(1, FIRST_KEY_ROW)]


def test_json_counts_rows_imported_and_rejected(cli: Cli, tmp_path: Path) -> None:
    path = bad_list(tmp_path)
    result = import_json(cli, path, "--mapping", path.with_suffix(".yaml"), "--skip-invalid")
    assert (result["rows"], result["imported"], result["rejected"]) == (ROWS, ROWS - 3, 3)
    assert (result["unchanged"], result["updated"], result["withdrawn"]) == (0, 0, 0)
    assert result["rejects_file"] == str(path) + ".rejects.csv"


def test_rejects_file_gives_row_field_value_and_reason(cli: Cli, tmp_path: Path) -> None:
    path = bad_list(tmp_path)
    import_json(cli, path, "--mapping", path.with_suffix(".yaml"), "--skip-invalid")
    rejects = read_rejects(path.with_name("list.csv.rejects.csv"))
    assert list(rejects[0]) == ["row", "field", "value", "reason"]
    by_row = {int(reject["row"]): reject for reject in rejects}
    assert sorted(by_row) == [BAD_DATE_ROW, UNMAPPED_ROW, REPEATED_KEY_ROW]
    assert (by_row[BAD_DATE_ROW]["field"], by_row[BAD_DATE_ROW]["value"]) == (
        "date_of_death", "31/02/2013")
    assert (by_row[UNMAPPED_ROW]["field"], by_row[UNMAPPED_ROW]["value"]) == ("sex", "ذكرر")
    repeated = by_row[REPEATED_KEY_ROW]
    assert (repeated["field"], repeated["value"]) == ("id", f"K{FIRST_KEY_ROW - 2:07d}")
    assert str(FIRST_KEY_ROW) in repeated["reason"]  # names the row it repeats
    assert all(reject["reason"] for reject in rejects)


def test_no_rejects_file_when_no_row_is_bad(cli: Cli, tmp_path: Path) -> None:
    path = write_list(folder(tmp_path), make_rows(ROWS))
    result = import_json(cli, path, "--mapping", path.with_suffix(".yaml"), "--skip-invalid")
    assert (result["imported"], result["rejected"], result["rejects_file"]) == (ROWS, 0, None)
    assert sorted(p.name for p in path.parent.iterdir()) == ["list.csv", "list.yaml"]


def test_without_skip_invalid_a_bad_list_writes_no_rejects_file(cli: Cli, tmp_path: Path
                                                                 ) -> None:
    path = bad_list(tmp_path)
    result = cli("import", "list", path, "--mapping", path.with_suffix(".yaml"))
    assert result.exit_code == 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["list.csv", "list.yaml"]


def test_rejected_row_of_a_resent_list_keeps_its_record(cli: Cli, tmp_path: Path) -> None:
    rows = make_rows(ROWS)
    first = write_list(tmp_path / "list.csv", rows)
    import_json(cli, first, "--mapping", first.with_suffix(".yaml"))
    _set(rows, BAD_DATE_ROW, "date_of_death", "31/02/2013")
    resent = write_list(tmp_path / "resent.csv", rows)

    result = import_json(cli, resent, "--mapping", resent.with_suffix(".yaml"),
                         "--skip-invalid")

    assert (result["rejected"], result["withdrawn"], result["unchanged"]) == (1, 0, ROWS - 1)
    key = f"K{BAD_DATE_ROW - 2:07d}"
    assert key in current(cli, "test-list")
    versions = shown(cli, key, "test-list")
    assert [(v["version"], v["current"], v["withdrawn"]) for v in versions] == [(1, True, False)]


COUNCIL_MAPPING = """source: council
columns: {record_key: "الرقم", name_ar: "الاسم", date_of_death: "تاريخ الاستشهاد"}
"""


def write_council(path: Path, dates: list[str]) -> Path:
    keys = ["١", "٢", "٣"]
    names = ["محمد الحموي", "زينب عبد الله", "خالد نور الدين"]
    lines = ["الرقم;الاسم;تاريخ الاستشهاد"]
    lines += [f"{key};{name};{date}" for key, name, date in zip(keys, names, dates, strict=True)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    path.with_suffix(".yaml").write_text(COUNCIL_MAPPING, encoding="utf-8")
    return path


def test_rejected_row_keyed_in_eastern_digits_keeps_its_record(cli: Cli, tmp_path: Path
                                                               ) -> None:
    first = write_council(tmp_path / "council.csv", ["١٥/٠٣/٢٠١٣", "١٨/٠٩/٢٠١٢", "٢٠١٤"])
    import_json(cli, first, "--mapping", first.with_suffix(".yaml"))
    resent = write_council(tmp_path / "resent.csv", ["١٥/٠٣/٢٠١٣", "٣١/٠٢/٢٠١٢", "٢٠١٤"])

    result = import_json(cli, resent, "--mapping", resent.with_suffix(".yaml"),
                         "--skip-invalid")

    assert (result["rejected"], result["withdrawn"]) == (1, 0)
    assert sorted(current(cli, "council")) == ["1", "2", "3"]
