"""Records into victims: scored pairs joined strongest first, under constraints that stop a
common name from chaining hundreds of people into one victim.

Splink's own clustering takes every pair above a threshold (connected components), so one
wrong pair joins two people and a run of them joins a crowd. Here a pair joins two groups only
if the merged group stays consistent: no cannot-link decision inside it; one sex; exact dates
of death within `max_date_gap_days` of each other (or equal with day and month swapped); known
ages (not estimated ones) within `max_age_gap` plus `max_age_gap_share` of the older; no two
clearly different first names (siblings killed together share everything else; a name
written family name first is no contradiction); no two clearly different fathers (cousins of
one name; a grandfather may stand in for a dropped father); no two records of one list with
clearly different family names; no more than `max_cluster_size` records.
Must-link decisions join first and unconditionally.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from rasd.linkage.settings import LinkSettings


@dataclass(frozen=True)
class Node:
    """What the constraints need to know of one record."""

    source: int
    sex: str | None
    exact_date: date | None
    year: int | None
    age: int | None
    first: str | None
    family: str | None
    unnamed: bool
    father: str | None = None
    grandfather: str | None = None


@dataclass
class _Group:
    members: list[int]
    sexes: set[str] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    # (first, family) of each named record: a name written family name first puts the
    # family name in the first slot, so a first name equal to the other's family name is
    # no contradiction.
    firsts: set[tuple[str, str | None]] = field(default_factory=set)
    # (father, grandfather) of each named record: a list that drops the father's name puts
    # the grandfather in his place, so either may stand for the other.
    lineages: set[tuple[str, str | None]] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    youngest: int | None = None
    oldest: int | None = None
    # Per list, the (first, family) names its records give: a list that names two records
    # differently in both means two people.
    names: dict[int, set[tuple[str, str]]] = field(default_factory=dict)


def _group(uid: int, node: Node) -> _Group:
    group = _Group([uid])
    if node.sex:
        group.sexes.add(node.sex)
    if node.exact_date is not None:
        group.days.add(node.exact_date)
    if node.first and not node.unnamed:
        group.firsts.add((node.first, node.family))
    if node.father and not node.unnamed:
        group.lineages.add((node.father, node.grandfather))
    if node.year is not None:
        group.years.add(node.year)
    group.youngest = group.oldest = node.age
    if not node.unnamed and node.first and node.family:
        group.names[node.source] = {(node.first, node.family)}
    return group


def _days_apart(a: date, b: date, limit: int) -> bool:
    if abs((a - b).days) <= limit:
        return False
    return not (a.day <= 12 and (a.year, a.day, a.month) == (b.year, b.month, b.day))


def _rotated(first_a: str, family_a: str | None, first_b: str, family_b: str | None) -> bool:
    """One name written family name first: its first slot holds the other's family name,
    and its family slot something else (Ismail Abbas Ismail and Moussa Abbas Ismail are
    brothers, not one name rotated)."""
    return family_a != family_b and (first_a == family_b or first_b == family_a)


def _different_fathers(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    (father_a, grand_a), (father_b, grand_b) = a, b
    return different_names(father_a, father_b) \
        and (grand_b is None or different_names(father_a, grand_b)) \
        and (grand_a is None or different_names(grand_a, father_b))


def _fullest(lineages: set[tuple[str, str | None]]) -> set[tuple[str, str | None]]:
    """A victim's lineages without the one-name ones a full lineage explains: once a record
    gives father and grandfather, a record giving either of them alone adds no father of
    its own, and must not stand against the next record that gives the other."""
    full = [(father, grand) for father, grand in lineages if grand is not None]
    return {(father, grand) for father, grand in lineages if grand is not None or not any(
        not different_names(father, name) for known in full for name in known if name)}


def different_names(a: str, b: str) -> bool:
    """Two cross-script keys of a name part that cannot be one name misspelt: neither holds
    the other (a compound given in part), they are not one typo apart (a letter changed,
    added, dropped or two swapped in a key of four letters or more, never the first: محمد
    and أحمد are two names; nor the long-u mark, which the key keeps to tell محمد from
    محمود), and they share too few letters in order."""
    if a == b or a in b.split() or b in a.split():
        return False
    if _long_u_apart(a, b):
        return True
    if a[:1] == b[:1] and min(len(a), len(b)) >= 4 and _one_edit(a, b):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() < 0.8


def _long_u_apart(a: str, b: str) -> bool:
    """One key is the other with a w before its last letter: محمود and محمد."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and long[-2] == "w" and long[:-2] + long[-1] == short


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped, anywhere."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


class Clusterer:
    """Greedy constrained clustering of records 0..n-1 (their unique ids)."""

    def __init__(self, nodes: dict[int, Node], settings: LinkSettings,
                 cannot: Iterable[tuple[int, int]] = ()) -> None:
        self.nodes = nodes
        self.settings = settings
        self.parent = {uid: uid for uid in nodes}
        self.groups = {uid: _group(uid, node) for uid, node in nodes.items()}
        self.cannot: dict[int, set[int]] = defaultdict(set)
        for a, b in cannot:
            if a in nodes and b in nodes:
                self.cannot[a].add(b)
                self.cannot[b].add(a)
        self.refused: list[tuple[int, int, str]] = []

    def root(self, uid: int) -> int:
        while self.parent[uid] != uid:
            self.parent[uid] = self.parent[self.parent[uid]]
            uid = self.parent[uid]
        return uid

    def must(self, a: int, b: int) -> bool:
        """Join two records a person said are one; False if a cannot-link forbids it."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return True
        if self._forbidden(ra, rb):
            self.refused.append((a, b, "a cannot-link decision"))
            return False
        self._join(ra, rb)
        return True

    def offer(self, a: int, b: int) -> bool:
        """Join the groups of a scored pair if the joined group stays consistent."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return True
        reason = self._conflict(ra, rb)
        if reason:
            self.refused.append((a, b, reason))
            return False
        self._join(ra, rb)
        return True

    def clusters(self) -> dict[int, list[int]]:
        """Each group's members, keyed by its root."""
        return {root: group.members for root, group in self.groups.items()}

    def _forbidden(self, ra: int, rb: int) -> bool:
        small, large = sorted((self.groups[ra], self.groups[rb]), key=lambda g: len(g.members))
        members = set(large.members)
        return any(self.cannot.get(uid, set()) & members for uid in small.members)

    def _conflict(self, ra: int, rb: int) -> str | None:
        a, b = self.groups[ra], self.groups[rb]
        limits = self.settings
        if len(a.members) + len(b.members) > limits.max_cluster_size:
            return "too many records for one person"
        if len(a.sexes | b.sexes) > 1:
            return "different sex"
        if any(_days_apart(x, y, limits.max_date_gap_days) for x in a.days for y in b.days):
            return "dates of death too far apart"
        years = a.years | b.years
        if years and max(years) - min(years) > 1:
            return "years of death too far apart"
        young, old = _min(a.youngest, b.youngest), _max(a.oldest, b.oldest)
        if isinstance(young, int) and isinstance(old, int) \
                and old - young > limits.max_age_gap + limits.max_age_gap_share * old:
            return "ages too far apart"
        if any(different_names(x, y) and not _rotated(x, family_x, y, family_y)
               for x, family_x in a.firsts for y, family_y in b.firsts):
            return "different first names"
        if any(_different_fathers(x, y) for x in a.lineages for y in b.lineages):
            return "different fathers"
        for source, names in b.names.items():
            theirs = a.names.get(source, set())
            if any(different_names(g1, g2) for _, g1 in names for _, g2 in theirs):
                return "one list names them differently"
        if self._forbidden(ra, rb):
            return "a cannot-link decision"
        return None

    def _join(self, ra: int, rb: int) -> None:
        if len(self.groups[ra].members) < len(self.groups[rb].members):
            ra, rb = rb, ra
        a, b = self.groups[ra], self.groups.pop(rb)
        self.parent[rb] = ra
        a.members.extend(b.members)
        a.sexes |= b.sexes
        a.days |= b.days
        a.firsts |= b.firsts
        a.lineages = _fullest(a.lineages | b.lineages)
        a.years |= b.years
        a.youngest = _min(a.youngest, b.youngest)
        a.oldest = _max(a.oldest, b.oldest)
        for source, names in b.names.items():
            a.names.setdefault(source, set()).update(names)


def cluster(nodes: dict[int, Node], edges: Iterable[tuple[int, int, float]],
            settings: LinkSettings, *, must: Iterable[tuple[int, int]] = (),
            cannot: Iterable[tuple[int, int]] = ()) -> Clusterer:
    """Cluster records: must-links first, then `edges` (a, b, probability) at or above the
    match threshold, strongest first. An unnamed record is joined only when a single record
    matches it: otherwise it could be any of them, and stays a victim of its own."""
    clusterer = Clusterer(nodes, settings, cannot)
    for a, b in must:
        if a in nodes and b in nodes:
            clusterer.must(a, b)
    strong = [(a, b, p) for a, b, p in edges if p >= (
        settings.unnamed_threshold if nodes[a].unnamed or nodes[b].unnamed
        else settings.match_threshold)]
    partners: dict[int, int] = defaultdict(int)
    for a, b, _ in strong:
        partners[a] += 1
        partners[b] += 1
    for a, b, _ in sorted(strong, key=lambda edge: (-edge[2], edge[0], edge[1])):
        if any(nodes[uid].unnamed and partners[uid] > 1 for uid in (a, b)):
            continue
        clusterer.offer(a, b)
    return clusterer
