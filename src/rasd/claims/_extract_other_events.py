"""Dates and places bound to another event than the one counted: "... in violation of the
agreement signed in Astrena on 2 March 2043", "the truce brokered in Geneva last year". The
words after such a noun's participle say when and where that agreement was made, not when
or where the people were killed, so neither the figure's period nor its place comes from
them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from rasd.claims._extract_nlp import text_of

# an agreement, a meeting or a decision: what a participle after it dates and places
_MADE = frozenset({"agreement", "agreements", "accord", "accords", "deal", "ceasefire",
                   "cease-fire", "truce", "treaty", "memorandum", "protocol", "resolution",
                   "conference", "summit", "talks", "negotiations", "decree", "law"})
_MADE_VERBS = (r"signed|reached|agreed|concluded|adopted|held|brokered|struck|announced"
               r"|passed|issued|mediated")
_MADE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_MADE))})\b", re.I)
_MADE_CLAUSE = re.compile(
    rf"\b(?:{'|'.join(sorted(_MADE))})\s+(?:that\s+was\s+|which\s+was\s+|was\s+)?"
    rf"(?:{_MADE_VERBS})\b[^,;.:()]*", re.I)


def made_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence's words date or place an agreement or meeting, not the count."""
    return [match.span() for match in _MADE_CLAUSE.finditer(text)]


def made_tokens(doc: Doc) -> set[int]:
    """The tokens of a participle clause after an agreement or meeting noun ("signed in
    Astrena on 2 March")."""
    if not _MADE_WORD.search(text_of(doc)):  # most sentences name none: skip the tokens
        return set()
    return {each.i for token in doc if token.dep_ in ("acl", "relcl")
            and token.head.lower_ in _MADE for each in token.subtree}
