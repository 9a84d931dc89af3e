"""What both scripts share: telling Arabic from Latin, and joining compound names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

__all__ = ["NON_WORD", "Script", "detect_script", "has_arabic", "has_latin", "join_compounds"]

Script = Literal["ar", "latin", "both", "none"]

# Anything that is not a letter or a digit separates words (underscore too).
NON_WORD = re.compile(r"[\W_]+")

# The Arabic blocks, the supplement and both presentation-form blocks (text copied from PDFs).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
# Basic Latin letters and the accented ranges that transliterations use (ā, ḥ, ş, ö).
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def has_arabic(text: str) -> bool:
    """True if text holds at least one Arabic character."""
    return _ARABIC.search(text) is not None


def has_latin(text: str) -> bool:
    """True if text holds at least one Latin letter."""
    return _LATIN.search(text) is not None


def detect_script(text: str | None) -> Script:
    """The script of a name: ``'ar'``, ``'latin'``, ``'both'`` or ``'none'``.

    >>> detect_script("محمد"), detect_script("Mohammad"), detect_script("محمد Mohammad")
    ('ar', 'latin', 'both')
    >>> detect_script("  - ")
    'none'
    """
    if not text:
        return "none"
    arabic, latin = has_arabic(text), has_latin(text)
    if arabic and latin:
        return "both"
    if arabic:
        return "ar"
    return "latin" if latin else "none"


Merge = Callable[[str, str], str | None]


def join_compounds(tokens: Sequence[str], merge: Merge) -> list[str]:
    """Join adjacent words that make one name, working from the right.

    ``merge(left, right)`` returns the joined word or None. Going right to left lets a
    join feed the next one: "ابو عبد الله" joins "عبد"+"الله" first, then "ابو"+"عبدالله".
    """
    out: list[str] = []
    for token in reversed(tokens):
        if out:
            merged = merge(token, out[-1])
            if merged is not None:
                out[-1] = merged
                continue
        out.append(token)
    out.reverse()
    return out
