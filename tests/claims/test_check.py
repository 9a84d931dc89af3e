"""The claim checks on claims made by hand, as the extractor would give them: the arithmetic
within a document, figures across documents, and claims beside a small real register."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rasd.claims.check import (
    CheckReport,
    Verdict,
    check_across,
    check_against_register,
    check_all,
    check_document,
)
from rasd.claims.model import Claim
from rasd.linkage import adopt_links
from rasd.register import Register, import_list

SNHR = "Syrian Network for Human Rights"


def claim(value: float | None, quote: str = "", **fields: Any) -> Claim:
    fields.setdefault("measure", "killed")
    start = fields.pop("start", 0)
    return Claim(value=value, quote=quote or str(value), start=start, end=start, **fields)


def snhr(share: float = 10, children: float = 7987, women: float = 6031) -> list[Claim]:
    """The claims of the SNHR report in the corpus, linked as the extractor links them."""
    since = {"period_start": "2013-08-04", "asserted_by": SNHR}
    return [
        claim(147061, "killed more than 147,061 Syrian citizens", qualifier="more_than",
              place="Syria", actor="Syrian regime; Iraqi and Lebanese militias", **since),
        claim(children, "7,987 children", subgroup="children", links={"part_of": 0}, **since),
        claim(women, "6,031 women", subgroup="women", links={"part_of": 0}, **since),
        claim(share, "women and children constitute 10% of the total", unit="percent",
              subgroup="women_and_children", links={"share_of": 0}, **since),
        claim(4068, "4,068 individuals were killed under torture", subgroup="under_torture",
              links={"part_of": 0}, **since),
    ]


def only(verdicts: list[Verdict], check: str) -> Verdict:
    found = [verdict for verdict in verdicts if verdict.check == check]
    assert len(found) == 1, found
    return found[0]


def checks(verdicts: list[Verdict], check: str) -> list[Verdict]:
    return [verdict for verdict in verdicts if verdict.check == check]


# Within a document -------------------------------------------------------------------------


def test_snhr_ten_percent_is_consistent_with_its_parts_over_the_total() -> None:
    share = only(check_document("snhr", snhr()), "share")
    assert share.verdict == "consistent" and not share.flagged
    assert share.evidence == ("(7,987 + 6,031) / 147,061 = 9.5 %, consistent with '10%' "
                              "(a rounded share: 9.5 % to 10.5 %)")
    assert [ref.index for ref in share.claims] == [3, 1, 2, 0]
    assert share.claims[0].quote == "women and children constitute 10% of the total"


def test_a_ten_percent_share_of_parts_summing_to_five_percent_is_flagged() -> None:
    share = only(check_document("snhr", snhr(children=4000, women=3353)), "share")
    assert share.verdict == "inconsistent" and share.flagged
    assert share.evidence.startswith("(4,000 + 3,353) / 147,061 = 5.0 %, not consistent with")


def test_share_tolerance_follows_its_qualifier() -> None:
    def verdict(value: float, qualifier: str, quote: str = "") -> str:
        claims = [claim(1000), claim(96, subgroup="children", links={"part_of": 0}),
                  claim(value, quote, unit="percent", subgroup="children",
                        qualifier=qualifier, links={"share_of": 0})]
        return only(check_document("d", claims), "share").verdict

    assert verdict(9, "exact") == "inconsistent"  # 9.6 % is not "9%" rounded
    assert verdict(10, "about") == "consistent"  # 9 % to 11 %
    assert verdict(9, "more_than") == "consistent"
    assert verdict(10, "more_than") == "inconsistent"
    assert verdict(10, "exact", "almost 10%") == "consistent"  # just below
    assert verdict(9, "exact", "almost 9%") == "inconsistent"


def test_one_in_n_is_a_share() -> None:
    claims = [claim(1300), claim(100, subgroup="children", links={"part_of": 0}),
              claim(13, "one in 13 victims was a child", unit="fraction", subgroup="children",
                    links={"share_of": 0})]
    assert only(check_document("d", claims), "share").verdict == "consistent"
    claims[1] = claim(200, subgroup="children", links={"part_of": 0})
    assert only(check_document("d", claims), "share").verdict == "inconsistent"


def test_parts_within_their_total_are_consistent_and_torture_is_not_summed_with_them() -> None:
    breakdown = only(check_document("snhr", snhr()), "breakdown")
    assert breakdown.verdict == "consistent"
    assert breakdown.evidence == ("children 7,987 + women 6,031 = 14,018, not more than the "
                                  "total (more than 147,061)")
    assert [ref.index for ref in breakdown.claims] == [0, 1, 2]


def test_parts_that_exceed_their_total_are_flagged() -> None:
    claims = [claim(100, qualifier="about"), claim(70, subgroup="children",
                                                   links={"part_of": 0}),
              claim(60, subgroup="women", links={"part_of": 0})]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "parts exceed total" and breakdown.flagged
    assert "= 130, more than the total (about 100)" in breakdown.evidence


def test_a_breakdown_naming_every_group_must_add_up() -> None:
    def verdict(men: float) -> str:
        claims = [claim(1000), claim(200, subgroup="children", links={"part_of": 0}),
                  claim(150, subgroup="women", links={"part_of": 0}),
                  claim(men, subgroup="men", links={"part_of": 0})]
        return only(check_document("d", claims), "breakdown").verdict

    assert verdict(650) == "consistent"
    assert verdict(500) == "parts short of total"


def test_parts_of_a_repeat_that_names_the_place_more_narrowly_must_add_up() -> None:
    # a dashboard's key figure (the country in its title) said again in the text, "in Taiz"
    setting = {"subgroup": "civilians", "period_start": "2025-01", "period_end": "2025-06"}
    found = [claim(487, measure="casualties", place="Yemen", **setting),
             claim(487, measure="casualties", place="Taiz", links={"repeat_of": 0}, **setting),
             claim(142, place="Taiz", links={"part_of": 1}, **setting),
             claim(355, measure="injured", place="Taiz", links={"part_of": 1}, **setting)]
    breakdown = only(check_document("dashboard", found), "breakdown")
    assert breakdown.flagged and breakdown.verdict == "parts exceed total"  # 497 > 487


def test_a_whole_of_women_and_children_is_its_women_plus_its_children() -> None:
    claims = [claim(100, subgroup="women and children"),
              claim(40, subgroup="children", links={"part_of": 0}),
              claim(30, subgroup="women", links={"part_of": 0})]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "parts short of total" and breakdown.flagged
    assert breakdown.evidence.endswith("leaves 30 out")


def test_overlapping_parts_are_not_summed_twice() -> None:
    claims = [claim(100), claim(40, subgroup="children", links={"part_of": 0}),
              claim(30, subgroup="women", links={"part_of": 0}),
              claim(70, subgroup="women and children", links={"part_of": 0})]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "consistent"
    assert [ref.index for ref in breakdown.claims] == [0, 1, 2]


def test_a_part_larger_than_its_whole_is_flagged() -> None:
    claims = [claim(100), claim(100, qualifier="more_than", subgroup="children",
                                links={"part_of": 0})]
    part = only(check_document("d", claims), "part")
    assert part.verdict == "part exceeds whole" and part.flagged
    assert part.evidence == "children more than 100 is more than its whole (100)"
    claims[1] = claim(100, qualifier="up_to", subgroup="children", links={"part_of": 0})
    assert only(check_document("d", claims), "part").verdict == "consistent"


def test_a_single_part_of_its_wholes_own_group_is_no_breakdown() -> None:
    # 1,121 of the 3,825 civilians were killed by regime forces: a split by actor
    claims = [claim(3825, subgroup="civilians"),
              claim(1121, subgroup="civilians", actor="Syrian regime forces",
                    links={"part_of": 0})]
    report = check_all({"d": (None, claims)})
    assert not checks(report.verdicts, "breakdown")
    assert report.coverage_of("breakdown").reasons == {"only part of its kind": 1}


def test_parts_that_differ_from_their_whole_in_nothing_said_are_not_summed() -> None:
    # verified and reported deaths, deaths by cause: the claims do not say how they split,
    # and the 14 disappeared of 37 detained men are not a group beside the others
    claims = [claim(2314, qualifier="at_least", subgroup="civilians"),
              claim(1906, subgroup="civilians", links={"part_of": 0}),
              claim(900, subgroup="civilians", links={"part_of": 0}),
              claim(37, measure="detained", subgroup="men"),
              claim(14, measure="disappeared", subgroup="men", links={"part_of": 3})]
    report = check_all({"d": (None, claims)})
    assert not checks(report.verdicts, "breakdown")
    assert report.coverage_of("breakdown").reasons == {"a split the claims do not name": 2,
                                                       "not the measure of its whole": 1}


def test_a_split_by_actor_adds_up_to_no_more_than_its_whole_but_need_not_reach_it() -> None:
    def breakdown(regime: float) -> Verdict:
        by = (("Syrian regime forces", regime), ("Russian forces", 6), ("ISIS", 3))
        claims = [claim(187, subgroup="civilians"),
                  *(claim(count, subgroup="civilians", actor=who, links={"part_of": 0})
                    for who, count in by)]
        return only(check_document("d", claims), "breakdown")

    found = breakdown(41)
    assert found.verdict == "consistent" and not found.numbers["complete"]
    assert found.evidence == ("Syrian regime forces 41 + Russian forces 6 + ISIS 3 = 50, not "
                              "more than the total (187)")
    assert breakdown(180).verdict == "parts exceed total"


def test_actors_that_may_share_victims_are_not_summed() -> None:
    claims = [claim(100), claim(60, actor="Syrian regime", links={"part_of": 0}),
              claim(50, actor="Syrian regime and Russia", links={"part_of": 0})]
    report = check_all({"d": (None, claims)})
    assert not checks(report.verdicts, "breakdown")
    assert report.coverage_of("breakdown").reasons == {"may overlap another part": 2}


def test_the_places_a_whole_lists_must_add_up_to_it() -> None:
    graves = {"measure": "other", "unit": "other"}
    claims = [claim(202, place="Nineveh, Kirkuk, Salah al-Din and Anbar", **graves),
              *(claim(count, place=where, links={"part_of": 0}, **graves) for where, count
                in (("Nineveh", 95), ("Kirkuk", 37), ("Salah al-Din", 36), ("Anbar", 24)))]
    breakdown = only(check_document("graves", claims), "breakdown")
    assert breakdown.verdict == "parts short of total" and breakdown.flagged
    assert breakdown.evidence == (
        "Nineveh 95 + Kirkuk 37 + Salah al-Din 36 + Anbar 24 = 192, but the total is 202: the "
        "breakdown names every place the total lists yet leaves 10 out")


def test_places_a_whole_does_not_list_need_not_add_up_and_towns_are_not_summed() -> None:
    claims = [claim(187, subgroup="civilians", place="Syria"),
              *(claim(count, subgroup="civilians", place=where, links={"part_of": 0})
                for where, count in (("Daraa", 52), ("Aleppo", 38), ("Idlib", 31)))]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "consistent" and not breakdown.numbers["complete"]
    towns = [claim(100, place="Mosul"), claim(60, place="Old City, Mosul", links={"part_of": 0}),
             claim(70, place="western Mosul", links={"part_of": 0})]
    report = check_all({"d": (None, towns)})
    assert not checks(report.verdicts, "breakdown")
    assert report.coverage_of("breakdown").reasons == {"places that may overlap": 2}


def test_killed_and_injured_must_add_up_to_the_casualties() -> None:
    def verdict(injured: float) -> str:
        claims = [claim(1020, measure="casualties", subgroup="civilians"),
                  claim(260, subgroup="civilians", links={"part_of": 0}),
                  claim(injured, measure="injured", subgroup="civilians", links={"part_of": 0})]
        return only(check_document("d", claims), "breakdown").verdict

    assert verdict(760) == "consistent"
    assert verdict(700) == "parts short of total"


def test_fighters_are_combatants_and_with_civilians_make_up_the_dead() -> None:
    def verdict(fighters: float) -> str:
        claims = [claim(212), claim(150, subgroup="civilians", links={"part_of": 0}),
                  claim(fighters, subgroup="fighters", links={"part_of": 0})]
        return only(check_document("d", claims), "breakdown").verdict

    assert verdict(62) == "consistent"
    assert verdict(50) == "parts short of total"


def test_a_list_closed_by_its_total_must_add_up_to_it() -> None:
    # "Shelling: 57 / Airstrikes: 38 / Gunfire: 52 / Total: 150"
    civilians = {"subgroup": "civilians"}
    claims = [claim(150, **civilians),
              *(claim(count, start=start, links={"part_of": 0}, **civilians)
                for start, count in ((10, 57), (20, 38), (30, 52))),
              claim(150, start=40, links={"repeat_of": 0}, **civilians)]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "parts short of total" and breakdown.flagged
    assert [ref.index for ref in breakdown.claims] == [4, 1, 2, 3]
    assert breakdown.evidence.endswith("the list ends with its total yet leaves 3 out")
    # "57 and 38 of the 150": the parts hang on the saying that follows them
    claims = [claim(150, **civilians),
              claim(57, start=10, links={"part_of": 3}, **civilians),
              claim(38, start=20, links={"part_of": 3}, **civilians),
              claim(150, start=30, links={"repeat_of": 0}, **civilians)]
    assert checks(check_document("d", claims), "breakdown") == []


def test_a_cross_cutting_group_does_not_make_an_age_and_sex_list_a_closed_sum() -> None:
    # "(63) civilians, among them (17) children and (9) women, and (4) deaths due to
    # torture" ... "the killing of (63) civilians": torture deaths are of any age or sex
    civilians = {"subgroup": "civilians"}
    claims = [claim(63, **civilians),
              claim(17, start=10, subgroup="children", links={"part_of": 0}),
              claim(9, start=20, subgroup="women", links={"part_of": 0}),
              claim(4, start=30, subgroup="under_torture", links={"part_of": 0}),
              claim(63, start=40, links={"repeat_of": 0}, **civilians)]
    assert not [verdict for verdict in check_document("d", claims) if verdict.flagged]


def test_a_table_column_closed_by_its_total_row_is_summed_apart_from_the_next_column() -> None:
    # "Locality Killed Injured / El Fasher 402 977 / Kutum 88 201 / Total 611 1,178"
    killed, injured = {"measure": "killed"}, {"measure": "injured"}
    claims = [claim(611, **killed), claim(1178, start=5, **injured),
              claim(402, start=10, links={"part_of": 0}, **killed),
              claim(977, start=15, links={"part_of": 1}, **injured),
              claim(88, start=20, links={"part_of": 0}, **killed),
              claim(201, start=25, links={"part_of": 1}, **injured),
              claim(611, start=30, links={"repeat_of": 0}, **killed),
              claim(1178, start=35, links={"repeat_of": 1}, **injured)]
    flagged = [verdict for verdict in check_document("d", claims) if verdict.flagged]
    assert [[ref.index for ref in verdict.claims] for verdict in flagged] == [[6, 2, 4]]
    assert flagged[0].evidence.endswith("the list ends with its total yet leaves 121 out")


def test_a_by_perpetrator_list_ending_with_other_parties_names_every_party() -> None:
    civilians = {"subgroup": "civilians"}
    claims = [claim(63, **civilians),
              claim(29, start=10, actor="Syrian regime forces", links={"part_of": 0}, **civilians),
              claim(7, start=20, actor="Russian forces", links={"part_of": 0}, **civilians),
              claim(10, start=30, actor="other parties", links={"part_of": 0}, **civilians)]
    breakdown = only(check_document("d", claims), "breakdown")
    assert breakdown.verdict == "parts short of total" and breakdown.flagged
    claims[3] = claim(10, start=30, actor="HTS", links={"part_of": 0}, **civilians)
    assert not only(check_document("d", claims), "breakdown").flagged  # others may be left out


def test_a_part_whose_period_misses_its_wholes_is_not_compared() -> None:
    claims = [claim(100, period_start="2024-10", period_end="2024-10"),
              claim(5000, period_start="2011-03", period_end="2011-12", links={"part_of": 0})]
    report = check_all({"d": (None, claims)})
    assert not checks(report.verdicts, "part")
    assert report.coverage_of("part").reasons == {"a period outside its whole's": 1}


def test_a_share_without_a_share_of_link_is_not_checked() -> None:
    claims = [claim(1000), claim(96, subgroup="children", links={"part_of": 0}),
              claim(50, unit="percent", subgroup="children")]
    report = check_all({"d": (None, claims)})
    assert not checks(report.verdicts, "share")
    assert report.coverage_of("share").reasons == {"no share_of link": 1}


def test_a_share_of_the_wholes_own_group_is_of_the_count_said_beside_it() -> None:
    # "we could verify 4,200 deaths. Of these, 2,900 - or 82 percent - were recorded as heart
    # failure ... A further 640 deaths, about 15 percent, gave no cause at all."
    deaths = {"subgroup": "detainees"}
    claims = [claim(4200, **deaths), claim(2900, start=40, links={"part_of": 0}),
              claim(82, "82 percent", unit="percent", start=49, links={"share_of": 0}),
              claim(640, start=250, links={"part_of": 0}),
              claim(15, "15 percent", unit="percent", qualifier="about", start=266,
                    links={"share_of": 0})]
    found = checks(check_document("d", claims), "share")
    assert [(verdict.verdict, [ref.index for ref in verdict.claims]) for verdict in found] == [
        ("inconsistent", [2, 1, 0]), ("consistent", [4, 3, 0])]
    assert found[0].evidence.startswith("2,900 / 4,200 = 69.0 %, not consistent with '82%'")
    claims[2] = claim(82, unit="percent", start=145, links={"share_of": 0})  # as near to both
    report = check_all({"d": (None, claims)})
    assert report.coverage_of("share").reasons == {"no count of its group said beside it": 1}


def test_a_share_whose_group_has_no_single_count_is_not_checked() -> None:
    def reasons(*claims: Claim) -> dict[str, int]:
        report = check_all({"d": (None, list(claims))})
        assert not checks(report.verdicts, "share")
        return dict(report.coverage_of("share").reasons)

    # "Most casualties (87 per cent) occurred in territory controlled by the Government"
    ukraine = {"measure": "casualties", "subgroup": "civilians"}
    assert reasons(claim(1020, place="Ukraine", **ukraine),
                   claim(908, start=10, links={"part_of": 0}, **ukraine),
                   claim(87, unit="percent", start=90, links={"share_of": 0},
                         place="territory controlled by the Government", **ukraine)) == {
        "no count of its group among the whole's parts": 1}
    assert reasons(claim(1000), claim(96, subgroup="children", links={"part_of": 0}),
                   claim(120, subgroup="children", links={"part_of": 0}),
                   claim(10, unit="percent", subgroup="children", links={"share_of": 0})) == {
        "several counts of its group": 1}


def test_a_rate_agrees_with_its_total_over_its_period() -> None:
    claims = [claim(3100, period_start="2016-01-01", period_end="2016-01-31"),
              claim(100, "an average of 100 a day", unit="per_day", links={"part_of": 0})]
    rate = only(check_document("d", claims), "rate")
    assert rate.verdict == "consistent"
    assert rate.evidence.startswith("3,100 / 31 days (2016-01-01 to 2016-01-31) = 100 a day")
    claims[1] = claim(150, unit="per_day", links={"part_of": 0})
    assert only(check_document("d", claims), "rate").verdict == "inconsistent"


def test_a_rate_until_now_runs_to_the_publication_date() -> None:
    since = {"period_start": "2016-01"}
    claims = [claim(1000, **since), claim(10, unit="per_day", **since)]
    rate = only(check_document("d", claims, published="2016-04-09"), "rate")
    assert rate.verdict == "consistent"  # 1,000 over 70 to 100 days
    assert checks(check_document("d", claims), "rate") == []  # no date: no period


def test_a_rate_is_of_the_cumulative_total_over_its_period_not_the_days_toll() -> None:
    gaza = {"place": "Gaza Strip", "asserted_by": "Ministry of Health"}
    claims = [claim(195, period_start="2023-12-21", period_end="2023-12-22", **gaza),
              claim(21110, period_start="2023-10-07", **gaza),
              claim(20915, period_start="2023-10-07", period_end="2023-12-21",
                    links={"prior_report": 1}, **gaza),
              claim(277, "an average of 277 people have been killed every day", unit="per_day",
                    period_start="2023-10-07", **gaza)]
    rate = only(check_document("moh", claims, published="2023-12-22"), "rate")
    assert rate.verdict == "consistent"
    assert [ref.index for ref in rate.claims] == [3, 1]
    assert rate.evidence.startswith("21,110 / 77 days (2023-10-07 to 2023-12-22) = 274.2 a day")


def test_a_rate_without_a_period_or_a_total_over_it_is_not_checked() -> None:
    def reasons(rate: Claim) -> dict[str, int]:
        report = check_all({"d": ("2016-04-09", [claim(1000, period_start="2016-01"), rate])})
        assert not checks(report.verdicts, "rate")
        return dict(report.coverage_of("rate").reasons)

    assert reasons(claim(10, unit="per_day")) == {"no period": 1}
    assert reasons(claim(10, unit="per_day", period_start="2016-03")) == {
        "no total over the same period": 1}


def test_the_headline_is_backed_by_some_figure_in_the_body() -> None:
    def verdicts(headline: Claim, *body: Claim) -> list[tuple[str, bool]]:
        found = checks(check_document("d", [headline, *body]), "headline")
        return [(verdict.verdict, verdict.flagged) for verdict in found]

    consistent = [("consistent", False)]
    assert verdicts(claim(200, qualifier="more_than"), claim(243, start=90)) == consistent
    assert verdicts(claim(100, qualifier="about"), claim(108, start=90)) == consistent
    assert verdicts(claim(12, "dozens", qualifier="at_least", vague=True),
                    claim(33, qualifier="at_least", start=90)) == consistent
    assert verdicts(claim(None, low=30, high=40, qualifier="range"),
                    claim(35, start=90)) == consistent
    # sources in the body differ: the headline need agree with one of them
    assert verdicts(claim(26), claim(23, qualifier="at_least", start=50, asserted_by="rescuers"),
                    claim(26, start=90, asserted_by="a monitor")) == consistent
    # a headline naming the province of the town the body names
    assert verdicts(claim(12, "dozens", qualifier="at_least", vague=True, place="Hajjah"),
                    claim(33, start=90, place="al-Raqah, Hajjah")) == consistent


def test_a_headline_above_every_figure_in_the_body_is_flagged() -> None:
    # "Airstrikes on Idlib market kill 32": the rescuers say at least 23, a monitor 26, a
    # doctor 17, all in the town of Maarat Misrin in Idlib
    day = {"period_start": "2023-11-06", "period_end": "2023-11-06"}
    town = {"place": "Maarat Misrin", **day}
    claims = [claim(32, place="Idlib", **day),
              claim(23, qualifier="at_least", start=270, asserted_by="Syria Civil Defence", **town),
              claim(26, start=440, **town), claim(17, start=680, **town)]
    headline = only(check_document("wire", claims), "headline")
    assert headline.verdict == "not in the body" and headline.flagged
    assert [ref.index for ref in headline.claims] == [0, 1, 2, 3]
    assert headline.evidence == (
        "the headline '32' is more than any figure the body gives for it: 'at least 23' "
        "(Syria Civil Defence), '26', '17'; the largest is 26")


def test_the_headline_is_not_compared_with_its_parts_or_what_may_be_its_parts() -> None:
    civilians = {"subgroup": "civilians"}
    cases = [
        # 150 civilians, of whom 57 by shelling and 38 of those in Idlib: parts, linked
        [claim(150, **civilians), claim(57, start=90, links={"part_of": 0}, **civilians),
         claim(38, start=95, links={"part_of": 1}, **civilians)],
        # the headline is a part too: its siblings and its whole are not the headline again
        [claim(46, links={"part_of": 2}), claim(31, start=50, links={"part_of": 2}),
         claim(342, start=100)],
        # unlinked figures that add up to no more than the headline may be its parts
        [claim(149862, qualifier="at_least", measure="detained"),
         claim(8648, start=90, measure="detained"), claim(2287, start=95, measure="detained")],
        # the headline over the places the body names one by one, however each is counted
        [claim(40), claim(25, start=90, place="Idlib"), claim(15, start=95, place="Aleppo")],
        [claim(40, place="Idlib"), claim(25, start=90, place="Maarat Misrin"),
         claim(27, start=93, place="Maarat Misrin"), claim(15, start=95, place="Ariha")],
        # body figures above the headline may be later tolls
        [claim(20), claim(23, start=90, qualifier="at_least"), claim(26, start=95)],
        # said again: the repeat check compares
        [claim(36), claim(40, start=90, links={"repeat_of": 0}), claim(50, start=95),
         claim(60, start=99)],
    ]
    for claims in cases:
        assert not [verdict for verdict in check_document("d", claims)
                    if verdict.check == "headline" and verdict.flagged], claims


def test_a_figure_for_another_place_period_actor_or_group_is_not_the_headlines() -> None:
    day = {"period_start": "2023-11-06", "period_end": "2023-11-06", "place": "Idlib"}
    others: list[dict[str, Any]] = [
        {**day, "place": "Aleppo"}, {**day, "period_start": "2023-03", "period_end": "2023-03"},
        {**day, "actor": "Syrian army"}, {**day, "subgroup": "children"},
        {**day, "measure": "injured"}]
    for other in others:
        claims = [claim(40, **day), claim(30, start=90, **other), claim(25, start=95, **other)]
        assert checks(check_document("d", claims), "headline") == [], other
    claims = [claim(40, **day), claim(30, start=90, **day), claim(25, start=95, **day)]
    assert only(check_document("d", claims), "headline").flagged  # the same, compared


def test_different_groups_periods_and_earlier_reports_are_not_the_headline() -> None:
    claims = [claim(500), claim(50, subgroup="children"), claim(400, period_start="2015"),
              claim(450, "up from 450 last month", links={"prior_report": 0})]
    assert checks(check_document("d", claims), "headline") == []


def test_a_repeated_figure_must_be_the_same() -> None:
    claims = [claim(147061), claim(147061, links={"repeat_of": 0})]
    assert only(check_document("d", claims), "repeat").verdict == "consistent"
    claims[1] = claim(147016, links={"repeat_of": 0})
    repeat = only(check_document("d", claims), "repeat")
    assert repeat.flagged
    assert "'147,061' does not agree with '147,016'" in repeat.evidence


def test_a_repeat_link_between_different_groups_is_not_a_figure_said_twice() -> None:
    report = check_all({"d": (None, [claim(36), claim(11, subgroup="children",
                                                       links={"repeat_of": 0})])})
    assert not checks(report.verdicts, "repeat")
    assert report.coverage_of("repeat").reasons == {"a different measure or group": 1}


# Across documents --------------------------------------------------------------------------


def total(value: float, who: str = SNHR, qualifier: str = "exact", **fields: Any) -> Claim:
    fields.setdefault("period_start", "2011-03")
    fields.setdefault("place", "Syria")
    return claim(value, qualifier=qualifier, asserted_by=who, **fields)


def test_a_cumulative_count_that_falls_is_flagged_and_a_rise_is_an_update() -> None:
    verdicts = check_across({"jan": ("2016-01-10", [total(100_000)]),
                             "jun": ("2016-06-10", [total(110_000, "SNHR")]),
                             "dec": ("2016-12-10", [total(105_000)])})
    found = checks(verdicts, "cumulative")
    assert [(verdict.verdict, verdict.flagged) for verdict in found] == [
        ("update", False), ("fall", True)]
    assert [ref.document for ref in found[1].claims] == ["jun", "dec"]
    assert "cannot fall" in found[1].evidence


def test_an_asserter_is_the_same_by_its_name_or_its_acronym() -> None:
    verdicts = check_across({"a": ("2016-01", [total(100_000, f"the {SNHR} (SNHR)")]),
                             "b": ("2016-02", [total(90_000, "SNHR")])})
    assert only(verdicts, "cumulative").verdict == "fall"


def test_undated_documents_are_not_put_in_order() -> None:
    report = check_all({"a": (None, [total(100_000)]), "b": (None, [total(90_000)])})
    assert not checks(report.verdicts, "cumulative")
    assert report.coverage_of("cumulative").reasons["document has no date"] == 2


def test_a_cumulative_count_read_with_its_qualifier_does_not_fall() -> None:
    verdicts = check_across({"a": ("2016-01", [total(100_000, qualifier="about")]),
                             "b": ("2016-02", [total(95_000)])})
    assert only(verdicts, "cumulative").verdict == "unchanged"


def test_counts_of_other_actors_without_a_start_or_that_can_fall_are_not_followed() -> None:
    def followed(earlier: Claim, later: Claim) -> list[Verdict]:
        return checks(check_across({"a": ("2016-01", [earlier]), "b": ("2016-06", [later])}),
                      "cumulative")

    assert followed(total(100_000), total(6_000, actor="Russian forces")) == []
    assert followed(total(100_000, period_start=None), total(90_000, period_start=None)) == []
    held = {"measure": "detained"}  # people held are released: the count can fall
    assert followed(total(150_000, **held), total(140_000, **held)) == []


def test_documents_of_one_date_or_of_dates_too_vague_to_order_are_not_compared() -> None:
    for first, second in (("2016-06-10", "2016-06-10"), ("2016", "2016-06-10")):
        report = check_all({"a": (first, [total(100_000)]), "b": (second, [total(90_000)])})
        assert not checks(report.verdicts, "cumulative")
        assert report.coverage_of("cumulative").reasons == {"published on the same date": 2}


def test_a_count_for_a_closed_period_may_be_revised_up_but_not_fall() -> None:
    period = {"period_start": "2015-01", "period_end": "2015-12"}
    revised = only(check_across({"a": ("2016-01", [total(5000, **period)]),
                                 "b": ("2017-01", [total(6000, **period)])}), "conflict")
    assert revised.verdict == "revised up" and not revised.flagged
    fall = only(check_across({"a": ("2016-01", [total(6000, **period)]),
                              "b": ("2017-01", [total(5000, **period)])}), "conflict")
    assert fall.verdict == "fall" and fall.flagged
    assert fall.evidence == (
        f"{SNHR} said 6,000 (a, 2016-01) and 5,000 (b, 2017-01) for killed from 2015-01 to "
        "2015-12: a count of killed cannot fall as documentation goes on")


def test_different_asserters_disagree_side_by_side_without_a_flag() -> None:
    verdicts = check_across({"snhr": ("2016-03-15", [total(200_000)]),
                             "sohr": ("2016-03-20", [total(270_000, "SOHR")])})
    disagreement = only(verdicts, "disagreement")
    assert disagreement.verdict == "disagreement" and not disagreement.flagged
    assert "200,000" in disagreement.evidence and "270,000" in disagreement.evidence
    assert not [verdict for verdict in verdicts if verdict.flagged]


def article() -> list[Claim]:
    """The corpus article's "over 500,000 women and children", said of the same perpetrators
    and the same years as the SNHR report (the article itself gives neither)."""
    return [claim(500_000, "over 500,000 women and children alone", qualifier="more_than",
                  subgroup="women and children", period_start="2013-08-04", place="Syria",
                  actor="Syrian regime; Iraqi and Lebanese militias")]


def test_five_hundred_thousand_women_and_children_is_implausible() -> None:
    verdicts = check_across({"snhr": ("2017-01-20", snhr()), "article": ("2016-12", article())})
    flag = only(verdicts, "plausibility")
    assert flag.flagged and flag.claims[0].document == "article"
    assert flag.evidence.startswith(
        "'more than 500,000' women and children killed is 35.7 times the largest other figure for "
        "women and children (14,018: children 7,987 + women 6,031 in snhr, 2017-01-20)")
    assert "3.4 times the largest figure for all victims" in flag.evidence
    assert not checks(verdicts, "whole")  # another asserter's whole: a disagreement, no more


def test_a_figure_is_only_set_beside_figures_that_hold_it() -> None:
    big, small = total(100_000), total(1_000, "SOHR")

    def implausible(claim_: Claim, other: Claim) -> bool:
        verdicts = check_across({"a": ("2016-01", [claim_]), "b": ("2016-01", [other])})
        return bool(checks(verdicts, "plausibility"))

    assert implausible(big, small)
    # One actor's victims only: compared only as a running total of another scope.
    verdicts = check_across({"a": ("2016-01", [big]),
                             "b": ("2016-01", [replace(small, actor="ISIS")])})
    assert "another scope" in checks(verdicts, "plausibility")[0].evidence
    assert not implausible(big, replace(small, vague=True, qualifier="at_least"))  # "thousands"
    assert not implausible(big, replace(small, period_start="2015-10"))  # a later start


def test_a_figure_without_dates_is_set_beside_running_totals_at_twice_the_margin() -> None:
    undated = replace(total(100_000), period_start=None)  # "over 500,000 ... alone"

    def flagged(other: Claim) -> list[Verdict]:
        verdicts = check_across({"a": ("2016-01", [undated]), "b": ("2016-01", [other])})
        return checks(verdicts, "plausibility")

    found = flagged(total(1_000, "SOHR"))  # a count since 2011: 100 times smaller
    assert found and "another scope" in found[0].evidence
    assert not flagged(total(15_000, "SOHR"))  # 6.7 times: within twice the margin
    assert not flagged(replace(total(1_000, "SOHR"), period_end="2012-01"))  # not a running total


def test_a_figure_is_only_set_beside_other_documents_figures_for_a_place_holding_it() -> None:
    def implausible(where: str | None, other_where: str | None, *, one_document: bool = False
                    ) -> bool:
        big, small = total(100_000, place=where), total(1_000, "SOHR", place=other_where)
        docs = ({"a": ("2016-01", [big, small])} if one_document else
                {"a": ("2016-01", [big]), "b": ("2016-01", [small])})
        return bool(checks(check_across(docs), "plausibility"))

    assert implausible("Aleppo", "Syria")  # the country holds its governorates
    assert implausible("Aleppo governorate", "Aleppo")
    assert not implausible("Hajjah", "Syria")  # a town the country may not hold
    assert not implausible(None, "Syria")  # a place not stated may be anywhere
    assert not implausible("Syria", "Aleppo")
    assert not implausible("Syria", "Syria", one_document=True)  # the checks within have it


def test_a_part_larger_than_every_whole_of_its_own_asserter_is_flagged() -> None:
    half = {"period_start": "2024-01", "period_end": "2024-06", "place": "Syria"}
    civilians = [claim(350, subgroup="civilians", asserted_by="UN", **half)]

    def wholes(who: str) -> list[Verdict]:
        children = [claim(412, subgroup="children", asserted_by=who, **half)]
        return checks(check_across({"un": ("2024-07", civilians), "other": ("2024-07", children)}),
                      "whole")

    assert only(wholes("UN"), "whole").verdict == "part exceeds every whole"
    assert wholes("SOHR") == []


def test_a_count_to_date_is_not_set_beside_one_months_figure() -> None:
    month = [claim(900, period_start="2016-01", period_end="2016-01", asserted_by="SOHR",
                   place="Syria")]
    verdicts = check_across({"month": ("2016-02", month),
                             "to date": ("2016-02", [total(100_000)])})
    assert not checks(verdicts, "plausibility")
    month_beside_year = [claim(9000, period_start="2016-01", period_end="2016-01", place="Syria")]
    year = [claim(1000, period_start="2016", period_end="2016", place="Syria")]
    flag = only(check_across({"m": (None, month_beside_year), "y": (None, year)}),
                "plausibility")
    assert "9.0 times the largest other figure for all victims" in flag.evidence


def test_figures_in_line_with_each_other_are_not_flagged() -> None:
    article = [claim(15_000, subgroup="women and children")]
    verdicts = check_across({"snhr": ("2017-01-20", snhr()), "article": ("2017-02", article)})
    assert not checks(verdicts, "plausibility") and not checks(verdicts, "whole")


# Against the register ----------------------------------------------------------------------

HEADER = "record_key,first_name,family_name,sex,age,date_of_death,governorate,cause,perpetrator"
LIST_A = ["a1,Huda,Khalil,female,30,2013-08-10,Aleppo,shelling,syrian_regime",
          "a2,Omar,Saleh,male,16,2013,Aleppo,shelling,syrian_regime",
          "a3,Rima,Haddad,female,,2013,Damascus,torture,syrian_regime",
          "a5,Sami,Nasser,male,25,2012-05-05,Homs,shooting,isis"]
LIST_B = ["b1,Huda,Khalil,female,30,2013-08-10,Aleppo,shelling,syrian_regime",
          "b2,Omar,Saleh,male,19,2013-09-01,Aleppo,airstrike,syrian_regime",
          "b4,Nour,Ali,,40,2014-02-02,Idlib,airstrike,russia"]
LINKS = ["A,a1,v1", "B,b1,v1", "A,a2,v2", "B,b2,v2", "A,a3,v3", "B,b4,v4", "A,a5,v5"]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """Five victims (tests/report/test_stats.py): since 2013-08-04 the register counts 3
    (3 to 4), children 1 (0 to 2), women 1 (1 to 3), under torture 0 (0 to 1)."""
    folder = tmp_path_factory.mktemp("register")
    made, _ = Register.init(f"sqlite:///{folder / 'rasd.db'}", actor="tester")
    for name, rows in (("A", LIST_A), ("B", LIST_B)):
        import_list(made, write(folder / f"{name}.csv", [HEADER, *rows]), actor="tester",
                    source=name)
    adopt_links(made, write(folder / "links.csv", ["source,record_key,victim_id", *LINKS]),
                actor="tester")
    yield made
    made.close()


def against(register: Register, *claims: Claim, published: str | None = None
            ) -> list[Verdict]:
    return check_against_register({"doc": (published, list(claims))}, register)


def test_a_claim_within_the_registers_low_and_high_is_consistent(register: Register) -> None:
    verdict = only(against(register, claim(4, period_start="2013-08-04")), "register")
    assert verdict.verdict == "consistent" and not verdict.flagged
    assert verdict.numbers["register"] == {"count": 3, "low": 3, "high": 4}
    assert verdict.numbers["query"]["since"] == "2013-08-04"
    assert "the register counts 3 (total, since 2013-08-04" in verdict.evidence


def test_register_lower_and_register_higher_show_both_numbers(register: Register) -> None:
    lower, higher = against(register, claim(10, qualifier="more_than", period_start="2013-08-04"),
                            claim(2, period_start="2013-08-04"))
    assert (lower.verdict, higher.verdict) == ("register lower", "register higher")
    assert lower.numbers["claim"]["value"] == 10 and lower.numbers["register"]["count"] == 3
    assert "'more than 10'" in lower.evidence and "fewer than the claim says" in lower.evidence


def test_subgroups_map_to_the_registers_counts(register: Register) -> None:
    since = {"period_start": "2013-08-04"}
    children, women, torture, both = against(
        register, claim(2, subgroup="children", **since), claim(4, subgroup="women", **since),
        claim(1, subgroup="under torture", **since),
        claim(2, subgroup="women and children", **since))
    assert children.verdict == "consistent"  # 0 to 2
    assert women.verdict == "register lower"  # 1 to 3
    assert torture.verdict == "consistent"  # 0 to 1
    assert both.numbers["register"]["count"] == 2 and both.verdict == "consistent"


def test_place_actor_and_publication_date_narrow_the_query(register: Register) -> None:
    aleppo, russia, both, unknown = against(
        register, claim(2, place="Aleppo governorate"), claim(1, actor="Russian forces"),
        claim(3, actor="Syrian regime; Russia", period_start="2013-08-04"),
        claim(5, actor="unidentified gunmen"), published="2014-12-31")
    assert aleppo.numbers["query"]["where"] == {"governorate": "Aleppo governorate"}
    assert aleppo.numbers["register"]["count"] == 2 and aleppo.verdict == "consistent"
    assert russia.numbers["query"]["where"] == {"perpetrator": "russia"}
    assert russia.numbers["query"]["until"] == "2014-12-31"
    assert russia.verdict == "consistent"
    assert both.numbers["query"]["perpetrators"] == ["syrian_regime", "russia"]
    assert both.numbers["register"]["count"] == 3 and both.verdict == "consistent"
    assert unknown.numbers["query"]["where"] == {} and unknown.verdict == "consistent"
    assert "no perpetrator value for 'unidentified gunmen'" in unknown.evidence


def test_claims_without_a_register_count_are_left_out_and_counted(register: Register) -> None:
    claims = [claim(3), claim(9, measure="injured"), claim(2, subgroup="journalists"),
              claim(1, place="Saraqib"), claim(10, unit="percent", subgroup="children")]
    report = check_all({"doc": (None, claims)}, register)
    assert len(checks(report.verdicts, "register")) == 1
    assert report.coverage_of("register").sentence() == (
        "register: 1 of 5 claims (others: not a count of the killed 2, no matching count 1, "
        "place is not a governorate 1)")


def test_without_a_register_the_check_is_skipped_and_says_so() -> None:
    report = check_all({"snhr": ("2017-01-20", snhr())})
    assert not checks(report.verdicts, "register")
    assert report.coverage_of("register").sentence() == (
        "register: 0 of 5 claims (skipped: no register given)")


def test_the_report_says_what_each_check_covered() -> None:
    report: CheckReport = check_all({"snhr": ("2017-01-20", snhr())})
    assert report.coverage_of("share").sentence() == "share: 1 of 1 shares"
    assert report.coverage_of("part").sentence() == "part: 3 of 3 parts"
    assert report.flagged == []
    assert report.to_dict()["coverage"][0]["check"] == "breakdown"


def test_the_report_is_json_without_infinities() -> None:
    report = check_all({"snhr": ("2017-01-20", snhr()), "article": ("2016-12", article())})
    found = json.loads(json.dumps(report.to_dict(), allow_nan=False))
    assert found["flagged"] == 1
    assert {verdict["check"] for verdict in found["verdicts"]} == {
        "breakdown", "part", "share", "plausibility"}


# --- tables: rows by period, a total row after its rows ------------------------------------

def _flagged(claims: list[Claim]) -> list[str]:
    return [verdict.check for verdict in check_document("table", claims) if verdict.flagged]


def test_years_that_fill_the_total_s_period_must_add_up_to_it() -> None:
    rows = [claim(350, period_start="2029", period_end="2030"),
            claim(140, period_start="2029", period_end="2029", links={"part_of": 0}),
            claim(200, period_start="2030", period_end="2030", links={"part_of": 0})]
    assert _flagged(rows) == ["breakdown"]
    rows[2] = replace(rows[2], value=210)
    assert _flagged(rows) == []


def test_years_that_leave_a_gap_in_the_total_s_period_need_not_add_up() -> None:
    rows = [claim(350, period_start="2029", period_end="2031"),
            claim(140, period_start="2029", period_end="2029", links={"part_of": 0}),
            claim(200, period_start="2031", period_end="2031", links={"part_of": 0})]
    assert _flagged(rows) == []


def test_a_total_row_after_its_rows_closes_them_when_it_repeats_the_opening() -> None:
    table = [claim(412, place="central Sahel", start=0),
             claim(231, place="Burkina Faso", start=10, links={"part_of": 4}),
             claim(104, place="Mali", start=20, links={"part_of": 4}),
             claim(67, place="Niger", start=30, links={"part_of": 4}),
             claim(412, place="central Sahel", start=40, links={"repeat_of": 0})]
    assert _flagged(table) == ["breakdown"]
    table[3] = replace(table[3], value=77)
    assert _flagged(table) == []


def test_parts_hung_on_the_figure_after_them_close_nothing_unless_they_are_rows() -> None:
    said = [claim(150, start=0),
            claim(57, start=10, links={"part_of": 3}),
            claim(38, start=20, links={"part_of": 3}),
            claim(150, start=30, links={"repeat_of": 0})]  # "57 and 38 of the 150"
    assert _flagged(said) == []


def test_a_table_s_first_row_is_no_headline() -> None:
    rows = [claim(1140, asserted_by="Ridge Monitor", start=0, links={"part_of": 2}),
            claim(980, asserted_by="Valley Count", start=10, links={"part_of": 3}),
            claim(4815, asserted_by="Ridge Monitor", start=20),
            claim(4260, asserted_by="Valley Count", start=30)]
    assert not [verdict for verdict in check_document("brief", rows)
                if verdict.check == "headline"]


def test_nearly_a_third_is_just_below_a_third() -> None:
    # the guide reads "nearly" as less_than and keeps the word out of the quote
    found = [claim(146, "146 civilian deaths", subgroup="civilians"),
             claim(38, "38 of them children", subgroup="children", links={"part_of": 0}),
             claim(1 / 3, "a third of the dead", subgroup="children", unit="fraction",
                   qualifier="less_than", links={"share_of": 0})]
    assert only(check_document("d", found), "share").flagged  # 26.0 %
    found[1] = replace(found[1], value=47, quote="47 of them children")
    assert not only(check_document("d", found), "share").flagged  # 32.2 %


def test_every_kind_listed_right_after_its_whole_must_add_up_to_it() -> None:
    # kinds of wound the claims do not name, listed straight after the whole
    text = ("Of the 412 wounded we received, 171 had blast injuries, 158 had gunshot wounds "
            "and 77 had burns.")
    found = []
    for value, quote in ((412, "412 wounded"), (171, "171"), (158, "158"), (77, "77 ")):
        start = text.index(quote)
        found.append(claim(value, quote.strip(), measure="injured", start=start,
                           links={"part_of": 0} if found else {}))
    found = [replace(one, end=one.start + len(one.quote)) for one in found]
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert [verdict.check for verdict in flagged] == ["breakdown"]
    assert "406" in flagged[0].evidence
    # two parts, or parts said far from their whole, are no such list
    assert not any(verdict.flagged for verdict in check_document("d", found[:3]))
    far = [replace(one, start=one.start + 200, end=one.end + 200) for one in found[1:]]
    assert not any(verdict.flagged for verdict in check_document("d", [found[0], *far]))


def test_a_share_of_a_group_counted_apart_takes_that_count_as_numerator() -> None:
    # "Civilians made up 40% of all fatalities": the civilians are a table column's total,
    # linked to no whole
    week = {"period_start": "2031-08-18", "period_end": "2031-08-24", "place": "Sahel"}
    found = [claim(412, "412 reported fatalities", **week),
             claim(158, "158", subgroup="civilians", **week),
             claim(11, "11 civilians", subgroup="civilians", place="Tillaberi"),
             claim(40, "40%", subgroup="civilians", unit="percent", links={"share_of": 0},
                   **week)]
    assert only(check_document("d", found), "share").flagged  # 38.3 %
    found[1] = replace(found[1], value=165)  # 40.0 %
    assert not only(check_document("d", found), "share").flagged
    # two counts of the group in the share's frame: no guess
    found.insert(2, claim(20, "20 civilians", subgroup="civilians", **week))
    assert not checks(check_document("d", found), "share")
