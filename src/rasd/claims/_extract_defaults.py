"""The places figures take when their own sentence names none: the figure's before it in
its sentence, the paragraph's last placed figure, else what the document is about."""

from __future__ import annotations

from itertools import pairwise

from rasd.claims._extract_links import Found


def commonest_place(found: list[Found]) -> str | None:
    """The place the document's figures name most, the first on a tie: where a document
    about a place no gazetteer knows ("Lower Karavan") is, for figures that name none."""
    counts: dict[str, int] = {}
    for item in found:
        if item.claim.place is not None:
            counts[item.claim.place] = counts.get(item.claim.place, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def sentence_places(found: list[Found]) -> None:
    """A figure with no place of its own is where the figure before it in its sentence is
    ("Sumy, with 31 killed and 95 injured"), before linking: where a figure is says what
    total it breaks down."""
    for previous, item in pairwise(found):
        if item.claim.place is None and previous.sentence == item.sentence:
            item.claim.place = previous.claim.place


def default_places(found: list[Found], about: str | None) -> None:
    """A figure whose sentence names no place is where the paragraph's last placed figure
    is, else where the document is about ("a report about a whole country gives the
    country")."""
    last: dict[int, str] = {}
    for item in found:
        claim = item.claim
        if claim.place is not None:
            last[item.paragraph] = claim.place
        else:
            claim.place = last.get(item.paragraph, about)
