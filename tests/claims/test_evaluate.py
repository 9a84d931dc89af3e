"""The scoring rules of rasd.claims.evaluate, on small cases whose answer is plain."""

from __future__ import annotations

from typing import Any

from rasd.claims.evaluate import (
    Flag,
    locate,
    match,
    same_date,
    same_name,
    same_place,
    score,
    score_checks,
)
from rasd.claims.model import Claim


def claim(value: float | None, start: int, end: int, **fields: Any) -> Claim:
    return Claim(value=value, quote="", start=start, end=end, measure="killed", **fields)


def test_locate_finds_a_repeated_figure_in_order_and_across_line_ends() -> None:
    text = "killed 11 people. Of the 11 victims, 10 died under tor-\nture; 1 in 2,221."
    found = locate(text, ["11 people", "11 victims", "10 died under torture", "1"])
    spans = [span for span in found if span is not None]
    assert [text[start:end] for start, end in spans] == [
        "11 people", "11 victims", "10 died under tor-\nture", "1"]
    assert found[1] == (25, 35)  # the second 11, not the first
    assert locate(text, ["221"]) == [None]  # not the tail of 2,221


def test_matching_is_one_to_one_and_prefers_the_larger_overlap() -> None:
    gold = [claim(36, 0, 9), claim(36, 20, 29)]
    predicted = [claim(36, 22, 25), claim(36, 0, 25)]
    assert match(predicted, gold) == {1: 0, 0: 1}


def test_measure_and_subgroup_must_agree_unless_only_values_count() -> None:
    gold = [claim(38, 0, 10, subgroup="civilians")]
    predicted = [claim(38, 0, 2, subgroup=None)]
    assert match(predicted, gold) == {}
    assert match(predicted, gold, value_only=True) == {0: 0}


def test_a_range_matches_on_both_ends_and_a_fraction_loosely() -> None:
    gold = [claim(None, 0, 5, low=10_000, high=15_000), claim(1 / 13, 10, 20, unit="fraction")]
    predicted = [claim(None, 0, 5, low=10_000, high=15_000), claim(0.0769, 10, 20, unit="fraction")]
    tally = score(predicted, gold)
    assert (tally.matched, tally.scores()["f1"]) == (2, 1.0)


def test_names_agree_through_aliases_and_containment() -> None:
    assert same_name("SNHR", "Syrian Network for Human Rights")
    assert same_name("the Syrian regime", "Syrian regime; Iraqi and Lebanese militias")
    assert same_name("HTS", "Hay'at Tahrir al-Sham")
    assert same_name("Human Rights Office of the UN Assistance Mission for Iraq",
                     "UNAMI Human Rights Office")
    assert same_name("the U.N. refugee agency", "UNHCR")
    assert same_name("WHO", "World Health Organization")
    assert not same_name("WHO", "UNICEF")
    assert not same_name("ISIS", "Syrian Democratic Forces")
    assert not same_name("Mosul missing persons office", "UN Human Rights Office")
    assert not same_name(None, "ISIS")
    assert same_place("Hajjah governorate", "al-Raqah, Hajjah")
    assert same_date("2024-01-01", "2024-01") and not same_date("2024-02", "2024-01")


def test_links_are_right_when_they_point_at_the_matched_target_or_a_repeat_of_it() -> None:
    gold = [claim(72, 0, 2), claim(72, 10, 12, links={"repeat_of": 0}),
            claim(21, 20, 22, subgroup="children", links={"part_of": 1})]
    predicted = [claim(72, 0, 2), claim(72, 10, 12),
                 claim(21, 20, 22, subgroup="children", links={"part_of": 0})]
    agreement = score(predicted, gold).scores()["agreement"]
    assert agreement["link_part_of"] == {"agreed": 1, "of": 1, "accuracy": 1.0}
    assert agreement["link_repeat_of"]["agreed"] == 0  # the prediction did not say it


def test_a_flag_catches_the_annotated_inconsistency_it_names() -> None:
    gold = [claim(36, 0, 2), claim(38, 5, 7, subgroup="civilians", links={"part_of": 0}),
            claim(11, 9, 11, subgroup="children", links={"part_of": 0})]
    checks = [{"kind": "part_exceeds_whole", "claims": [0, 1], "verdict": "inconsistent",
               "note": "38 of 36"},
              {"kind": "part_exceeds_whole", "claims": [0, 2], "verdict": "consistent",
               "note": "11 of 36"}]
    flags = [Flag("part", True, (1, 0)), Flag("part", True, (0, 2)), Flag("part", False, (0,))]
    tally = score_checks("doc", flags, gold, checks, to_gold={0: 0, 1: 1, 2: 2})
    assert (tally.caught, tally.false_flags, tally.on_consistent) == (1, 1, 1)
    assert tally.missed == []


def test_a_flag_of_another_kind_or_over_other_claims_is_a_false_flag() -> None:
    # The killed column 10 + 20 + 5 does not add up to 36; a share flag that names the
    # same whole, and a breakdown flag that names the whole and one part only, share claims
    # with that inconsistency but are not it: both are false flags, and it is missed.
    gold = [claim(36, 0, 2), claim(10, 5, 7, links={"part_of": 0}),
            claim(20, 9, 11, links={"part_of": 0}), claim(5, 13, 15, links={"part_of": 0}),
            claim(40, 17, 19, unit="percent", links={"share_of": 0})]
    checks = [{"kind": "sum", "claims": [0, 1, 2, 3], "verdict": "inconsistent",
               "note": "10 + 20 + 5 = 35, not 36"}]
    flags = [Flag("share", True, (4, 1, 0)), Flag("breakdown", True, (0, 1))]
    tally = score_checks("doc", flags, gold, checks)
    assert (tally.caught, tally.false_flags) == (0, 2)
    assert len(tally.missed) == 1
    # The same arithmetic over the same claims catches it, one figure more or not.
    right = [Flag("breakdown", True, (0, 1, 2, 3, 9))]
    tally = score_checks("doc", right, gold, checks, to_gold={0: 0, 1: 1, 2: 2, 3: 3})
    assert (tally.caught, tally.false_flags) == (1, 0)
