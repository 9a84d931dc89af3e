"""The importer reads lists as sources send them, without being told their encoding, delimiter,
digits or layout (design.md, "Import mappings": what the importer reads without being told)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl

from tests.register.helpers import Cli, current, import_json, pick, shown

# --- an Arabic council list, written in each encoding and layout --------------------------

HEADER = ["الرقم", "الاسم", "الجنس", "العمر", "تاريخ الاستشهاد", "سبب الاستشهاد"]
ROWS = [
    ["1", "محمد عبد الرحمن الحموي", "ذكر", "45", "15 آذار 2013", "قذيفة"],
    ["2", "زينب محمد عبد الله", "أنثى", "~30", "أيلول 2012", "غارة"],
    ["3", "جنى سامر الحسن", "أنثى", "3 أشهر", "2014", "حصار"],
]
MAPPING = """source: council
columns:
  record_key: "الرقم"
  name_ar: "الاسم"
  sex: "الجنس"
  age: "العمر"
  date_of_death: "تاريخ الاستشهاد"
  cause: "سبب الاستشهاد"
values:
  sex: {"ذكر": male, "أنثى": female}
  cause: {"قذيفة": shelling, "غارة": airstrike, "حصار": siege}
"""
EXPECTED = {
    "1": {"name_ar": "محمد عبد الرحمن الحموي", "sex": "male", "age": 45, "age_estimated": False,
          "age_group": "adult", "date_of_death": "2013-03-15", "date_precision": "day",
          "cause": "shelling"},
    "2": {"name_ar": "زينب محمد عبد الله", "sex": "female", "age": 30, "age_estimated": True,
          "age_group": "adult", "date_of_death": "2012-09", "date_precision": "month",
          "cause": "airstrike"},
    "3": {"name_ar": "جنى سامر الحسن", "sex": "female", "age": 0, "age_estimated": False,
          "age_group": "child", "date_of_death": "2014", "date_precision": "year",
          "cause": "siege"},
}


def write_council(tmp_path: Path, *, name: str = "council.csv", encoding: str = "utf-8",
                  delimiter: str = ",", newline: str = "\n",
                  rows: list[list[str]] | None = None) -> tuple[Path, Path]:
    """The council list as bytes in `encoding`, and its mapping beside it."""
    lines = [delimiter.join(cells) for cells in [HEADER, *(rows or ROWS)]]
    path = tmp_path / name
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    mapping = tmp_path / "council.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return path, mapping


def assert_council_imported(cli: Cli, path: Path, mapping: Path) -> dict[str, Any]:
    """Imports the list and checks every record's canonical fields; returns `detected`."""
    result = import_json(cli, path, "--mapping", mapping)
    assert (result["rows"], result["imported"], result["rejected"]) == (3, 3, 0)
    records = current(cli, "council")
    assert {key: pick(fields, *EXPECTED[key]) for key, fields in records.items()} == EXPECTED
    detected: dict[str, Any] = result["detected"]
    return detected


def test_utf8_with_bom_crlf_and_semicolons(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_council(tmp_path, encoding="utf-8-sig", delimiter=";", newline="\r\n")
    detected = assert_council_imported(cli, path, mapping)
    assert detected == {"format": "csv", "encoding": "utf-8-sig", "delimiter": ";"}
    # The last cell of a CRLF line keeps no carriage return in the raw row.
    assert shown(cli, "1", "council")[0]["raw"]["سبب الاستشهاد"] == "قذيفة"


def test_cp1256_arabic_windows_bytes(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_council(tmp_path, encoding="cp1256", newline="\r\n")
    detected = assert_council_imported(cli, path, mapping)
    assert detected["encoding"] == "cp1256"


def test_utf16_with_bom(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_council(tmp_path, encoding="utf-16", delimiter="\t", newline="\r\n")
    detected = assert_council_imported(cli, path, mapping)
    assert detected["encoding"] == "utf-16"
    assert detected["delimiter"] == "\t"


def test_utf16_le_without_bom(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_council(tmp_path, encoding="utf-16-le", delimiter="\t", newline="\r\n")
    assert not path.read_bytes().startswith(b"\xff\xfe")
    detected = assert_council_imported(cli, path, mapping)
    assert detected["encoding"] == "utf-16-le"


def test_tsv_file_is_tab_separated(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_council(tmp_path, name="council.tsv", delimiter="\t")
    detected = assert_council_imported(cli, path, mapping)
    assert detected == {"format": "tab", "encoding": "utf-8", "delimiter": "\t"}


def test_eastern_arabic_digits_in_keys_ages_and_dates(cli: Cli, tmp_path: Path) -> None:
    rows = [["١٢", "محمد الحموي", "ذكر", "٤٥", "١٥/٠٣/٢٠١٣", "قذيفة"],
            ["١٣", "زينب عبد الله", "أنثى", "~٣٠", "٢٠١٢/٠٩", "غارة"]]
    path, mapping = write_council(tmp_path, rows=rows)
    import_json(cli, path, "--mapping", mapping)
    records = current(cli, "council")
    assert sorted(records) == ["12", "13"]
    assert pick(records["12"], "age", "date_of_death", "date_precision") == {
        "age": 45, "date_of_death": "2013-03-15", "date_precision": "day"}
    assert pick(records["13"], "age", "age_estimated", "date_of_death") == {
        "age": 30, "age_estimated": True, "date_of_death": "2012-09"}


def test_persian_digits_in_keys_ages_and_dates(cli: Cli, tmp_path: Path) -> None:
    rows = [["۱۲", "محمد الحموي", "ذكر", "۴۵", "۱۵/۰۳/۲۰۱۳", "قذيفة"]]
    path, mapping = write_council(tmp_path, rows=rows)
    import_json(cli, path, "--mapping", mapping)
    records = current(cli, "council")
    assert list(records) == ["12"]
    assert pick(records["12"], "age", "date_of_death") == {
        "age": 45, "date_of_death": "2013-03-15"}


def test_quoted_cell_with_newline_and_delimiter(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(["record_key", "name_latin", "notes"])
        writer.writerow(["A1", "Mohammad al-Hamwi", "Killed near the market;\nhis son injured"])
        writer.writerow(["A2", "Zainab Abdallah", "At home"])
    result = import_json(cli, path, "--source", "monitor")
    assert (result["rows"], result["imported"]) == (2, 2)
    assert result["detected"]["delimiter"] == ";"
    assert current(cli, "monitor")["A1"]["notes"] == "Killed near the market; his son injured"
    raw = shown(cli, "A1", "monitor")[0]["raw"]
    assert raw["notes"] == "Killed near the market;\nhis son injured"


# --- JSON ----------------------------------------------------------------------------------

RECORDS = [
    {"id": 2041, "name_ar": "محمد الحموي", "gender": "male", "age": 45,
     "death_date": "2013-03-15", "cause": "shelling", "civilian": True},
    {"id": 2042, "name_ar": "زينب عبد الله", "gender": "female", "age": None,
     "death_date": "2014-05", "cause": "airstrike", "civilian": False},
]
JSON_MAPPING = """source: network
columns: {record_key: id, name_ar: name_ar, sex: gender, age: age,
          date_of_death: death_date, cause: cause}
dates: {order: YMD}
"""
JSON_EXPECTED = {
    "2041": {"name_ar": "محمد الحموي", "sex": "male", "age": 45, "date_of_death": "2013-03-15",
             "date_precision": "day", "cause": "shelling"},
    "2042": {"name_ar": "زينب عبد الله", "sex": "female", "age": None,
             "date_of_death": "2014-05", "date_precision": "month", "cause": "airstrike"},
}


def write_json(tmp_path: Path, name: str, document: Any, mapping: str = JSON_MAPPING
               ) -> tuple[Path, Path]:
    path = tmp_path / name
    if name.endswith(".jsonl"):
        text = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in document)
    else:
        text = json.dumps(document, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    mapping_path = tmp_path / "network.yaml"
    mapping_path.write_text(mapping, encoding="utf-8")
    return path, mapping_path


def assert_network_imported(cli: Cli, path: Path, mapping: Path) -> dict[str, Any]:
    result = import_json(cli, path, "--mapping", mapping)
    assert (result["rows"], result["imported"], result["rejected"]) == (2, 2, 0)
    records = current(cli, "network")
    assert {key: pick(fields, *JSON_EXPECTED[key]) for key, fields in records.items()} \
        == JSON_EXPECTED
    detected: dict[str, Any] = result["detected"]
    return detected


def test_json_array(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_json(tmp_path, "network.json", RECORDS)
    detected = assert_network_imported(cli, path, mapping)
    assert detected == {"format": "json", "records": "item"}
    # An unmapped key stays in the raw record, as it came.
    assert shown(cli, "2042", "network")[0]["raw"] == RECORDS[1]


def test_json_object_with_the_list_under_a_top_level_key(cli: Cli, tmp_path: Path) -> None:
    document = {"exported": "2024-01-01", "meta": {"tags": ["a"]}, "victims": RECORDS}
    path, mapping = write_json(tmp_path, "network.json", document)
    detected = assert_network_imported(cli, path, mapping)
    assert detected["records"] == "victims.item"


def test_json_list_nested_deeper_is_read_where_the_mapping_says(cli: Cli, tmp_path: Path
                                                                ) -> None:
    document = {"data": {"count": 2, "victims": RECORDS}}
    mapping_text = JSON_MAPPING + "read: {records: data.victims}\n"
    path, mapping = write_json(tmp_path, "network.json", document, mapping_text)
    detected = assert_network_imported(cli, path, mapping)
    assert detected["records"] == "data.victims.item"


def test_json_list_nested_deeper_without_read_records_names_the_setting(
        cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_json(tmp_path, "network.json", {"data": {"victims": RECORDS}})
    result = cli("import", "list", path, "--mapping", mapping)
    assert result.exit_code == 2
    assert "network.json" in result.stderr
    assert "read.records" in result.stderr


def test_json_lines(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_json(tmp_path, "network.jsonl", RECORDS)
    detected = assert_network_imported(cli, path, mapping)
    assert detected["format"] == "jsonl"


def test_nested_json_objects_mapped_with_dotted_columns(cli: Cli, tmp_path: Path) -> None:
    document = [
        {"id": "RN-1", "name": {"ar": "أنس محمد السرميني", "en": "Anas Mohammed al-Sarmini"},
         "death": {"date": "2016-02-15",
                   "place": {"governorate": "Idlib", "locality": "Saraqib"}}},
    ]
    mapping_text = """source: network
columns: {record_key: id, name_ar: name.ar, name_latin: name.en, date_of_death: death.date,
          governorate: death.place.governorate, locality: death.place.locality}
"""
    path, mapping = write_json(tmp_path, "nested.json", document, mapping_text)
    import_json(cli, path, "--mapping", mapping)
    fields = current(cli, "network")["RN-1"]
    assert pick(fields, "name_ar", "name_latin", "date_of_death", "governorate",
                "locality") == {
        "name_ar": "أنس محمد السرميني", "name_latin": "Anas Mohammed al-Sarmini",
        "date_of_death": "2016-02-15", "governorate": "Idlib", "locality": "Saraqib"}
    assert shown(cli, "RN-1", "network")[0]["raw"] == document[0]


# --- xlsx ----------------------------------------------------------------------------------

XLSX_MAPPING = """source: monitor
read: {sheet: Victims}
columns: {record_key: ID, name_latin: Full name, age: Age, date_of_death: Date of death}
"""


def write_workbook(tmp_path: Path) -> tuple[Path, Path]:
    """A note on the first sheet, the list on "Victims": numbers stored as floats ("2041.0",
    as some exporters write them), real date cells, one with a time of day, and a text date."""
    book = openpyxl.Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Victims list: export for partner organisations"])
    victims = book.create_sheet("Victims")
    victims.append(["ID", "Full name", "Age", "Date of death"])
    victims.append([2041, "Mohammad Abdul Rahman al-Hamwi", 45, datetime(2013, 3, 16)])
    victims.append([2042, "Layan Mahmoud Hajj Hussein", 7, datetime(2014, 2, 4, 14, 21)])
    victims.append([2043, "Bilal Mahmoud al-Halabi", 19, "September 2013"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "monitor.xlsx"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                for number in (b"2041", b"2042", b"2043", b"45", b"19"):
                    data = data.replace(b"<v>" + number + b"</v>", b"<v>" + number + b".0</v>")
            target.writestr(item, data)
    mapping = tmp_path / "monitor.yaml"
    mapping.write_text(XLSX_MAPPING, encoding="utf-8")
    return path, mapping


def test_xlsx_sheet_chosen_by_name(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_workbook(tmp_path)
    result = import_json(cli, path, "--mapping", mapping)
    assert (result["rows"], result["imported"]) == (3, 3)
    assert result["detected"] == {"format": "xlsx", "sheet": "Victims"}


def test_xlsx_integer_valued_floats_are_whole_numbers(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_workbook(tmp_path)
    import_json(cli, path, "--mapping", mapping)
    records = current(cli, "monitor")
    assert sorted(records) == ["2041", "2042", "2043"]
    assert records["2041"]["age"] == 45
    assert shown(cli, "2041", "monitor")[0]["raw"]["ID"] == "2041"


def test_xlsx_date_cells_are_dates(cli: Cli, tmp_path: Path) -> None:
    path, mapping = write_workbook(tmp_path)
    import_json(cli, path, "--mapping", mapping)
    dates = {key: (fields["date_of_death"], fields["date_precision"])
             for key, fields in current(cli, "monitor").items()}
    assert dates == {"2041": ("2013-03-16", "day"), "2042": ("2014-02-04", "day"),
                     "2043": ("2013-09", "month")}
