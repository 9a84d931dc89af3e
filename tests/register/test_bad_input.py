"""Each kind of bad input: exit 2, a message naming file, row and field, and nothing written."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import snapshot
from tests.lists import HEADER, MAPPING, make_rows, write_list

# Each test runs with the rows converted here and in a worker process.
pytestmark = pytest.mark.usefixtures("converted_in")


def _csv(tmp_path: Path, rows: list[list[str]], name: str = "list.csv") -> Path:
    return write_list(tmp_path / name, rows)


def _with(rows: list[list[str]], row: int, column: str, value: str) -> list[list[str]]:
    rows[row][HEADER.index(column)] = value
    return rows


def unknown_column(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, make_rows(20))
    mapping = tmp_path / "unknown.yaml"
    mapping.write_text(MAPPING.replace("sex: sex", "sex: Gender"), encoding="utf-8")
    return path, mapping


def malformed_yaml(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, make_rows(20))
    mapping = tmp_path / "broken.yaml"
    mapping.write_text("source: x\ncolumns: {record_key: id,\n  sex: [sex\n", encoding="utf-8")
    return path, mapping


def mapping_wrong_shape(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, make_rows(20))
    mapping = tmp_path / "shape.yaml"
    mapping.write_text("source: x\ncolumns:\n  - id\n  - sex\n", encoding="utf-8")
    return path, mapping


def undecodable(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, make_rows(20))
    data = path.read_bytes().splitlines(keepends=True)
    data[8] = data[8].replace(b"K0000007,", b"K0000007,\xff\xfe\xd8")
    path.write_bytes(b"".join(data))
    return path, path.with_suffix(".yaml")


def empty_file(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, [])
    path.write_bytes(b"")
    return path, path.with_suffix(".yaml")


def truncated_xlsx(tmp_path: Path) -> tuple[Path, Path]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in make_rows(200):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "list.xlsx"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    mapping = tmp_path / "list.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return path, mapping


def _bad_cell(column: str, value: str):  # type: ignore[no-untyped-def]
    def make(tmp_path: Path) -> tuple[Path, Path]:
        path = _csv(tmp_path, _with(make_rows(20), 11, column, value))
        return path, path.with_suffix(".yaml")
    return make


def repeated_key(tmp_path: Path) -> tuple[Path, Path]:
    path = _csv(tmp_path, _with(make_rows(20), 15, "id", "K0000004"))
    return path, path.with_suffix(".yaml")


# case: (make files, which file the message names, row, field)
CASES = {
    "unknown column in mapping": (unknown_column, "list.csv", 1, "columns.sex"),
    "malformed mapping (YAML)": (malformed_yaml, "broken.yaml", 3, None),
    "malformed mapping (shape)": (mapping_wrong_shape, "shape.yaml", 2, "columns"),
    "undecodable bytes": (undecodable, "list.csv", 9, "name_ar"),
    "empty file": (empty_file, "list.csv", 1, None),
    "truncated xlsx": (truncated_xlsx, "list.xlsx", None, None),
    "bad date": (_bad_cell("date_of_death", "31/02/2013"), "list.csv", 13, "date_of_death"),
    "date in the future": (_bad_cell("date_of_death", "2099-01-01"), "list.csv", 13,
                           "date_of_death"),
    "unmapped vocabulary": (_bad_cell("sex", "ذكرر"), "list.csv", 13, "sex"),
    "negative age": (_bad_cell("age", "-4"), "list.csv", 13, "age"),
    "absurd age": (_bad_cell("age", "130"), "list.csv", 13, "age"),
    "repeated record key": (repeated_key, "list.csv", 17, "id"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_refused_and_changes_nothing(case, cli, register, tmp_path):  # type: ignore[no-untyped-def]
    make, named_file, row, field = CASES[case]
    # A register that already holds a source, so "unchanged" means more than "still empty".
    good = write_list(tmp_path / "good.csv", make_rows(5, seed=9))
    assert cli("import", "list", good, "--mapping", good.with_suffix(".yaml")).exit_code == 0
    before = snapshot(register)
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    path, mapping = make(bad_dir)

    result = cli("import", "list", path, "--mapping", mapping, "--source", "test-list")

    assert result.exit_code == 2, result.stderr
    assert named_file in result.stderr
    if row is not None:
        assert f"row {row}" in result.stderr
    if field is not None:
        assert f"field {field}" in result.stderr
    assert result.stdout == ""
    assert snapshot(register) == before
    assert cli("audit", "verify").exit_code == 0


def test_repeated_key_names_both_rows(cli, tmp_path):  # type: ignore[no-untyped-def]
    path, mapping = repeated_key(tmp_path)
    result = cli("import", "list", path, "--mapping", mapping)
    assert "rows 6 and 17" in result.stderr
