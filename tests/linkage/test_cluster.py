"""Clustering obeys decisions and does not chain: rasd.linkage.cluster on hand-made pairs."""

from __future__ import annotations

from datetime import date, timedelta

from rasd.linkage.cluster import Node, cluster
from rasd.linkage.settings import LinkSettings

SETTINGS = LinkSettings()
DAY = date(2013, 8, 21)


def person(source: int = 1, *, sex: str | None = "male", day: date | None = DAY,
           age: int | None = 30, first: str | None = "mhmd", family: str | None = "hlbi",
           unnamed: bool = False, father: str | None = None,
           grandfather: str | None = None) -> Node:
    return Node(source, sex, day, day.year if day else None, age, first, family, unnamed,
                father, grandfather)


def groups(result: object) -> list[list[int]]:
    return sorted(sorted(members) for members in result.clusters().values())  # type: ignore[attr-defined]


def test_pairs_above_the_threshold_join() -> None:
    nodes = {0: person(1), 1: person(2), 2: person(3)}
    result = cluster(nodes, [(0, 1, 0.99), (1, 2, 0.95)], SETTINGS)
    assert groups(result) == [[0, 1, 2]]


def test_pairs_below_the_threshold_do_not_join() -> None:
    nodes = {0: person(1), 1: person(2)}
    assert groups(cluster(nodes, [(0, 1, 0.5)], SETTINGS)) == [[0], [1]]


def test_must_link_joins_without_any_scored_pair() -> None:
    nodes = {0: person(1), 1: person(2, family="xyz")}
    assert groups(cluster(nodes, [], SETTINGS, must=[(0, 1)])) == [[0, 1]]


def test_cannot_link_holds_through_a_chain() -> None:
    """0-1 and 1-2 are strong pairs, but a person said 0 and 2 are two people."""
    nodes = {0: person(1), 1: person(2), 2: person(3)}
    result = cluster(nodes, [(0, 1, 0.99), (1, 2, 0.98)], SETTINGS, cannot=[(0, 2)])
    assert groups(result) == [[0, 1], [2]]


def test_a_common_name_does_not_chain_people_who_died_apart() -> None:
    """Forty men with one name, killed a week apart each, all scored as strong pairs with
    their neighbours: they stay forty people (at most the ones within a month together)."""
    nodes = {i: person(i % 5, day=DAY + timedelta(days=7 * i)) for i in range(40)}
    edges = [(i, i + 1, 0.97) for i in range(39)]
    sizes = [len(members) for members in groups(cluster(nodes, edges, SETTINGS))]
    assert max(sizes) <= 5
    assert len(sizes) >= 8


def test_different_sexes_never_join() -> None:
    nodes = {0: person(1, sex="male"), 1: person(2, sex="female")}
    assert groups(cluster(nodes, [(0, 1, 0.999)], SETTINGS)) == [[0], [1]]


def test_ages_far_apart_never_join() -> None:
    nodes = {0: person(1, age=4), 1: person(2, age=40)}
    assert groups(cluster(nodes, [(0, 1, 0.999)], SETTINGS)) == [[0], [1]]


def test_one_list_naming_two_records_differently_means_two_people() -> None:
    nodes = {0: person(1, first="ahmd", family="ali"), 1: person(1, first="ahmd", family="hsn"),
             2: person(2, first="ahmd", family="ali")}
    result = cluster(nodes, [(0, 2, 0.99), (1, 2, 0.98)], SETTINGS)
    assert groups(result) == [[0, 2], [1]]


def test_an_unnamed_record_joins_only_an_unambiguous_match() -> None:
    nodes = {0: person(1, first=None, family=None, unnamed=True), 1: person(2)}
    assert groups(cluster(nodes, [(0, 1, 0.995)], SETTINGS)) == [[0, 1]]


def test_an_unnamed_record_needs_stronger_evidence_than_a_named_one() -> None:
    nodes = {0: person(1, first=None, family=None, unnamed=True), 1: person(2)}
    assert groups(cluster(nodes, [(0, 1, 0.95)], SETTINGS)) == [[0], [1]]


def test_an_unnamed_record_matching_two_people_stays_alone() -> None:
    nodes = {0: person(1, first=None, family=None, unnamed=True), 1: person(2),
             2: person(3, first="omr")}
    result = cluster(nodes, [(0, 1, 0.995), (0, 2, 0.995)], SETTINGS)
    assert [0] in groups(result)


def test_siblings_killed_together_stay_apart() -> None:
    """Same father, family, day and place; only the first names differ."""
    nodes = {0: person(1, first="mrym", family="ghzw", sex="female"),
             1: person(2, first="ftm", family="ghzw", sex="female")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0], [1]]


def test_a_date_with_day_and_month_swapped_is_the_same_date() -> None:
    nodes = {0: person(1, day=date(2016, 12, 6)), 1: person(2, day=date(2016, 6, 12))}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0, 1]]


def test_cousins_of_one_name_with_different_fathers_stay_apart() -> None:
    """محمد أحمد عمر الحلبي and محمد خالد عمر الحلبي: one grandfather, two fathers."""
    nodes = {0: person(1, father="ahmd", grandfather="amr"),
             1: person(2, father="khld", grandfather="amr")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0], [1]]


def test_cousins_named_in_three_words_with_different_fathers_stay_apart() -> None:
    """محمد أحمد الحلبي and محمد خالد الحلبي: in real lists the middle word is the father."""
    nodes = {0: person(1, father="ahmd"), 1: person(2, father="khld")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0], [1]]


def test_fathers_gathered_in_a_victim_hold_against_the_next_record() -> None:
    """Once a victim holds a full lineage, a record with another father and grandfather
    cannot join it through a record that gave no father."""
    nodes = {0: person(1, father="ahmd", grandfather="amr"), 1: person(2), 2: person(3),
             3: person(4, father="khld", grandfather="slm")}
    result = cluster(nodes, [(1, 2, 0.995), (0, 1, 0.99), (1, 3, 0.98)], SETTINGS)
    assert groups(result) == [[0, 1, 2], [3]]


def test_a_full_lineage_explains_both_of_its_one_name_records() -> None:
    """عبدالقادر محمد عبدالله حمود, then عبدالقادر محمد حمود and عبدالقادر عبدالله حمود (the
    father dropped): both shorter names fit the full one, so neither keeps out the other."""
    nodes = {0: person(1, father="mhmd", grandfather="abdallh"), 1: person(2, father="mhmd"),
             2: person(3, father="abdallh")}
    result = cluster(nodes, [(0, 1, 0.99), (0, 2, 0.98)], SETTINGS)
    assert groups(result) == [[0, 1, 2]]


def test_a_grandfather_in_place_of_a_dropped_father_is_no_contradiction() -> None:
    """محمد أحمد خالد الحلبي written without the father: محمد خالد الحلبي."""
    nodes = {0: person(1, father="ahmd", grandfather="khld"), 1: person(2, father="khld")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0, 1]]


def test_a_typo_in_a_name_is_no_contradiction() -> None:
    nodes = {0: person(1, father="mhmd"), 1: person(2, father="mhdm")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0, 1]]


def test_a_name_written_family_name_first_is_no_contradiction() -> None:
    """سيد لجين تامر and لجين تامر سيد: the family name sits in the first slot."""
    nodes = {0: person(1, first="syd", family="tmr"), 1: person(2, first="ljyn", family="syd")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0, 1]]


def test_no_victim_grows_past_the_size_limit() -> None:
    settings = LinkSettings(max_cluster_size=4)
    nodes = {i: person(i) for i in range(10)}
    edges = [(i, j, 0.99) for i in range(10) for j in range(i + 1, 10)]
    assert max(len(g) for g in groups(cluster(nodes, edges, settings))) <= 4


def test_brothers_whose_family_name_is_also_a_given_name_stay_apart() -> None:
    """Ismail Abbas Ismail and Moussa Abbas Ismail: not one name written family name first."""
    nodes = {0: person(1, first="asmal", family="asmal", father="abs"),
             1: person(2, first="ms", family="asmal", father="abs")}
    assert groups(cluster(nodes, [(0, 1, 0.99)], SETTINGS)) == [[0], [1]]


def test_muhammad_and_mahmoud_are_brothers_not_a_typo() -> None:
    nodes = {0: person(1, first="mhmd", father="khld"), 1: person(2, first="mhmwd",
                                                                  father="khld")}
    assert groups(cluster(nodes, [(0, 1, 0.999)], SETTINGS)) == [[0], [1]]
