"""Links between the claims of a document: breakdowns of a total (part_of), shares of it
(share_of), the same figure said again (repeat_of), an earlier figure beside the current one
(prior_report)."""

from __future__ import annotations

import pytest

from rasd.claims.check import check_document
from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim
from tests.claims.helpers import claims


def links(found: list[Claim]) -> list[dict[str, int]]:
    return [claim.links for claim in found]


def test_including_makes_parts_of_the_total_before() -> None:
    found = claims("Shelling killed 230 civilians, including 30 children, 20 women and "
                   "10 men.")
    assert links(found) == [{}, {"part_of": 0}, {"part_of": 0}, {"part_of": 0}]
    assert [claim.subgroup for claim in found] == ["civilians", "children", "women", "men"]


def test_a_part_takes_the_measure_and_setting_of_its_total() -> None:
    found = claims("In 2022, government forces killed 3,825 people in Idlib, among them "
                   "1,014 children.")
    total, children = found
    assert children.links == {"part_of": 0}
    assert (children.measure, children.period_start, children.place, children.actor) == (
        "killed", total.period_start, total.place, total.actor)


def test_a_part_in_the_next_sentence() -> None:
    found = claims("The toll rose to 21,110 killed and 55,243 injured. Among those killed are "
                   "8,800 children and 6,300 women.")
    assert links(found)[2:] == [{"part_of": 0}, {"part_of": 0}]


def test_a_larger_figure_is_no_part() -> None:
    found = claims("The strike killed 12 people, including 30 children.")
    assert links(found) == [{}, {}]


def test_a_count_of_something_else_is_no_part() -> None:
    found = claims("The strike killed 12 people and injured 30 others, including 9 children.")
    assert found[2].links.get("part_of") != 0


def test_a_breakdown_by_perpetrator() -> None:
    found = claims("SDN documented the killing of 187 civilians in March 2023.\n\nSyrian "
                   "regime forces killed 41 civilians. Russian forces killed 6 civilians.")
    assert links(found) == [{}, {"part_of": 0}, {"part_of": 0}]


def test_a_share_of_the_total() -> None:
    found = claims("The regime killed 147,061 people, including 7,987 children and 6,031 "
                   "women (women and children constitute 10% of the total number of victims).")
    share = found[3]
    assert (share.unit, share.subgroup, share.links) == ("percent", "women_and_children",
                                                         {"share_of": 0})


def test_a_share_of_the_civilian_total() -> None:
    found = claims("The centre recorded the deaths of 212 people, of whom 150 were civilians. "
                   "Children made up 37 percent of the civilian dead.")
    assert found[2].links == {"share_of": 1}


def test_the_same_figure_said_again() -> None:
    found = claims("At least 72 civilians have been killed since 9 October.\n\nOf the 72 "
                   "civilians killed, 21 were children.")
    assert found[1].links == {"repeat_of": 0}
    assert found[2].links["part_of"] in (0, 1)


def test_a_small_figure_in_another_place_is_no_repeat() -> None:
    found = claims("Two children were killed in Aleppo. Two children were killed in Homs.")
    assert links(found) == [{}, {}]


def test_an_earlier_figure_in_brackets() -> None:
    found = claims("Civilians injured: 285 (255)")
    assert [claim.value for claim in found] == [285, 255]
    assert links(found) == [{}, {"prior_report": 0}]
    assert found[1].measure == "injured" and found[1].subgroup == "civilians"


def test_an_earlier_figure_takes_the_qualifier_beside_it() -> None:
    found = claims("People displaced: 176,000 (160,000)\n\nOf whom children: nearly 80,000 "
                   "(70,000)")
    assert [claim.qualifier for claim in found[2:]] == ["less_than", "less_than"]
    assert [(claim.measure, claim.subgroup) for claim in found[2:]] == [
        ("displaced", "children")] * 2


def test_a_toll_that_rose() -> None:
    found = claims("The death toll rose from 120 to 150 on Tuesday.")
    assert [(claim.value, claim.links) for claim in found] == [(120, {"prior_report": 1}),
                                                              (150, {})]


def test_yesterdays_figures_are_earlier_reports() -> None:
    found = claims("The toll stands at 21,110 killed. In yesterday's statement the toll stood "
                   "at 20,915 killed.", published="2023-12-22")
    assert found[1].links == {"prior_report": 0}


@pytest.mark.parametrize("text", [
    "Barrel bombs killed 36 people, 38 of them civilians.",
    "The raid left 20 people dead, 25 of them children.",
    "Of the 40 bodies recovered, 55 were identified.",
    "So far 1,258 bodies have been exhumed. Of the exhumed bodies, 1,402 have been "
    "identified.",
])
def test_a_partitive_names_its_whole_even_when_larger(text: str) -> None:
    found = claims(text)
    assert found[1].links == {"part_of": 0}


def test_including_a_larger_figure_stays_unlinked() -> None:
    found = claims("The strike killed 12 people and injured 30 others, including 40 children.")
    assert "part_of" not in found[2].links


def test_the_rows_above_a_total_row_are_its_parts() -> None:
    found = claims("Deaths by cause\n\nShelling: 57\n\nAirstrikes: 38\n\nGunfire: 26\n\n"
                   "Total: 121")
    assert links(found) == [{"part_of": 3}, {"part_of": 3}, {"part_of": 3}, {}]


def test_rows_of_a_total_said_before_link_to_its_first_saying() -> None:
    found = claims("In May the centre recorded 300 deaths, of whom 121 were civilians.\n\n"
                   "Civilian deaths by cause\n\nShelling: 57\n\nAirstrikes: 38\n\n"
                   "Gunfire: 26\n\nTotal: 121")
    assert [claim.links.get("part_of") for claim in found[2:5]] == [1, 1, 1]
    assert found[5].links == {"repeat_of": 1}


def test_rows_without_a_total_row_are_left_to_the_other_rules() -> None:
    found = claims("Shelling: 57\n\nAirstrikes: 38")
    assert all(claim.links.get("part_of") is None for claim in found)


@pytest.mark.parametrize("text", [
    "Investigators found 202 mass graves in four governorates.\n\nNineveh holds the largest "
    "number, with 95 sites, followed by Kirkuk (37) and Anbar (24).",
    "Monitors counted 410 airstrikes last month. Idlib saw the highest number, with 150 "
    "airstrikes, followed by Hama (90) and Aleppo (70).",
])
def test_a_ranking_breaks_down_the_larger_figure_before(text: str) -> None:
    found = claims(text)
    assert [claim.links.get("part_of") for claim in found[1:]] == [0, 0, 0]


def test_a_ranking_needs_a_larger_figure_before() -> None:
    found = claims("Monitors counted 40 airstrikes last month. Idlib saw the highest number, "
                   "with 150 airstrikes.")
    assert found[1].links == {}


# --- a share set off after a count -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Monitors recorded 2,400 civilian casualties in May. Of them, 1,300 (54 per cent) were "
    "caused by shelling.",
    "Monitors recorded 2,400 civilian casualties in May. Of these, 1,300 - or 54 percent - "
    "were caused by shelling.",
    "Monitors recorded 2,400 civilian casualties in May. Of these, 1,300, or about 54 per "
    "cent of the total, were caused by shelling.",
])
def test_a_share_after_a_count_is_of_the_counts_whole(text: str) -> None:
    found = claims(text)
    assert [(claim.value, claim.unit) for claim in found] == [
        (2400, "people"), (1300, "people"), (54, "percent")]
    total, count, share = found
    assert count.links == {"part_of": 0}
    assert share.links == {"share_of": 0}
    assert (share.measure, share.subgroup) == (total.measure, total.subgroup)


def test_a_share_after_a_count_said_alone_is_of_the_larger_figure_before() -> None:
    found = claims("The group documented 880 deaths in detention. A further 130 deaths, "
                   "about 15 percent, had no recorded cause.")
    assert [claim.value for claim in found] == [880, 130, 15]
    assert found[2].links == {"share_of": 0}


def test_a_bracketed_share_after_a_group_is_of_the_total_said_last() -> None:
    found = claims("Of the 640 civilians killed, 500 (78 per cent) died in airstrikes. Most "
                   "victims (61 per cent) were in Idlib.")
    assert [claim.value for claim in found] == [640, 500, 78, 61]
    assert found[2].links == {"share_of": 0}
    assert found[3].links == {"share_of": 0}


def test_a_count_with_a_share_of_something_else_is_not_linked() -> None:
    found = claims("Shelling killed 45 civilians, 12 (27 per cent) of them children, in "
                   "Ariha. Prices rose by 40 percent.")
    assert [claim.value for claim in found][:3] == [45, 12, 27]
    assert "share_of" not in found[1].links


def test_a_breakdown_by_place_takes_the_group_of_its_total() -> None:
    found = extract_claims(clean_text(
        "In May 2025, the mission verified 300 civilian casualties in Ukraine: 80 people killed "
        "and 220 injured. The regions most affected were Sumy, with 31 killed and 95 injured."))
    by_quote = {claim.quote: claim for claim in found}
    assert by_quote["31"].subgroup == "civilians"
    assert by_quote["95"].subgroup == "civilians"


@pytest.mark.parametrize(("text", "quote"), [
    ("A drone strike killed at least 8 civilians, including 2 children, and injured 21 "
     "others.", "21 others"),
    ("In the province, 14 civilians were killed, of whom 3 were older persons, and 45 were "
     "injured.", "45"),
    ("Shelling killed 30 civilians, among them 9 children and 4 women, and injured 60 "
     "others.", "60 others"),
])
def test_a_figure_after_the_parts_takes_the_group_of_the_whole(text: str, quote: str) -> None:
    found = {claim.quote: claim for claim in extract_claims(clean_text(text))}
    assert found[quote].subgroup == "civilians"


def test_of_those_killed_in_the_next_sentence_is_a_part_of_the_killed() -> None:
    found = claims("At least 900 civilian casualties were reported, including 300 people "
                   "killed and 600 injured. Doctors said 90 of those killed were children; "
                   "one in four of the dead was a child.")
    assert found[3].links == {"part_of": 1}
    assert found[4].links == {"share_of": 1}


def test_of_these_after_a_breakdown_is_of_its_whole() -> None:
    found = claims("The group documented 800 arrests, including 50 children and 90 women. "
                   "Government forces were responsible for 500 of these arrests.")
    assert found[3].links == {"part_of": 0}


def test_a_list_of_kinds_continues_from_its_first_part() -> None:
    found = extract_claims(clean_text(
        "Our team received 412 war-wounded patients in March. Of the 412 wounded we "
        "received, 171 had blast injuries, 158 had gunshot wounds and 77 had burns."))
    assert [claim.value for claim in found] == [412, 412, 171, 158, 77]
    assert links(found)[2:] == [{"part_of": 1}] * 3


def test_a_share_of_those_received_is_of_the_larger_count_before() -> None:
    found = extract_claims(clean_text(
        "The hospital received 412 war-wounded patients, 96 of them children. 38 patients "
        "died of their wounds after admission, one in eight of those we received."))
    share = next(claim for claim in found if claim.unit == "fraction")
    assert share.links == {"share_of": 0}
    assert next(claim for claim in found if claim.value == 38).links == {"part_of": 0}


def test_a_share_of_the_verified_is_of_the_verified_part() -> None:
    found = extract_claims(clean_text(
        "The Office has documented the deaths of at least 2,314 civilians in Syria. Of these, "
        "the Office has individually verified 1,906 deaths. Nearly 60 per cent of the "
        "verified civilian deaths (1,127) were caused by explosive weapons."))
    verified = next(index for index, claim in enumerate(found) if claim.value == 1906)
    share = next(claim for claim in found if claim.unit == "percent")
    assert share.links == {"share_of": verified}
    assert next(claim for claim in found if claim.value == 1127).links == {"part_of": verified}


def test_a_whole_all_in_n_places_lies_in_its_parts_places() -> None:
    found = extract_claims(clean_text(
        "The Project recorded 688 deaths in February 2033, all of them in three districts: "
        "203 in the Old Quarter, 251 in Al-Nour district and 214 in the Eastern Gate area."))
    assert found[0].place == "Old Quarter, Al-Nour district and Eastern Gate area"
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert [verdict.check for verdict in flagged] == ["breakdown"]  # 668, not 688


def test_deaths_attributed_to_parties_take_their_party_and_whole() -> None:
    found = claims("The Team documented the killing of 1,318 civilians in the valley.\n\n"
                   "Its breakdown shows where they died. It attributes 912 of the deaths to "
                   "artillery and air strikes by the Oskel Defence Forces and 251 to the "
                   "Popular Resistance Front.")
    _total, army, front = found
    assert (army.links, front.links) == ({"part_of": 0}, {"part_of": 0})
    assert (army.actor, front.actor) == ("Oskel Defence Forces", "Popular Resistance Front")
    assert (army.subgroup, front.subgroup) == ("civilians", "civilians")
    weapon = claims("The group documented the killing of 132 civilians. It attributes 87 of "
                    "the deaths to government artillery and 29 to the Freedom Brigades.")
    assert [claim.actor for claim in weapon] == [None, "government", "Freedom Brigades"]


def test_a_breakdown_after_an_estimate_is_of_the_documented_count() -> None:
    found = claims("The Commission documented the killing of 2,314 civilians. It estimates "
                   "the true toll at between 3,000 and 4,500 civilians.\n\nGovernment forces "
                   "were responsible for at least 1,520 of the deaths we documented, and the "
                   "Movement for 640.")
    assert [claim.links for claim in found[2:]] == [{"part_of": 0}, {"part_of": 0}]


def test_a_share_of_the_people_in_a_place_said_before() -> None:
    found = claims("Some 85,000 people have left their homes, and 23,500 of them are living "
                   "in 14 collective centres. Women and children make up 61 per cent of the "
                   "people in the centres, or 15,900 people.")
    _displaced, _sheltered, share, count = found
    assert share.links == {"share_of": 1} and share.measure == "displaced"
    assert count.links == {"part_of": 1} and count.subgroup == "women_and_children"


def test_a_list_that_says_how_many_places_it_has_names_every_place() -> None:
    found = claims("The Team documented the killing of 1,318 civilians.\n\nIts breakdown "
                   "shows 604 civilian deaths in Varna district, 391 in Tesk district and 297 "
                   "in Hollin district, the valley's three districts.")
    assert [claim.links for claim in found[1:]] == [{"part_of": 0}] * 3
    assert found[0].place == "Varna district, Tesk district and Hollin district"
    flags = [verdict for verdict in check_document("t", found) if verdict.flagged]
    assert [(verdict.check, verdict.verdict) for verdict in flags] == [
        ("breakdown", "parts short of total")]


def test_a_bare_figure_is_in_the_place_named_after_it() -> None:
    found = claims("The authorities put the number of people killed in the three riverside "
                   "districts at 486: 251 in Lower Drava, 162 in Mirsk and 58 in Tolvey.")
    assert [claim.place for claim in found[1:]] == ["Lower Drava", "Mirsk", "Tolvey"]
    assert found[0].place == "Lower Drava, Mirsk and Tolvey"


def test_a_part_of_the_internally_displaced_said_with_number_as_a_verb() -> None:
    found = claims("The Office estimates that 1.3 million people are now displaced inside the "
                   "country. By its count, women and children number 720,000 of the "
                   "internally displaced.")
    assert found[1].value == 720000 and found[1].links == {"part_of": 0}
    assert found[1].subgroup == "women_and_children"


def test_earlier_tolls_a_source_had_put_the_toll_at() -> None:
    found = claims("The death toll from the car bomb rose to 57 by the evening, the office "
                   "said. The office had put the toll at 23 in the early afternoon and at 41 "
                   "two hours later.")
    assert [(claim.value, claim.measure) for claim in found] == [
        (57, "killed"), (23, "killed"), (41, "killed")]
    assert [claim.links for claim in found[1:]] == [{"prior_report": 0}, {"prior_report": 0}]


def test_a_part_of_the_dead_far_from_its_whole() -> None:
    found = claims("Two bombs killed at least 43 civilians in the market.\n\nMore than 70 "
                   "others were wounded. Witnesses described the scene.\n\nThe Group "
                   "documented the names of 41 of the dead: 11 children, 9 women and 21 "
                   "men.\n\nA nurse said that 97 of the wounded had died.")
    named = next(claim for claim in found if claim.value == 41)
    assert named.links == {"part_of": 1} and named.subgroup == "civilians"
    died = next(claim for claim in found if claim.value == 97)
    assert died.links.get("part_of") != 1


def test_counts_listed_after_an_opening_whole_with_shares_beside_them() -> None:
    found = claims("Of the 11,870 excess deaths, 6,420 (54%) were due to violent injury, "
                   "2,310 (19%) to communicable diseases, 1,150 (10%) to maternal causes and "
                   "160 (1%) to other causes.")
    assert [claim.links for claim in found[1:]] == [
        {"part_of": 0}, {"share_of": 0}, {"part_of": 0}, {"share_of": 0}, {"part_of": 0},
        {"share_of": 0}, {"part_of": 0}, {"share_of": 0}]


def test_a_share_of_a_camps_residents_is_of_its_displaced() -> None:
    found = claims("Aid workers count 8,000 displaced people in the Orla camp. About one in "
                   "four of the camp's residents is an older person.")
    assert found[1].unit == "fraction" and found[1].measure == "displaced"
    assert found[1].links == {"share_of": 0}


def test_what_became_of_detainees_is_a_part_of_them() -> None:
    text = ("A families' group registered 2,000 people detained by the police in 2050. Of "
            "these, 700 people remain disappeared.")
    detained, disappeared = claims(text)
    assert (disappeared.measure, disappeared.links.get("part_of")) == ("disappeared", 0)
    assert disappeared.asserted_by == detained.asserted_by


def test_a_source_attributing_bare_numbers_to_causes_breaks_down_its_total() -> None:
    text = ("The monitor has recorded 800 civilian deaths since 2050. Of these, it attributes "
            "500 to air strikes by the navy and 250 to shelling by the rebels.")
    _total, strikes, shelling = claims(text)
    assert (strikes.measure, shelling.measure) == ("killed", "killed")
    assert strikes.links.get("part_of") == 0 and shelling.links.get("part_of") == 0
