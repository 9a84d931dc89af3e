"""Where a figure was counted (place), read from the parse.

The rule, in order:
  1. a known place right before the figure: "followed by Aleppo (36)", "Idlib with 31";
  2. a place named in the clause of the count, the one nearest the figure: "killed in
     Aleppo", "in the Gaza Strip" (not the subject's: "Russia killed 30 in Idlib" is Idlib;
     not one right before another number of the sentence, which is that number's:
     "with 95 sites, followed by Kirkuk (37)"); a place with others joined to it is the
     list: "in the governorates of Nineveh, Kirkuk, Salah al-Din and Anbar";
  3. a known place that is the subject of "recorded", "saw", "holds", ...: "Idlib recorded
     the highest toll, with 49 civilians killed";
  4. for "in the region", "in the area": a known place named elsewhere in the sentence, not
     where the speaker spoke ("stated at an event in Paris");
  5. the country of the counted people's demonym: "147,061 Syrian citizens" → Syria;
  6. none (rasd.claims.extract then applies the paragraph's and the document's place).
A wire story's dateline ("IDLIB, Syria (Reuters) -", "ALEPPO, March 3 -", "BEIRUT (AP) -":
a city in capitals opening one of the story's first lines, then an optional region or
country, an optional date and an optional agency in brackets, then a dash) names where its
body was filed: a figure whose sentence and paragraph name no place takes it before the
place the document names most (dateline_place).
A place is a proper noun after "in", "near", "across", ..., or a name the gazetteer knows
(KNOWN_PLACES, and the Syrian governorates of rasd.places).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from rasd.claims._extract_nlp import ancestors, is_verb, phrase
from rasd.claims._extract_other_events import made_tokens
from rasd.claims._extract_vocab import (
    DEICTIC_PLACES,
    DEMONYMS,
    KNOWN_PLACES,
    MEANS,
    NOT_PLACES,
    PARTY_WORDS,
    PLACE_PREPOSITIONS,
    REPORTING_VERBS,
)
from rasd.places import is_governorate

# Verbs whose subject is where the dead were counted: "Idlib saw the highest toll".
_PLACE_VERBS = frozenset({"recorded", "records", "saw", "sees", "witnessed", "registered",
                          "topped", "tops", "led", "leads", "accounted", "had", "has",
                          "holds", "hold", "came", "comes", "ranked", "ranks"})
_LONGEST_NAME = 4  # tokens in the longest known place name ("Deir al - Balah")
_PLACE_WORD = re.compile(r"\b(?:" + "|".join(sorted(
    {re.escape(name) for name in KNOWN_PLACES}
    | {re.escape(word.capitalize()) for word in DEMONYMS}, key=len, reverse=True)) + r")\b")
_PARTY_AFTER = re.compile(r"(?:[\s-]+(?:[a-z]+-led|[a-z]+))?\s+(?:" + "|".join(
    sorted(PARTY_WORDS, key=len, reverse=True)) + r")\b", re.I)
_PLACE_DROPPED = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp",
                            "prep", "conj", "cc"})
# "In the Brask sector alone": the place is the sector
_PLACE_CUT = frozenset({"alone", "only"})


def document_place(text: str) -> str | None:
    """The place a document is about: the known place or country it names most often
    ("Syrian" counting for Syria, but not "Turkish" of "Turkish shelling" or "Turkish
    forces": the adjective of a party is not where it struck), the first named on a tie."""
    counts: dict[str, int] = {}
    for found in _PLACE_WORD.finditer(text):
        word = found.group()
        if word.lower() in DEMONYMS and _PARTY_AFTER.match(text, found.end()):
            continue
        name = DEMONYMS.get(word.lower(), word)
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


# A place named with its kind, which the gazetteer need not know: "Tavor province",
# "Qesra governorate", "Lesna district".
_TYPED_PLACE = re.compile(r"\b(?:[A-Z][\w'’-]+[^\S\n]+){1,3}(?:province|governorate|district|region"
                          r"|county|oblast|state|prefecture|municipality|valley|Province"
                          r"|Governorate|District|Region|Valley)\b"
                          # "Tessalian state media", "the Valley Count" are no places
                          r"(?!\s+(?:media|television|tv|news|agency|forces|officials|security"
                          r"|authorities|run|owned|department)\b|[^\S\n]+[A-Z])")


def typed_place(text: str) -> str | None:
    """The place named with its kind ("Tavor province") more often than any other in `text`,
    or the only one: what a document about a place the gazetteer does not know is about.
    Places of one kind named as often as each other ("1,540 in Tarun province, 1,102 in Osk
    province") are the parts of what it is about, none of them the whole."""
    counts: dict[str, int] = {}
    for found in _TYPED_PLACE.finditer(text):
        words = found.group().split()
        while words and words[0] in _LEADING_WORDS:  # "In Tavor province", "The ..."
            words = words[1:]
        if len(words) >= 2:
            name = " ".join(words)
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])
    tied = [name for name, count in counts.items() if count == counts[best]]
    return best if len(tied) == 1 else None


_LEADING_WORDS = frozenset({"In", "The", "Across", "Of", "From", "For", "At", "Near", "And",
                            "Northern", "Southern", "Eastern", "Western", "Central"})


_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})"
    r"(?P<region>,\s*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})?"  # ", Syria", ", Northern Iraq"
    r"(?P<date>,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*\d{4})?)?"
    r"\s*(?P<agency>\([^()\n]{2,40}\))?\s*[-–—]+\s+(?P<body>\S.*)$")
_DATELINE_LINES = 30  # how far down the story's first lines a dateline may open one
_KNOWN_NAMES = {name.lower(): name for name in KNOWN_PLACES}
_BODY_WORDS = 8  # a dateline opens a paragraph of prose, not a heading ("KEY FIGURES - 2023")


def dateline_place(text: str) -> str | None:
    """The city of a wire story's dateline among its first lines, in the spelling the
    gazetteer knows if it knows it ("IDLIB" → "Idlib"), else in title case. A city the
    gazetteer does not know needs a region, a date or an agency after it."""
    for line in text.splitlines()[:_DATELINE_LINES]:
        found = _DATELINE.match(line.strip())
        if not found or len(found["body"].split()) < _BODY_WORDS or len(found["city"]) < 3:
            continue
        city = found["city"].title().replace("’S", "’s").replace("'S", "'s")
        known = _KNOWN_NAMES.get(city.lower()) or (city if is_governorate(city) else None)
        if known or found["region"] or found["date"] or found["agency"]:
            return _headline_place(text, found["body"], known or city)
    return None


# "Death toll in Brennick market bombing rises to 57": where the headline says it happened
# "Merovia's war in numbers": the place whose war the headline is about
_HEADLINE_IN = re.compile(r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                          r"|\b(?P<owner>[A-Z][a-z][\w-]*)['’]s\s+(?:war|conflict|offensive"
                          r"|siege|crisis)\b")


_HEADLINE_LINES = 3  # a section label may stand above a headline


def _headline_place(text: str, body: str, city: str) -> str:
    """The place the headline says the story happened in, when the dateline's paragraph
    names it too, rather than the dateline's city, where the story was filed ("PORT HALVEN,
    Oct 23 (Meridian Wire) - ... in the northern town of Brennick")."""
    # the headline: the first line, or the first with a possessive place after a section
    # label ("World | Europe", then "Factbox: Merovia's war in numbers")
    lines = [line for line in text.splitlines() if line.strip()][:_HEADLINE_LINES]
    headline = next((line for line in lines if any(
        found.group("owner") for found in _HEADLINE_IN.finditer(line))), lines[0] if lines else "")
    for found in _HEADLINE_IN.finditer(headline):
        # "in Gaza's Nuseirat camp": the place in the place
        name = found.group("owner") or re.sub(r"^[A-Z][\w-]*['’]s\s+", "", found.group("name"))
        if name.lower() != city.lower() and re.search(rf"\b{re.escape(name)}\b", body):
            return name
    return city


def place(anchor: Token | None, head: Token, counted: Token | None) -> str | None:
    """Where: see the module's rule."""
    clause = list(anchor.subtree) if anchor is not None else list(head.sent)
    # "Nineveh holds the largest number, with 95 sites, followed by Kirkuk (37)": Kirkuk is
    # where the 37 are, not the 95
    left_out = _left_out(anchor) | _places_of_others(head) | made_tokens(head.doc)
    inside = [token for token in clause if token.i not in left_out]
    found = (_place_before(head) or _nearest(_places(inside), head) or _subject_place(head)
             or _deictic_place(inside, head) or _demonym_place(counted))
    if found:  # "in neighbouring Varna": the place is Varna
        found = _NEIGHBOURING.sub("", found)
    # a sentence's full stop glued to its last word ("north of Raqqa.") is not the name's
    return found[:-1] if found and re.search(r"[a-z]{2}\.$", found) else found


_NEIGHBOURING = re.compile(r"^(?:neighbouring|neighboring|nearby)\s+", re.I)


def _nearest(places: list[tuple[int, str]], head: Token) -> str | None:
    return min(places, key=lambda pair: abs(pair[0] - head.i))[1] if places else None


def _subject_place(head: Token) -> str | None:
    """"Idlib recorded the highest toll, with 49 civilians killed"."""
    for above in ancestors(head):
        subject = next((child for child in above.children if child.dep_ == "nsubj"), None)
        if subject is not None and above.lower_ in _PLACE_VERBS:
            places = [token for token in subject.subtree if _is_known(token)]
            if places:
                return places[0].text
    return None


def _deictic_place(inside: list[Token], head: Token) -> str | None:
    """"there are 45 militias in the region": a place the sentence names elsewhere, not
    where the speaker spoke."""
    if not any(token.lower_ in DEICTIC_PLACES for token in inside):
        return None
    venues = _venues(head.doc)
    return _nearest(_places([token for token in head.doc if token.i not in venues],
                            known_only=True), head)


def _demonym_place(counted: Token | None) -> str | None:
    """"147,061 Syrian citizens": Syria."""
    if counted is None:
        return None
    for child in counted.children:
        country = DEMONYMS.get(child.lower_)
        if country and child.dep_ in ("amod", "compound"):
            return country
    return None


def _place_before(head: Token) -> str | None:
    """"followed by Aleppo (36)", "Aleppo, with 38", "Deir ez-Zor (20)": a known place
    right before a figure is where it was counted."""
    found = _span_before(head)
    return None if found is None else head.doc[found[0]:found[1]].text


def _span_before(head: Token) -> tuple[int, int] | None:
    doc = head.doc
    end = head.i
    # "Aleppo (36)", "Idlib with 31", "Donetsk, with 52 killed"
    while end > 0 and (doc[end - 1].text in ("(", "with", ":") or (
            doc[end - 1].text == "," and doc[end].lower_ == "with")):
        end -= 1
    if end == head.i:
        return None
    for start in range(max(0, end - _LONGEST_NAME), end):
        words = doc[start:end].text
        if words[:1].isupper() and known_place(words):
            return start, end
    return None


def _places_of_others(head: Token) -> set[int]:
    """The tokens of places right before the sentence's other numbers."""
    taken: set[int] = set()
    for token in head.sent:
        if token.tag_ == "CD" and token.i != head.i:
            found = _span_before(token)
            if found is not None:
                taken.update(range(*found))
    return taken


def _is_known(token: Token) -> bool:
    return token.text[:1].isupper() and token.tag_.startswith("NN") and known_place(token.text)


def _left_out(anchor: Token | None) -> set[int]:
    """The subject and agent of the count's verb: "Russia killed 30 in Idlib" is in Idlib."""
    if anchor is None:
        return set()
    return {token.i for child in anchor.children if child.dep_ in ("nsubj", "agent")
            for token in child.subtree}


def _venues(doc: Doc) -> set[int]:
    """Where a speaker spoke: "stated at a recent event in Paris"."""
    venues: set[int] = set()
    for token in doc:
        if token.lower_ in REPORTING_VERBS and is_verb(token):
            for child in token.children:
                if child.dep_ == "prep":
                    venues.update(each.i for each in child.subtree)
    return venues


def _places(tokens: list[Token], known_only: bool = False) -> list[tuple[int, str]]:
    """Places among the tokens: a proper noun after "in", "near", "across" ..., or a name
    the gazetteer knows (a Syrian governorate, a country)."""
    found: dict[int, tuple[int, str]] = {}
    inside = {token.i for token in tokens}
    for token in tokens:
        if not token.tag_.startswith("NN") or not token.text[:1].isupper() or (
                token.text in NOT_PLACES):
            continue
        holder = None if known_only else _place_object(token)
        if holder is not None:
            found.setdefault(holder.i, (token.i, _listed(
                holder, phrase(holder, _PLACE_DROPPED, _PLACE_CUT))))
            continue
        name = _known_name(token)
        if name is not None and all(at in inside for at in range(token.i, name[0])):
            found.setdefault(token.i, (token.i, _listed(token, name[1])))
    return list(found.values())


def _known_name(token: Token) -> tuple[int, str] | None:
    """The known place a token starts, with where it ends: "Kirkuk", "Salah al-Din"."""
    doc = token.doc
    for end in range(min(len(doc), token.i + _LONGEST_NAME), token.i, -1):
        if known_place(doc[token.i:end].text):
            return end, doc[token.i:end].text
    return None


def _listed(first: Token, name: str) -> str:
    """A place with the places joined to it: "Nineveh, Kirkuk, Salah al-Din and Anbar"."""
    joined = [token for token in first.subtree if token.dep_ == "conj" and token.head.i in {
        each.i for each in first.subtree} and token.text[:1].isupper()
        and token.tag_.startswith("NN")]
    if not joined:
        return name
    last = max(joined, key=lambda token: token.i)
    end = max(each.i for each in last.subtree if each.dep_ not in ("punct", "cc")) + 1
    return first.doc[first.i:end].text if end > first.i else name


def _place_object(token: Token) -> Token | None:
    """The object of a place preposition that the proper noun is, or is part of: "in Aleppo",
    "in the Gaza Strip", "in Idlib province"."""
    current = token
    while current.dep_ in ("compound", "amod", "nmod", "flat") and current.head.i != current.i:
        current = current.head
    if current.lower_ in MEANS:
        return None  # "in Coalition airstrikes" names who struck, not where
    if current.dep_ == "pobj" and current.head.lower_ in PLACE_PREPOSITIONS:
        return current
    return None


def known_place(text: str) -> bool:
    """A country or a Syrian governorate, named without a preposition."""
    return text in KNOWN_PLACES or is_governorate(text)
