"""Who the people counted are: civilians, children, women, women_and_children, men,
combatants (killed fighters), detainees (died in detention), under_torture,
health_workers, journalists, ... (the list in tests/claims/dev/README.md).

Read from the counted noun and the nouns joined to it ("women and children"), the words on
it ("civilian deaths"), the subject of "constitute", "account for", "make up" ("women and
children constitute 10%"), and the verb that says what happened ("died under torture",
"died in detention"). The narrowest group wins over "civilians": the civilians who died
under torture are under_torture.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from rasd.claims._extract_nlp import ancestors, text_of
from rasd.claims._extract_vocab import (
    FORCE_NOUNS,
    SUBGROUP_NOUNS,
    SUBGROUP_PAIRS,
    TOTAL_NOUNS,
    words,
)
from rasd.claims.model import Claim

_TORTURED_TO_DEATH = re.compile(r"^[^\d.;]{0,40}?\btortured\s+to\s+death\b", re.I)
# "the death of (11) detainees due to torture": the parse hangs the cause on the verb
_DIED_OF_TORTURE = re.compile(r"^\)?\s*\w+\s+(?:due\s+to|under|as\s+a\s+result\s+of)\s+torture\b",
                              re.I)
# a part of the dead whose verb is left out: "73 detainees in custody, 45 of them after torture"
_AFTER_TORTURE = re.compile(r"^\s*(?:of\s+(?:them|these|those|whom)\s+)?(?:after|following|under"
                            r"|from)\s+torture\b", re.I)
_UNDER_18 = re.compile(r"^\s+(?:were|are|was|is)\s+(?:under|below|younger\s+than)\s+"
                       r"(?:the\s+age\s+of\s+)?18\b", re.I)
_IN_DETENTION = words("detention custody prison prisons jail jails detention-centres")
_SHARE_VERBS = words("constitute constitutes constituted make makes made represent "
                     "represents represented account accounts accounted are were is was "
                     "comprise comprised included include number numbered")
_ADJECTIVES = {"civilian": "civilians", "child": "children", "women": "women"}
_KILLED_AS = {"fighters": "combatants"}  # the dead of a fighting force are combatants
_MEMBERS = frozenset({"members", "member", "personnel", "elements", "ranks"})
_BROAD = (None, "civilians", "detainees")  # the detainees who died under torture: under_torture


def subgroup(head: Token, noun: Token | None, word: Token | None, measure: str,
             share: bool) -> str | None:
    """The subgroup of a count whose head token is `head`, counted noun `noun` and measure
    word `word`; `share` for a percentage or fraction."""
    found = _share_subgroup(head, noun) if share else None
    if found is None and noun is not None:
        found = noun_subgroup(noun)
    if found is None and word is not None and word.tag_.startswith("NN"):
        found = noun_subgroup(_of_noun(word) or word)  # "the civilian death toll ... (255)"
    if found is None and _UNDER_18.match(text_of(head.doc)[head.idx + len(head):]):
        found = "children"
    if found is None:
        found = _share_subgroup(head, noun)  # "Children accounted for 81 of the casualties"
    if measure == "killed":
        found = _KILLED_AS.get(found or "", found)
        if found in _BROAD and word is not None:
            found = _how_died(word, head) or found
    return None if found == _SAME_AS_MEASURE.get(measure) else found


_SAME_AS_MEASURE = {"detained": "detainees", "displaced": "refugees", "fighters": "fighters"}


def noun_subgroup(noun: Token) -> str | None:
    """"women and children", "Syrian citizens", "medical personnel", "civilian deaths"."""
    groups = [_one_subgroup(noun)]
    groups.extend(_one_subgroup(other) for other in shared_conjuncts(noun))
    named = [group for group in groups if group]
    if {"women", "children"} <= set(named):
        return "women_and_children"
    if {"men", "children"} <= set(named):
        return None  # "140 men and boys": no group of the list, nor men alone
    if named:
        return named[0]
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in _ADJECTIVES:
            return _ADJECTIVES[child.lower_]
    return None


# A count said to be all fighters: "no more than 20 people died, all of them armed members
# of the Defence Unit", "6 people, all fighters".
_ALL_ARMED = re.compile(r"^[^.;]{0,60}?,\s*all\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+)?"
                        r"(?:armed|fighters|militants|combatants|gunmen|terrorists|soldiers"
                        r"|insurgents)\b", re.I)
# A count said once to be all civilians: "68 people from our valley were dead, all of them
# civilians", "43 killed, all civilians".
_ALL_CIVILIANS = re.compile(r"^[^.;]{0,60}?,\s*all\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+)?"
                            r"civilians?\b", re.I)


# groups that count deaths only: the dead in detention, under torture
_DEATHS_ONLY = frozenset({"detainees", "under_torture"})


def settled_group(measure: str, group: str | None, after: str) -> str | None:
    """A count's group once the words after it are read: "all of them armed" makes the dead
    combatants; the missing or injured among detainees are no deaths in detention."""
    if group in _DEATHS_ONLY and measure != "killed":
        return None  # "Of those detained, ... 38 remain missing"
    if measure == "killed" and group is None and _ALL_ARMED.match(after):
        return "combatants"
    if group is None and _ALL_CIVILIANS.match(after):
        return "civilians"
    if measure == "killed" and group in _BROAD and _AFTER_TORTURE.match(after):
        return "under_torture"  # "73 detainees in custody, 45 of them after torture"
    return group


def shared_conjuncts(noun: Token) -> list[Token]:
    """The nouns joined to the counted one that the same number counts: "500,000 women and
    children", not "7,987 children and 6,031 women" nor "a woman and three children"."""
    doc = noun.doc
    shared = []
    for other in noun.conjuncts:
        low, high = sorted((noun.i, other.i))
        if not other.tag_.startswith("NN") or any(
                token.tag_ == "CD" or token.lower_ in ("a", "an", "one")
                for token in doc[low:high + 1] if token.i != noun.i):
            continue
        shared.append(other)
    return shared


def _of_noun(noun: Token) -> Token | None:
    """"the number of civilians" → civilians."""
    if noun.lower_ not in TOTAL_NOUNS:
        return None
    return next((grandchild for child in noun.children if child.lower_ == "of"
                 for grandchild in child.children if grandchild.dep_ == "pobj"), None)


def _one_subgroup(noun: Token) -> str | None:
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "non":
        return "combatants" if noun.lower_ == "civilians" else None  # "non-civilians"
    previous = doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if noun.lower_ in _MEMBERS and any(grandchild.lower_ in FORCE_NOUNS
                                       for child in noun.children if child.lower_ == "of"
                                       for grandchild in child.children):
        return "fighters"  # "86 members of the security forces"
    return SUBGROUP_PAIRS.get((previous, noun.lower_)) or SUBGROUP_NOUNS.get(noun.lower_)


def _share_subgroup(head: Token, noun: Token | None) -> str | None:
    """"women and children constitute 10% of ...", "10% of the victims were children",
    "10% of children"."""
    verb = head.head
    if head.dep_ in ("dobj", "attr", "pobj") and verb.dep_ == "prep":
        verb = verb.head
    if verb.lower_ not in _SHARE_VERBS:
        return None
    for child in verb.children:
        if child.i != head.i and child.dep_ in ("nsubj", "nsubjpass", "attr", "dobj"):
            found = noun_subgroup(child)
            if found:
                return found
    return _words_before(verb)


def _words_before(verb: Token) -> str | None:
    """The nouns right before the verb, for a subject the parse lost: "(women and children
    constitute 10% ...)"."""
    doc = verb.doc
    start = verb.i
    while start > 0 and (doc[start - 1].tag_.startswith("NN") or doc[start - 1].tag_ == "CC"):
        start -= 1
    named = {SUBGROUP_NOUNS.get(token.lower_) for token in doc[start:verb.i]} - {None}
    if {"women", "children"} <= named:
        return "women_and_children"
    return named.pop() if len(named) == 1 else None


def _counted_apart(token: Token, word: Token, head: Token) -> bool:
    """Whether a noun between `token` and `word` has a number of its own: in "the killing
    of 63 civilians, and 4 deaths due to torture" the torture is the 4's, not the 63's."""
    for above in (token, *ancestors(token)):
        if above.i == word.i:
            return False
        if any(child.tag_ == "CD" and child.i != head.i for child in above.children):
            return True
    return False


def _how_died(word: Token, head: Token) -> str | None:
    """"killed under torture", "died due to torture", "tortured to death": under_torture;
    "died in detention", "died in custody": detainees."""
    doc = word.doc
    if "tortur" in text_of(doc).lower():
        for token in doc:
            if token.lower_ == "torture" and word in (token, *ancestors(token)) and not (
                    _counted_apart(token, word, head)):
                return "under_torture"
    after = text_of(doc)[head.idx + len(head):]
    if _TORTURED_TO_DEATH.match(after) or _DIED_OF_TORTURE.match(after):
        return "under_torture"
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "inside", "while") and any(
                grandchild.lower_ in _IN_DETENTION for grandchild in child.subtree):
            return "detainees"
    return None


# The groups the annotation guide lists (tests/claims/dev/README.md); reading finds finer
# ones ("aid workers", "volunteers", "police") that it uses along the way but that the
# guide counts as people in general.
LISTED = frozenset({"civilians", "children", "women", "men", "women_and_children",
                    "under_torture", "detainees", "health_workers", "journalists",
                    "combatants", "returnees", "older_persons"})


def listed_subgroups(claims: list[Claim]) -> list[Claim]:
    """The claims with each group the guide does not list read as people in general."""
    for claim in claims:
        if claim.subgroup not in LISTED:
            claim.subgroup = None
    return claims


# "one child in every four deaths": the group named inside the fraction
_FRACTION_GROUP = re.compile(r"^\w+\s+(child|woman|man|girl|boy|civilian)\s+(?:in|out)\b",
                             re.I)
# "one in every three martyrs is a child": the group the sentence says the one is
_FRACTION_IS = re.compile(r"^\)?(?:\s+[a-z]+){0,2}?\s+(?:is|was|were|are)\s+(?:an?\s+)?"
                          r"(child|children|woman|women|man|men|girl|girls|boy|boys|civilian"
                          r"|civilians)\b", re.I)
_GROUPS = {"child": "children", "girl": "children", "boy": "children", "woman": "women",
           "man": "men", "civilian": "civilians", "children": "children", "girls": "children",
           "boys": "children", "women": "women", "men": "men", "civilians": "civilians"}


def fraction_group(quote: str, after: str, group: str | None) -> str | None:
    """The group a fraction counts: the one it names ("one child in every four deaths") or,
    over a group carried from the figures before it, the one the sentence says it is ("one
    in every three martyrs is a child"); else the group it has."""
    named = _FRACTION_GROUP.match(quote)
    if named is not None:
        return group or _GROUPS[named.group(1).lower()]
    named = _FRACTION_IS.match(after)
    return _GROUPS[named.group(1).lower()] if named is not None else group
