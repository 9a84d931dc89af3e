"""Read a list file (csv, tsv, xlsx, json, jsonl) as a stream of rows, detecting what it can.

Row numbers are those a person sees: in a table the header is row 1 and the first record row 2;
in a JSON array or a JSON-lines file the first record is row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, cast

import ijson

from rasd.errors import InputError
from rasd.register.mapping import ReadOptions

Progress = Callable[[int], None]  # called with the number of bytes read so far

MEDIA_TYPES = {
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".txt": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".ndjson": "application/jsonl",
}
_SAMPLE = 1 << 16
csv.field_size_limit(sys.maxsize)


@dataclass(slots=True)  # one per row read: slots make it cheaper to make
class Row:
    number: int
    cells: Any  # a table row's list of cells, or a JSON record's text by dotted column name
    raw: Any  # what is stored: the list of cells of a table row, or the JSON object


@dataclass
class Table:
    header: list[str] | None  # None for JSON, whose records carry their own keys
    rows: Iterator[Row]
    detected: dict[str, str] = field(default_factory=dict)


def media_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InputError(
            "unknown file type; expected " + ", ".join(sorted(MEDIA_TYPES)), file=str(path)
        )
    return MEDIA_TYPES[suffix]


@contextmanager
def open_table(path: Path, options: ReadOptions, progress: Progress | None = None
               ) -> Iterator[Table]:
    """Open a list file and stream its rows; raises InputError naming file, row and field."""
    kind = media_type(path)
    with _CountingFile(path, progress) as binary:
        if binary.size == 0:
            raise InputError("the file is empty: no header row", file=str(path), row=1)
        if kind.endswith("sheet"):
            yield _xlsx_table(path, binary, options)
        elif kind == "application/json":
            yield _json_table(path, binary, options)
        elif kind == "application/jsonl":
            yield _jsonl_table(path, binary)
        else:
            yield _csv_table(path, binary, options, tab=kind.endswith("values"))


class _CountingFile(io.RawIOBase):
    """A binary file that reports how many bytes were read, for the progress bar."""

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.size = path.stat().st_size
        self._progress = progress

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def readinto(self, buffer: Any) -> int:
        count = self._file.readinto(buffer)
        if self._progress is not None:
            self._progress(self._file.tell())
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


# --- csv and tsv -------------------------------------------------------------------------

def detect_encoding(sample: bytes) -> str:
    """utf-8 (with or without BOM), utf-16 (with BOM, or by its zero bytes) or cp1256."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, which must be reported,
    # not read as Arabic Windows text; text written in cp1256 is hardly ever valid UTF-8.
    text = sample.decode("utf-8", errors="replace")
    valid = sum(1 for char in text if "\u0080" <= char != "\ufffd")
    return "utf-8" if valid > text.count("\ufffd") else "cp1256"


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows in its high bytes: zero for ASCII, 0x06 for Arabic letters,
    values that never both fill half of a text's bytes in any 8-bit encoding."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0) and high.count(0) + high.count(6) >= 0.9 * len(high):
            return encoding
    return None


def _csv_table(path: Path, binary: _CountingFile, options: ReadOptions, *, tab: bool) -> Table:
    sample = binary.read(_SAMPLE)
    binary.seek(0)
    encoding = options.encoding or detect_encoding(sample)
    # Undecodable bytes become lone surrogates, caught where a row is encoded for hashing.
    text = io.TextIOWrapper(io.BufferedReader(binary), encoding=encoding,
                            errors="surrogateescape", newline="")
    head = sample.decode(encoding, errors="replace").lstrip("\ufeff")
    first_line = head.splitlines()[0] if head.strip() else ""
    if not first_line.strip():
        raise InputError("the file is empty: no header row", file=str(path), row=1)
    delimiter = options.delimiter or ("\t" if tab else _sniff_delimiter(first_line))
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    try:
        header = [cell.strip().lstrip("\ufeff") for cell in next(reader)]
    except csv.Error as error:
        raise InputError(f"cannot read the header: {error}", file=str(path), row=1) from None
    _check_header(path, header)
    detected = {"format": "tab" if delimiter == "\t" else "csv", "encoding": encoding,
                "delimiter": delimiter}
    return Table(header, _csv_rows(path, reader, header), detected)


def _sniff_delimiter(line: str) -> str:
    counts = {char: line.count(char) for char in (",", ";", "\t", "|")}
    best = max(counts, key=lambda char: counts[char])
    return best if counts[best] else ","


def _check_header(path: Path, header: list[str]) -> None:
    seen: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if name in seen:
            raise InputError(f"column name repeated (columns {seen[name]} and {position})",
                             file=str(path), row=1, field=name)
        seen[name] = position


def _csv_rows(path: Path, reader: Any, header: list[str]) -> Iterator[Row]:
    width = len(header)
    number = 1
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputError(f"cannot read the row: {error}", file=str(path), row=number) from None
        if len(cells) != width:
            if not any(cell.strip() for cell in cells):
                continue
            raise InputError(f"the row has {len(cells)} cells but the header has {width}",
                             file=str(path), row=number)
        yield Row(number, cells, cells)


# --- xlsx --------------------------------------------------------------------------------

def _xlsx_table(path: Path, binary: _CountingFile, options: ReadOptions) -> Table:
    import openpyxl  # imported here: it is slow to import and only xlsx needs it

    try:
        book = openpyxl.load_workbook(binary, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputError(f"not a readable xlsx workbook (truncated or damaged: {error})",
                         file=str(path)) from None
    sheet = options.sheet
    if sheet is None:
        worksheet = book.worksheets[0]
    elif isinstance(sheet, int):
        if not 1 <= sheet <= len(book.worksheets):
            raise InputError(f"the workbook has {len(book.worksheets)} sheets", file=str(path),
                             field="read.sheet", value=sheet)
        worksheet = book.worksheets[sheet - 1]
    elif sheet in book.sheetnames:
        worksheet = book[sheet]
    else:
        raise InputError("no such sheet; the workbook has " + ", ".join(book.sheetnames),
                         file=str(path), field="read.sheet", value=sheet)
    rows = _guard_xlsx(path, worksheet.iter_rows(values_only=True))
    try:
        first = next(rows)
    except StopIteration:
        raise InputError("the sheet is empty: no header row", file=str(path), row=1) from None
    header = [_cell_text(cell).strip() for cell in first[1]]
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise InputError("the header row is empty", file=str(path), row=1)
    _check_header(path, header)
    detected = {"format": "xlsx", "sheet": str(worksheet.title)}
    return Table(header, _xlsx_rows(path, rows, header), detected)


def _guard_xlsx(path: Path, rows: Iterator[tuple[Any, ...]]
                ) -> Iterator[tuple[int, tuple[Any, ...]]]:
    number = 0
    while True:
        number += 1
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as error:  # a damaged workbook fails in many ways deep in openpyxl
            raise InputError(f"cannot read the row (damaged workbook: {error})",
                             file=str(path), row=number) from None
        yield number, cells


def _xlsx_rows(path: Path, rows: Iterator[tuple[int, tuple[Any, ...]]], header: list[str]
               ) -> Iterator[Row]:
    width = len(header)
    for number, values in rows:
        cells = [_cell_text(value) for value in values]
        if any(cells[width:]):
            raise InputError(f"the row has cells beyond the header's {width} columns",
                             file=str(path), row=number)
        cells = cells[:width] + [""] * (width - len(cells))
        if any(cells):
            yield Row(number, cells, cells)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- json and json lines -----------------------------------------------------------------

def _json_table(path: Path, binary: _CountingFile, options: ReadOptions) -> Table:
    stream = _utf8_stream(binary)
    prefix = _records_prefix(path, stream, options)
    stream.seek(0)
    items = ijson.items(stream, prefix, use_float=True)
    return Table(None, _json_rows(path, items), {"format": "json", "records": prefix})


def _utf8_stream(binary: _CountingFile) -> IO[bytes]:
    head = binary.read(4)
    binary.seek(0)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = io.TextIOWrapper(io.BufferedReader(binary), encoding="utf-16")
        return io.BytesIO(text.read().encode())  # UTF-16 JSON is rare and small
    if head.startswith(codecs.BOM_UTF8):
        binary.read(3)
        return cast(IO[bytes], _Offset(binary, 3))
    return cast(IO[bytes], binary)


class _Offset(io.RawIOBase):
    """A file read from a fixed offset, so a BOM is skipped even after seek(0)."""

    def __init__(self, inner: _CountingFile, offset: int) -> None:
        self._inner = inner
        self._offset = offset

    def readable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._inner.seek(offset + self._offset, whence) - self._offset

    def readinto(self, buffer: Any) -> int:
        return self._inner.readinto(buffer)


def _records_prefix(path: Path, stream: IO[bytes], options: ReadOptions) -> str:
    if options.records:
        return f"{options.records}.item"
    try:
        for prefix, event, _value in ijson.parse(stream):
            if prefix == "" and event == "start_array":
                return "item"
            if event == "start_array" and "." not in prefix:
                return f"{prefix}.item"
            if prefix == "" and event not in ("start_map", "map_key"):
                break
    except ijson.JSONError as error:
        raise InputError(f"not valid JSON: {error}", file=str(path)) from None
    raise InputError("no list of records found; name its key with read: {records: KEY}",
                     file=str(path), field="read.records")


def _json_rows(path: Path, items: Iterator[Any]) -> Iterator[Row]:
    number = 0
    while True:
        number += 1
        try:
            item = next(items)
        except StopIteration:
            break
        except (ijson.JSONError, UnicodeDecodeError) as error:
            raise InputError(f"not valid JSON: {error}", file=str(path), row=number) from None
        yield _json_row(path, number, item)
    if number == 1:
        raise InputError("the file holds no records", file=str(path), row=1)


def _jsonl_table(path: Path, binary: _CountingFile) -> Table:
    text = io.TextIOWrapper(io.BufferedReader(binary), encoding="utf-8-sig",
                            errors="surrogateescape")
    return Table(None, _jsonl_rows(path, text), {"format": "jsonl", "encoding": "utf-8"})


def _jsonl_rows(path: Path, lines: IO[str]) -> Iterator[Row]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"not valid JSON: {error.msg}", file=str(path), row=number) from None
        yield _json_row(path, number, item)


def _json_row(path: Path, number: int, item: Any) -> Row:
    if not isinstance(item, dict):
        raise InputError("a record must be a JSON object", file=str(path), row=number,
                         value=item)
    return Row(number, _flatten(item), item)


def _flatten(item: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested objects become dotted columns ("name.first"); lists stay JSON text."""
    cells: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            cells.update(_flatten(value, f"{prefix}{key}."))
        elif isinstance(value, list):
            cells[f"{prefix}{key}"] = json.dumps(value, ensure_ascii=False)
        else:
            cells[f"{prefix}{key}"] = _cell_text(value)
    return cells
