"""Turn one row of a source list into the canonical fields of a record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rasd.errors import InputError
from rasd.register.mapping import Mapping, _fold
from rasd.register.models import CONTENT_FIELDS
from rasd.register.reading import Row
from rasd.register.values import Age, normalize_digits, parse_age, parse_date
from rasd.register.vocab import CHILD_AGE_LIMIT, NAME_FIELDS, PLACE_FIELDS, VOCABULARIES

_TEXT_FIELDS = (*NAME_FIELDS, *PLACE_FIELDS, "status", "notes")
_CACHE_LIMIT = 100_000


class _Cached:
    """A conversion of one column's text, remembered: lists repeat their words and dates."""

    def __init__(self, convert: Callable[[str], Any]) -> None:
        self._convert = convert
        self._seen: dict[str, tuple[bool, Any]] = {}

    def __call__(self, text: str) -> Any:
        found = self._seen.get(text)
        if found is None:
            try:
                found = (True, self._convert(text))
            except ValueError as error:
                found = (False, str(error))
            if len(self._seen) >= _CACHE_LIMIT:
                self._seen.clear()  # keeps memory flat on lists with endless distinct values
            self._seen[text] = found
        if not found[0]:
            raise ValueError(found[1])
        return found[1]


def _text(value: str) -> str | None:
    return " ".join(value.split()) or None


def _key(value: str) -> str:
    key = normalize_digits(value).strip()
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
    """Applies a mapping to rows of one file; raises InputError naming row and column."""

    def __init__(self, mapping: Mapping, columns: dict[str, str], *, file: str,
                 today: date | None = None) -> None:
        self.file = file
        self.columns = columns
        self.today = today or date.today()
        self.order = mapping.date_order
        self._vocab = {name: self._vocab_converter(mapping, name) for name in VOCABULARIES}
        self._age = _Cached(lambda text: parse_age(text, mapping.values.get("age_group")))
        self._date = _Cached(self._death_date)
        self._constants = self._constant_fields(mapping)

    def _vocab_converter(self, mapping: Mapping, name: str) -> _Cached:
        words = mapping.values.get(name, {})
        default = mapping.unmapped.get(name)
        allowed = VOCABULARIES[name]

        def convert(text: str) -> str:
            word = _fold(text)
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

        return _Cached(convert)

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

    def _constant_fields(self, mapping: Mapping) -> dict[str, str]:
        return {name: str(value) for name, value in mapping.constants.items()}

    def _cell(self, row: Row, name: str) -> str:
        if name in self._constants:
            return self._constants[name]
        column = self.columns.get(name)
        return "" if column is None else row.cells.get(column, "")

    def _fail(self, row: Row, name: str, message: str) -> InputError:
        column = self.columns.get(name)
        field = name if column is None or column == name else f"{column} ({name})"
        value = self._cell(row, name)
        return InputError(message, file=self.file, row=row.number, field=field,
                          value=value or None)

    def __call__(self, row: Row) -> dict[str, Any]:
        """The canonical fields of a row, in CONTENT_FIELDS order."""
        name = "record_key"
        try:
            fields: dict[str, Any] = {"record_key": _key(self._cell(row, name))}
            for name in _TEXT_FIELDS:
                fields[name] = _text(self._cell(row, name))
            for name in ("sex", "cause", "perpetrator", "age_group"):
                fields[name] = self._vocab[name](self._cell(row, name))
            name = "age"
            age: Age | None = self._age(self._cell(row, name))
            name = "birth_year"
            fields[name] = _birth_year(self._cell(row, name))
            name = "date_of_death"
            when = self._date(self._cell(row, name))
        except ValueError as error:
            raise self._fail(row, name, str(error)) from None
        fields["age"] = age.years if age else None
        fields["age_estimated"] = bool(age and age.estimated)
        if age is not None and age.child is not None:
            group = "child" if age.child else "adult"
            if fields["age_group"] not in ("unknown", group):
                raise self._fail(row, "age_group", f"age group {fields['age_group']} "
                                 f"contradicts the age (under {CHILD_AGE_LIMIT} is a child)")
            fields["age_group"] = group
        fields["date_of_death"], fields["date_precision"] = when or (None, None)
        return {name: fields[name] for name in CONTENT_FIELDS}
