"""Breakdowns and shares as statements, updates and weekly overviews say them, and who says
them: each test an invented passage and the claims or checks it must give."""

from __future__ import annotations

from rasd.claims.check import check_document
from rasd.claims.model import Claim
from tests.claims.helpers import claims


def flagged(found: list[Claim], check: str) -> list[str]:
    return [verdict.evidence for verdict in check_document("d", found)
            if verdict.check == check and verdict.flagged]


def test_an_opening_with_a_word_after_its_figure_opens_the_breakdown() -> None:
    found = claims("The clinic treated 90 wounded patients in May. Of the 90 admitted, 30 were "
                   "children under 15 and 20 were women; the other 45 were men.")
    assert [claim.value for claim in found] == [90, 90, 30, 20, 45]
    assert [claim.links for claim in found[2:]] == [{"part_of": 1}] * 3
    assert {claim.measure for claim in found} == {"injured"}
    assert flagged(found, "breakdown")  # 30 + 20 + 45 = 95, not 90


def test_fighters_named_among_the_dead_are_dead_combatants() -> None:
    found = claims("A total of 20 people were killed in the raid. Of the 20, 15 were armed "
                   "militants and 8 were civilians.")
    militants, civilians = found[2:]
    assert (militants.measure, militants.subgroup, militants.links) == (
        "killed", "combatants", {"part_of": 1})
    assert (civilians.measure, civilians.subgroup) == ("killed", "civilians")
    assert flagged(found, "breakdown")  # 15 + 8 = 23, not 20


def test_soldiers_are_no_part_of_the_civilians_said_before() -> None:
    found = claims("A total of 20 people were killed. Of the 20, 12 were militants and 8 were "
                   "civilians. Three soldiers were killed.")
    assert found[-1].links.get("part_of") != 3


def test_a_share_named_after_its_count_is_of_the_counts_group() -> None:
    found = claims("Over two days, 150 people were killed in the district. The list records "
                   "60 children among the dead, a share the families call \"one quarter of "
                   "our victims\".")
    share = found[2]
    assert (share.subgroup, share.links) == ("children", {"share_of": 0})
    assert found[1].links == {"part_of": 0}
    assert flagged(found, "share")  # 60 of 150 is 40 %


def test_a_groups_share_of_all_the_dead_is_not_of_the_last_count_of_that_group() -> None:
    found = claims("The group recorded 300 fatalities this month. Militants killed 9 "
                   "civilians at a market. Civilians made up 40% of all fatalities.",
                   published="2031-05-30")
    assert found[-1].links == {"share_of": 0}


def test_a_history_year_frames_no_later_figure() -> None:
    found = claims("The town first made the news in 1958, when a flood destroyed it. "
                   "Shelling killed 12 people there.", published="2031-05-30")
    assert (found[0].period_start, found[0].period_end) == (None, None)


def test_a_records_reference_point_frames_no_later_figure() -> None:
    found = claims("During May the hospital received 80 wounded, the highest monthly figure "
                   "since it opened in 2029. Seven of them died.", published="2031-06-03")
    assert [claim.period_start for claim in found] == ["2031-05", "2031-05"]


def test_a_weekly_overview_this_week_is_the_week_it_covers() -> None:
    text = ("Weekly Overview: 4-10 August 2031\n\nThe Monitor recorded 120 reported "
            "fatalities this week.")
    found = claims(text, published="2031-08-13")
    assert (found[0].value, found[0].period_start, found[0].period_end) == (
        120, "2031-08-04", "2031-08-10")


def test_a_total_row_beside_another_columns_total_closes_its_column() -> None:
    text = """Weekly Overview: 4-10 August 2031

The Monitor recorded 50 events and 120 reported fatalities this week.

Fatalities by country, 4-10 August 2031

Country     Events   Fatalities
Aland           30           70
Borland         20           45
Total           50          120
"""
    found = claims(text, published="2031-08-13")
    assert any("115" in evidence for evidence in flagged(found, "breakdown"))


def test_buildings_at_work_are_no_claim_but_the_few_left_working_are() -> None:
    assert claims("Life has returned to normal; 12 bakeries and 3 clinics are operating.") == []
    kept = claims("Only 4 of the 20 clinics in the district are still functioning.")
    assert [claim.value for claim in kept] == [4, 20]


def test_the_night_of_a_date_is_that_day() -> None:
    found = claims("The shelling began on the night of 3 May 2031 and killed 9 people.")
    assert (found[0].period_start, found[0].period_end) == ("2031-05-03", "2031-05-03")


def test_the_rest_set_off_by_commas_is_the_last_part_of_the_breakdown() -> None:
    text = ("Of the 40 dead, medics said, 12 were children and 9 were women; the rest, 19, "
            "were men.")
    found = claims(text)
    rest = next(claim for claim in found if claim.value == 19)
    assert (rest.measure, rest.subgroup) == ("killed", "men")
    assert found[rest.links["part_of"]].value == 40


def test_a_share_restating_a_count_takes_the_counts_group() -> None:
    text = ("Of the 50 injured, 30 are women and children, that is more than half of the "
            "injured.")
    share = next(claim for claim in claims(text) if claim.unit == "fraction")
    assert share.subgroup == "women_and_children"


def test_named_facilities_after_a_colon_break_down_the_count_before() -> None:
    text = ("The clinics received 90 wounded people overnight: Brask General Hospital 50, the "
            "Lomar field clinic 25 and the Tesh health post 10.")
    _total, *parts = claims(text)
    assert [(part.value, part.measure, part.links.get("part_of")) for part in parts] == [
        (50, "injured", 0), (25, "injured", 0), (10, "injured", 0)]


def test_bracketed_figures_after_a_colon_count_what_the_sentence_before_counted() -> None:
    text = ("The monitor counted 900 civilian deaths. Most of the dead were in two districts: "
            "Orrin (500) and Pell (300).")
    found = {claim.value: claim.measure for claim in claims(text)}
    assert (found[500], found[300]) == ("killed", "killed")


def test_a_verb_after_a_colon_makes_no_list_of_named_parts() -> None:
    text = ("The report said: the army killed 40 people in March, and the rebels killed 12 "
            "fighters.")
    assert all(claim.links.get("part_of") is None for claim in claims(text))
