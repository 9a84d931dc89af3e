"""What the linker compares: each current record of the register turned into matching keys.

A record is identified here by (source, record key), not by its version id: a record that a
source corrects keeps its victim. Withdrawn records are not linked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pyarrow as pa
from sqlalchemy import func, select

from rasd.names import name_features
from rasd.places import governorate_key, is_governorate, place_key
from rasd.register import Register
from rasd.register.models import Record, Source

_BATCH = 20_000

SCHEMA = pa.schema([
    ("unique_id", pa.int64()),
    ("source", pa.string()),
    ("source_id", pa.int32()),
    ("record_key", pa.string()),
    ("first", pa.string()),
    ("father", pa.string()),
    ("grandfather", pa.string()),
    ("family", pa.string()),
    ("first_x", pa.string()),
    ("father_x", pa.string()),
    ("grandfather_x", pa.string()),
    ("family_x", pa.string()),
    ("tokens_x", pa.list_(pa.string())),
    ("tokens_key", pa.string()),
    ("tokens_n", pa.int32()),  # how many name words, repeats too: a short name shares few
    ("unnamed", pa.bool_()),
    # The name parts as the list wrote them, split on spaces if it gave one full name: what
    # a linker without rasd's name handling compares (the accuracy benchmark's peer).
    ("raw_first", pa.string()),
    ("raw_father", pa.string()),
    ("raw_grandfather", pa.string()),
    ("raw_family", pa.string()),
    ("sex", pa.string()),
    ("age", pa.int32()),
    ("age_estimated", pa.bool_()),
    ("age_group", pa.string()),
    ("dod", pa.date32()),
    ("dod_precision", pa.string()),
    ("dod_year", pa.int32()),
    ("dod_month", pa.string()),
    ("governorate", pa.string()),
    ("district", pa.string()),
    ("locality", pa.string()),
])

_COLUMNS = (
    Source.name, Record.source_id, Record.record_key, Record.full_name, Record.name_ar,
    Record.name_latin, Record.first_name, Record.father_name, Record.grandfather_name,
    Record.family_name, Record.sex, Record.age, Record.age_estimated, Record.age_group,
    Record.date_of_death,
    Record.date_precision, Record.governorate, Record.district, Record.locality,
)


def count_records(register: Register) -> int:
    """How many current, not withdrawn records there are to link."""
    with register.read() as conn:
        return int(conn.execute(select(func.count()).select_from(Record)
                                .where(Record.current, ~Record.withdrawn)).scalar_one())


def read_features(register: Register, progress: Callable[[int], None] | None = None
                  ) -> Iterator[pa.RecordBatch]:
    """The current records of every source as feature batches, in a stable order."""
    query = (select(*_COLUMNS).join(Source, Source.id == Record.source_id)
             .where(Record.current, ~Record.withdrawn)
             .order_by(Record.source_id, Record.record_key))
    unique_id = 0
    with register.read() as conn:
        result = conn.execution_options(yield_per=_BATCH).execute(query)
        for rows in result.partitions():
            columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
            for row in rows:
                _append(columns, unique_id, row)
                unique_id += 1
            yield pa.RecordBatch.from_pydict(columns, schema=SCHEMA)
            if progress is not None:
                progress(len(rows))


def _append(columns: dict[str, list[Any]], unique_id: int, row: Any) -> None:
    (source, source_id, key, full_name, name_ar, name_latin, first, father, grandfather, family,
     sex, age, age_estimated, age_group, dod, precision, governorate, district, locality) = row
    names = name_features(name_ar=name_ar, name_latin=name_latin, first=first, father=father,
                          grandfather=grandfather, family=family, full_name=full_name)
    when = _first_day(dod)
    values = {
        "unique_id": unique_id, "source": source, "source_id": source_id, "record_key": key,
        "first": names.first, "father": names.father, "grandfather": names.grandfather,
        "family": names.family, "first_x": names.first_key, "father_x": names.father_key,
        "grandfather_x": names.grandfather_key, "family_x": names.family_key,
        "tokens_x": names.keys_sorted.split() if names.keys_sorted else None,
        "tokens_key": names.keys_sorted,
        "tokens_n": _words(names.first_key, names.father_key, names.grandfather_key,
                           names.family_key),
        "unnamed": names.unnamed,
        **_raw_parts(first, father, grandfather, family, name_ar or name_latin or full_name),
        "sex": None if sex == "unknown" else sex, "age": age,
        "age_estimated": bool(age_estimated),
        "age_group": None if age_group == "unknown" else age_group,
        "dod": when, "dod_precision": precision if when else None,
        "dod_year": when.year if when else None,
        "dod_month": dod[:7] if when and precision != "year" else None,
        **_places(governorate, district, locality),
    }
    for name, value in values.items():
        columns[name].append(value)


def _places(governorate: str | None, district: str | None, locality: str | None
            ) -> dict[str, str | None]:
    """Place keys. Lists often write only the governorate in the place column ("Aleppo
    province"): that is the governorate, and no locality."""
    if not governorate:
        for place in (locality, district):
            if is_governorate(place):
                governorate = place
                locality = None if place == locality else locality
                district = None if place == district else district
                break
    return {"governorate": governorate_key(governorate), "district": place_key(district),
            "locality": place_key(locality)}


def _raw_parts(first: str | None, father: str | None, grandfather: str | None,
               family: str | None, full: str | None) -> dict[str, str | None]:
    parts = [first, father, grandfather, family]
    if not any(parts) and full:
        words = full.split()
        middle: list[str | None] = [*words[1:-1], None, None]
        parts = [words[0], *middle[:2], words[-1] if len(words) > 1 else None]
    return dict(zip(("raw_first", "raw_father", "raw_grandfather", "raw_family"), parts,
                    strict=True))


def _first_day(iso: str | None) -> date | None:
    if not iso:
        return None
    parts = [int(part) for part in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _words(*keys: str | None) -> int | None:
    """How many words the name parts hold: Muhammad al-Muhammad is two, of one key."""
    return sum(len(key.split()) for key in keys if key) or None
