"""Names written family name first are read again in the usual order, against another
list's record of the same person, and only then."""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

from rasd.linkage.features import SCHEMA
from rasd.linkage.model import load_features
from rasd.linkage.order import reread_family_first
from rasd.names import name_features

DAY = date(2015, 11, 24)


def features(*records: tuple[int, str, date]) -> duckdb.DuckDBPyConnection:
    """A `features` table of records (list, full name, date of death); the rest empty."""
    rows = []
    for uid, (source, name, day) in enumerate(records):
        names = name_features(full_name=name)
        rows.append({
            "unique_id": uid, "source": f"list-{source}", "source_id": source,
            "record_key": str(uid), "unnamed": names.unnamed, "dod": day,
            "dod_year": day.year,
            **{part: getattr(names, part) for part in ("first", "father", "grandfather",
                                                       "family")},
            **{f"{part}_x": getattr(names, f"{part}_key") for part in (
                "first", "father", "grandfather", "family")}})
    con = duckdb.connect()
    load_features(con, [pa.RecordBatch.from_pylist(rows, schema=SCHEMA)])
    return con


def parts(con: duckdb.DuckDBPyConnection, uid: int) -> tuple[str | None, ...]:
    return tuple(con.execute("SELECT first, father, grandfather, family FROM features "
                             "WHERE unique_id = ?", [uid]).fetchall()[0])


def test_a_name_written_family_name_first_is_read_in_the_usual_order() -> None:
    con = features((1, "حمود ياسر خالد علي", DAY), (2, "ياسر خالد علي حمود", DAY))
    assert reread_family_first(con) == 1
    assert parts(con, 0) == ("ياسر", "خالد", "علي", "حمود")
    assert parts(con, 1) == ("ياسر", "خالد", "علي", "حمود")


def test_a_short_name_written_family_name_first_needs_the_same_date() -> None:
    con = features((1, "حمود ياسر", DAY), (2, "ياسر خالد علي حمود", DAY))
    assert reread_family_first(con) == 1
    assert parts(con, 0) == ("ياسر", None, None, "حمود")
    con = features((1, "حمود ياسر", DAY), (2, "ياسر خالد علي حمود", date(2015, 3, 2)))
    assert reread_family_first(con) == 0


def test_within_one_list_two_orders_are_two_people() -> None:
    con = features((1, "حمود ياسر خالد علي", DAY), (1, "ياسر خالد علي حمود", DAY))
    assert reread_family_first(con) == 0
    assert parts(con, 0) == ("حمود", "ياسر", "خالد", "علي")


def test_a_name_another_list_gives_in_the_same_order_stays() -> None:
    con = features((1, "حمود ياسر خالد علي", DAY), (2, "ياسر خالد علي حمود", DAY),
                   (3, "حمود ياسر خالد العلي", DAY))
    assert reread_family_first(con) == 0
