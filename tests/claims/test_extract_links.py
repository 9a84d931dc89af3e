"""Links between the claims of a document: breakdowns of a total (part_of), shares of it
(share_of), the same figure said again (repeat_of), an earlier figure beside the current one
(prior_report)."""

from __future__ import annotations

from dataclasses import replace

from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim


def claims(text: str, published: str | None = None) -> list[Claim]:
    return extract_claims(replace(clean_text(text), published=published))


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
