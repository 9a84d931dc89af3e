"""Rules learnt from the eighth held-out set: tables by month with the month's short name,
parts "of the dead" and their places, figures "put at" a number, the authors' own people and
checks, sources said in an aside, mastheads, the period a bulletin covers, and a headline's
place."""

from __future__ import annotations

from rasd.claims.check import check_document
from rasd.claims.document import clean_text
from rasd.claims.model import Claim
from tests.claims.helpers import claims


def _by_quote(found: list[Claim], quote: str) -> Claim:
    return next(claim for claim in found if claim.quote == quote)


def test_a_table_by_month_reads_short_month_names_as_its_rows() -> None:
    text = """CASUALTIES
Figures are for civilians only.

Month      Killed   Injured
Nov 2032   61       198
Dec 2032   96       247
Total      157      445
"""
    found = claims(text, published="2033-02-09")
    assert [(claim.value, claim.measure, claim.period_start) for claim in found[:4]] == [
        (61, "killed", "2032-11"), (198, "injured", "2032-11"),
        (96, "killed", "2032-12"), (247, "injured", "2032-12")]
    assert len(found) == 6


def test_parts_of_the_dead_by_province_take_the_group_of_their_whole() -> None:
    text = ("The Centre has recorded 3,412 civilians killed since 1 October 2032. By its own "
            "account, 1,540 of the dead were in Tarun province, 1,102 in Osk province and 820 "
            "in Bel province.")
    found = claims(text, published="2033-03-14")
    parts = found[1:]
    assert [(claim.value, claim.subgroup, claim.place) for claim in parts] == [
        (1540, "civilians", "Tarun province"), (1102, "civilians", "Osk province"),
        (820, "civilians", "Bel province")]
    assert all(claim.links.get("part_of") == 0 for claim in parts)


def test_places_of_one_kind_that_add_up_to_more_than_their_whole_are_flagged() -> None:
    text = ("The Centre has recorded 3,412 civilians killed in Kesh. By its own account, 1,540 "
            "of the dead were in Tarun province, 1,102 in Osk province and 820 in Bel province.")
    flagged = [verdict for verdict in check_document("op-ed", claims(text)) if verdict.flagged]
    assert [verdict.check for verdict in flagged] == ["breakdown"]


def test_a_part_of_the_dead_is_no_larger_than_its_whole() -> None:
    found = claims("Rescuers recovered 17 bodies. Residents said 41 of the dead were civilians.")
    assert "part_of" not in found[1].links


def test_a_figure_put_at_a_number_counts_what_the_figures_before_it_count() -> None:
    text = ("The UN has verified 2,180 civilian deaths. The ministry puts the figure at no more "
            "than 600 civilians.")
    assert claims(text)[1].measure == "killed"
    assert claims("The army puts the death toll at 40 people.")[0].measure == "killed"


def test_an_organisations_own_people_and_checks_are_no_claims() -> None:
    assert claims("The Centre, which works with a network of 40 volunteers, is in Kesh.") == []
    assert claims("We contacted 4 hospitals in Marun and spoke to doctors.") == []
    assert [claim.value for claim in claims("4 volunteers were killed in the strike.")] == [4]


def test_a_source_said_in_an_aside_asserts_the_figure() -> None:
    text = ("The Kesh Documentation Centre keeps a list of names. Children, the Centre says, "
            "make up 904 of the dead.")
    assert claims(text, author="Dana Morrow")[0].asserted_by == "Kesh Documentation Centre"
    text = ("The Kesh Documentation Centre keeps a list of names. By its own account, 1,540 "
            "people were killed in Tarun province.")
    assert claims(text, author="Dana Morrow")[0].asserted_by == "Kesh Documentation Centre"
    text = "The Kesh Red Crescent has treated more than 11,300 injured people."
    assert claims(text, author="Dana Morrow")[0].asserted_by == "Kesh Red Crescent"


def test_a_spokesman_named_beside_his_title_and_a_sources_breakdown() -> None:
    text = ('An army spokesman, Brigadier Nadim Sorour, said that "fewer than 50 civilians" '
            "had died.")
    assert str(claims(text)[0].asserted_by).endswith("Nadim Sorour")
    text = ("The Marun Health Directorate told us that 612 people were killed. Of the 612 "
            "dead, 188 were children, according to the directorate's breakdown.")
    assert claims(text)[-1].asserted_by == "Marun Health Directorate"


def test_mastheads_of_a_cell_and_of_a_fact_check_name_the_author() -> None:
    text = ("EASTERN TARSA COORDINATION CELL\n\n"
            "Humanitarian Bulletin | Issue 09 | 9 February 2033\n\n"
            "Fighting killed 214 civilians.\n")
    assert claims(text)[0].asserted_by == "Eastern Tarsa Coordination Cell"
    text = ("VeriCheck | Fact check\n\nTHE CLAIM\nThe records show 612 deaths in that week.\n")
    assert claims(text)[0].asserted_by == "VeriCheck"


def test_the_period_a_bulletin_covers_frames_its_figures() -> None:
    text = ("Humanitarian Bulletin\nCovering 1 November 2032 to 31 January 2033\n\n"
            "Fighting killed at least 214 civilians.\n")
    found = claims(text, published="2033-02-09")
    assert (found[0].period_start, found[0].period_end) == ("2032-11-01", "2033-01-31")


def test_a_headline_names_the_place_when_figures_split_it_evenly() -> None:
    text = ("The numbers from Kesh are contested\n\nThe offensive on Kesh began in October. "
            "The Centre has recorded 3,412 civilians killed. Of them, 1,540 were in Tarun "
            "province and 1,102 in Osk province. Kesh is still under fire.\n")
    found = claims(text)
    assert found[0].place == "Kesh"
    assert _by_quote(found, "1,102").place == "Osk province"


def test_a_headline_names_the_town_a_statement_is_about() -> None:
    text = ("MINISTRY OF INFORMATION\n\nPRESS STATEMENT\n\nThe Ministry rejects the figure of "
            "230 civilian deaths in the town of Tarsin. Tarsin is calm. Life in Tarsin goes on.\n")
    assert claims(text)[0].place == "Tarsin"


def test_a_part_of_the_injured_is_of_the_injured_said_before() -> None:
    text = "Shelling injured 204 civilians in January. Doctors said 6 of the injured were nurses."
    part = claims(text)[1]
    assert (part.measure, part.links.get("part_of")) == ("injured", 0)


def test_people_living_in_collective_centres_are_displaced() -> None:
    found = claims("Some 22,000 people are living in 14 collective centres in schools.")
    assert [(claim.value, claim.measure) for claim in found] == [(22000, "displaced")]


def test_groups_the_guide_does_not_list_are_people_in_general() -> None:
    found = claims("At least 4 aid workers have been killed since November.")
    assert [(claim.measure, claim.subgroup) for claim in found] == [("killed", None)]


def test_those_of_the_injured_who_died_are_dead() -> None:
    text = "The directorate recorded 1,870 injured. Staff said 40 of the injured died later."
    assert [claim.measure for claim in claims(text)] == ["injured", "killed"]


def test_the_detained_whose_whereabouts_are_unknown_are_disappeared() -> None:
    text = ("Government forces detained 37 young men at checkpoints, and the whereabouts of 14 "
            "of them were unknown.")
    assert [(claim.value, claim.measure) for claim in claims(text)] == [
        (37, "detained"), (14, "disappeared")]


def test_a_figure_whose_verb_is_left_out_counts_what_the_one_before_it_counts() -> None:
    text = ("Government forces were responsible for 658 of the civilian deaths, the Liberation "
            "Front for 327, and other armed groups for 199.")
    found = claims(text)
    assert [(claim.value, claim.measure, claim.subgroup) for claim in found] == [
        (658, "killed", "civilians"), (327, "killed", "civilians"), (199, "killed", "civilians")]


def test_who_a_report_holds_responsible_for_deaths_did_the_harm() -> None:
    text = "Government forces and affiliated militias were responsible for 658 civilian deaths."
    assert claims(text)[0].actor == "Government forces and affiliated militias"


def test_a_wire_dateline_with_two_cities_and_an_agency_dates_the_story() -> None:
    text = ("Strikes kill 27 in Nuseirat\n\nGAZA/JERUSALEM, July 8, 2024 (Wire) - Air strikes "
            "killed 27 Palestinians on Monday, the health ministry said.\n")
    assert clean_text(text).published == "2024-07-08"


def test_the_day_a_source_spoke_is_not_the_day_of_its_figures() -> None:
    text = ("On 2 March 2025, two bombs struck the market. The army said on 4 March that no more "
            "than 6 people had died.")
    found = claims(text, published="2025-05-14")
    assert (found[0].period_start, found[0].period_end) == ("2025-03-02", "2025-03-02")


def test_a_relative_pronoun_that_speaks_stands_for_its_antecedent() -> None:
    text = ("Clashes went on all day, according to the Syrian Observatory for Human Rights, "
            "which said that 14 people were killed.")
    assert claims(text)[0].asserted_by == "Syrian Observatory for Human Rights"
