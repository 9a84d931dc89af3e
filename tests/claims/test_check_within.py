"""Checks within one document on claims made by hand: a headline against the one count of
its place, a rate the authors work out from another's total, and a list by party closed by
the deaths no party is named for."""

from __future__ import annotations

from dataclasses import replace

from rasd.claims.check import check_document
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
