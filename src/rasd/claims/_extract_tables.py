"""Tables with a column per measure, as humanitarian snapshots and monthly reports set them
out, once clean-up has joined each row's cells into one line:

    CIVILIAN CASUALTIES BY LOCALITY (10 May - 30 June 2024)
    Locality Killed Injured
    El Fasher town 402 977
    Total 611 1,503

A header line whose last words each name a measure ("Killed Injured", "Deaths Injuries
Missing") opens a table; each line under it that is a label followed by one figure per
column is a row. A figure counts its column's measure, of the group the header or the title
above it names ("civilian casualties"); a row's label is where, unless it totals the rest
("Total", "All"), and the figures of a total row are the wholes of their column's rows.
Figures set side by side like this would otherwise be read as one figure glued to another.

A column of shares after a count column ("Victims Percentage", "Killed %") holds each row's
share of the total, in percent, of the count column's measure; a share column that names
its count column ("Share of killed", "% of deaths") is of that column, wherever it stands,
so a dashboard's "Killed Injured Share of killed" is no share of the injured. When the first
column is named for who did it ("Perpetrator", "Party", "Responsible party"), a row's label
is its actor, not a place.

Annual reports set years side by side instead ("Perpetrator 2023 2024 Share of 2024"): a
column named by a year counts the measure its title names ("Civilian deaths by perpetrator")
in that year. A total row may leave its share cells out, as 100% goes without saying.

Briefs that compare sources set a row per period and a column per source instead:

    Civilians killed in Tavor province, by year and monitor
    Year Tavor Rights Watch Casualty Count Project National Health Office
    2029 1,140 980 720
    Total 4,815 4,260 3,251

A header opening with "Year", "Month", "Quarter" or "Period" names rows that are periods: a
row's label ("2029", "March 2031") is when, not where, and the total row spans them all.
Its other words name the columns: measures ("Killed Injured"), or else sources, each a
figure of the measure the title names, said by that source. Clean-up has joined the
header's cells, so the names are found as the split of its words, one name per figure of
the first row, in which every name is one the document says elsewhere too ("Tavor Rights
Watch, the Casualty Count Project and the National Health Office all publish tolls"); a
split it cannot make leaves the columns unnamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations, pairwise

from rasd.claims._extract_lists import intro_subgroup
from rasd.claims._extract_mentions import Mention, atom_value
from rasd.claims._extract_periods import PeriodReader
from rasd.claims._extract_vocab import EVENT_NOUNS, MEASURE_VERBS, SUBGROUP_NOUNS

# a row's label: words without digits, or a period ("2029", "March 2031")
_ROW = re.compile(r"^(?P<label>[^\d]*[A-Za-z][^\d]*?|(?:[A-Za-z][\w.-]*\s+)?(?:19|20)\d\d)"
                  r"\s+(?P<cells>\d[\d,.]*%?(?:\s+\d[\d,.]*%?)*)\s*$")
_CELL = re.compile(r"\d[\d,.]*%?")
# a row under a header whose rows are periods: "Nov 2032 61 198" is labelled "Nov 2032", not
# "Nov" with a first figure 2032
_PERIOD_ROW = re.compile(r"^(?P<label>(?:[A-Za-z][\w.-]*\s+)?(?:19|20)\d\d)"
                         r"\s+(?P<cells>\d[\d,.]*%?(?:\s+\d[\d,.]*%?)*)\s*$")
SHARE = "share"  # the column of shares of the count column before it
_SHARE_COLUMNS = frozenset({"percentage", "percent", "%", "(%)", "share", "proportion"})
_ACTOR_COLUMNS = frozenset({"perpetrator", "perpetrators", "party", "parties", "actor",
                            "actors", "responsible"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "Share of 2024", "% of total", "Share of killed": a share column named in more than one
# word; the word after "of" may name the count column it is of.
_SHARE_NAME = re.compile(r"\s(?:share|percentage|proportion|percent|%)\s+(?:of|in)\s+"
                         r"(?:the\s+)?(?P<of>\S+)(?=\s|$)", re.I)
# the first word of a header whose rows are periods
_PERIOD_ROWS = frozenset({"year", "years", "month", "months", "quarter", "period", "week"})
_QUARTER = re.compile(r"Q(?P<q1>[1-4])\s+(?P<y1>(?:19|20)\d\d)"
                      r"|(?P<y2>(?:19|20)\d\d)\s+Q(?P<q2>[1-4])", re.I)
PERIOD_LABEL = re.compile(r"^(?:[A-Za-z][\w.-]*\s+)?(?:19|20)\d\d$")
_MOST_NAME_WORDS = 16  # more header words than this are not split into names
_TOTAL = re.compile(r"^\s*(?:total|overall|all|sum|grand\s+total)\b", re.I)
# Column names that are no measure word of the vocabulary: "IDPs", "Arrests", and the
# "Events" of a conflict-data table.
_COLUMNS = {"events": "other", "incidents": "other",
            "idps": "displaced", "refugees": "displaced", "arrests": "detained",
            "abducted": "detained", "abductions": "detained"}


@dataclass(frozen=True)
class Table:
    """A table's header: the measure of each column, and the group its figures count."""

    header: int  # the index of the header line
    measures: tuple[str, ...]  # a column of shares is SHARE
    subgroup: str | None
    by_actor: bool = False  # the rows are who did it, not where
    years: tuple[str | None, ...] = ()  # per column, the year it counts, if a year names it
    subgroups: tuple[str | None, ...] = ()  # per column, the group its name narrows it to
    by_period: bool = False  # the rows are periods, not places
    sources: tuple[str | None, ...] = ()  # per column, the source whose figures it holds
    shares_of: tuple[int | None, ...] = ()  # per share column, the count column it names


@dataclass(frozen=True)
class Cell:
    table: Table
    column: int
    label: str
    total: bool  # a figure of the row that totals the others


def find_tables(lines: list[str]) -> dict[int, Table]:
    """The table each line is a row of, by the line's index."""
    rows: dict[int, Table] = {}
    current: Table | None = None
    text = "\n".join(lines)
    for index, line in enumerate(lines):
        found = match_row(line.strip(), current)
        if current is not None and found and len(
                _CELL.findall(found.group("cells"))) in _row_widths(current):
            rows[index] = current
            continue
        current = _period_header(lines, index, text) or _header(lines, index)
    return rows


def match_row(line: str, table: Table | None) -> re.Match[str] | None:
    """A row's label and figures; under a table of periods, a period labels the row."""
    found = _PERIOD_ROW.match(line) if table is not None and table.by_period else None
    return found or _ROW.match(line)


def _row_widths(table: Table) -> tuple[int, ...]:
    """How many figures a row may have: one per column, or a total row's without its
    shares."""
    return (len(table.measures), len(_count_columns(table)))


def _count_columns(table: Table) -> list[int]:
    """The columns that are no shares: those a total row that leaves its shares out fills."""
    return [column for column, measure in enumerate(table.measures) if measure != SHARE] or [0]


def _header(lines: list[str], index: int) -> Table | None:
    named = [column_measure(found.group("of")) for found in _SHARE_NAME.finditer(lines[index])]
    line = _SHARE_NAME.sub(" share", lines[index])
    words = line.split()
    title = lines[index - 1] if index else ""
    measures: list[str] = []
    years: list[str | None] = []
    for position, word in enumerate(reversed(words)):
        measure = column_measure(word)
        year = word if _YEAR.match(word) else None
        if measure is None and year is not None:
            measure = title_measure(title)
        if measure is None and word.lower() in _SHARE_COLUMNS and position < len(words) - 1:
            measure = SHARE
        if measure is None:
            break
        measures.insert(0, measure)
        years.insert(0, year)
    if not measures or len(words) > len(measures) + 3:
        return _named_header(lines, index)
    if measures[0] == SHARE or (len(measures) == 1 and len(words) == 1) or (
            any(years) and (len(words) == len(measures) or len(measures) < 2)):
        return None  # a sentence, one word alone, or a line of years that is no header
    subgroup = intro_subgroup(lines[index]) or (intro_subgroup(title) if index else None)
    by_actor = words[0].lower().strip(":") in _ACTOR_COLUMNS
    return Table(index, tuple(measures), subgroup, by_actor,
                 tuple(years) if any(years) else (), shares_of=_shares_of(measures, named))


def _shares_of(measures: list[str], named: list[str | None]) -> tuple[int | None, ...]:
    """Per column, the count column a share column names ("Share of killed": the killed
    column), when exactly one column counts that measure; else None, and the share is of the
    count column before it."""
    shares = [column for column, measure in enumerate(measures) if measure == SHARE]
    if len(named) != len(shares) or not any(named):
        return ()
    found: list[int | None] = [None] * len(measures)
    for column, measure in zip(shares, named, strict=True):
        counts = [other for other, own in enumerate(measures) if own == measure]
        found[column] = counts[0] if measure is not None and len(counts) == 1 else None
    return tuple(found)


def _period_header(lines: list[str], index: int, text: str) -> Table | None:
    """A header whose rows are periods and whose columns are measures or sources (see the
    module's account)."""
    words = lines[index].split()
    if (len(words) < 2 or words[0].lower() not in _PERIOD_ROWS
            or any(word[-1] in ".,;:!?\"" for word in words)):
        return None
    width = _first_row_width(lines, index)
    names = words[1:]
    if width is None or width > len(names):
        return None
    title = lines[index - 1] if index else ""
    subgroup = intro_subgroup(title) if index else None
    measures = [column_measure(name) for name in names]
    if len(names) == width and all(measures):
        return Table(index, tuple(m for m in measures if m), subgroup, by_period=True)
    measure = title_measure(title)
    if measure is None:
        return None
    elsewhere = "\n".join(lines[:index] + lines[index + 1:])
    return Table(index, (measure,) * width, subgroup, by_period=True,
                 sources=split_names(names, width, elsewhere))


def _first_row_width(lines: list[str], index: int) -> int | None:
    """How many figures the row under a header has, if a period labels it."""
    if index + 1 >= len(lines):
        return None
    found = _PERIOD_ROW.match(lines[index + 1].strip())
    if found is None:
        return None
    return len(_CELL.findall(found.group("cells")))


def label_period(label: str, published: str | None) -> tuple[str | None, str | None]:
    """The period a row's label names: a year, or what the period reader makes of it."""
    if re.fullmatch(r"(?:19|20)\d\d", label):
        return label, label
    quarter = _QUARTER.fullmatch(label.strip())
    if quarter is not None:  # "Q1 2031", "2031 Q1": its first month to its last
        number = int(quarter.group("q1") or quarter.group("q2"))
        year = quarter.group("y1") or quarter.group("y2")
        return f"{year}-{3 * number - 2:02d}", f"{year}-{3 * number:02d}"
    found = PeriodReader("", published).find(f"in {label}")
    return (found[0].since, found[0].until) if found else (None, None)


def split_names(words: list[str], count: int, text: str) -> tuple[str | None, ...]:
    """`words` cut into `count` names, each of which `text` (the document without the
    header) says as a whole name; the first such cut, else no names."""
    if count == len(words):
        cuts: list[tuple[str, ...]] = [tuple(words)]
    elif len(words) > _MOST_NAME_WORDS:
        return (None,) * count
    else:
        cuts = [tuple(" ".join(words[a:b]) for a, b in pairwise((0, *ends, len(words))))
                for ends in combinations(range(1, len(words)), count - 1)]
    for names in cuts:
        if all(_says_whole(name, text) for name in names):
            return names
    return (None,) * count


def _says_whole(name: str, text: str) -> bool:
    """Whether `text` says `name` as a whole name, not as the start of a longer one: no
    capitalised word follows it ("Ridge" of "the Ridge Monitor" is not a name)."""
    return any(not re.match(r"[ \t]+[A-Z]", text[found.end():])
               for found in re.finditer(rf"\b{re.escape(name)}\b", text))


def _named_header(lines: list[str], index: int) -> Table | None:
    """A header whose columns are named in more than one word ("Country Events Fatalities
    Civilian fatalities", "Governorate Civilian deaths Of which children"). Without the
    spacing that set its columns apart, a column ends at a measure word, or at a group's
    word ("children") that counts the measure of the column before it; the words before a
    column's last word narrow it ("Civilian"). The first word names the rows. A column of
    more than three words, or a word that ends a clause, makes it a sentence."""
    words = lines[index].split()
    title = lines[index - 1] if index else ""
    if len(words) < 3 or any(word[-1] in ".,;:!?\"" for word in words):
        return None
    measures: list[str] = []
    subgroups: list[str | None] = []
    named: list[str] = []  # the words of the column being read
    for position, word in enumerate(words[1:], start=2):
        named.append(word)
        measure = column_measure(word)
        narrows = position < len(words) and column_measure(words[position]) is not None
        if measure is None and word.lower() in SUBGROUP_NOUNS and not narrows:
            measure = measures[-1] if measures else title_measure(title)
        if measure is None:
            if len(named) > 2:
                return None
            continue
        measures.append(measure)
        subgroups.append(intro_subgroup(" ".join(named)))
        named = []
    if named or len(measures) < 2:
        return None
    subgroup = intro_subgroup(title) if index else None
    return Table(index, tuple(measures), subgroup, words[0].lower() in _ACTOR_COLUMNS,
                 subgroups=tuple(subgroups))


def title_measure(title: str) -> str | None:
    """The measure a table's title names ("Civilian deaths by perpetrator")."""
    for word in re.findall(r"[A-Za-z]+", title):
        measure = column_measure(word)
        if measure is not None:
            return measure
    return None


def count_column(table: Table, column: int) -> int:
    """The count column a column's figures are of: itself, the one a share column names, or
    the one before its shares."""
    if table.shares_of and table.shares_of[column] is not None:
        return table.shares_of[column] or 0
    while column > 0 and table.measures[column] == SHARE:
        column -= 1
    return column


def cell_year(table: Table, column: int) -> str | None:
    """The year a column counts, when a year names it or the count column it shares."""
    return table.years[count_column(table, column)] if table.years else None


def cell_subgroup(table: Table, column: int) -> str | None:
    """The group a column counts: the one its name gives, else the table's."""
    own = table.subgroups[count_column(table, column)] if table.subgroups else None
    return own or table.subgroup


def cell_measure(table: Table, column: int) -> str:
    """The measure of a column; a share column's is the count column's before it."""
    return table.measures[count_column(table, column)]


def column_measure(word: str) -> str | None:
    key = word.lower().strip(":()")
    return MEASURE_VERBS.get(key) or EVENT_NOUNS.get(key) or _COLUMNS.get(key)


def row_mentions(line: str, table: Table) -> list[tuple[Mention, Cell]]:
    """The figures of a row, each with its column."""
    found = match_row(line, table)
    if found is None:
        offset = len(line) - len(line.lstrip())
        found = match_row(line.strip(), table)
        if found is None:
            return []
    else:
        offset = 0
    label = found.group("label").strip(" :-–")
    total = bool(_TOTAL.match(label))
    cells = []
    figures = list(_CELL.finditer(found.group("cells")))
    # a row short of the header's columns leaves its shares out (a total row's 100%)
    columns = (_count_columns(table) if len(figures) < len(table.measures)
               else list(range(len(table.measures))))
    for column, cell in zip(columns, figures, strict=False):
        start = offset + found.start("cells") + cell.start()
        end = start + len(cell.group())
        value = atom_value(cell.group().rstrip("%"))
        share = table.measures[column] == SHARE or cell.group().endswith("%")
        # a column of events counts things, not people
        unit = "percent" if share else "other" if table.measures[column] == "other" else "people"
        if value is not None:
            cells.append((Mention(start, end, start, end, value, unit=unit),
                          Cell(table, column, label, total)))
    return cells
