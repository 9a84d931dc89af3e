"""What a number counts, read from the sentence's parse: the counted noun, the measure and
subgroup (rasd.claims._extract_measure, _extract_subgroups), the verb it hangs on, and the
quote.

A number is a claim when its counted noun is people, groups of them, or the violent events
and what they destroy ("18 massacres", "102 ambulances", unit other); or, with no counted
noun, when the words it hangs from say what happened ("195 were killed", "the toll rose to
120"). "348 Articles", "12 years" and "three independent sources" are not claims.

The quote (tests/claims/dev/README.md, the span rule) starts at the number expression,
qualifier words left out, and ends at the counted noun when it follows within a few words
with no punctuation between: "147,061 Syrian citizens", "412 were children", "131 of the
arrests"; otherwise it is the number alone ("21,110 killed" → "21,110", "10%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from rasd.claims._extract_measure import find_measure, is_armed_group
from rasd.claims._extract_mentions import Mention
from rasd.claims._extract_nlp import ancestors, is_noun, is_verb, text_of
from rasd.claims._extract_subgroups import shared_conjuncts, subgroup
from rasd.claims._extract_vocab import (
    EVENT_NOUNS,
    MEASURE_VERBS,
    OTHER_UNITS,
    PEOPLE_NOUNS,
    STATUS_NOUNS,
    SUBGROUP_NOUNS,
    SUBGROUP_PAIRS,
    THING_NOUNS,
    TOTAL_NOUNS,
)

# what a figure set off by commas may stand for: "the rest, 21, were men"
_REST = frozenset({"rest", "remainder", "remaining", "others"})
# "of them", "of whom": the people meant were named before.
STANDING_FOR = frozenset({"them", "whom", "those", "these"})
_COPULAS = frozenset({"were", "was", "are", "is", "included", "include", "includes",
                      "including", "remain", "remained", "became"})
# what things that still work do: a count of them is no harm
# (the pipeline has no lemmatizer: the forms are listed)
_SERVICE_VERBS = frozenset({"operate", "operates", "operating", "function", "functions",
                            "functioning", "reopen", "reopens", "reopened", "reopening"})
_SERVICE_STATES = frozenset({"open", "operational", "functional", "functioning"})
# what aid does to the places it serves and the people it reaches: "6 mobile clinics now
# serve the camps", "supplies were delivered to 7 health facilities", "reaching 900,000
# people with food", "58,000 people received food parcels": the response, not the harm
_AID_VERBS = frozenset({"serve", "serves", "served", "serving", "run", "runs", "ran",
                        "deliver", "delivers", "delivered", "delivering", "supply",
                        "supplied", "supplies", "support", "supports", "supported",
                        "supporting", "open", "opens", "opened", "deployed", "established",
                        "equipped", "rehabilitated", "receive", "receives", "received",
                        "receiving", "assist", "assisted", "assisting", "vaccinated",
                        "benefited", "benefitted", "reach", "reached", "reaches", "reaching"})
# reaching counts aid only with what was given: "reaching 900,000 people with food"; "the
# number of displaced reached 96,000" is a count
_REACH = frozenset({"reach", "reached", "reaches", "reaching"})
_SHORTFALL = re.compile(r"\bonly\b|\d\s+(?:out\s+)?of\s+(?:the\s+)?\d|^\s*of\s+the\s+\d", re.I)
_STAYING = frozenset({"remain", "remains", "remained", "is", "are", "was", "were", "stay",
                      "stays", "stayed"})
# what aid gives: "first aid and psychosocial support for 60,000 people"
_AID_NOUNS = frozenset({"support", "aid", "assistance", "kits", "services", "care", "food",
                        "water", "shelter", "supplies", "parcels", "baskets", "vouchers",
                        "treatment", "consultations", "items", "rations"})
# an organisation's own people: "a network of 40 volunteers", "the group employs 30 staff"
_WORKFORCE = frozenset({"volunteers", "staff", "employees", "researchers", "monitors",
                        "workers", "rescuers"})
_WORKFORCE_HOLDERS = frozenset({"network", "team", "teams", "pool", "corps", "has", "have",
                                "had", "employs", "employ", "employed", "deploys", "deployed"})
# what the authors did to check: "We contacted 4 hospitals", "we interviewed 23 witnesses"
_CHECKING_VERBS = frozenset({"contacted", "called", "visited", "interviewed", "reviewed",
                             "consulted", "surveyed", "phoned", "emailed", "examined"})
_QUOTE_REACH = 6  # tokens from the number to a counted noun the quote runs to


@dataclass
class Role:
    measure: str
    subgroup: str | None
    noun: Token | None
    anchor: Token | None  # the verb the count hangs on, for actor and place
    start: int  # the quote's extent in the sentence
    end: int
    unit: str


def read_role(doc: Doc, mention: Mention) -> Role | None:
    """What the mention counts, or None when it counts nothing the claims track."""
    span = doc.char_span(mention.number_start, mention.number_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {token.i for token in span}
    head = _head(list(span), inside)
    noun = _counted_noun(head, inside)
    if noun is not None and noun.lower_ in TOTAL_NOUNS:
        noun = of_noun(noun) or (None if _rate_of_cases(mention, noun) else noun)
    thing = noun is not None and noun.lower_ in THING_NOUNS
    people = noun is not None and _is_people(noun)
    share = mention.unit in ("percent", "fraction")
    if noun is not None and not (people or thing or share):
        return None  # "348 Articles", "12 years", "three independent sources"
    if noun is not None and not people and _in_service(head) and not _SHORTFALL.search(
            text_of(doc)):
        # "17 bakeries and 2 hospitals are operating" counts no harm; "only 9 of the 36
        # hospitals are still functioning" does: the rest are not
        return None
    if mention.value == 1 and not mention.vague and not (people and noun is not None and (
            noun.lower_ not in OTHER_UNITS)) and mention.unit == "people":
        return None  # "one family", "one stall"
    found = None if thing else find_measure(head, noun, inside)
    if (found is None or found.loose) and not (people or thing):
        return None
    if noun is not None and noun.lower_ in OTHER_UNITS and found is None:
        return None  # "the 212 families who gave testimony": families harmed say how
    measure = found.name if found is not None else "other"
    if noun is not None and measure == "other" and _given_aid(head, noun):
        return None  # "reaching 900,000 people with food"
    if noun is not None and not share and _checked_by_authors(head):
        return None  # "We contacted 4 hospitals in Marun"
    if noun is not None and not share and _workforce(noun):
        return None  # "a network of 40 volunteers"
    if noun is not None and not share and _part_of_uncounted(noun, head):
        return None  # "31 witnesses, among them 4 former soldiers"
    word = found.word if found is not None else None
    anchor = word if word is not None and is_verb(word) else _verb_above(head)
    start, end = _extent(doc, mention, head, noun)
    return Role(measure, subgroup(head, noun, word, measure, share), noun, anchor, start, end,
                _unit(mention, noun, measure))


def of_noun(token: Token) -> Token | None:
    """"thousands of civilians" → civilians; "the total number of victims" → victims;
    "6,000 of the injured need ..." → injured, where the parse made "injured need" a noun."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    if grandchild.lower_ in TOTAL_NOUNS:
                        return of_noun(grandchild) or grandchild
                    return _event_modifier(grandchild) or grandchild
    return None


def bare(doc: Doc, mention: Mention) -> bool:
    """Whether the number stands alone, with no counted noun ("Shelling: 57", "Aleppo
    (36)"), so that what goes before it may say what it counts."""
    span = doc.char_span(mention.number_start, mention.number_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    inside = {token.i for token in span}
    noun = _counted_noun(_head(list(span), inside), inside)
    return noun is None or _rate_of_cases(mention, noun)


def _rate_of_cases(mention: Mention, noun: Token) -> bool:
    """"an average of 3 new cases every day": a rate of "cases" with no "of" names nothing it
    counts, so it counts what the figure before it counts, as a bare "3 every day" would."""
    return (mention.unit == "per_day" and noun.lower_ in TOTAL_NOUNS
            and of_noun(noun) is None)


def _event_modifier(noun: Token) -> Token | None:
    if _is_people(noun):
        return None
    return next((child for child in noun.children
                 if child.dep_ in ("amod", "compound") and child.lower_ in EVENT_NOUNS), None)


def _head(tokens: list[Token], inside: set[int]) -> Token:
    outside = [token for token in tokens if token.head.i not in inside or token.head.i == token.i]
    return outside[-1] if outside else tokens[-1]


def _counted_noun(head: Token, inside: set[int]) -> Token | None:
    if head.dep_ == "appos" and head.head.lower_ in _REST:
        head = head.head  # "the rest, 21, were men": the figure stands for "the rest"
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lower_ in _COPULAS:
        named = [child for child in head.head.children
                 if child.dep_ in ("attr", "dobj") and is_noun(child)]
        if named:
            return named[0]  # "150 were civilians", "of whom 178,215 were civilians"
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod") and (
            head.head.i not in inside and is_noun(head.head)) and not any(
            # "44 killed, 47 of them civilians": the civilians are the 47's, not the 44's
            token.like_num and token.nbor().lower_ == "of"
            for token in head.doc[head.i + 1:head.head.i]):
        return head.head
    found = of_noun(head)
    if found is not None:
        return None if found.lower_ == "which" else _named_after(found) or found
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _is_people(head.head.head):
        return head.head.head  # "a population of about 50,000", "a force of 95,000"
    doc = head.doc
    following = doc[head.i + 1:head.i + 5]
    if len(following) > 1 and following[0].lower_ in _COPULAS:
        # "and 287 were women", "35 were armed militants"
        for token in list(following)[1:]:
            if token.tag_ not in ("JJ", "VBN"):
                if token.tag_ in ("NNS", "NN"):
                    return token
                break
    for token in following:  # "three independent and reliable sources", "412 reported deaths"
        if token.tag_ in ("JJ", "NNP", "HYPH") or (token.tag_ == "CC" and token.i > head.i + 1) or (
                token.dep_ == "amod" and token.tag_ in ("VBN", "VBD")):
            continue
        return token if token.tag_ in ("NNS", "NN") else None
    return None


def _named_after(standing: Token) -> Token | None:
    """"36 people, 38 of them civilians": a group noun right after "of them" says who the
    part counts, narrower than the "them" it is taken from."""
    if standing.lower_ not in STANDING_FOR or standing.i + 1 >= len(standing.doc):
        return None
    following = standing.doc[standing.i + 1]
    return following if following.lower_ in SUBGROUP_NOUNS else None


def _is_people(noun: Token) -> bool:
    word = noun.lower_
    if word in STANDING_FOR or noun.tag_ == "NNPS":  # "3,100 Yazidis"
        return True
    previous = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return (word in PEOPLE_NOUNS or word in SUBGROUP_NOUNS or word in STATUS_NOUNS
            or word in EVENT_NOUNS or word in MEASURE_VERBS or is_armed_group(noun)
            or (previous, word) in SUBGROUP_PAIRS)


def _unit(mention: Mention, noun: Token | None, measure: str) -> str:
    if mention.unit != "people":
        return mention.unit
    if measure == "armed_groups" or (noun is not None and (
            noun.lower_ in OTHER_UNITS or noun.lower_ in THING_NOUNS)):
        return "other"
    return "people"


def _in_service(token: Token) -> bool:
    """Whether the verb the count hangs on says its things work: "are operating", "remain
    open", "have reopened"."""
    verb = _verb_above(token)
    if verb is None:
        return False
    if verb.lower_ in _SERVICE_VERBS or verb.lower_ in _AID_VERBS:
        return True
    return verb.lower_ in _STAYING and any(
        child.dep_ == "acomp" and child.lower_ in _SERVICE_STATES for child in verb.children)


def _given_aid(head: Token, noun: Token) -> bool:
    """Whether a count of people is of those aid reached ("received food parcels",
    "reaching 900,000 people with food"), not of people harmed: a plain people noun under
    an aid verb."""
    if noun.lower_ not in PEOPLE_NOUNS or noun.lower_ in MEASURE_VERBS:
        return False
    if noun.head.lower_ == "for" and noun.head.head.lower_ in _AID_NOUNS:
        return True  # "first aid and psychosocial support for 60,000 people"
    verb = _verb_above(head)
    if verb is None or verb.lower_ not in _AID_VERBS or verb.lower_ in MEASURE_VERBS:
        return False
    # "to reach 60,000 people over 9 months": a target of aid, not a toll reaching a figure
    return verb.lower_ not in _REACH or any(token.lower_ == "with" for token in verb.subtree) or (
        any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children))


def _checked_by_authors(head: Token) -> bool:
    """Whether the count is of what the authors contacted or visited to check the figures:
    their own work, not harm."""
    verb = _verb_above(head)
    return verb is not None and verb.lower_ in _CHECKING_VERBS and any(
        child.dep_ == "nsubj" and child.lower_ == "we" for child in verb.children)


def _workforce(noun: Token) -> bool:
    """Whether the people counted are those an organisation works with, not people harmed:
    "a network of 40 volunteers", "the group has 14 volunteers"."""
    if noun.lower_ not in _WORKFORCE:
        return False
    holder = noun.head.head if noun.head.lower_ in ("of", "by") else noun.head
    return holder.lower_ in _WORKFORCE_HOLDERS or (
        noun.head.lower_ == "by" and holder.lower_ in _AID_VERBS)  # "supported by 640 volunteers"


def _part_of_uncounted(noun: Token, head: Token) -> bool:
    """Whether the people counted are a part ("among them", "including") of a count of
    something the claims do not track: witnesses, sources, staff."""
    above = noun.head
    if noun.dep_ == "appos":  # "31 witnesses, among them 4 former soldiers"
        whole = above
    elif above.dep_ == "prep" and above.lower_ in ("among", "including"):
        whole = above.head
    else:
        return False
    counted = any(child.dep_ == "nummod" and child.i != head.i for child in whole.children)
    return counted and whole.tag_ == "NNS" and not _is_people(whole) and (
        whole.lower_ not in THING_NOUNS)


def _verb_above(token: Token) -> Token | None:
    for above in ancestors(token):
        if is_verb(above):
            return above
    return None


def _extent(doc: Doc, mention: Mention, head: Token, noun: Token | None) -> tuple[int, int]:
    """The quote: see the module's account."""
    start, end = mention.number_start, mention.number_end
    if (noun is None or noun.i <= head.i or noun.i - head.i > _QUOTE_REACH
            or mention.unit == "percent"):
        return start, end
    last = max([noun, *shared_conjuncts(noun)], key=lambda each: each.i)
    between = doc[head.i + 1:last.i]
    if any(token.is_punct and token.text not in ("-", "'", "’") for token in between):
        return start, end
    return start, last.idx + len(last)

