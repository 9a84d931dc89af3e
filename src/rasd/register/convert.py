"""Turn one row of a source list into the canonical fields of a record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rasd.errors import InputError
from rasd.register.mapping import Mapping, fold
from rasd.register.models import CONTENT_FIELDS
from rasd.register.reading import Row
from rasd.register.values import Age, normalize_digits, parse_age, parse_date
from rasd.register.vocab import CHILD_AGE_LIMIT, NAME_FIELDS, PLACE_FIELDS, VOCABULARIES

_TEXT_FIELDS = (*NAME_FIELDS, *PLACE_FIELDS, "status", "notes")
_POSITION = {name: index for index, name in enumerate(CONTENT_FIELDS)}
_AGE, _AGE_ESTIMATED = _POSITION["age"], _POSITION["age_estimated"]
_AGE_GROUP, _DATE, _DATE_PRECISION = (
    _POSITION["age_group"], _POSITION["date_of_death"], _POSITION["date_precision"])
# How many conversions each column remembers: lists repeat their words, places and dates, so
# a cell is converted once per distinct text; the limit keeps memory flat on columns of
# endless distinct values (full names), whose remembered texts are then dropped all at once.
_CACHE_LIMIT = 50_000
_MISSING = object()


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store it, and no list means it: refuse it on every database alike.
    if "\x00" in value:
        raise ValueError("the text holds a NUL character")
    return value


def _text(value: str) -> str | None:
    value = _no_nul(value).strip()
    if "  " in value or "\t" in value or "\n" in value or "\r" in value:
        value = " ".join(value.split())
    return value or None


def _key(value: str) -> str:
    key = _no_nul(value)
    if not key.isascii():  # most keys are, and have no Eastern digits to translate
        key = normalize_digits(key)
    key = key.strip()
    if not key:
        raise ValueError("the record key is empty")
    return key


def _birth_year(value: str) -> int | None:
    text = normalize_digits(value).strip()
    if not text:
        return None
    if not text.isdigit() or not 1880 <= int(text) <= date.today().year:
        raise ValueError("not a year of birth")
    return int(text)


class RowConverter:
    """Applies a mapping to the rows of one file: compiled once into a plan of which cell goes
    through which conversion to which field. Raises InputError naming row and column."""

    def __init__(self, mapping: Mapping, columns: dict[str, str], header: list[str] | None, *,
                 file: str, today: date | None = None) -> None:
        self.file = file
        self.columns = columns
        self.header = header
        self.today = today or date.today()
        self.order = mapping.date_order
        age_words = mapping.values.get("age_group")
        converters: dict[str, Callable[[str], Any]] = {
            "record_key": _key, "birth_year": _birth_year,
            "age": lambda text: parse_age(text, age_words),
            "date_of_death": self._death_date,
            **{name: _text for name in _TEXT_FIELDS},
            **{name: self._vocab_converter(mapping, name) for name in VOCABULARIES},
        }
        # Each column's cell, its conversion, and what that made of the texts seen so far;
        # the record key is unique to its row, so not worth remembering (None).
        self._plan: list[tuple[int, Any, Callable[[str], Any], dict[str, Any] | None]] = [
            (_POSITION[name], self._locate(column), converters[name],
             None if name == "record_key" else {})
            for name, column in columns.items()
        ]
        self._cleared: dict[int, int] = {}  # the row at which a column's memory was emptied
        # Fields no column feeds are the same on every row: a constant, or empty.
        self._constants = {name: str(value) for name, value in mapping.constants.items()}
        self._template: list[Any] = [None] * len(CONTENT_FIELDS)
        for name, convert in converters.items():
            if name in columns or name == "record_key":
                continue
            try:
                self._template[_POSITION[name]] = convert(self._constants.get(name, ""))
            except ValueError as error:
                raise InputError(str(error), file=file, field=f"constants.{name}",
                                 value=self._constants.get(name)) from None

    @property
    def empty_fields(self) -> frozenset[str]:
        """The canonical fields that are empty on every row: no column feeds them, no constant
        fills them and no other field implies them."""
        fed = {position for position, _where, _convert, _seen in self._plan}
        implied = {_AGE_ESTIMATED, *((_DATE_PRECISION,) if _DATE in fed else ())}
        return frozenset(name for position, name in enumerate(CONTENT_FIELDS)
                         if self._template[position] is None and position not in fed | implied)

    def _locate(self, column: str) -> Any:
        return column if self.header is None else self.header.index(column)

    def _vocab_converter(self, mapping: Mapping, name: str) -> Callable[[str], str]:
        words = mapping.values.get(name, {})
        default = mapping.unmapped.get(name)
        allowed = VOCABULARIES[name]

        def convert(text: str) -> str:
            word = fold(text)
            if not word:
                return "unknown"
            if word in words:
                return words[word]
            if word in allowed:
                return word
            if default is not None:
                return default
            raise ValueError(f"{name}: a word the mapping does not know; add it to "
                             f"values.{name} or give unmapped.{name}")

        return convert

    def _death_date(self, text: str) -> tuple[str, str] | None:
        when = parse_date(text, self.order)
        if when is None:
            return None
        today = self.today
        latest = {"year": (today.year,), "month": (today.year, today.month),
                  "day": (today.year, today.month, today.day)}[when.precision]
        given = tuple(part for part in (when.year, when.month, when.day) if part is not None)
        if given > latest:
            raise ValueError("date of death is in the future")
        return when.iso(), when.precision

    def _fail(self, row: Row, name: str, message: str) -> InputError:
        column = self.columns.get(name)
        field = name if column is None or column == name else f"{column} ({name})"
        value = self._cell(row, name)
        return InputError(message, file=self.file, row=row.number, field=field,
                          value=value or None)

    def _cell(self, row: Row, name: str) -> str:
        column = self.columns.get(name)
        if column is None:
            return self._constants.get(name, "")
        where = self._locate(column)
        return str(row.cells.get(where, "") if self.header is None else row.cells[where])

    def key(self, row: Row) -> str:
        """The row's record key alone, for a row whose other fields are bad."""
        return _key(self._cell(row, "record_key"))

    def __call__(self, row: Row) -> list[Any]:
        """The canonical fields of a row, in CONTENT_FIELDS order."""
        cells = row.cells
        # Age and date slots first hold the parsed Age and (date, precision), unpacked below.
        fields = self._template.copy()
        position, table = 0, self.header is not None
        try:
            # The hot loop of an import: a dictionary look-up per cell, most of the time.
            for position, where, convert, seen in self._plan:
                cell = cells[where] if table else str(cells.get(where, ""))
                if seen is None:
                    fields[position] = convert(cell)
                    continue
                value = seen.get(cell, _MISSING)
                if value is _MISSING:
                    value = convert(cell)
                    if len(seen) >= _CACHE_LIMIT:
                        self._forget(position, row.number)
                    seen[cell] = value
                fields[position] = value
        except ValueError as error:
            raise self._fail(row, CONTENT_FIELDS[position], str(error)) from None
        age: Age | None = fields[_AGE]
        if age is not None:
            if age.child is not None:
                implied = "child" if age.child else "adult"
                if fields[_AGE_GROUP] not in ("unknown", implied):
                    raise self._fail(row, "age_group", f"age group {fields[_AGE_GROUP]} "
                                     f"contradicts the age (under {CHILD_AGE_LIMIT} is a child)")
                fields[_AGE_GROUP] = implied
            fields[_AGE], fields[_AGE_ESTIMATED] = age.years, age.estimated
        else:
            fields[_AGE_ESTIMATED] = False
        if fields[_DATE] is not None:
            fields[_DATE], fields[_DATE_PRECISION] = fields[_DATE]
        return fields

    def _forget(self, position: int, number: int) -> None:
        """Empty the full memory of one field's column, and stop remembering the column if
        most of its cells were new (names, not words), which would only cost time."""
        for index, (where_to, where, convert, seen) in enumerate(self._plan):
            if where_to == position and seen is not None:
                seen.clear()
                if number - self._cleared.get(position, 0) < 2 * _CACHE_LIMIT:
                    self._plan[index] = (where_to, where, convert, None)
                self._cleared[position] = number
