"""Claim extraction on the corpus documents, and what every extraction promises: claims in
text order, quotes that are the text they point at, offsets back into the original."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rasd.claims.document import clean_text, load_document
from rasd.claims.extract import extract_claims, extract_many
from rasd.claims.model import LINKS, MEASURES, QUALIFIERS, UNITS, Claim, Document

EXAMPLES = Path(__file__).parents[2] / "examples" / "documents"
REPORT = EXAMPLES / "report-iranian-militias-syria.txt"
ARTICLE = EXAMPLES / "article-iran-out-of-syria.txt"


def raw(path: Path) -> Document:
    """The file as it is, not cleaned: extraction must cope with wrapped, hyphenated lines."""
    text = path.read_text(encoding="utf-8")
    return Document(name=path.name, original=text, text=text, spans=((0, 0, len(text)),))


def by_value(claims: list[Claim], value: float) -> Claim:
    found = [claim for claim in claims if claim.value == value]
    assert len(found) == 1, f"{value}: {[claim.quote for claim in claims]}"
    return found[0]


@pytest.fixture(scope="module")
def report() -> list[Claim]:
    return extract_claims(load_document(REPORT))


@pytest.fixture(scope="module")
def article() -> list[Claim]:
    return extract_claims(load_document(ARTICLE))


def test_report_total_killed_since_rouhani(report: list[Claim]) -> None:
    total = by_value(report, 147061)
    assert (total.qualifier, total.measure, total.subgroup) == ("more_than", "killed", "civilians")
    assert total.period_start == "2013-08-04" and total.period_end is None
    assert total.actor == "Syrian regime; Iraqi and Lebanese militias"
    assert total.asserted_by == "Syrian Network for Human Rights"


def test_report_children_and_women_are_parts_of_the_total(report: list[Claim]) -> None:
    total = report.index(by_value(report, 147061))
    children, women = by_value(report, 7987), by_value(report, 6031)
    assert (children.measure, children.subgroup) == ("killed", "children")
    assert (women.measure, women.subgroup) == ("killed", "women")
    assert children.links["part_of"] == total and women.links["part_of"] == total


def test_report_share_of_women_and_children(report: list[Claim]) -> None:
    share = by_value(report, 10)
    assert (share.unit, share.subgroup, share.measure) == ("percent", "women_and_children",
                                                          "killed")
    assert share.links["share_of"] == report.index(by_value(report, 147061))


def test_report_deaths_under_torture(report: list[Claim]) -> None:
    torture = by_value(report, 4068)
    assert (torture.measure, torture.subgroup) == ("killed", "under_torture")
    assert torture.period_start == "2013-08-04"


def test_article_claims(article: list[Claim]) -> None:
    assert [claim.value for claim in article] == [500000, 95000, 45]
    lives, force, militias = article
    assert (lives.qualifier, lives.measure, lives.subgroup) == ("more_than", "killed",
                                                               "women_and_children")
    assert (force.qualifier, force.measure) == ("more_than", "fighters")
    assert (militias.measure, militias.place) == ("armed_groups", "Aleppo")
    assert militias.asserted_by == "Brita Haji Hasan"


@pytest.mark.parametrize("path", [REPORT, ARTICLE])
def test_the_same_claims_from_the_file_as_it_is(path: Path) -> None:
    cleaned = extract_claims(load_document(path))
    as_is = extract_claims(raw(path))
    assert [(claim.value, claim.measure, claim.subgroup) for claim in as_is] == [
        (claim.value, claim.measure, claim.subgroup) for claim in cleaned]


@pytest.mark.parametrize("text", ["About Siavosh Hosseini (348 Articles)",
                                  "I was a producer for more than 12 years in Europe.",
                                  "420Iran has continued to send in troops to support Assad."])
def test_the_article_furniture_is_not_a_claim(text: str) -> None:
    assert extract_claims(clean_text(text)) == []


def test_claims_are_in_text_order_and_quote_the_text() -> None:
    document = load_document(REPORT)
    claims = extract_claims(document)
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)
    for claim in claims:
        assert claim.quote == document.text[claim.start:claim.end]
        assert claim.qualifier in QUALIFIERS and claim.measure in MEASURES
        assert claim.unit in UNITS and set(claim.links) <= set(LINKS)


def test_offsets_point_into_the_original() -> None:
    text = ("Since March 2011, at least 1,200 people were\nkilled in the city, among them "
            "300 chil-\ndren.")
    document = clean_text(text)
    for claim in extract_claims(document):
        assert claim.orig_start is not None and claim.orig_end is not None
        original = document.original[claim.orig_start:claim.orig_end]
        assert original.replace("-\n", "") == claim.quote


def test_many_documents_at_once_give_what_each_gives_alone() -> None:
    documents = [load_document(REPORT), load_document(ARTICLE), clean_text("Nothing here.")]
    assert extract_many(documents) == [extract_claims(document) for document in documents]


def test_an_empty_document_has_no_claims() -> None:
    assert extract_claims(clean_text("")) == []


def test_published_date_resolves_relative_periods() -> None:
    document = replace(clean_text("In October, 30 civilians were killed in Idlib."),
                       published="2016-12-05")
    [claim] = extract_claims(document)
    assert (claim.period_start, claim.period_end) == ("2016-10", "2016-10")
