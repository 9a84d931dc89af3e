"""What a document's heading says about its figures: the period a dashboard or an update
labels, the date it was generated or spoken, its publisher, and the place it is about; and
the parts a commission's update or a hospital director says without a noun."""

from __future__ import annotations

from pathlib import Path

from rasd.claims._doc_dates import find_published
from rasd.claims._extract_agents import document_self
from rasd.claims._extract_defaults import document_about
from rasd.claims.check import check_document
from rasd.claims.model import Claim
from tests.claims.helpers import claims

DEV = Path(__file__).parent / "dev"

DASHBOARD = """ESTRAVIA CIVILIAN HARM TRACKER (ECHT)
Monthly dashboard - text export
Reporting month: May 2034 | Generated: 4 June 2034 | Version 3.2

KEY FIGURES
Civilians killed: 318

NOTES
- 2,150 families were displaced from Ostra district during the month.
- Since 1 January 2034 the Tracker has recorded 1,436 civilians killed in Estravia.
"""


def test_a_labelled_reporting_month_frames_the_figures_under_it() -> None:
    killed = claims(DASHBOARD, published="2034-06-04")[0]
    assert (killed.value, killed.period_start, killed.period_end) == (318, "2034-05", "2034-05")


def test_a_generated_date_and_a_transcripts_dateline_with_its_hour_are_publication_dates() -> None:
    assert find_published(DASHBOARD.splitlines()) == "2034-06-04"
    assert find_published(["ARDENIAN CIVIL DEFENCE - PRESS OFFICE",
                           "Directorate headquarters, Velan, Sunday 12 June 2033, 11:00"]
                          ) == "2033-06-12"


def test_a_masthead_date_printed_in_capitals_is_the_date_of_issue() -> None:
    assert find_published(["WORLD RELIEF BULLETIN", "Weekly round-up", "3 OCTOBER 2031"]
                          ) == "2031-10-03"


def test_a_masthead_in_capitals_with_its_acronym_is_the_publisher() -> None:
    assert document_self(None, DASHBOARD.splitlines()) == "Estravia Civilian Harm Tracker"


def test_the_place_a_heading_or_a_publisher_names_is_what_the_document_is_about() -> None:
    assert document_about(DASHBOARD) == "Estravia"  # not the district named once
    update = ("Independent International Commission of Inquiry on Valdoria\n"
              "Oral update\n\nThe conflict in Valdoria has grown deadlier; 460,000 have "
              "crossed into Austria.\n")
    assert document_about(update) == "Valdoria"
    # a publisher's name said nowhere else names no place
    assert document_about("Levant Centre for Rights\nMonthly report\n\nText.\n") is None


UPDATE = ("Between 1 September 2034 and 28 February 2035, the Commission documented the killing "
          "of 2,314 civilians, among them 611 children.\n\n"
          "2. Government forces and their allies were responsible for at least 1,520 of the "
          "deaths we documented, and the Valdorian Patriotic Movement for 640. We could not "
          "attribute the remaining 204.\n\n"
          "3. The Commission documented the deaths of 73 detainees in custody, 45 of them "
          "after torture.\n")


def test_a_party_listed_after_a_part_and_the_remaining_figure_are_parts_of_its_whole() -> None:
    found = claims(UPDATE)
    movement, rest = found[3], found[4]
    assert (movement.value, movement.subgroup, movement.actor, movement.links) == (
        640, "civilians", "Valdorian Patriotic Movement", {"part_of": 0})
    assert (rest.value, rest.measure, rest.subgroup, rest.links) == (
        204, "killed", "civilians", {"part_of": 0})


def test_dead_detainees_said_to_have_died_after_torture_died_under_torture() -> None:
    tortured = claims(UPDATE)[-1]
    assert (tortured.quote, tortured.subgroup) == ("45 of them", "under_torture")


def test_a_count_after_a_share_of_its_group_is_that_part_of_the_whole() -> None:
    found = claims("Our hospital has received 530 wounded. A third of them are children, "
                   "251 children in all.")
    assert [(claim.value, claim.measure, claim.subgroup) for claim in found][2] == (
        251, "injured", "children")
    flagged = [verdict.check for verdict in check_document("d", found) if verdict.flagged]
    assert flagged == ["share"]  # 251 of 530 is no third


def test_an_office_in_a_body_is_not_the_body_a_short_name_stands_for() -> None:
    found = claims("Independent International Commission of Inquiry on Valdoria\n\n"
                   "Statement by Ms Amara Tenville, Chair of the Commission\n\n"
                   "1. The Commission documented the killing of 2,314 civilians.")
    assert found[0].asserted_by is not None
    assert "Chair" not in found[0].asserted_by


def test_a_standing_count_takes_no_period_named_before_it() -> None:
    found = claims("Between 1 September 2034 and 28 February 2035, the Commission documented "
                   "the killing of 2,314 civilians.\n\n"
                   "The Office estimates that 1.3 million people are now displaced inside the "
                   "country.", published="2035-03-17")
    assert (found[0].period_start, found[0].period_end) == ("2034-09-01", "2035-02-28")
    assert (found[1].period_start, found[1].period_end) == (None, None)


def test_one_of_a_figure_said_again_is_a_pronoun_and_the_figure_a_repeat() -> None:
    found = claims("Our teams have recovered the bodies of 146 people from under the rubble. "
                   "Every one of the 146 people we recovered was found in a residential "
                   "building.")
    assert [(claim.value, claim.measure, claim.links) for claim in found] == [
        (146, "killed", {}), (146, "killed", {"repeat_of": 0})]


def test_a_share_in_brackets_after_a_count_is_that_groups_share_of_the_whole_it_names() -> None:
    text = DASHBOARD.replace(
        "Civilians killed: 318\n",
        "Civilians killed: 318\nChildren killed: 71 (22% of civilians killed)\n")
    found = claims(text, published="2034-06-04")
    share = next(claim for claim in found if claim.unit == "percent")
    assert (share.value, share.measure, share.subgroup, share.links) == (
        22, "killed", "children", {"share_of": 0})


def test_a_rate_after_a_count_counts_its_group() -> None:
    rate = next(claim for claim in claims(DASHBOARD.replace(
        "1,436 civilians killed in Estravia.",
        "1,436 civilians killed in Estravia, an average of about 12 a day."),
        published="2034-06-04") if claim.unit == "per_day")
    assert (rate.value, rate.measure, rate.subgroup) == (12, "killed", "civilians")


def test_a_dashboards_share_of_killed_is_not_checked_against_the_injured() -> None:
    text = ("CIVILIAN CASUALTIES BY PERPETRATOR - MAY 2034\n\n"
            "Perpetrator                   Killed   Injured   Share of killed\n"
            "Armed Forces                  60       200       60%\n"
            "Northern Militia              40       100       40%\n"
            "Total                         100      300\n")
    assert not [verdict for verdict in check_document("d", claims(text)) if verdict.flagged]


def test_children_and_women_said_before_a_table_by_place_are_no_rows_of_it() -> None:
    text = (DEV / "albab-council-bulletin-212.txt").read_text()
    flagged = [verdict for verdict in check_document("d", claims(text)) if verdict.flagged]
    # the martyrs column (6 + 4 + 5) against its total row, not with the 5 children and
    # 3 women of the opening mixed in
    assert [(verdict.check, [ref.quote for ref in verdict.claims]) for verdict in flagged] == [
        ("breakdown", ["17", "6", "4", "5"])]


def by_value(found: list[Claim], value: float) -> Claim:
    return next(claim for claim in found if claim.value == value)


def test_a_title_of_recorded_civilian_deaths_frames_the_bare_deaths_under_it() -> None:
    text = ("Quarterly update: 90 civilian deaths recorded in the spring\n\n"
            "This quarter we added 104 deaths to our list, 14 of them from last year. "
            "A further 20 deaths were of people that some sources call fighters.")
    found = claims(text, published="2040-07-01")
    assert by_value(found, 104).subgroup == "civilians"
    assert by_value(found, 20).subgroup is None


def test_citizens_killed_are_civilians_and_displaced_who_went_home_are_returnees() -> None:
    text = ("Shelling killed 6 citizens in the town. Officials said 900 displaced people "
            "returned to their villages this month.")
    found = claims(text, published="2040-07-01")
    assert by_value(found, 6).subgroup == "civilians"
    assert by_value(found, 900).subgroup == "returnees"
