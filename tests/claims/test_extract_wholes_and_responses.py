"""Tables and lists that break down a figure said before them, what aid reached (no claim),
and the phrasing of judgments, denials and situation reports."""

from __future__ import annotations

import pytest

from tests.claims.helpers import claims

QUARTERS = """The Mission recorded 1,000 civilian deaths in 2031 and a further 2,000 civilians
injured over the same period. Its figures by quarter are set out below.

Quarter     Killed     Injured
Q1 2031        300         500
Q2 2031        200         700
Q3 2031        250         400
Q4 2031        250         300
"""

DISTRICTS = """HIGHLIGHTS

- 90 people were killed and 200 injured in the governorate in the reporting period.

CASUALTIES

The Directorate of Health recorded the following deaths and injuries by district:

- Nartown: 50 killed, 120 injured
- Upper Kesra: 30 killed, 60 injured
- Felwa: 10 killed, 15 injured
"""


def test_quarter_rows_count_their_quarter() -> None:
    rows = [claim for claim in claims(QUARTERS) if claim.quote in ("300", "500", "300")]
    assert (rows[0].period_start, rows[0].period_end) == ("2031-01", "2031-03")


def test_a_table_without_a_group_takes_the_group_of_the_figure_it_adds_up_to() -> None:
    found = claims(QUARTERS)
    killed = [claim for claim in found if claim.measure == "killed"]
    injured = [claim for claim in found if claim.measure == "injured"]
    assert all(claim.subgroup == "civilians" for claim in killed + injured)
    # with no total row, each row is a part of the whole said before the table
    assert {claim.links.get("part_of") for claim in killed[1:]} == {0}
    assert {claim.links.get("part_of") for claim in injured[1:]} == {1}


def test_a_list_by_district_is_a_breakdown_of_the_opening_total() -> None:
    found = claims(DISTRICTS)
    total = next(index for index, claim in enumerate(found) if claim.value == 90)
    rows = [claim for claim in found if claim.quote in ("50", "30", "10")]
    assert [claim.place for claim in rows] == ["Nartown", "Upper Kesra", "Felwa"]
    assert all(claim.actor is None for claim in rows)
    assert {claim.links.get("part_of") for claim in rows} == {total}
    # the list's opening says who counted its figures
    assert {claim.asserted_by for claim in rows} == {"Directorate of Health"}


def test_a_heading_in_capitals_is_no_author() -> None:
    assert all(claim.asserted_by != "HIGHLIGHTS" for claim in claims(DISTRICTS))


def test_aid_delivered_and_people_reached_are_not_claims() -> None:
    text = ("- 6 mobile clinics now serve the camps; 2 more will open in March.\n"
            "- 18 tonnes of medical supplies were delivered to 7 health facilities.\n"
            "- The programme has reached more than 900,000 people with food.\n"
            "- 3 hospitals were destroyed by shelling.\n")
    assert [claim.quote for claim in claims(text)] == ["3 hospitals"]


def test_people_in_need_and_the_wounded_a_hospital_received_are_claims() -> None:
    found = claims("An estimated 2.6 million people need humanitarian assistance. The "
                   "hospital received 45 wounded people on Sunday.")
    assert [(claim.value, claim.measure) for claim in found] == [
        (2_600_000, "other"), (45, "injured")]


def test_witnesses_and_a_part_of_them_are_not_claims() -> None:
    found = claims("The Chamber rejects that account: 31 witnesses, among them 4 former "
                   "soldiers of the brigade, described the killing of unarmed villagers.")
    assert found == []


def test_a_denial_that_all_of_the_dead_were_armed_counts_combatants() -> None:
    found = claims("The Defence contended that no more than 20 people died in the village, "
                   "all of them armed members of the Village Defence Unit.")
    assert [(claim.value, claim.qualifier, claim.subgroup) for claim in found] == [
        (20, "up_to", "combatants")]
    assert found[0].asserted_by == "Defence"


def test_parties_to_a_case_assert_what_they_allege() -> None:
    found = claims("The Prosecution alleged that 96 people were killed in the village.")
    assert found[0].asserted_by == "Prosecution"


def test_men_and_boys_are_no_single_group() -> None:
    found = claims("The brigade detained some 140 men and boys from the village.")
    assert (found[0].measure, found[0].subgroup) == ("detained", None)


def test_the_missing_among_detainees_are_not_deaths_in_detention() -> None:
    found = claims("The brigade detained 140 people. Of those detained, 9 died in custody, "
                   "and 38 remain missing to this day.")
    missing = next(claim for claim in found if claim.value == 38)
    assert (missing.measure, missing.subgroup) == ("missing", None)


def test_a_part_named_without_its_measure_continues_the_breakdown() -> None:
    found = claims("Of the 96 dead, the Directorate says 22 were children and 17 were women.")
    women = next(claim for claim in found if claim.value == 17)
    assert (women.measure, women.subgroup) == ("killed", "women")


def test_a_share_right_after_a_count_is_of_that_count() -> None:
    found = claims("The team counted some 42,000 newly displaced people in the town; "
                   "60 per cent are women and children.")
    share = found[1]
    assert (share.measure, share.subgroup, share.links) == (
        "displaced", "women_and_children", {"share_of": 0})


def test_a_bulleted_item_dates_only_itself() -> None:
    text = ("Reporting period: 1 to 14 March 2032\n\n"
            "- About 42,000 people have fled the district since 1 March.\n\n"
            "The clinics recorded 12 deaths.\n")
    deaths = next(claim for claim in claims(text, published="2032-03-16")
                  if claim.value == 12)
    assert (deaths.period_start, deaths.period_end) == ("2032-03-01", "2032-03-14")


def test_neighbouring_is_no_part_of_a_place() -> None:
    found = claims("Some 420,000 refugees have registered in neighbouring Varna.")
    assert found[0].place == "Varna"


@pytest.mark.parametrize("text", [
    "CHF 4.2 million sought to reach 60,000 people over 9 months.",
    "Health: first aid and psychosocial support for 60,000 people.",
    "The operation is supported by 640 volunteers and 38 staff.",
])
def test_aid_targets_and_an_operation_s_volunteers_are_no_claims(text: str) -> None:
    assert claims(text) == []


def test_a_toll_that_reaches_a_figure_is_still_a_count() -> None:
    found = claims("The number of displaced people reached 96,000 by the end of the month.")
    assert [claim.value for claim in found] == [96000]
