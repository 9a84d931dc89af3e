"""Who speaks in a meeting record or a transcript: a paragraph opened by a speaker's label
("Ms. Marsh: ...", "Mr. Win (Myanmar): ...", "HOST: ...") starts that speaker's turn, which
runs until the next label. A figure said in a turn and attributed to no one is the speaker's,
not the document's: the record's publisher only writes down what each speaker says. Within
one paragraph of a turn, a figure the speaker attributed to a source ("the Office verified
the deaths of 1,142 civilians. Of these, 254 were children") stays that source's, since the
speaker goes on reading out the same source's figures.

A broadcast transcript labels its speakers by role, naming the person once in the bracket
("CORRESPONDENT (TOMAS VRBA, live from the town):"): the turn is the person's, and so are the
role's later bare turns ("ANCHOR:"). There a bare label in capitals is a speaker even if it
opens one paragraph only ("SMITH:" in a recorded clip), and a surname is given the full name
the transcript introduced ("the Interior Minister, Jana Smith, spoke ...")."""

from __future__ import annotations

import re
from collections import Counter

from rasd.claims._extract_bylines import post_sources
from rasd.claims._extract_vocab import HEADER_FIELDS

# A label: a title and a name, or a name with the state or office spoken for in brackets,
# or a name alone (checked below: only if the document alternates such labels); then words,
# not a figure ("Airstrikes (warplanes and helicopters): 38" is a table row). A question's
# number may open it ("1. Ms Irene Castell (Westport North) (Lab):"), a second bracket may
# follow (a party), and an office may be named with its holder in brackets ("The Minister
# for Foreign Affairs (Mr Daniel Ferro):").
_LABEL = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:(?P<title>Mr|Mrs|Ms|Dr|Mme|Sir|Prof)\.?\s+|The\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|of|the|and)\s+)?[A-Z][\w’'-]+){0,5})"
    r"(?:\s+\((?P<bracket>[A-Z][^()\d]{1,60})\))?(?:\s+\([A-Z][^()\d]{0,20}\))?"
    r"\s*:\s+[^\W\d]")
# the holder of an office named in the label's bracket: "(Mr Daniel Ferro)"
_HOLDER = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Mme|Sir|Prof)\.?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)$")
_QUESTION_OR_ANSWER = re.compile(r"^\s*[QA]\s*:\s+")
_HEADER_FIELDS = HEADER_FIELDS | {"Re"}
_TITLED_ROLES = frozenset({"President", "Chair", "Chairman", "Chairperson", "Presiding Judge"})


def speaker_turns(paragraphs: list[str], own: str | None = None) -> list[str | None]:
    """For each paragraph, the speaker whose turn it is in, or None outside any turn; in a
    thread, the source of each post (rasd.claims._extract_bylines), else `own`."""
    posts = post_sources(paragraphs, own)
    if posts is not None:
        return posts
    # an e-mail's header fields ("From:", "Subject:") are metadata, not speakers, even where
    # a forwarded message repeats them
    found = [match if (match := _LABEL.match(text)) is None
             or match.group("name") not in _HEADER_FIELDS else None for text in paragraphs]
    # a name alone ("HOST:", "Smith:") is a speaker only where such labels alternate, each
    # opening more than one paragraph: "Location: Idlib" or "Note: ..." are not speakers
    bare = Counter(match.group("name") for match in found
                   if match is not None and not _marked(match) and len(match.group("name")) > 1)
    dialogue = sum(1 for count in bare.values() if count >= 2) >= 2
    broadcast = sum(1 for match in found if match is not None and _marked(match)) >= 2
    roles: dict[str, str] = {}  # a role in capitals → the person its bracket named
    turns: list[str | None] = []
    speaker: str | None = None
    for index, match in enumerate(found):
        if match is not None and (_marked(match) or (dialogue and bare[match.group("name")] >= 2)):
            speaker = _name(match, roles)
        elif match is not None and broadcast and _in_capitals(match):
            speaker = roles.get(match.group("name")) or _full_name(match.group("name"),
                                                                   paragraphs[:index])
        turns.append(speaker)
    return turns


def _name(match: re.Match[str], roles: dict[str, str]) -> str:
    bracket = match.group("bracket") or ""
    holder = _HOLDER.match(bracket)
    if holder is not None:
        return holder.group("name")
    person = _PERSON_FIRST.match(bracket)
    if person is not None and _in_capitals(match) and not match.group("title"):
        name = _as_name(person.group("name"))
        roles[match.group("name")] = name
        return name
    return match.group("name")


# "TOMAS VRBA, live from Varesh": a person's name (two or three words) opens the bracket
_PERSON_FIRST = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?:,|$)")
# words before a surname that are a title, not a first name
_NOT_FIRST = frozenset({"the", "minister", "president", "mr", "mrs", "ms", "dr", "general",
                        "colonel", "director", "governor", "spokesperson", "spokesman"})


def _in_capitals(match: re.Match[str]) -> bool:
    name = match.group("name")
    return name.isupper() and len(name) > 1


def _full_name(surname: str, earlier: list[str]) -> str:
    """The last full name the transcript gave a bare label's surname ("DUSAN:" after "the
    Interior Minister, Petar Dusan"), else the label as a name is written."""
    pattern = re.compile(rf"\b(?P<first>[A-Z][\w’'-]+)\s+(?P<last>(?i:{re.escape(surname)}))\b")
    for text in reversed(earlier):
        names = [found for found in pattern.finditer(text)
                 if found.group("first").lower() not in _NOT_FIRST]
        if names:
            return _as_name(f"{names[-1].group('first')} {names[-1].group('last')}")
    return _as_name(surname)


def _as_name(name: str) -> str:
    return name.title() if name.isupper() else name


def label_length(paragraph: str, in_turn: bool) -> int:
    """How many characters a label takes at the start of a paragraph (0 if none): a
    speaker's, where a turn opens, or an explainer's "Q:" and "A:"; its words name who
    speaks, they are no subject of what is said."""
    marker = _QUESTION_OR_ANSWER.match(paragraph)
    if marker is not None:
        return marker.end()
    match = _LABEL.match(paragraph) if in_turn else None
    return match.end() - 1 if match is not None else 0


def _marked(match: re.Match[str]) -> bool:
    """A label that can only be a speaker's: with a title, a bracket, or "The President"."""
    return bool(match.group("title") or match.group("bracket")
                or match.group("name") in _TITLED_ROLES)
