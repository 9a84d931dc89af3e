"""The wholes that tables and lists break down, when no total row or word says which.

A table often breaks down a figure the text gave just before it: "recorded 2,146 civilian
deaths ... The Mission's figures by quarter are set out below", then "Quarter Killed
Injured" with a row per quarter. Its "Killed" column counts civilians, as the whole it adds
up to does. A column with no group takes the group of the nearest earlier figure of its
measure whose value its rows add up to, within a tenth (the text's total may disagree with
its table: that is for the checks to find). With no total row under it, the column's
figures are parts of that whole, so that the checks sum them against it.

A list does the same: "96 people were killed ..." in the highlights, then "The Directorate
recorded the following deaths and injuries by district:" over "- Sarwan: 41 killed, 127
injured" and more lines. The items of one list that count one measure and are linked to
nothing are parts of the nearest earlier figure of that measure they add up to, within a
tenth.
"""

from __future__ import annotations

from collections import defaultdict

from rasd.claims._extract_found import Found
from rasd.claims._extract_sentences import Reading
from rasd.claims._extract_tables import Table

_CLOSE = 0.1  # how far a column's sum may be from the whole it breaks down, as a share


def groups_from_wholes(found: list[Found]) -> None:
    """Give each table column without a group its whole's group, and without a total row
    link its figures to the whole; `found` in text order."""
    columns: dict[tuple[Table, int], list[Found]] = defaultdict(list)
    for item in found:
        if item.cell is not None:
            columns[(item.cell.table, item.cell.column)].append(item)
    for cells in columns.values():
        if any(item.claim.subgroup is not None for item in cells):
            continue
        whole = _whole(found, cells)
        if whole is None:
            continue
        closed = any(item.cell is not None and item.cell.total for item in cells)
        for item in cells:
            item.claim.subgroup = whole.claim.subgroup
            if not closed:
                item.links["part_of"] = whole


def lists_of_wholes(found: list[Found], reading: Reading) -> None:
    """Link the items of each list to the whole they add up to; run before the links words
    make, which a word in the item ("Sarwan: 41 killed, among them 9 children") may
    override."""
    lists: dict[tuple[int, str], list[Found]] = defaultdict(list)
    for item in found:
        intro = reading.list_intro(item.sentence)
        if intro is not None and item.cell is None and item.prior_of is None:
            lists[(intro, item.claim.measure)].append(item)
    for items in lists.values():
        if len(items) < 2 or any(item.links for item in items):
            continue
        whole = _whole(found, items, grouped=False)
        if whole is None:
            continue
        for item in items:
            item.links["part_of"] = whole
            item.claim.subgroup = item.claim.subgroup or whole.claim.subgroup


def _whole(found: list[Found], cells: list[Found], grouped: bool = True) -> Found | None:
    """The nearest figure before the figures of its measure that they add up to (with a
    group, if `grouped`)."""
    rows = [item.claim.value or 0 for item in cells
            if item.cell is None or not item.cell.total]
    first = cells[0].claim
    if not rows or first.unit != "people" or any(item.claim.unit != "people" for item in cells):
        return None
    total = sum(rows)
    for item in reversed(found):
        claim = item.claim
        if (claim.start >= first.start or item.cell is not None
                or (grouped and claim.subgroup is None) or item in cells
                or claim.measure != first.measure or claim.unit != "people"
                or claim.value is None):
            continue
        if abs(claim.value - total) <= _CLOSE * claim.value:
            return item
    return None
