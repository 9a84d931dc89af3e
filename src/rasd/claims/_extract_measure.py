"""What happened to the people a number counts: its measure (killed, injured, ...).

The measure comes from, in order:
  0. for "12 of them", "Of the victims, 133 ...": what the number itself did ("died");
  1. a counted noun that names the event ("30 deaths", "casualties", "the remains of");
  2. a verb or adjective on the counted noun ("people killed", "people who are fighting");
  3. the words the number hangs from ("killed more than 147,061", "the death toll rose to
     120", "reported killed"), up to the first verb that takes it as subject or object;
  4. a counted noun that names what the people are ("95,000 fighters", "45 militias");
  5. the nearest such word in the sentence that no other number owns, for a counted noun
     of people the parse left loose ("lives lost, over 500,000 women and children").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from rasd.claims._extract_nlp import ancestors, is_noun, is_verb
from rasd.claims._extract_vocab import (
    ARMED,
    EVENT_NOUNS,
    FORCE_NOUNS,
    GROUP_NOUNS,
    MEASURE_VERBS,
    REPORTING_VERBS,
    STATUS_NOUNS,
)

_NEAR = 8  # tokens: how far step 5 looks
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})

# where people who fled live, and living there: "living in camps" counts the displaced
_SHELTERING = frozenset({"living", "live", "lives", "sheltering", "staying", "housed",
                         "sheltered", "accommodated"})
_SHELTERS = frozenset({"camp", "camps", "centres", "centers", "centre", "center", "shelters",
                       "schools", "tents", "settlements", "sites", "mosques"})

# leaving one's home is being displaced: "have left their homes", "were forced from their
# homes", "abandoned their villages"
_LEAVING = frozenset({"left", "leave", "leaves", "leaving", "abandoned", "abandon", "abandoning",
                      "forced", "driven", "chased", "uprooted"})
_LOST_FORCES = frozenset({"soldiers", "soldier", "servicemen", "troops", "fighters",
                          "officers", "men", "conscripts", "policemen"})
_CORRIDORS = frozenset({"corridor", "corridors", "crossing", "crossings", "it"})
_HOMES = frozenset({"home", "homes", "house", "houses", "village", "villages", "town", "towns",
                    "neighbourhoods", "neighborhoods"})


@dataclass(frozen=True)
class Measure:
    name: str
    word: Token | None  # the word that says it
    loose: bool = False  # only step 5 found it


# who takes people away: "taken by government forces", "seized by the militia"
_PARTIES = frozenset({"forces", "army", "militia", "militias", "troops", "soldiers", "police",
                      "gunmen", "fighters", "rebels", "group", "groups", "men"})


def find_measure(head: Token, noun: Token | None, inside: set[int]) -> Measure | None:
    """The measure of the number whose head token is `head` and counted noun `noun`;
    `inside` holds the number's own tokens."""
    if noun is not None and noun.head.head.i == head.i and noun.lower_ in EVENT_NOUNS and (
            noun.head.lower_ == "of"):
        said = measure_word(head.head)
        if said is not None:  # "40 of the injured died later": the dead among the injured
            return Measure(said, head.head)
    if noun is not None and noun.head.head.i == head.i and noun.lower_ not in EVENT_NOUNS:
        found = _above(head)  # "Of those arrested, 58 remain disappeared"
        if found is not None:
            return found
    if noun is not None and noun.lower_ in EVENT_NOUNS:
        return Measure(_event_measure(noun), noun)
    for token in _modifiers(noun if noun is not None else head):
        name = measure_word(token)
        if name:
            return Measure(_with_conjuncts(token, name), token)
    found = _above(noun if noun is not None else head)
    if found is not None:
        return found
    if noun is not None and noun.lower_ in STATUS_NOUNS:
        return Measure(STATUS_NOUNS[noun.lower_], noun)
    if noun is not None and (is_armed_group(noun) or (
            noun.lower_ == "members" and _of_armed(noun))):
        return Measure("armed_groups" if is_armed_group(noun) else "fighters", noun)
    nearest = _nearest(head, inside)
    if nearest is not None:
        return Measure(measure_word(nearest) or "other", nearest, loose=True)
    return None


def _taken_by_a_party(verb: Token) -> bool:
    """Whether a passive "taken" or "seized" names an armed party as its agent: people taken
    by forces are held, things taken are not counted here."""
    for child in verb.children:
        if child.dep_ == "agent":
            party = next((each for each in child.children if each.dep_ == "pobj"), None)
            if party is not None and party.lower_ in _PARTIES:
                return True
    return False


def measure_word(token: Token) -> str | None:
    """The measure a single word says: "killed", "wounded", "deaths", "fled"."""
    word = token.lower_
    if word in ("lost", "lose", "losing", "loss", "lives", "life"):
        return "killed" if _lives_lost(token) else None
    if word == "held" and any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children):
        if _held_then_died(token):
            return None  # "4 civilians who were being held there ... died"
        return "detained"  # "15,000 civilians were held"
    if word in ("taken", "seized") and _taken_by_a_party(token):
        return "detained"  # "85 men were taken by government forces at checkpoints"
    if word in _SHELTERING and _in_shelter(token):
        return "displaced"  # "22,000 people are living in 14 collective centres"
    if word in _LEAVING and (_from_home(token) or _through_corridor(token)):
        return "displaced"  # "85,000 people have left their homes", "forced from their homes"
    if word in MEASURE_VERBS and (is_verb(token) or token.tag_ in ("JJ", "NN", "NNS")):
        return MEASURE_VERBS[word]
    if word in EVENT_NOUNS and is_noun(token):
        return EVENT_NOUNS[word]
    return None


def _in_shelter(verb: Token) -> bool:
    """Whether the verb says where the displaced live: "living in camps", "sheltering in
    schools", "staying in collective centres"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "inside"):
            place = next((each for each in child.children if each.dep_ == "pobj"), None)
            if place is not None and place.lower_ in _SHELTERS:
                return True
    return False


def _from_home(verb: Token) -> bool:
    """Whether the verb takes people away from their homes: "left their homes", "forced
    from their homes"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _HOMES:
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "out") and any(
                each.dep_ == "pobj" and each.lower_ in _HOMES for each in child.children):
            return True
    return False


def _held_then_died(verb: Token) -> bool:
    """Whether "held" only says where people were who then died: in "4 civilians who were
    being held there by the terrorists died" the 4 are dead, not detained."""
    noun = verb.head
    return (verb.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass")
            and MEASURE_VERBS.get(noun.head.lower_) == "killed")


def _through_corridor(verb: Token) -> bool:
    """Whether people leave through a corridor or a crossing: "3,200 civilians have left
    through it" (the humanitarian corridor said before) are displaced."""
    return any(child.dep_ == "prep" and child.lower_ in ("through", "via") and any(
        each.dep_ == "pobj" and each.lower_ in _CORRIDORS for each in child.children)
        for child in verb.children)


def is_armed_group(noun: Token) -> bool:
    """"12 armed groups", "40 rebel factions"."""
    return noun.lower_ in GROUP_NOUNS and any(child.lower_ in ARMED for child in noun.children)


def _above(below: Token) -> Measure | None:
    """Step 3: the words the number or its noun hang from."""
    for token in ancestors(below, limit=6):
        if token.tag_ == "CD" and below.dep_ == "prep":
            return None  # "Of the 11,700 detainees ..., 902 died": the 902 died
        if token.lower_ in REPORTING_VERBS and token.dep_ != "acl":
            complement = _arguments(token, below, _COMPLEMENTS)  # "are reported killed"
            return Measure(complement[0], complement[1]) if complement else None
        if is_verb(token) and below.dep_ == "prep" and below.lower_ in ("of", "among"):
            return None  # "Of the 11,700 detainees, 902 died": the 11,700 did not die
        name = measure_word(token)
        if name:
            return Measure(_with_conjuncts(token, name), token)
        if is_verb(token):
            argument = _arguments(token, below, _CORE | _COMPLEMENTS | {"prep"})
            if argument:
                return Measure(argument[0], argument[1])
            if below.dep_ in _CORE:
                return None  # "left 1 million people without power" says no more
        below = token
    return None


def _arguments(verb: Token, below: Token, kinds: frozenset[str]) -> tuple[str, Token] | None:
    """The verb's other arguments name what the number counts: "the death toll rose to
    120", "raises the toll to 21,110", "forced 10,000 people to flee", "left 30 dead",
    "turned into enforced disappearances"."""
    for child in verb.children:
        if child.i == below.i or child.dep_ not in kinds:
            continue
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            for token in child.subtree:
                if token.lower_ in EVENT_NOUNS and is_noun(token):
                    return _event_measure(token), child
                if token.tag_ == "VBN" and measure_word(token):
                    return measure_word(token) or "other", child  # "the number of civilians killed"
        elif child.dep_ == "prep":
            objects = [each for each in child.children if each.dep_ == "pobj"]
            if objects and objects[0].lower_ in EVENT_NOUNS:
                return _event_measure(objects[0]), objects[0]
        elif measure_word(child):
            return measure_word(child) or "other", child
    return None


def _event_measure(noun: Token) -> str:
    """"victims of enforced disappearance" are the disappeared, other victims the killed."""
    if noun.lower_ == "victims":
        for child in noun.subtree:
            if child.i != noun.i and measure_word(child) not in (None, "killed"):
                return measure_word(child) or "killed"
    return EVENT_NOUNS[noun.lower_]


def _of_armed(noun: Token) -> bool:
    """"members of the regime forces", "members of armed groups"."""
    of_noun = next((grandchild for child in noun.children if child.lower_ == "of"
                    for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    if of_noun is None:
        return False
    word = of_noun.lower_
    return word in FORCE_NOUNS or word in STATUS_NOUNS or is_armed_group(of_noun)


def _modifiers(token: Token) -> list[Token]:
    """The words that say what happened to the counted noun: "wounded civilians", "people
    killed", "people who are fighting", and for a bare number "21,110 killed"."""
    found = [child for child in token.children
             if child.dep_ in ("amod", "acl", "relcl", "appos", "compound")]
    if token.dep_ in ("amod", "acl"):
        found.append(token.head)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ in ("VBN", "JJ"):
        found.append(following)
    return found


def _lives_lost(token: Token) -> bool:
    """"lives lost", "lost their lives", "loss of life": the parse does not always join them,
    so the words beside count too."""
    doc = token.doc
    near = {other.lower_ for other in doc[max(0, token.i - 1):token.i + 3]}
    near.update(other.lower_ for other in (*token.children, token.head))
    if token.lower_ in ("lives", "life"):
        return bool(near & {"lost", "lose", "losing", "loss"})
    if token.lower_ in ("lost", "lose") and any(
            child.dep_ == "dobj" and child.lower_ in _LOST_FORCES for child in token.children):
        return True  # "Yesterday we lost 3 soldiers": a force's own dead
    return bool(near & {"lives", "life"})


def _with_conjuncts(token: Token, measure: str) -> str:
    """"killed or injured", "the dead and wounded": casualties. Only words side by side
    count: in "195 were killed and 310 injured" the two are separate counts."""
    doc = token.doc
    others = {measure_word(other) for other in token.conjuncts
              if abs(other.i - token.i) == 2 and doc[min(other.i, token.i) + 1].tag_ == "CC"}
    if {measure, *others} >= {"killed", "injured"}:
        return "casualties"
    return measure


def _nearest(head: Token, inside: set[int]) -> Token | None:
    """Step 5: the nearest measure word that is not another number's ("killed 5 and
    injured 21, and left 1 million people without power": "injured" is the 21's)."""
    doc = head.doc
    candidates = []
    for token in doc[max(0, head.i - _NEAR):head.i + _NEAR + 1]:
        if (token.i not in inside and measure_word(token) and token.lower_ not in STATUS_NOUNS
                and not _has_count(token)):
            candidates.append((abs(token.i - head.i), token.i > head.i, token))
    return min(candidates, key=lambda each: each[:2])[2] if candidates else None


def _has_count(token: Token) -> bool:
    return any(child.tag_ == "CD" or any(grandchild.tag_ == "CD" for grandchild in child.children)
               for child in token.children if child.dep_ in _CORE or child.dep_ == "nummod")
