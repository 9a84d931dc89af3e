"""Writing list files row by row, byte for byte the same for the same rows.

csv and jsonl are plain streams. An xlsx is written by openpyxl in write-only mode (rows go
to a temporary file, so memory stays flat) and then re-packed: openpyxl stamps the workbook
with the time of saving and the zip entries with the files' times, and both are replaced by a
fixed time so the same world always gives the same bytes.
"""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Protocol

import yaml

# What "created" and "modified" say in every synthetic workbook, and every zip entry's time.
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

Cell = str | int | date | datetime | None


class Sink(Protocol):
    def write(self, row: Any) -> None: ...

    def close(self) -> None: ...


class CsvSink:
    """A delimited text file with a header row."""

    def __init__(self, path: Path, header: list[str], *, encoding: str, delimiter: str,
                 newline: str = "\r\n") -> None:
        self._stream: IO[str] = open(path, "w", encoding=encoding, newline="")  # noqa: SIM115
        self._writer = csv.writer(self._stream, delimiter=delimiter, lineterminator=newline)
        self._writer.writerow(header)

    def write(self, row: list[str]) -> None:
        self._writer.writerow(row)

    def close(self) -> None:
        self._stream.close()


class JsonlSink:
    """JSON Lines: one object a line, keys in the order the list writer gives them."""

    def __init__(self, path: Path) -> None:
        self._stream: IO[str] = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, row: dict[str, Any]) -> None:
        self._stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._stream.close()


class XlsxSink:
    """A workbook with a first sheet of notes and the list on a second, named sheet."""

    def __init__(self, path: Path, sheet: str, header: list[str], notes: list[list[str]]
                 ) -> None:
        from openpyxl import Workbook  # slow to import; only this list needs it

        self._path = path
        self._book = Workbook(write_only=True)
        self._book.properties.creator = "rasd synth"
        self._book.properties.created = FIXED_TIME
        cover = self._book.create_sheet("ملاحظات")
        for line in notes:
            cover.append(line)
        self._sheet = self._book.create_sheet(sheet)
        self._sheet.append(header)

    def write(self, row: list[Cell]) -> None:
        self._sheet.append(row)

    def close(self) -> None:
        from openpyxl.packaging.core import DocumentProperties
        from openpyxl.xml.functions import tostring

        temporary = self._path.with_suffix(".tmp.xlsx")
        self._book.save(temporary)
        properties: DocumentProperties = self._book.properties
        properties.modified = FIXED_TIME
        core = tostring(properties.to_tree())
        with zipfile.ZipFile(temporary) as source, \
                zipfile.ZipFile(self._path, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in source.infolist():
                fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
                fixed.compress_type = zipfile.ZIP_DEFLATED
                fixed.external_attr = 0o644 << 16
                if entry.filename == "docProps/core.xml":
                    target.writestr(fixed, core)
                    continue
                # Streamed: the sheet of a large list need not fit in memory.
                with source.open(entry) as reading, target.open(fixed, "w") as writing:
                    shutil.copyfileobj(reading, writing, 1 << 20)
        temporary.unlink()


def write_mapping(path: Path, comment: str, mapping: dict[str, Any]) -> None:
    """A rasd mapping as YAML, with a comment saying whose list it reads and how."""
    lines = [f"# {line}".rstrip() for line in comment.strip().splitlines()]
    body = yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False, width=100)
    path.write_text("\n".join(lines) + "\n" + body, encoding="utf-8")
