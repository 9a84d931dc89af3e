"""Mapping files: how to read one source's list (design.md, "Import mappings")."""

from __future__ import annotations

import codecs
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rasd.errors import InputError
from rasd.register.vocab import CANONICAL_FIELDS, VOCABULARIES

DATE_ORDERS = ("DMY", "MDY", "YMD")
_TOP_KEYS = ("source", "read", "columns", "values", "unmapped", "constants", "dates")
_READ_KEYS = ("delimiter", "encoding", "sheet", "records")


@dataclass(frozen=True)
class ReadOptions:
    """How to read the file: csv delimiter and encoding, xlsx sheet, JSON records key."""

    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | int | None = None
    records: str | None = None


@dataclass(frozen=True)
class Mapping:
    """One source list's columns and words, as canonical fields and values."""

    source: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    unmapped: dict[str, str] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    date_order: str = "DMY"

    @classmethod
    def from_dict(cls, data: Any, *, file: str | None = None,
                  lines: dict[str, int] | None = None) -> Mapping:
        """Validate a mapping read from YAML or JSON; `lines` locates its keys in the file."""
        return _Validator(file, lines or {}).mapping(data)

    def to_dict(self) -> dict[str, Any]:
        read = {key: value for key, value in asdict(self.read).items() if value is not None}
        return {
            "source": self.source, "read": read, "columns": dict(self.columns),
            "values": {name: dict(words) for name, words in self.values.items()},
            "unmapped": dict(self.unmapped), "constants": dict(self.constants),
            "dates": {"order": self.date_order},
        }

    def columns_for(self, header: list[str]) -> dict[str, str]:
        """The columns to read: those mapped, or else the headers named like canonical fields."""
        if self.columns:
            return dict(self.columns)
        by_name = {name.strip().casefold(): name for name in header}
        return {f: by_name[f] for f in CANONICAL_FIELDS if f in by_name and f not in self.constants}


def load_mapping(path: str | Path) -> Mapping:
    """Read and validate a YAML or JSON mapping file."""
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("mapping file not found", file=name) from None
    except UnicodeDecodeError as error:
        raise InputError(f"mapping file is not UTF-8 text: {error.reason}", file=name) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"not valid JSON: {error.msg}", file=name, row=error.lineno) from None
        return Mapping.from_dict(data, file=name)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(f"not valid YAML: {_yaml_problem(error)}", file=name,
                         row=_yaml_line(error, text)) from None
    return Mapping.from_dict(data, file=name, lines=_key_lines(node))


def _yaml_problem(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    return f"{context}: {problem}" if context else problem


def _yaml_line(error: yaml.YAMLError, text: str) -> int | None:
    """The line to point at: where the problem is, or where an unclosed construct began when
    the problem is only noticed at the end of the file."""
    problem = getattr(error, "problem_mark", None)
    context = getattr(error, "context_mark", None)
    if problem is None:
        return None
    at_end = problem.index >= len(text.rstrip())
    line: int = (context if at_end and context is not None else problem).line
    return line + 1


def _key_lines(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """The line of every key in a YAML document, by dotted path."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}{key_node.value}"
            lines[path] = key_node.start_mark.line + 1
            lines.update(_key_lines(value_node, path + "."))
    return lines


class _Validator:
    def __init__(self, file: str | None, lines: dict[str, int]) -> None:
        self.file = file
        self.lines = lines

    def error(self, path: str, message: str, value: Any = None) -> InputError:
        row = self.lines.get(path) or self.lines.get(path.rsplit(".", 1)[0])
        return InputError(message, file=self.file, row=row, field=path, value=value)

    def table(self, data: Any, path: str) -> dict[str, Any]:
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise self.error(path, f"must be a mapping of keys to values, not {_kind(data)}")
        return {str(key): value for key, value in data.items()}

    def text(self, data: Any, path: str) -> str:
        if not isinstance(data, str | int) or isinstance(data, bool) or str(data).strip() == "":
            raise self.error(path, "must be a non-empty text", data)
        return str(data)

    def mapping(self, data: Any) -> Mapping:
        if data is None:
            raise InputError("the mapping file is empty", file=self.file)
        top = self.table(data, "mapping")
        for key in top:
            if key not in _TOP_KEYS:
                raise self.error(key, "unknown mapping key; expected one of "
                                 + ", ".join(_TOP_KEYS))
        columns = self.columns(top.get("columns"))
        constants = self.constants(top.get("constants"))
        for name in constants:
            if name in columns:
                raise self.error(f"constants.{name}", "is also read from a column (columns)")
        return Mapping(
            source=None if top.get("source") is None else self.text(top["source"], "source"),
            read=self.read(top.get("read")),
            columns=columns,
            values=self.values(top.get("values")),
            unmapped={name: self.word(name, value, f"unmapped.{name}")
                      for name, value in self.vocab_table(top.get("unmapped"), "unmapped").items()},
            constants=constants,
            date_order=self.dates(top.get("dates")),
        )

    def read(self, data: Any) -> ReadOptions:
        read = self.table(data, "read")
        for key in read:
            if key not in _READ_KEYS:
                raise self.error(f"read.{key}", "unknown key; expected one of "
                                 + ", ".join(_READ_KEYS))
        delimiter = read.get("delimiter")
        if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
            raise self.error("read.delimiter", "must be one character", delimiter)
        encoding = read.get("encoding")
        if encoding is not None:
            try:
                codecs.lookup(self.text(encoding, "read.encoding"))
            except LookupError:
                raise self.error("read.encoding", "unknown text encoding", encoding) from None
        sheet = read.get("sheet")
        if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, str | int)):
            raise self.error("read.sheet", "must be a sheet name or number", sheet)
        records = read.get("records")
        return ReadOptions(
            delimiter=delimiter, encoding=encoding, sheet=sheet,
            records=None if records is None else self.text(records, "read.records"),
        )

    def columns(self, data: Any) -> dict[str, str]:
        columns = self.table(data, "columns")
        for name, header in columns.items():
            if name not in CANONICAL_FIELDS:
                raise self.error(f"columns.{name}", "is not a canonical field; expected one of "
                                 + ", ".join(CANONICAL_FIELDS))
            columns[name] = self.text(header, f"columns.{name}")
        return columns

    def vocab_table(self, data: Any, path: str) -> dict[str, Any]:
        table = self.table(data, path)
        for name in table:
            if name not in VOCABULARIES:
                raise self.error(f"{path}.{name}", "has no vocabulary; expected one of "
                                 + ", ".join(VOCABULARIES))
        return table

    def word(self, name: str, value: Any, path: str) -> str:
        word = self.text(value, path)
        if word not in VOCABULARIES[name]:
            raise self.error(path, f"is not a {name}; expected one of "
                             + ", ".join(VOCABULARIES[name]), value)
        return word

    def values(self, data: Any) -> dict[str, dict[str, str]]:
        values: dict[str, dict[str, str]] = {}
        for name, words in self.vocab_table(data, "values").items():
            table = self.table(words, f"values.{name}")
            values[name] = {
                fold(str(word)): self.word(name, target, f"values.{name}.{word}")
                for word, target in table.items()
            }
        return values

    def constants(self, data: Any) -> dict[str, Any]:
        constants = self.table(data, "constants")
        for name, value in constants.items():
            path = f"constants.{name}"
            if name not in CANONICAL_FIELDS or name == "record_key":
                raise self.error(path, "is not a canonical field that can be constant")
            if name in VOCABULARIES:
                constants[name] = self.word(name, value, path)
            elif not isinstance(value, str | int) or isinstance(value, bool):
                raise self.error(path, "must be a text or a number", value)
        return constants

    def dates(self, data: Any) -> str:
        dates = self.table(data, "dates")
        for key in dates:
            if key != "order":
                raise self.error(f"dates.{key}", "unknown key; expected order")
        order = str(dates.get("order", "DMY")).upper()
        if order not in DATE_ORDERS:
            raise self.error("dates.order", "must be DMY, MDY or YMD", dates.get("order"))
        return order


def fold(word: str) -> str:
    """How list words are compared: trimmed, case-folded, inner spaces collapsed."""
    return " ".join(word.split()).casefold()


def _kind(value: Any) -> str:
    return {list: "a list", str: "a text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)
