"""The one party a document holds responsible for the harm it counts.

A document whose opening names the attack its figures come from and who carried it out ("the
final toll of the shelling by the SDF militias which targeted ...", "the Group concluded that
the Sudanese Armed Forces carried out the attack") gives that party to each
of its figures of the dead and hurt that name none, when it names no other party as the actor
of any figure: the dead of the shelling are the shelling's.
"""

from __future__ import annotations

import re

from rasd.claims._extract_acronyms import defined_acronyms
from rasd.claims._extract_asserters import fuller_asserters
from rasd.claims._extract_forces import FORCES
from rasd.claims.model import Claim

_ATTACK_BY = re.compile(
    r"\b(?i:shelling|bombardment|bombing|air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?"
    r"|attacks?|raids?|assault|offensive|shells|rockets|missiles)\s+(?:launched\s+|carried\s+"
    r"out\s+|conducted\s+|fired\s+)?by\s+(?:the\s+)?(?P<party>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*"
    r"|\s+(?:militias?|forces|army|troops|rebels|fighters|coalition)){0,4})")
# "concluded that the Sudanese Armed Forces carried out the attack"
_CARRIED_OUT = re.compile(
    r"\b(?:that\s+)?(?:the\s+)?(?P<party>[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+)?[A-Z][\w'’-]*){0,5})"
    r"\s+(?:had\s+)?(?:carried\s+out|conducted|launched|was\s+responsible\s+for|were\s+"
    r"responsible\s+for)\s+(?:the|these|this|both)\s+(?:attack|attacks|strikes?|shelling"
    r"|bombing|raid|raids|assault)\b")
_OPENING = 3  # paragraphs of more than a heading's words that make the opening
_HEADING_WORDS = 12
_HARMED = frozenset({"killed", "injured", "casualties"})


def opening_party(text: str) -> str | None:
    """The party the document's opening names as carrying out the attack, if one."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text)
                  if len(part.split()) > _HEADING_WORDS][:_OPENING]
    named = {found.group("party") for part in paragraphs for pattern in (_ATTACK_BY, _CARRIED_OUT)
             for found in pattern.finditer(part)}
    return named.pop() if len(named) == 1 else None


def party_of_the_document(claims: list[Claim], text: str) -> None:
    """Give the figures of the dead and hurt that name no actor the opening's party (see the
    module's account)."""
    party = opening_party(text)
    if party is None:
        return
    others = {claim.actor for claim in claims if claim.actor is not None} - {party}
    if others:
        return
    for claim in claims:
        if claim.actor is None and claim.measure in _HARMED and claim.unit in (
                "people", "percent", "fraction"):
            claim.actor = party


def no_place_as_actor(claims: list[Claim]) -> None:
    """A place is no one who kills: a headline's "Marrow: at least 140 civilians killed"
    reads as if Marrow killed them. An actor that is the claim's place, or its place's name
    without the kind ("Marrow" of "Marrow province"), is dropped. A force's backer is a
    state as well as a place ("armed groups backed by Iran"), so forces keep theirs."""
    for claim in claims:
        if claim.actor is None or claim.place is None or claim.measure in FORCES:
            continue
        actor, where = claim.actor.strip().lower(), claim.place.strip().lower()
        if actor == where or where.startswith(actor + " "):
            claim.actor = None



_CIVILIAN_GROUPS = frozenset({"civilians", "children", "women", "women_and_children"})


def no_reporter_as_actor(claims: list[Claim]) -> None:
    """Who reports civilian harm did not do it: in "the Group found that the strikes killed
    at least 43 civilians ... and wounded more than 70 others" the Group is the subject of
    "found", not the one who wounded them. An actor that is the claim's own source, for a
    count of civilians, is dropped."""
    for claim in claims:
        if (claim.actor is not None and claim.actor == claim.asserted_by
                and claim.subgroup in _CIVILIAN_GROUPS):
            claim.actor = None


def full_force_names(claims: list[Claim], text: str) -> None:
    """A force named by the acronym the text defines ("the SLC, which has 8,000 fighters")
    is given the name it stands for."""
    acronyms = defined_acronyms(text)
    for claim in claims:
        if claim.measure in FORCES and claim.actor in acronyms:
            claim.actor = acronyms[claim.actor]


def settle_names(claims: list[Claim], text: str) -> None:
    """The names once every figure is read: short sources and forces said in full, no place
    and no reporter of civilian harm as an actor, and the opening's party for the dead and
    hurt that name none."""
    fuller_asserters(claims, text)
    full_force_names(claims, text)
    no_place_as_actor(claims)
    no_reporter_as_actor(claims)
    party_of_the_document(claims, text)
