"""Parts listed as every kind of their whole though the claims name no kind.

"Of the 412 wounded we received, 171 had blast injuries, 158 had gunshot wounds and 77 had
burns": the three parts differ from their whole in nothing a claim's fields say (a kind of
wound is no group, place, party or period), so the breakdown check cannot tell them from
overlapping figures (verified and reported deaths). Said one after another straight after
the whole, three or more of them are a list of its kinds, and such a list leaves no one out.
A share said beside each part ("6,420 (54%) were due to violent injury, 2,310 (19%) to
communicable diseases") does not break the list.
"""

from __future__ import annotations

from itertools import pairwise

from rasd.claims._check_doc import Doc

# How far apart the figures of one list may stand: " had blast injuries, " between two
# parts, " we received, " between the whole and the first part.
_NEAR = 40
_FEWEST = 3
_SHARE = 6  # characters of a share said in brackets ("54%", "100%")


def enumerated(doc: Doc, whole: int, unnamed: list[int]) -> list[int] | None:
    """The parts, in text order, when they are such a list of the whole's kinds."""
    if len(unnamed) < _FEWEST:
        return None
    claims = doc.claims
    order = [index for index in doc.order if not _beside(doc, index)]
    position = {index: at for at, index in enumerate(order)}
    if any(index not in position for index in unnamed):
        return None
    run = sorted(unnamed, key=position.__getitem__)
    if any(position[later] != position[earlier] + 1
           or _gap(doc, earlier, later) > _NEAR for earlier, later in pairwise(run)):
        return None
    at = position[run[0]]
    if at == 0:
        return None
    head = order[at - 1]
    if doc.first(head) != whole or claims[run[0]].start - claims[head].end > _NEAR:
        return None
    if any(claims[index].unit != claims[whole].unit for index in run):
        return None
    return run


def _beside(doc: Doc, index: int) -> bool:
    """A share said in brackets beside a count: "6,420 (54%)"."""
    claim = doc.claims[index]
    return claim.unit in ("percent", "fraction") and claim.end - claim.start <= _SHARE


def _gap(doc: Doc, earlier: int, later: int) -> int:
    """How far apart two parts stand, the shares said beside them left out."""
    start, end = doc.claims[earlier].end, doc.claims[later].start
    between = sum(claim.end - claim.start + 3 for claim in doc.claims
                  if start <= claim.start and claim.end <= end and claim.unit in (
                      "percent", "fraction"))
    return end - start - between


def place_run(doc: Doc, parts: list[int]) -> bool:
    """Whether three or more parts of one whole are said one after another, each of another
    place ("Halvik (29), Dunmere (18), Selvin (14) and Korrow (11)"): a list of places side
    by side, which share no ground, though it may leave some out."""
    if len(parts) < _FEWEST:
        return False
    order = [index for index in doc.order if not _beside(doc, index)]
    position = {index: at for at, index in enumerate(order)}
    if any(index not in position for index in parts):
        return False
    run = sorted(parts, key=position.__getitem__)
    places = {(doc.effective[index].place or "").lower() for index in run}
    return "" not in places and len(places) == len(run) and all(
        position[later] == position[earlier] + 1 and 0 < _gap(doc, earlier, later) <= _NEAR
        for earlier, later in pairwise(run))
