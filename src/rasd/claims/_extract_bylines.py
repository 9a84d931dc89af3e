"""Who writes a research article or a social-media thread, and who says each post's figures.

A research article's byline names its authors and, after "for" or "on behalf of", the group
they write for ("Imre Dossan and Tomas Renquist, for the Kalveth Mortality Working Group"):
its figures are that group's, whatever records they were estimated from. A thread opens on
its author's name and handle ("Nadia Kerrow @nkerrow_reports").

A thread's posts are numbered "3/12": each is a short turn of its own. A post that opens on
a source ("Dunmir Civil Defence (volunteer rescuers): 38 bodies", "Ostrel Monitor for Human
Rights (OMHR), 18:00 update: 44 killed", "Valley Documentation Centre (VDC) is ...") gives
that source the figures it does not attribute to another; a post that names none is the
thread author's. A one-word label ("Hospitals:", "Context:") or a headline in capitals
("DUNMIR MARKET SHELLING:") is no source.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:for|of|on|and|the|[A-Z][\w’'-]*))*"
_PERSON = r"[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+)+"
# "A B, C D and E F, for the X Working Group" / "... on behalf of the X Group"
_BYLINE_FOR = re.compile(
    rf"^\s*{_PERSON}(?:,[ \t]+{_PERSON})*(?:,?[ \t]+and[ \t]+{_PERSON})?,?[ \t]+"
    rf"(?:for|on[ \t]+behalf[ \t]+of)[ \t]+the[ \t]+(?P<name>{_NAME})\s*$")
# "Nadia Kerrow @nkerrow_reports"
_HANDLE = re.compile(r"^\s*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]+@\w+")
_POST = re.compile(r"^\s*\d{1,3}/\d{1,3}\s+")
_POSTS = 3  # numbered posts that make a thread
_SOURCE = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:for|of|on|and|the|[A-Z][\w’'-]*)){1,7})"
    r"(?:[ \t]+\((?P<short>[^()]{1,40})\))?"
    r"(?:(?:,[^.\n]{0,40}?)?:\s|(?<=\))[ \t]+[a-z])")


def byline_author(sentences: list[str]) -> str | None:
    """The group a research article's authors write for, or a thread's author."""
    for sentence in sentences:
        found = _BYLINE_FOR.match(sentence) or _HANDLE.match(sentence)
        if found is not None:
            return found.group("name").strip()
    return None


def post_sources(paragraphs: list[str], own: str | None) -> list[str | None] | None:
    """For each paragraph of a thread, the source of its post's figures (None outside a
    post); None if the document is no thread."""
    if sum(1 for text in paragraphs if _POST.match(text)) < _POSTS:
        return None
    sources: list[str | None] = []
    for text in paragraphs:
        post = _POST.match(text)
        sources.append(None if post is None else _post_source(text[post.end():]) or own)
    return sources


def _post_source(post: str) -> str | None:
    found = _SOURCE.match(post)
    if found is None:
        return None
    name = found.group("name").strip()
    words = name.split()
    if len(words) >= 2 and not name.isupper():
        return name
    return name if len(words) == 1 and name.isupper() and len(name) <= 8 else None


def is_label(subject: Token) -> bool:
    """Whether a subject is a label set before a colon ("Findings: An estimated 11,870
    excess deaths", "So far: 33 victims"): it names a section, not who did it."""
    after = subject.i + 1
    return after < len(subject.doc) and subject.doc[after].text == ":"


def names_itself(said: str, name: str, sentences: list[str]) -> bool:
    """Whether a masthead in capitals with no organisation word ("FIELD SURGICAL AID") is
    a name the text writes again as a name ("Field Surgical Aid is an independent ..."):
    then it is the publisher, not a heading."""
    return (said.isupper() and len(name.split()) >= 2
            and any(re.search(rf"\b{re.escape(name)}\b", sentence) for sentence in sentences[1:]))


def titled(name: str) -> str:
    """A masthead set in capitals as a name is written: "COMMISSION OF INQUIRY" →
    "Commission of Inquiry"."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    small = {"for", "of", "on", "and", "the", "in"}
    words = name.title().split()
    return " ".join([words[0], *(word.lower() if word.lower() in small else word
                                 for word in words[1:])])
