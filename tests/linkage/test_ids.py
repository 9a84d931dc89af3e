"""Victim ids outlive re-linking: the rule in rasd.linkage.ids, case by case."""

from __future__ import annotations

from rasd.linkage import assign_ids

A, B, C, D, E = (1, "a"), (1, "b"), (2, "c"), (2, "d"), (3, "e")


def test_first_run_numbers_victims_from_the_first_free_id() -> None:
    plan = assign_ids({10: [A, B], 11: [C]}, {}, next_id=1)
    assert sorted(plan.ids.values()) == [1, 2]
    assert plan.created == [1, 2]


def test_unchanged_victims_keep_their_ids() -> None:
    previous = {A: 7, B: 7, C: 9}
    plan = assign_ids({0: [C], 1: [B, A]}, previous, next_id=10)
    assert plan.ids == {1: 7, 0: 9}
    assert plan.created == [] and plan.merged == {} and plan.split == {}


def test_a_new_record_joining_a_victim_keeps_its_id() -> None:
    plan = assign_ids({0: [A, B, E]}, {A: 3, B: 3}, next_id=4)
    assert plan.ids == {0: 3}


def test_a_merge_keeps_the_older_id_and_records_the_other_as_merged_into_it() -> None:
    plan = assign_ids({0: [A, B, C]}, {A: 5, B: 5, C: 2}, next_id=6)
    assert plan.ids == {0: 2}
    assert plan.merged == {5: 2}


def test_a_split_keeps_the_id_on_the_larger_part() -> None:
    plan = assign_ids({0: [A], 1: [B, C]}, {A: 4, B: 4, C: 4}, next_id=5)
    assert plan.ids == {1: 4, 0: 5}
    assert plan.split == {4: [5]}


def test_a_split_into_equal_parts_is_decided_by_the_first_record() -> None:
    plan = assign_ids({0: [C, D], 1: [A, B]}, {A: 4, B: 4, C: 4, D: 4}, next_id=5)
    assert plan.ids[1] == 4  # holds A, which sorts first


def test_a_victim_whose_records_are_all_gone_is_retired() -> None:
    plan = assign_ids({0: [A]}, {A: 1, C: 2}, next_id=3)
    assert plan.retired == [2]


def test_ids_are_never_reused() -> None:
    plan = assign_ids({0: [A, C], 1: [E]}, {A: 1, C: 2}, next_id=3)
    assert plan.merged == {2: 1}
    assert plan.ids[1] == 3
