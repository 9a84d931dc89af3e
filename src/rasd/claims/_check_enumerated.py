"""Parts listed as every kind of their whole though the claims name no kind.

"Of the 412 wounded we received, 171 had blast injuries, 158 had gunshot wounds and 77 had
burns": the three parts differ from their whole in nothing a claim's fields say (a kind of
wound is no group, place, party or period), so the breakdown check cannot tell them from
overlapping figures (verified and reported deaths). Said one after another straight after
the whole, three or more of them are a list of its kinds, and such a list leaves no one out.
"""

from __future__ import annotations

from itertools import pairwise

from rasd.claims._check_doc import Doc

# How far apart the figures of one list may stand: " had blast injuries, " between two
# parts, " we received, " between the whole and the first part.
_NEAR = 40
_FEWEST = 3


def enumerated(doc: Doc, whole: int, unnamed: list[int]) -> list[int] | None:
    """The parts, in text order, when they are such a list of the whole's kinds."""
    if len(unnamed) < _FEWEST:
        return None
    position = {index: at for at, index in enumerate(doc.order)}
    run = sorted(unnamed, key=position.__getitem__)
    claims = doc.claims
    if any(position[later] != position[earlier] + 1
           or claims[later].start - claims[earlier].end > _NEAR
           for earlier, later in pairwise(run)):
        return None
    at = position[run[0]]
    if at == 0:
        return None
    head = doc.order[at - 1]
    if doc.first(head) != whole or claims[run[0]].start - claims[head].end > _NEAR:
        return None
    if any(claims[index].unit != claims[whole].unit for index in run):
        return None
    return run
