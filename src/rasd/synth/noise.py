"""The errors lists make in names, and the tally that measures them.

Every error a list writer makes is named by a kind and counted per record in a Tally, so that
truth.json states the rate actually present in the file, not the rate that was aimed at.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable

# The error kinds, as truth.json names them.
KINDS = (
    "typo",            # a letter dropped, doubled, swapped or misread in a name
    "spelling",        # an Arabic spelling variant: ة/ه, ى/ي, أ/إ/آ/ا, ؤ/و, ئ/ي
    "compound",        # a compound name joined or split: عبدالرحمن / عبد الرحمن
    "article",         # the family name's ال dropped or added
    "translit",        # a Latin spelling other than the commonest (Mhd, Abdelrahman, El-...)
    "honorific",       # a title before the name: الشهيد، الطفل، الحاج
    "dropped_part",    # a name part the list's convention has left out (mostly the grandfather)
    "swapped_order",   # family name written first
    "partial_name",    # only some of the name: "Ahmad al-Halabi", "Abu Omar"
    "date_shift",      # the date off by 1-3 days
    "date_swap",       # day and month swapped
    "date_month",      # only the month known
    "date_year",       # only the year known
    "place_coarse",    # the district or only the governorate instead of the locality
    "place_spelling",  # a less usual spelling of the place
    "place_other",     # another place: the hospital's district, the victim's home town
    "age_noise",       # an age that is not the true age (estimated, rounded)
    "missing_place",   # no place of death at all
    "missing_age",
    "missing_sex",
    "missing_cause",
    "missing_perpetrator",
    "cause_confused",  # shelling for an air strike, shooting for an execution, ...
)


class Tally:
    """Counts records and the error kinds each record carries."""

    def __init__(self) -> None:
        self.records = 0
        self.counts: Counter[str] = Counter()

    def add(self, kinds: Iterable[str]) -> None:
        self.records += 1
        self.counts.update(set(kinds))

    def shares(self) -> dict[str, float]:
        """Share of records with each kind that occurred, in KINDS order."""
        if not self.records:
            return {}
        return {kind: round(self.counts[kind] / self.records, 4)
                for kind in KINDS if self.counts[kind]}


# ---------------------------------------------------------------------------------------
# Arabic
# ---------------------------------------------------------------------------------------

# Letters that typists and hand-copyists confuse: by dots, by sound, by keyboard neighbours.
_CONFUSED = {
    "ث": "ت", "ت": "ث", "ذ": "د", "د": "ذ", "ز": "ر", "ر": "ز", "ظ": "ض", "ض": "ظ",
    "ص": "س", "س": "ص", "ح": "ج", "خ": "ح", "ج": "ح", "ق": "ف", "ف": "ق", "ك": "ق",
    "ط": "ت", "ع": "غ", "غ": "ع", "ي": "ب", "ن": "ت", "م": "ن", "ش": "س",
}
_HAMZA = {"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"}


def ar_spelling(word: str, rng: random.Random) -> str | None:
    """A spelling variant lists mix freely, or None if the word has no such letter."""
    options: list[str] = []
    if word.endswith("ة"):
        options.append(word[:-1] + "ه")
    if word.endswith("ى"):
        options.append(word[:-1] + "ي")
    elif word.endswith("ي") and len(word) > 2:
        options.append(word[:-1] + "ى")
    for i, char in enumerate(word):
        if char in _HAMZA:
            options.append(word[:i] + _HAMZA[char] + word[i + 1:])
    if word.startswith("ا") and len(word) > 3 and not word.startswith("ال"):
        options.append("أ" + word[1:])  # hypercorrection: احمد → أحمد is also seen reversed
    for prefix in ("ال", "عبد ال", "أبو ال"):
        at = len(prefix)
        if word.startswith(prefix) and len(word) > at and word[at] == "ا":
            options.append(word[:at] + "أ" + word[at + 1:])
    return rng.choice(options) if options else None


def ar_typo(word: str, rng: random.Random) -> str:
    """One slip of the pen or the keyboard, never touching the first letter or a space."""
    spots = [i for i in range(1, len(word)) if word[i] != " " and word[i - 1] != " "]
    if not spots:
        return word + word[-1]
    i = rng.choice(spots)
    roll = rng.random()
    if roll < 0.35 and word[i] in _CONFUSED:
        return word[:i] + _CONFUSED[word[i]] + word[i + 1:]
    if roll < 0.6 and len(word) > 3:
        return word[:i] + word[i + 1:]
    if roll < 0.8:
        return word[:i] + word[i] + word[i:]
    if i + 1 < len(word) and word[i + 1] != " ":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]


def ar_compound(word: str) -> str | None:
    """A compound joined (عبدالرحمن, نورالدين) or, if already joined, None."""
    if " " not in word:
        return None
    if word.startswith(("عبد ", "أبو ", "ابو ")) or word.endswith((" الدين", " الله")):
        return word.replace(" ", "", 1)
    return None


def ar_article(word: str) -> str:
    """The family name with its ال dropped, or with one added where it had none."""
    if word.startswith("ال") and " " not in word:
        return word[2:]
    if " " not in word:
        return "ال" + word
    return word


# ---------------------------------------------------------------------------------------
# Latin
# ---------------------------------------------------------------------------------------

_LATIN_SWAPS = (("ou", "u"), ("u", "ou"), ("ee", "i"), ("i", "ee"), ("ei", "ai"), ("ai", "ei"),
                ("q", "k"), ("k", "q"), ("dh", "z"), ("th", "s"), ("a", "e"), ("mm", "m"),
                ("ss", "s"), ("h", ""))


def latin_typo(word: str, rng: random.Random) -> str:
    """A misspelling as volunteers make them: a vowel swapped, a letter doubled or dropped."""
    roll = rng.random()
    if roll < 0.45:
        found = [(a, b) for a, b in _LATIN_SWAPS if a in word[1:]]
        if found:
            a, b = rng.choice(found)
            at = word.index(a, 1)
            return word[:at] + b + word[at + len(a):]
    spots = [i for i in range(1, len(word)) if word[i].isalpha()]
    if not spots:
        return word
    i = rng.choice(spots)
    if roll < 0.7:
        return word[:i] + word[i] + word[i:]
    if roll < 0.9 and len(word) > 3:
        return word[:i] + word[i + 1:]
    if i + 1 < len(word) and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]
