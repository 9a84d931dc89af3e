"""Who says a figure (asserted_by) and who did it (actor), read from the parse.

asserted_by, the rule:
  1. the subject of a reporting verb the number hangs from ("X said", "said X", "X reported",
     "X documented 200 deaths", "X put the toll at"), unless the number is inside it ("the
     families of 1,200 people reported") or it is a place ("Idlib recorded the highest toll");
     else the one named by "according to X" in the sentence. A name, not the whole phrase:
     "Brita Haji Hasan, Head of the Aleppo city Council, stated" → "Brita Haji Hasan";
  2. else the document itself: its author when the document names one, else the one its
     opening lines say wrote it ("Issued on 2 August by the Humanitarian Coordination
     Office", "An investigation by the Open Records Project", a byline "Southern Syria Desk |
     Thursday, 29 July 2021"), else an
     organisation the document names as itself, i.e. the subject of a present-tense appeal or
     documentation verb ("The Syrian Network for Human Rights calls ...", "SNHR documents",
     "SNHR has documented"), the first such in the document;
  3. else none.
Words that stand for a name are read back to it: "he"/"she" is the last person named before
(a run of capitalised words), "it", "the group", "the monitor" the last organisation named,
"the Office" the last name holding "Office", "we", "this report" the document itself.

actor: the agent of the verb that says what happened ("killed by Israeli forces"), or its
subject when the verb acts on the people counted ("the regime ... killed 147,061
citizens"), with those it acted with ("collaborated with the Iraqi and Lebanese militias",
"along with X"), joined by "; ". "30 people died" and "Civilians killed: 72" name no one;
a count of fighters or armed groups has the party its sentence says they belong to or serve.
A weapon or an attack is not an actor: "airstrikes killed 32" names no one (an airstrike
with no party named has no actor), "shelling by regime forces" names the regime forces,
and a party that qualifies the attack is its perpetrator:
"Coalition airstrikes" name the Coalition, and a demonym names that state's military
("Israeli airstrikes", "killed in alleged Turkish shelling": the Israeli, the Turkish
military), since reports name attacks by the state whose forces carried them out.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from rasd.claims._extract_bylines import byline_author, is_label, names_itself, titled
from rasd.claims._extract_figure_owner import figure_subject
from rasd.claims._extract_forces import force_of
from rasd.claims._extract_nlp import ancestors, is_verb, phrase, text_of
from rasd.claims._extract_places import known_place
from rasd.claims._extract_reports import reports_nothing
from rasd.claims._extract_speakers import PERSON_NAME, data_kept_by, last_person
from rasd.claims._extract_vocab import (
    DEMONYMS,
    MEANS,
    MEASURE_VERBS,
    REPORTING_VERBS,
    TEXT_NOUNS,
)

_ACTED = frozenset({"killed", "injured", "casualties", "detained", "disappeared", "displaced"})
_TOGETHER = frozenset({"collaborated", "collaborating", "cooperated", "cooperating",
                       "coordinated", "coordinating", "allied", "along", "together", "jointly",
                       "conjunction", "collaboration", "cooperation", "partnership",
                       "alongside", "backed", "supported", "aided", "assisted"})
# Common nouns that stand for an organisation named before: "the group said".
_ANAPHORS = frozenset({"group", "organisation", "organization", "monitor", "network",
                       "observatory"})
_MEANS = MEANS
# what a clause's figures may be by ("By its own account, 1,540 ...")
_ACCOUNTS = frozenset({"account", "count", "tally", "estimate", "estimates", "figures",
                       "records", "reckoning"})
# what a hospital or rescue service does to the people it counts
_TREATING = frozenset({"treated", "admitted", "treats", "admits", "rescued", "evacuated"})
# what a source's figures are set out in, besides TEXT_NOUNS: "the directorate's breakdown"
# an organisation's own people, who say its figures for it
_STAFF = frozenset({"team", "teams", "staff", "researchers", "monitors", "investigators",
                    "officials", "office"})
_DATA_NOUNS = frozenset({"breakdown", "register", "registers", "list", "lists",
                         "toll", "figure", "estimate", "estimates", "database", "table",
                         "tables", "statistics", "data"})
# Words between a preposition and the attack it names: "in alleged Turkish shelling".
_HEDGES = frozenset({"a", "an", "the", "alleged", "suspected", "reported", "apparent",
                     "likely", "possible", "presumed"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it", "their", "them", "one", "some", "others"})
_RELATIVE = frozenset({"who", "that", "which"})
_SELF_PRONOUNS = frozenset({"we", "us", "our"})
_FIRST_PERSON = frozenset({"i", "me"})
_PUT_OUT = frozenset({"circulated", "published", "reported", "released", "issued", "compiled",
                      "given", "cited", "announced", "documented", "recorded", "claimed"})
_ORG_WORDS = (r"Network|Observatory|Organi[sz]ation|Committee|Council|Commission|Centre|Center"
              r"|Watch|Office|Ministry|Union|Coalition|Institute|Association|Foundation|Society"
              r"|Group|Movement|Agency|Mission|Forum|Syndicate|League|Federation|Monitor"
              r"|Project|Initiative|Campaign|Department|Directorate|Rights|International|Collective"
              r"|Alliance|Consortium|Bureau|Trust|Authority|Programme|Platform|Team|Cell|Unit|Secretariat"
              # a casualty database that names itself ("Casualty Register", "Body Count")
              r"|Register|Registry|Database|Body\s+Count"
              # a casualty tracker or dashboard's publisher ("Civilian Harm Tracker")
              r"|Tracker"
              # institutions that speak in their own name: a health cluster, a court
              r"|Cluster|Tribunal|Court|Chamber|Prosecution|Defence|Defense"
              # a newspaper's masthead ("THE VESTRY COURIER"): the paper speaks for itself
              r"|Courier|Herald|Gazette|Chronicle|Tribune|Telegraph|Dispatch|Sentinel")
_SELF_VERBS = (r"calls|urges|demands|recommends|condemns|stresses|affirms|reiterates|appeals"
               r"|announces"
               r"|documents|records|notes|holds|considers|believes|confirms|estimates"
               r"|has\s+documented|has\s+recorded|has\s+verified|documented|recorded")
_SELF = re.compile(
    rf"(?<![\w’'])(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:for|of|on|and|the|in|[A-Z][\w’'-]*))*)"
    rf"\s+(?:\((?P<abbr>[A-Z]{{2,}})\)\s+)?(?:(?:also|now|still)\s+)?(?:{_SELF_VERBS})\b")
# The opening lines that say who wrote the document: "produced by X", "An investigation by
# X", and a byline "X | Thursday, 29 July 2021".
_OPENING = 8
# A name stays on one line: a masthead's next line ("Annual Report 2024") is not part of it.
_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:for|of|on|and|the|in|[A-Z][\w’'-]*))*"
_WRITTEN_BY = re.compile(
    rf"\b(?i:produced|issued|published|prepared|compiled|written|investigation|report|update"
    rf"|analysis|briefing)\b[^.|]*?\bby\s+(?:the\s+)?(?P<name>{_NAME})")
# "By the Barzan Today newsroom": a newsroom, desk or staff stands for its outlet
_NEWSROOM = re.compile(rf"\bBy\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:newsroom|desk|staff|team)\b")
_BYLINE = re.compile(
    rf"^\s*(?P<name>{_NAME})\s*\|\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    rf"|Sunday|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}})")
# A masthead: an organisation's name alone on an opening line, or before a title
# ("Civilian Harm Watch - Incident Assessment"), or above a title on the next line; its
# acronym may follow in brackets ("ESTRAVIA CIVILIAN HARM TRACKER (ECHT)").
_MASTHEAD = re.compile(rf"^\s*(?:(?i:the)\s+)?(?P<name>{_NAME})[ \t]*(?:\([A-Z]{{2,8}}\)[ \t]*)?"
                       rf"(?:[-–—|:]\s+\S.*|\n[\s\S]*)?$")
# The kind of document after a masthead's name: "Médecins Solidaires - Operational Update"
# names its publisher even with no organisation word in it.
_KIND_AFTER = re.compile(r"^[^\n]*?\s[-–—|:]\s+(?:[A-Z][a-z]+\s+){0,2}(?:Update|Report|Bulletin"
                         r"|Briefing|Statement|Press\s+Release|Overview|Snapshot|Assessment"
                         r"|Fact[\s-][Cc]heck|Explainer|Analysis)\s*$")
# a heading in capitals with its article ("THE CLAIM") is no acronym of an organisation
_HEADING = re.compile(r"^\s*THE\s+[A-Z]+\s*$"
                      # a news kicker before a headline ("LIVE: Toll rises to 31")
                      r"|^\s*(?:LIVE|BREAKING|UPDATE|EXCLUSIVE|WATCH|OPINION|ANALYSIS)\s*[:|-]")
# an acronym ("SNHR", "UNICEF"); a longer word in capitals is a heading ("HIGHLIGHTS")
# ("UPDATE 4-Death toll ...": a wire's kicker is no acronym either)
_ORG_NAME = re.compile(rf"\b(?:{_ORG_WORDS})\b"
                       r"|^(?!(?:UPDATE|BREAKING|LIVE|URGENT|FLASH|REFILE|CORRECTED)$)[A-Z]{3,6}$")
_DESCRIBED_BODY = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'-]*\s+)+(?:[a-z][\w-]*\s+){0,2}(?:office|agency|ministry|mission"
    r"|directorate|authority|administration|committee|council|commission|observatory|military"
    r"|army)\b")
_LOWER_BODY = re.compile(r"\bthe\s+(?P<name>(?:[a-z][\w’'-]*\s+){1,3}(?:office|agency|ministry"
                         r"|directorate|authority|administration|committee|council))\b")
# an organisation named as an owner or a target ("fighters of the Sarkan Defence Brigades")
# is not who "it" stands for
_OWNED = re.compile(r"\b(?:of|against|with|from|on)\s+(?:the\s+)?$")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+(?:for|of|on|and|the|[A-Z][\w’'-]*))*"
                          r"[ \t]+[A-Z][\w’'-]*|\b[A-Z]{2,}\b")


# A list's opening that names who counted its figures: "The Directorate of Health recorded
# the following deaths and injuries by district:", "According to the Health Office:".
_INTRO_SOURCE = re.compile(
    rf"(?:\baccording\s+to\s+|^\s*)(?:[Tt]he\s+)?(?P<name>{_NAME})"
    r"(?:\s+(?:has|have|had))?(?:\s*[:,]|\s+(?:recorded|reported|documented|verified"
    r"|registered|counted|listed|gave|lists|records|reports))", re.M)


def intro_source(intro: str) -> str | None:
    """Who a list's opening sentence says counted the figures under it, if an organisation."""
    found = _INTRO_SOURCE.search(intro)
    if found is None or not _ORG_NAME.search(found.group("name")):
        return None
    return _trim_name(found.group("name"))


def document_self(author: str | None, sentences: list[str]) -> str | None:
    """Who the document speaks for: its author, else the organisation that names itself."""
    if author and author.strip():
        return author.strip()
    if (byline := byline_author(sentences[:_OPENING])) is not None:
        return byline
    for sentence in sentences[:_OPENING]:
        found = (_WRITTEN_BY.search(sentence) or _BYLINE.match(sentence)
                 or _NEWSROOM.search(sentence))
        if found is not None:
            return _trim_name(found.group("name"))
    for sentence in sentences[:_OPENING]:
        found = _MASTHEAD.match(sentence)
        name = titled(found.group("name")) if found is not None else ""
        if (found is not None and (_ORG_NAME.search(name) or _KIND_AFTER.search(sentence)
                                   or names_itself(found.group("name"), name, sentences))
                and not known_place(name.title())  # not "SUDAN: ..."
                and not _HEADING.match(sentence)):
            return _trim_name(name)
    if (organisation := organisation_self(sentences)) is not None:
        return organisation
    # a summary that names no author but opens on who found its figures: "Investigators
    # have identified 202 mass graves ..."
    for sentence in sentences[:_OPENING]:
        found = _FINDERS.match(sentence)
        if found is not None:
            return found.group("name").lower()
    return None


def organisation_self(sentences: list[str]) -> str | None:
    """The first organisation that says what it records or holds ("The X Network
    documented ...")."""
    for sentence in sentences:
        for found in _SELF.finditer(sentence):
            name = _trim_name(found.group("name"))
            if _ORG_NAME.search(name):
                return name
    return None


_FINDERS = re.compile(r"^\s*(?P<name>Investigators|Researchers|Monitors|Inspectors)\s+(?:have\s+"
                      r"|had\s+)?(?:identified|documented|recorded|found|counted|verified"
                      r"|confirmed)\b[^.]*\d")


def _trim_name(name: str) -> str:
    return re.sub(r"(?:\s+(?:for|of|on|and|the|in))+$", "", name)


def asserted_by(number: Token, before: str, own: str | None, *,
                unsaid: str | None = None) -> str | None:
    """Who says the number: see the module's rule. `before` is the document's text before
    the sentence, for "he said" and "the Office said". Where the sentence names no source,
    `unsaid` if given, else `own`."""
    keeper = data_kept_by(number)
    if keeper is not None:  # "..., according to the figures of the health directorate"
        return _speaker(keeper, before, own)
    spreader = _spread_by(number)
    if spreader is not None:  # "the figure of 230 deaths circulated by the Observatory"
        return _speaker(spreader, before, own)
    figure = figure_subject(number)  # "The figure, given by the Civil Defence, is 36"
    giver = figure and (_compiled_by(figure) or _owner(figure))
    if giver:
        return _speaker(giver, before, own)
    for token in ancestors(number):
        if token.lower_ in REPORTING_VERBS and is_verb(token) and not reports_nothing(token):
            speaker = _reporter(token, number)
            if speaker is not None:
                return _speaker(speaker, before, own)
        aside = _said_aside(token, number)
        if aside is not None:  # "Children, the Centre says, make up ..."; "By its account"
            return _speaker(aside, before, own)
    for token in number.doc if "according" in text_of(number.doc).lower() else ():
        if token.lower_ == "according":
            to = next((child for child in token.children if child.lower_ == "to"), None)
            source = _object(to) if to is not None else None
            if source is not None:
                return _speaker(source, before, own)
    return own if unsaid is None else unsaid


def _spread_by(number: Token) -> Token | None:
    """The agent of a participle that says who put the figure out, after the figure or the
    noun it hangs on: "230 deaths circulated by the Observatory"."""
    for token in ancestors(number):
        for child in token.children:
            if child.dep_ == "acl" and child.lower_ in _PUT_OUT:
                agent = next((each for each in child.children if each.dep_ == "agent"), None)
                if agent is not None:
                    return _object(agent)
    return None


def _said_aside(token: Token, number: Token) -> Token | None:
    """Who a clause's figures are said by in an aside: the subject of a reporting verb set
    between commas ("Children, the Centre says, make up ..."), the owner of an account the
    clause opens with ("By its own account, 1,540 ..."), or the organisation that treated
    or admitted the people counted ("The Red Crescent has treated 11,300 injured people")."""
    for child in token.children:
        if child.dep_ == "parataxis" and child.lower_ in REPORTING_VERBS:
            return _reporter(child, number)
        if child.dep_ == "prep" and child.lower_ == "by":
            source = _object(child)
            if source is not None and source.lower_ in _ACCOUNTS:
                return next((each for each in source.children if each.dep_ == "poss"), None)
    if token.lower_ in _TREATING and is_verb(token):
        speaker = _reporter(token, number)
        if speaker is not None and speaker.tag_ == "NNP":
            return speaker
    return None


def _reporter(verb: Token, number: Token) -> Token | None:
    """The subject or agent of a reporting verb, unless the number is in it ("the families
    of 1,200 people reported ...") or it is a place ("Idlib recorded the highest toll")."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "agent"):
            continue
        speaker = child if child.dep_ == "nsubj" else _object(child)
        if speaker is None or number.i in {token.i for token in speaker.subtree}:
            continue
        if speaker.tag_ == "NNP" and known_place(speaker.text):
            continue
        return speaker
    return None


def _object(preposition: Token) -> Token | None:
    return next((child for child in preposition.children if child.dep_ == "pobj"), None)


def _speaker(token: Token, before: str, own: str | None) -> str | None:
    word = token.lower_
    text = before + text_of(token.doc)[:token.idx]
    if word in _SELF_PRONOUNS:
        return own
    if word in _FIRST_PERSON:
        # "'I counted eleven explosions,' he told me": inside quotation marks, the person
        # named last before the quote; outside them, the writer
        quoted = sum(text_of(token.doc)[:token.idx].count(mark) for mark in '"“”') % 2
        names = [found.group("name") for found in PERSON_NAME.finditer(text)]
        return names[-1] if quoted and names else (None if quoted else own)
    if word in _PERSONAL:
        return last_person(text, _ORG_NAME)
    if word in ("it", "its"):
        return _last_organisation(text)
    if word in _GROUP_PRONOUNS:
        return None
    if word in _RELATIVE and token.head.dep_ == "relcl":
        # "the Syrian Observatory, which said ...": who "which" stands for
        return _speaker(token.head.head, before, own)
    compiler = _compiled_by(token)
    if compiler is not None:  # "a tally compiled by the council of elders"
        return _speaker(compiler, before, own)
    owner = _owner(token)
    if owner is not None:  # "according to the directorate's breakdown"
        return _speaker(owner, before, own)
    person = _named_in_apposition(token)
    if person is not None:  # "An army spokesman, Brigadier Nadim Sorour, said"
        return person
    employer = _employer(token)
    if employer is not None:  # "The Centre's team confirmed": the Centre speaks
        return _speaker(employer, before, own)
    if word in TEXT_NOUNS:
        named = [child for child in token.subtree if child.tag_ == "NNP" and child.i < token.i]
        if named:
            return phrase(named[0])
        # "this report", "our report", and "the report" of a press release about one
        if any(child.lower_ in ("this", "our", "the") for child in token.children):
            return own
    name = _strip_article(phrase(token))
    if " " not in name and any(child.lower_ == "the" for child in token.children) and (
            name[:1].isupper() or name in _ANAPHORS or _ORG_NAME.search(name.title())):
        # "the Office" → "UN Human Rights Office"; "the Commission" of a masthead in capitals
        return _named_before(name, text) or (own if own and name in own.split() else name)
    return name


def _owner(token: Token) -> Token | None:
    """Whose figures a source is: the possessor of "the directorate's breakdown"."""
    if token.lower_ not in TEXT_NOUNS and token.lower_ not in _DATA_NOUNS:
        return None
    return next((child for child in token.children if child.dep_ == "poss"), None)


def _employer(token: Token) -> Token | None:
    """The organisation whose people speak for it: the possessor of "the Centre's team"."""
    if token.lower_ not in _STAFF:
        return None
    return next((child for child in token.children if child.dep_ == "poss"), None)


def _named_in_apposition(token: Token) -> str | None:
    """A person's name set beside the noun that speaks: "an army spokesman, Brigadier Nadim
    Sorour,"."""
    for child in token.children:
        if child.dep_ == "appos" and child.tag_ == "NNP":
            found = PERSON_NAME.search(phrase(child))
            if found is not None:
                return found.group("name")
    return None


def _compiled_by(token: Token) -> Token | None:
    """Who made a tally or list the figure is according to: the agent of the participle
    after it ("a tally compiled by the council")."""
    for child in token.children:
        if child.dep_ == "acl":
            agent = next((each for each in child.children if each.dep_ == "agent"), None)
            if agent is not None:
                return _object(agent)
    return None


# an office held in a body: whoever holds it speaks for the body, but is not its name
_OFFICE = re.compile(r"^(?:Chair|Chairperson|Chairman|President|Vice-President|Director"
                     r"|Head|Spokesperson|Spokesman|Spokeswoman|Secretary|Member|Commissioner)"
                     r"\s+(?:of|for)\b")


def _named_before(word: str, text: str) -> str | None:
    """The full name a short one ("the Office", "the group") stands for: the last name
    before it holding that word, or for a common noun the last organisation named."""
    names = [_strip_article(found.group()) for found in _CAPITALISED.finditer(text)]
    key = word if word[:1].isupper() else word.title()  # "the directorate"
    # "Chair of the Commission" names a person's office, not the Commission
    holding = [name for name in names if key in name.split() and name != key
               and not _OFFICE.match(name)]
    if holding or word[:1].isupper():
        return holding[-1] if holding else None
    described = [_strip_article(found.group()) for found in _DESCRIBED_BODY.finditer(text)
                 if found.group().lower().endswith(word.lower())]
    if not described:  # "the provincial governor's office said ... the office said"
        described = [found.group("name") for found in re.finditer(
            rf"\bthe\s+(?P<name>(?:[a-z][\w’'-]*\s+){{1,3}}{re.escape(word.lower())})\b", text)]
    return described[-1] if described else _last_organisation(text)


def _last_organisation(text: str) -> str | None:
    """The organisation named last: a capitalised name with a word of one ("Sarkan
    Documentation Project"), or capitalised words before a common noun for one ("the UN
    human rights office", "the UN refugee agency")."""
    named = [(found.end(), _strip_article(found.group()))
             for found in _CAPITALISED.finditer(text)
             if not _OWNED.search(text[max(0, found.start() - 12):found.start()])]
    organisations = [(end, name) for end, name in named if _ORG_NAME.search(name)]
    organisations += [(found.end(), _strip_article(found.group()))
                      for found in _DESCRIBED_BODY.finditer(text)]
    # "the provincial governor's office said ..., it said"
    organisations += [(found.end(), found.group("name")) for found in _LOWER_BODY.finditer(text)]
    return max(organisations)[1] if organisations else None


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:(?:the|The|so-called|self-styled)\s+)+", "", text.strip()).strip()


def actor(anchor: Token | None, measure: str, counted: Token) -> str | None:
    """Who did it: the agent of the verb that says what happened, or its subject when the
    verb acts on the people counted ("the regime ... killed 147,061 citizens"); "30 people
    died" and "civilians killed: 72" name no one; a force's strength, the party it serves."""
    force = force_of(measure, counted)
    if force is not None:
        return force
    if measure in _ACTED:
        held = _held_responsible(counted)
        if held is not None:  # "Government forces were responsible for 658 of the deaths"
            return held
    if anchor is None or measure not in _ACTED or anchor.lower_ not in MEASURE_VERBS:
        return None
    agent = _agent(anchor)
    if agent is not None:
        return _party(agent)
    if not _acts_on(anchor, counted):
        return _attack_named(anchor)
    subject, carrier = _subject(anchor)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVE and anchor.dep_ == "relcl":
        subject = anchor.head
    if subject.tag_ in ("PRP", "WP", "EX", "DT") or subject.i == counted.i or is_label(subject):
        return None
    if subject.is_upper and subject.left_edge.i == subject.sent.start and {"-", "–", "—"} & {
            token.text for token in subject.subtree} and any(
            token.like_num for token in subject.subtree):
        # a wire's dateline read as a subject: "GAZA/JERUSALEM, July 8, 2024 (Wire) -
        # Israeli air strikes ... killed 27": the subject is the other one, if any
        subject = next((child for child in subject.head.children
                        if child.dep_ == "nsubj" and child.i > subject.i), None)
        if subject is None:
            return None
    if subject.lower_ in _MEANS:
        return _party(subject)
    names = [phrase(subject, cut=_TOGETHER | {"with"})]
    names.extend(phrase(partner) for partner in _partners(subject, carrier))
    return "; ".join(dict.fromkeys(names))


def _held_responsible(counted: Token) -> str | None:
    """The subject of "responsible for" the figure: who a report holds did the harm."""
    for token in ancestors(counted, limit=4):
        if token.lower_ == "for" and token.head.lower_ == "responsible":
            subject = next((child for child in token.head.head.children
                            if child.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ not in ("PRP", "WP", "WDT", "DT"):
                return phrase(subject)
    return None


def _party(doer: Token) -> str | None:
    """The party behind a doer: the doer itself, or for a weapon the one it is "by" or "of"
    ("shelling by regime forces"), or the party that qualifies it ("Coalition airstrikes",
    "Israeli airstrikes": the Israeli military); a weapon alone names no one."""
    if doer.lower_ not in _MEANS:
        return phrase(doer)
    for child in doer.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            behind = _object(child)
            if behind is not None and behind.lower_ not in _MEANS:
                return phrase(behind)
    return _qualifying_party(doer)


def _qualifying_party(attack: Token) -> str | None:
    """The party named on an attack noun: "US-led Coalition airstrikes" → "US-led
    Coalition", "Turkish drone strikes" → "Turkish military"; None when only weapons and
    words like "alleged" qualify it."""
    named = [child for child in attack.children
             if child.dep_ in ("amod", "compound", "nmod") and child.lower_ not in _MEANS and (
                 child.tag_ == "NNP" or child.lower_ in DEMONYMS
                 or (child.text[:1].isupper() and child.i != child.sent.start))]
    if not named:
        # "Turkish drone strikes": the party may qualify the weapon word before the attack
        named = [grandchild for child in attack.children
                 if child.dep_ == "compound" and child.lower_ in _MEANS
                 for grandchild in child.children
                 if grandchild.dep_ in ("amod", "compound") and (
                     grandchild.lower_ in DEMONYMS or grandchild.tag_ == "NNP")]
    if not named:
        return None
    words = [token for child in named for token in child.subtree]
    if len(words) == 1 and words[0].lower_ in DEMONYMS:
        return f"{words[0].text.capitalize()} military"
    start, end = min(token.i for token in words), max(token.i for token in words)
    return attack.doc[start:end + 1].text


def _attack_named(verb: Token) -> str | None:
    """The party of the attack a verb of harm says the people died or were hurt in:
    "was killed in alleged Turkish shelling", "injured during Coalition airstrikes". Read
    from the words after the verb, not the parse, which often takes "airstrikes" for a
    verb."""
    doc = verb.doc
    at = verb.i + 1
    while at < len(doc) and doc[at].tag_ == "RB":
        at += 1  # "killed instantly in ..."
    if at >= len(doc) or doc[at].lower_ not in ("in", "during", "from", "after", "by"):
        return None
    at += 1
    while at < len(doc) and doc[at].lower_ in _HEDGES:
        at += 1
    party = at
    while at < len(doc) and doc[at].lower_ not in _MEANS and (
            doc[at].text[:1].isupper() or doc[at].text == "-" or doc[at].lower_.endswith("led")
            or doc[at].lower_ in DEMONYMS):
        at += 1
    named = doc[party:at]
    while at < len(doc) and doc[at].lower_ in _MEANS:
        at += 1
    if not len(named) or at == named.end:
        return None
    if len(named) == 1 and named[0].lower_ in DEMONYMS:
        return f"{named[0].text.capitalize()} military"
    return named.text


def _acts_on(verb: Token, counted: Token) -> bool:
    """An active verb whose object holds the count."""
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ != "conj" and not any(
            child.dep_ == "aux" for child in verb.children):
        return False
    return any(child.dep_ == "dobj" and counted.i in {token.i for token in child.subtree}
               for child in verb.children)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return _object(child)
        if child.dep_ == "prep" and child.lower_ == "at":
            # "killed at the hands of other parties"
            hands = _object(child)
            if hands is not None and hands.lower_ == "hands":
                of = next((each for each in hands.children if each.lower_ == "of"), None)
                return _object(of) if of is not None else None
    return None


def _subject(verb: Token) -> tuple[Token | None, Token]:
    """The verb's subject; a verb joined to another by "and" shares that one's subject."""
    current = verb
    while True:
        for child in current.children:
            if child.dep_ == "nsubj":
                return child, current
            if child.dep_ in ("nsubjpass", "expl"):
                return None, current
        # "airstrikes hit the area, killing three": the participle's subject is its verb's
        attached = current.dep_ in ("conj", "xcomp") or (
            current.dep_ == "advcl" and current.tag_ == "VBG")
        if not attached or current.head.i == current.i:
            return None, current
        current = current.head


def _partners(subject: Token, verb: Token) -> list[Token]:
    """"collaborated with the Iraqi and Lebanese militias", "along with X", "alongside X"."""
    found = []
    for holder in (subject, verb):
        for child in holder.children:
            if child.dep_ == "prep" and (child.lower_ == "alongside" or (
                    child.lower_ == "with" and holder.lower_ in _TOGETHER)):
                partner = _object(child)
                if partner is not None:
                    found.append(partner)
            elif child.dep_ in ("advmod", "prep") and child.lower_ in ("along", "together"):
                found.extend(partner for grandchild in child.children
                             if grandchild.lower_ == "with"
                             for partner in [_object(grandchild)] if partner is not None)
    return found
