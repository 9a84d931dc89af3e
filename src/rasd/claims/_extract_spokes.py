"""Who a document speaks for when its opening says so in a way bylines do not.

"Briefing by the Spokesperson of the General Staff, Colonel Mirel Dacan": the figures the
briefing gives are the person's (the annotation guide names the speaker), not the role's.
"From Wikivera, the free encyclopedia": an encyclopedia article's own figures are the site's.
A page bylined by a person whose text speaks as "we" ("we added 287 new deaths to the
database", "our analysts") and names the organisation recording them ("The X Register now
records") is the organisation's, not its editor's.
"""

from __future__ import annotations

import re

from rasd.claims._extract_agents import document_self, organisation_self

_OPENING = 8
_ROLE = (r"(?:[Ss]pokes(?:person|man|woman)|[Mm]inister|[Dd]irector|[Cc]ommander|[Cc]hief"
         r"|[Hh]ead|[Ss]ecretary|[Cc]hair(?:man|woman|person)?)")
_RANK = (r"(?:(?:Colonel|Lieutenant|General|Major|Brigadier|Captain|Commander|Admiral|Dr\.?"
         r"|Mr\.?|Ms\.?|Mrs\.?|Professor|Prof\.?)\s+)*")
_ROLE_THEN_PERSON = re.compile(
    rf"^\s*(?i:briefing|statement|remarks|press\s+conference|address)\b[^\n.|]*?\bby\s+"
    rf"(?:the\s+)?{_ROLE}\b[^\n,]*,\s*{_RANK}"
    r"(?P<person>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})[ \t]*(?:\n|$)")


def speaker_self(author: str | None, sentences: list[str]) -> str | None:
    """Who the document speaks for: the person its opening names in a role ("Briefing by the
    Spokesperson of the General Staff, Colonel Mirel Dacan"), else its author or the
    organisation that names itself."""
    if not (author and author.strip()):
        for sentence in sentences[:_OPENING]:
            found = _ROLE_THEN_PERSON.match(sentence)
            if found is not None:
                return found.group("person")
        site = _encyclopedia(sentences)
        if site is not None:
            return site
    if author and author.strip() and _speaks_as_we(sentences):
        organisation = organisation_self(sentences)
        if organisation is not None:
            return organisation
    return document_self(author, sentences)


# "we", "our", "us" in the writer's own voice: text in quotation marks is someone else's
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_WE_SENTENCES = 2  # one "we" may be a slip or a quotation whose marks were lost


def _speaks_as_we(sentences: list[str]) -> bool:
    return sum(1 for sentence in sentences
               if _WE.search(_QUOTED.sub("", sentence))) >= _WE_SENTENCES


# "From Wikivera, the free encyclopedia": an encyclopedia's own figures are the site's
_ENCYCLOPEDIA = re.compile(r"^\s*From\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+"
                           r"the\s+(?:[a-z-]+\s+){0,2}encyclopa?edia\b")


def _encyclopedia(sentences: list[str]) -> str | None:
    for sentence in sentences[:_OPENING]:
        found = _ENCYCLOPEDIA.match(sentence)
        if found is not None:
            return found.group("name")
    return None
