"""People a story only describes, dropped from its claims."""

from __future__ import annotations

from rasd.claims.model import Claim

_DESCRIBED = frozenset({"men", "women", "children", "older_persons"})


def without_descriptions(claims: list[Claim]) -> list[Claim]:
    """Drop the people a story describes ("two young men on a motorbike", "two other women"
    in a photo's caption): a group of people whom nothing harmed or affects is no claim, as
    the populations counted with measure `other` name no such group. Links are renumbered."""
    kept = [index for index, claim in enumerate(claims) if not (
        claim.measure == "other" and claim.unit == "people" and claim.subgroup in _DESCRIBED)]
    if len(kept) == len(claims):
        return claims
    renumbered = {old: new for new, old in enumerate(kept)}
    result = []
    for index in kept:
        claim = claims[index]
        claim.links = {name: renumbered[target] for name, target in claim.links.items()
                       if target in renumbered}
        result.append(claim)
    return result
