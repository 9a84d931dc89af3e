"""The noun a figure is said to be: "The correct figure, given by the Civil Defence, is 36",
"The camp committee's figure is 14,000", "its count stood at 36". Whoever gave that figure
(the agent of the participle on it, or its possessor) is who asserts the number; the
caller reads the source off the noun."""

from __future__ import annotations

from spacy.tokens import Token

# nouns for a figure as a whole, whose giver says the number they are set equal to
FIGURE_NOUNS = frozenset({"figure", "figures", "count", "tally", "total", "toll", "estimate",
                          "number"})
_COPULAS = frozenset({"is", "was", "stood", "stands", "reached", "rose", "climbed", "risen"})


def figure_subject(number: Token) -> Token | None:
    """The figure noun the number is said to be, as the subject of "is", "stood at" and the
    like; None when the number is not set equal to one."""
    token = number
    while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
        token = token.head  # "is 2,400 displaced people", "is 2.3 million"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("at", "to"):
        token, head = head, head.head
    if head.lower_ not in _COPULAS or token.dep_ not in ("attr", "prep", "dobj", "acomp",
                                                         "npadvmod"):
        return None
    return next((child for child in head.children
                 if child.dep_ == "nsubj" and child.lower_ in FIGURE_NOUNS), None)
