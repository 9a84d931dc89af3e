"""Checks within one document on claims made by hand: a headline against the one count of
its place, a rate the authors work out from another's total, and a list by party closed by
the deaths no party is named for."""

from __future__ import annotations

from dataclasses import replace

from rasd.claims.check import check_document
from tests.claims.helpers import claims
from tests.claims.test_check import claim, only


def test_a_headline_above_the_one_count_of_its_place_by_its_asserter_is_flagged() -> None:
    month = {"period_start": "2039-03", "period_end": "2039-03", "asserted_by": "Watch",
             "subgroup": "civilians"}
    found = [claim(140, qualifier="at_least", place="Marrow", start=0, **month),
             claim(132, place="Marrow province", start=10, **month)]
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert [(verdict.check, [ref.index for ref in verdict.claims]) for verdict in flagged] == [
        ("headline", [0, 1])]
    other = [found[0], replace(found[1], asserted_by="Ministry")]
    assert not [verdict for verdict in check_document("d", other) if verdict.flagged]


def test_a_rate_the_authors_work_out_from_another_s_total() -> None:
    run = {"period_start": "2037-05-01", "period_end": "2037-08-31", "place": "Oskel valley",
           "subgroup": "civilians"}
    found = [claim(1318, asserted_by="UN Team", start=0, **run),
             claim(402, asserted_by="UN Team", start=5, links={"part_of": 0},
                   **{**run, "subgroup": "children"}),
             claim(16, unit="per_day", asserted_by="Committee", start=10, **run),
             claim(200, qualifier="up_to", asserted_by="Ministry", start=20, **run)]
    rate = only(check_document("d", found), "rate")
    assert rate.flagged and [ref.index for ref in rate.claims] == [2, 0]


def test_the_remaining_deaths_no_party_is_named_for_close_a_list_by_party() -> None:
    frame = {"subgroup": "civilians", "place": "Valdoria"}
    found = [claim(2314, start=0, **frame),
             claim(1520, qualifier="at_least", actor="Government forces", start=5,
                   links={"part_of": 0}, **frame),
             claim(640, actor="Movement", start=10, links={"part_of": 0}, **frame),
             claim(204, start=15, links={"part_of": 0}, **frame)]
    breakdown = only(check_document("d", found), "breakdown")
    assert breakdown.flagged and [ref.index for ref in breakdown.claims] == [0, 1, 2, 3]


def _flags(text: str, published: str | None = None) -> list[str]:
    return [verdict.check for verdict in check_document("d", claims(text, published=published))
            if verdict.flagged]


def test_causes_with_shares_beside_them_adding_to_more_than_an_estimate_said_again() -> None:
    text = ("An estimated 11,870 excess deaths occurred. Of the 11,870 excess deaths, 6,420 "
            "(54%) were due to violent injury, 2,310 (19%) to communicable diseases, 1,150 "
            "(10%) to maternal causes, 1,890 (16%) to chronic disease and 160 (1%) to other "
            "causes.")
    assert _flags(text) == ["breakdown"]


def test_a_daily_average_against_its_total_and_not_against_the_totals_parts() -> None:
    text = ("The number of martyrs from the beginning of the campaign on 8 September 2037 "
            "until the evening of yesterday, Wednesday 21 October, has risen to (286) "
            "martyrs, and the daily average of martyrs has reached (11) martyrs.\n\n"
            "The martyrs are distributed according to the areas as follows:\n"
            "- Kafr Sabt: (174) martyrs\n- Tell Roha: (112) martyrs")
    assert _flags(text, "2037-10-22") == ["rate"]


def test_a_headline_above_every_sources_count_of_the_same_dead() -> None:
    found = [claim(52, qualifier="at_least", measure="killed", place="Dunmir",
                   asserted_by="local monitors"),
             claim(38, measure="killed", place="Dunmir", asserted_by="Civil Defence"),
             claim(41, measure="killed", place="Dunmir", asserted_by="Health Directorate"),
             claim(44, measure="killed", place="Dunmir", asserted_by="the monitor")]
    assert [verdict.check for verdict in check_document("d", found) if verdict.flagged] == [
        "headline"]
    same_source = [replace(each, asserted_by="the monitor") for each in found]
    assert not [verdict for verdict in check_document("d", same_source) if verdict.flagged]


def test_places_listed_straight_after_their_whole_must_add_up_to_it() -> None:
    text = ("The district health authorities put the number of people killed in the three "
            "riverside districts at 486: 251 in Lower Brask, 162 in Mirv and 58 in Tolven.")
    assert _flags(text) == ["breakdown"]
    consistent = text.replace("at 486", "at 471")
    assert _flags(consistent) == []


def test_a_rate_over_a_whole_year_spreads_its_total_over_every_day() -> None:
    year = {"period_start": "2031", "period_end": "2031", "subgroup": "civilians",
            "asserted_by": "Monitor"}
    found = [claim(730, start=0, **year), claim(6, unit="per_day", start=10, **year)]
    rate = only(check_document("d", found, published="2032-03-01"), "rate")
    assert rate.flagged and "730 / 365 days" in rate.evidence
    # published while the year runs, its days so far are not known: nothing is flagged
    assert not only(check_document("d", found, published="2031-06-30"), "rate").flagged


def test_a_headline_above_the_body_s_settled_count_from_another_source() -> None:
    day = {"period_start": "2035-07-02", "period_end": "2035-07-02", "place": "Tolvar"}
    found = [claim(45, asserted_by="Gazette", start=0, **day),
             claim(41, asserted_by="Rescue Service", start=10, **day),
             claim(41, asserted_by="Rescue Service", start=20, links={"repeat_of": 1}, **day),
             claim(9, subgroup="children", asserted_by="Rescue Service", start=30,
                   links={"part_of": 2}, **day)]
    headline = only(check_document("d", found), "headline")
    assert headline.flagged and [ref.index for ref in headline.claims] == [0, 1]
    # a body figure said once and never broken down may be one part of the headline's dead
    alone = found[:2]
    assert not [verdict for verdict in check_document("d", alone) if verdict.flagged]
