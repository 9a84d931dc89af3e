"""Long-form report shapes: year columns, partitive openings, day ranges, mastheads in
capitals and on two lines, and numbers that count nothing. Every sentence is invented."""

from __future__ import annotations

import pytest

from rasd.claims._extract_mentions import find_mentions
from rasd.claims.check import check_document
from tests.claims.helpers import claims

YEARS = """Field Monitoring Network
Annual Review 2030: Summary

In 2030 the Network recorded the deaths of 900 civilians, a 50% increase on the 600
recorded in 2029.

Table 2. Civilian deaths by perpetrator, 2029 and 2030

Perpetrator        2029     2030    Share of 2030
Group A             300      540    60%
Group B             250      360    40%
Total               600      900
"""



def test_a_column_named_by_a_year_counts_the_titles_measure_in_that_year() -> None:
    found = {claim.quote: claim for claim in claims(YEARS)[2:]}
    assert (found["300"].measure, found["300"].subgroup, found["300"].period_start,
            found["300"].actor) == ("killed", "civilians", "2029", "Group A")
    assert (found["540"].period_start, found["540"].period_end) == ("2030", "2030")
    assert found["60%"].unit == "percent" and found["60%"].period_start == "2030"


def test_a_year_table_total_row_without_shares_closes_each_column() -> None:
    found = claims(YEARS)
    assert len(found) == 10  # the 50% increase is no claim
    verdicts = check_document("d", found)
    short = [verdict for verdict in verdicts if verdict.check == "breakdown" and verdict.flagged]
    assert len(short) == 1 and "550" in short[0].evidence  # 300 + 250, not 600


def test_a_masthead_on_two_lines_is_the_first_line() -> None:
    assert {claim.asserted_by for claim in claims(YEARS)} == {"Field Monitoring Network"}


def test_a_figure_compared_to_is_of_its_own_year() -> None:
    found = claims(YEARS)
    assert (found[1].value, found[1].period_start) == (600, "2029")
    assert found[1].subgroup == "civilians"  # the total row names its group


def test_of_the_n_opens_a_breakdown_of_the_figure_said_before() -> None:
    text = ("THE NORTHERN VALLEY COMMISSION OF INQUIRY\n\n"
            "12. The Commission finds that the militia killed 40 civilians in Upper Dara "
            "between 2 and 3 May 2031. Of the 40, 10 were children and 8 were women; the "
            "remaining 24 were men.")
    found = claims(text)
    assert [claim.quote for claim in found] == [
        "40 civilians", "40", "10 were children", "8 were women", "24 were men"]
    assert found[1].links == {"repeat_of": 0}
    assert [claim.links.get("part_of") for claim in found[2:]] == [1, 1, 1]
    assert {claim.measure for claim in found} == {"killed"}
    assert (found[0].period_start, found[0].period_end) == ("2031-05-02", "2031-05-03")
    assert found[0].asserted_by == "Northern Valley Commission of Inquiry"
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert len(flagged) == 1 and "42" in flagged[0].evidence


@pytest.mark.parametrize(("text", "period"), [
    ("The raids between 4 and 6 June 2031 killed 9 people.", ("2031-06-04", "2031-06-06")),
    ("Attack on the market (14-15 July 2031): 12 people were killed.",
     ("2031-07-14", "2031-07-15")),
])
def test_a_range_of_days_in_one_month(text: str, period: tuple[str, str]) -> None:
    assert [(claim.period_start, claim.period_end) for claim in claims(text)] == [period]


def test_survey_dates_frame_no_figure() -> None:
    text = ("We estimated deaths from 1 January 2030 to 30 June 2031. We conducted the survey "
            "between 2 and 20 August 2031. Households reported 75 violent deaths.")
    assert [(claim.period_start, claim.period_end) for claim in claims(text)] == [
        ("2030-01-01", "2031-06-30")]


@pytest.mark.parametrize("text", [
    "The town was shelled 14 times in one night.",
    "Deaths rose by a 12% increase on the year before.",
])
def test_numbers_that_count_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_count_in_brackets_after_a_share_is_a_count() -> None:
    found = find_mentions("Women made up 20% (80) of the dead; the toll reached 95 (90).")
    assert [(mention.value, mention.unit, mention.prior_of) for mention in found] == [
        (20, "percent", None), (80, "people", None), (95, "people", None),
        (90, "people", 2)]


def test_one_of_a_group_in_every_n_deaths_is_a_fraction_of_the_deaths() -> None:
    found = claims("The clinic received 120 bodies. Forty of the dead were women. That is "
                   "roughly one woman in every three deaths.")
    share = found[-1]
    assert (share.quote, share.unit, share.subgroup, share.qualifier) == (
        "one woman in every three deaths", "fraction", "women", "about")
    assert share.links == {"share_of": 0}


KEY_FIGURES = """Assessment of the strike on a farm near Tel Sawda

Civilians reported killed

2

Civilians reported injured
3 - 5

Suspected belligerent

Northern Army
"""


def test_a_key_figures_block_reads_each_label_over_its_figure() -> None:
    found = claims(KEY_FIGURES)
    assert [(claim.quote, claim.measure, claim.subgroup) for claim in found] == [
        ("2", "killed", "civilians"), ("3 - 5", "injured", "civilians")]
    assert {claim.asserted_by for claim in found} == {None}  # "reported" is no speaker


def test_the_suspected_belligerent_field_is_the_actor_of_unattributed_harm() -> None:
    assert {claim.actor for claim in claims(KEY_FIGURES)} == {"Northern Army"}
    assert {claim.actor for claim in claims(
        "Suspected perpetrator: Eastern Militia\n\nA shell killed 4 civilians.")} == {
        "Eastern Militia"}


def test_people_a_caption_describes_are_no_claim() -> None:
    found = claims("Photo: Two young men carry a stretcher past the market. The strike "
                   "killed 6 civilians.")
    assert [claim.quote for claim in found] == ["6 civilians"]


def test_a_count_in_brackets_is_its_shares_part_and_the_next_share_has_its_whole() -> None:
    found = claims("In 2030 the Network recorded 1,000 civilian deaths. Children made up 30% "
                   "of the civilians killed (250), and women 10% (100).")
    assert [(claim.quote, claim.subgroup, claim.links) for claim in found[1:]] == [
        ("30%", "children", {"share_of": 0}), ("250", "children", {"part_of": 0}),
        ("10%", "women", {"share_of": 0}), ("100", "women", {"part_of": 0})]
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert len(flagged) == 1 and flagged[0].check == "share"  # 250 is 25 %, not 30 %


def test_at_the_hands_of_names_the_actor() -> None:
    found = claims("In May, 12 civilians were killed at the hands of the border guards.")
    assert [(claim.quote, claim.actor) for claim in found] == [("12 civilians", "border guards")]


def test_the_location_field_is_the_place_of_figures_that_name_none() -> None:
    found = claims("Location: Tel Sawda, Aleppo governorate\n\nA shell killed 4 civilians, local "
                   "sources said.")
    assert [claim.place for claim in found] == ["Tel Sawda, Aleppo governorate"]


def test_a_figure_a_correction_replaces_is_an_earlier_report_of_it() -> None:
    found = claims("Our story of 3 May said that 70 people died in the blast at Orin. The "
                   "correct figure, supplied by the district hospital, is 57. Of the 57, 8 "
                   "were women.")
    assert [(claim.value, claim.measure) for claim in found] == [
        (70, "killed"), (57, "killed"), (57, "killed"), (8, "killed")]
    assert found[0].links == {"prior_report": 1}
    assert found[1].asserted_by == "district hospital"


def test_a_figure_said_not_to_be_another_replaces_it() -> None:
    found = claims("The league has documented 1,460 people detained at the fort since 2036, "
                   "not 1,640 as this paper wrote.")
    assert [(claim.value, claim.measure) for claim in found] == [(1460, "detained"),
                                                                 (1640, "detained")]
    assert found[1].links == {"prior_report": 0}


def test_a_count_that_grew_later_replaces_the_first_one() -> None:
    found = claims("By noon the Red Crescent reported 12 dead; by nightfall its count stood "
                   "at 27.")
    assert [(claim.value, claim.measure) for claim in found] == [(12, "killed"), (27, "killed")]
    assert found[0].links == {"prior_report": 1}
