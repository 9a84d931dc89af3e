"""Names written family name first, read again in the usual order before pairs are made.

Lists write a name first, father, grandfather, family; some write the family name first
("الحلبي أحمد محمود", registry order), and the parts split from such a name are all in the
wrong slots. A record is read again when another list holds a record of the same year whose
name, in the usual order, is this one with its first word moved to the end: its first word
is the other's family name, and its next words the other's first and father's names (of a
name of two words, its last word the other's first name, on the same date). Within one
list the order is the list's own, so a record is read again only against another list's,
and never when another list gives its name in the usual order.
"""

from __future__ import annotations

import duckdb

_PARTS = ("first", "father", "grandfather", "family")

# The rotated reading of a record's parts: family first, then first, father, grandfather.
_READING = {
    "first": "coalesce(father{x}, family{x})",
    "father": "CASE WHEN father{x} IS NULL THEN NULL ELSE coalesce(grandfather{x}, family{x}) END",
    "grandfather": "CASE WHEN grandfather{x} IS NULL THEN NULL ELSE family{x} END",
    "family": "first{x}",
}

# Two records of two lists, both named, that do not already agree on first or family name.
_APART = ("a.source_id <> b.source_id AND NOT a.unnamed AND NOT b.unnamed "
          "AND a.first_x <> b.first_x AND a.family_x <> b.family_x")


def reread_family_first(con: duckdb.DuckDBPyConnection) -> int:
    """Put the name parts of each record written family name first in their usual slots,
    in the DuckDB table `features`; returns how many records were read again."""
    # Two equi-joins rather than one join with an OR: common names would pair by the
    # million on the first word alone.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE family_first AS
        WITH candidates AS (
            SELECT a.unique_id FROM features a JOIN features b
              ON a.first_x = b.family_x AND a.father_x = b.first_x
             AND b.father_x = coalesce(a.grandfather_x, a.family_x)
             AND a.dod_year = b.dod_year
             WHERE {_APART} AND (a.grandfather_x IS NULL OR b.grandfather_x IS NULL
                                 OR a.family_x = b.grandfather_x)
            UNION
            SELECT a.unique_id FROM features a JOIN features b
              ON a.first_x = b.family_x AND a.family_x = b.first_x AND a.dod = b.dod
             WHERE {_APART} AND a.father_x IS NULL AND a.grandfather_x IS NULL
               AND b.father_x IS NOT NULL)
        SELECT unique_id FROM candidates JOIN features a USING (unique_id)
         WHERE NOT EXISTS (
            SELECT 1 FROM features b
             WHERE b.first_x = a.first_x AND b.family_x = a.family_x
               AND b.dod_year = a.dod_year AND b.source_id <> a.source_id)
    """)
    assignments = ", ".join(
        f"{part}{x} = {_READING[part].format(x=x)}" for part in _PARTS for x in ("", "_x"))
    con.execute(f"""
        UPDATE features SET {assignments}
        WHERE unique_id IN (SELECT unique_id FROM family_first)
    """)
    return int(con.execute("SELECT count(*) FROM family_first").fetchall()[0][0])
