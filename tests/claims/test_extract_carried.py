"""Groups and wholes said once for more figures than their own, a force's own wording for its
dead and captured, a briefing's speaker, and the checks they make possible."""

from __future__ import annotations

from dataclasses import replace

from rasd.claims.check import check_document
from rasd.claims.model import Claim
from tests.claims.helpers import claims
from tests.claims.test_check import claim, only


def _said(value: float, quote: str = "", *, start: int, end: int, **fields: object) -> Claim:
    return replace(claim(value, quote, start=start, **fields), end=end)


def _by_quote(text: str) -> dict[str, object]:
    return {found.quote: found for found in claims(text)}


def test_a_count_said_to_be_all_civilians_gives_its_parts_the_civilians() -> None:
    found = claims("By morning 68 people from our valley were dead, all of them civilians: "
                   "29 in Halvik, 18 in Dunmere and 21 in Selvin.")
    groups = {claim.quote: claim.subgroup for claim in found}
    assert groups["68 people"] == "civilians"
    assert {groups[quote] for quote in ("29", "18", "21")} == {"civilians"}


def test_a_further_bare_figure_counts_the_group_said_before_it() -> None:
    found = claims("The army has neutralised 864 terrorists since 1 October. A further 214 have "
                   "been captured and are being questioned.")
    captured = next(claim for claim in found if claim.value == 214)
    assert (captured.measure, captured.subgroup) == ("detained", "combatants")


def test_a_figure_in_a_place_alone_is_a_part_of_the_count_before_it() -> None:
    found = claims("Since 1 October the armed forces have neutralised 864 terrorists in the "
                   "province. In the Brask sector alone, 912 terrorists have been eliminated.")
    whole = next(index for index, claim in enumerate(found) if claim.value == 864)
    part = next(claim for claim in found if claim.value == 912)
    assert part.links.get("part_of") == whole
    assert part.place == "Brask sector"


def test_a_share_said_after_a_part_is_a_share_of_the_part_s_whole() -> None:
    found = claims("Our own losses are 41 servicemen killed and 118 wounded. Of the wounded, 96 "
                   "have already returned to duty, more than 90 per cent.")
    index = {claim.quote: at for at, claim in enumerate(found)}
    share = found[index["90 per cent"]]
    assert share.links.get("share_of") == index["118"]


def test_a_force_s_own_wording_for_its_dead_and_for_those_who_left() -> None:
    found = _by_quote(
        "Yesterday we lost 3 soldiers near Velno. In the Brask sector, 912 terrorists have been "
        "eliminated, among them 37 field commanders. On 19 October our units opened a "
        "humanitarian corridor at Velno, and 3,200 civilians have left through it so far. "
        "According to our information, 4 civilians who were being held there by the "
        "terrorists died.")
    soldiers, commanders = found["3 soldiers"], found["37 field commanders"]
    assert (soldiers.measure, soldiers.subgroup) == ("killed", "combatants")  # type: ignore[attr-defined]
    assert (commanders.measure, commanders.subgroup) == ("killed", "combatants")  # type: ignore[attr-defined]
    assert found["3,200 civilians"].measure == "displaced"  # type: ignore[attr-defined]
    assert found["4 civilians"].measure == "killed"  # type: ignore[attr-defined]


def test_a_briefing_by_a_role_speaks_for_the_person_named_in_it() -> None:
    found = claims("Briefing by the Spokesperson of the General Staff, Colonel Mirel Dacan\n\n"
                   "In the past 24 hours our units eliminated 46 terrorists in the Brask sector.")
    assert [claim.asserted_by for claim in found] == ["Mirel Dacan"]


def test_a_share_of_its_whole_s_group_finds_the_one_neighbour_that_is_its_part() -> None:
    frame = {"measure": "injured", "subgroup": "combatants"}
    found = [_said(118, start=0, end=3, **frame),
             _said(96, start=30, end=32, links={"part_of": 0}, **frame),
             _said(90, "90 per cent", unit="percent", qualifier="more_than", start=74, end=85,
                   links={"share_of": 0}, **frame),
             _said(3, "3 soldiers", subgroup="combatants", start=105, end=115)]
    share = only(check_document("d", found), "share")
    assert share.flagged and [ref.index for ref in share.claims] == [2, 1, 0]


def test_places_listed_side_by_side_add_up_to_no_more_than_their_whole() -> None:
    frame = {"subgroup": "civilians"}
    found = [_said(68, "68 people", place="Vessa valley", start=0, end=9, **frame)]
    for start, (value, place) in zip((200, 215, 230, 245), ((29, "Halvik"), (18, "Dunmere"),
                                                           (14, "Selvin"), (11, "Korrow")),
                                     strict=True):
        found.append(_said(value, place=place, start=start, end=start + 2,
                           links={"part_of": 0}, **frame))
    breakdown = only(check_document("d", found), "breakdown")
    assert breakdown.flagged and [ref.index for ref in breakdown.claims] == [0, 1, 2, 3, 4]
    apart = [found[0], *(replace(part, start=part.start * 10, end=part.start * 10 + 2)
                         for part in found[1:])]
    assert not [verdict for verdict in check_document("d", apart) if verdict.flagged]


def test_figures_in_brackets_after_places_are_the_villages_of_the_count_before() -> None:
    found = claims("On the night of 14 to 15 May 2040 fighters came down into the valley. By "
                   "morning 68 people from our valley were dead, all of them civilians.\n\n"
                   "The dead came from Halvik (29), Dunmere (18), Selvin (14) and Korrow (11), "
                   "the valley's four villages.", published="2042-05-20")
    whole = next(index for index, claim in enumerate(found) if claim.value == 68)
    parts = [claim for claim in found if claim.value in (29, 18, 14, 11)]
    assert [claim.place for claim in parts] == ["Halvik", "Dunmere", "Selvin", "Korrow"]
    assert {claim.links.get("part_of") for claim in parts} == {whole}
    assert {claim.subgroup for claim in parts} == {"civilians"}
    assert {claim.period_start for claim in parts} == {found[whole].period_start}
    assert "breakdown" in [verdict.check for verdict in check_document("d", found)
                           if verdict.flagged]


def test_one_source_s_summary_figure_against_its_own_figure_for_the_same_dead() -> None:
    frame = {"subgroup": "civilians", "place": "Drenmouth", "asserted_by": "LSDC",
             "period_start": "2040-03-09", "period_end": "2040-06-27"}
    found = [_said(2460, start=0, end=5, **frame),
             _said(2390, "2,390 civilian deaths", start=400, end=421, **frame),
             _said(28, "28 civilians", unit="per_day", start=480, end=492, **frame)]
    flagged = [(verdict.check, [ref.index for ref in verdict.claims])
               for verdict in check_document("d", found) if verdict.flagged]
    assert ("headline", [0, 1]) in flagged and ("rate", [2, 1]) in flagged
    apart = [found[0], replace(found[1], value=1720)]  # far apart: other things counted
    assert not [verdict for verdict in check_document("d", apart)
                if verdict.flagged and "are both" in verdict.evidence]


def test_an_encyclopedia_s_figures_are_the_site_s_but_an_acronym_s_are_its_source_s() -> None:
    found = claims("Battle of Drenmouth\nFrom Wikivera, the free encyclopedia\n\n"
                   "Casualties and losses\nCivilians: 2,460 killed (LSDC)[5]\n"
                   "Displaced: 185,000[6]\n\nThe Lower Sarn Documentation Centre (LSDC) "
                   "recorded 2,390 civilian deaths in Drenmouth between 9 March and 27 June "
                   "2040.[5] The siege trapped an estimated 260,000 civilians inside.[2]")
    said = {claim.value: claim.asserted_by for claim in found}
    assert 6 not in said  # a footnote mark glued to a figure is no figure
    assert said[2460] == said[2390] == "Lower Sarn Documentation Centre"
    assert said[185000] == "Wikivera"


def test_the_raiders_an_opening_names_and_a_share_of_those_a_list_breaks_down() -> None:
    found = claims("On the night of 14 May 2040, fighters of the Black Ridge Brigade came down "
                   "from the hills into the Vessa valley. By morning 68 people from our valley "
                   "were dead, all of them civilians.\n\nThe dead came from Halvik (29), "
                   "Dunmere (18), Selvin (14) and Korrow (11), the valley's four villages. One "
                   "in four of those we lost was a child.", published="2042-05-20")
    whole = next(index for index, claim in enumerate(found) if claim.value == 68)
    assert found[whole].actor == "Black Ridge Brigade"
    share = next(claim for claim in found if claim.unit == "fraction")
    assert share.links.get("share_of") == whole


def test_the_count_a_share_s_sentence_gives_after_a_colon_is_the_share_s() -> None:
    found = claims("By morning 68 people from our valley were dead, all of them civilians. The "
                   "dead came from Halvik (29), Dunmere (18), Selvin (14) and Korrow (11), the "
                   "valley's four villages. One in four of those we lost was a child: 24 "
                   "children, the youngest of them a 2-year-old girl.")
    whole = next(index for index, claim in enumerate(found) if claim.value == 68)
    children = next(claim for claim in found if claim.value == 24)
    assert (children.measure, children.subgroup) == ("killed", "children")
    assert children.links.get("part_of") == whole
    assert [verdict.check for verdict in check_document("d", found) if verdict.flagged] == [
        "breakdown", "share"]



def test_a_place_alone_opening_a_clause_before_its_figure_is_a_part_of_the_count() -> None:
    found = claims("The observatory counted 3,100 arrests across the country in 2040. In the "
                   "capital alone, police arrested 3,400 people that year.")
    assert found[1].links.get("part_of") == 0
    flagged = [verdict for verdict in check_document("t", found) if verdict.flagged]
    assert [verdict.check for verdict in flagged] == ["part"]
