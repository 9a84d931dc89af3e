"""Records that name nobody: "unknown", "مجهول الهوية", "body of an unidentified woman".

A text is unnamed when it has no letters at all ("", "-", "؟"), or when every word is
from the vocabulary of unidentified bodies (a person word, an age, "about", "of") and at
least one word or phrase says the person is unknown ("unidentified", "مجهول",
"غير معروف", "لم يتم التعرف عليه") or names only a kind of person ("طفل", "child", "جثة").
A single real name among the words ("Mohammad, unknown family") makes it a name.
The words also give cheap hints: sex, age and whether a child. Only words that mark
the person's sex count: "جثة مجهولة" is feminine because جثة is, and "شهيد" and "طفل"
are said of anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.names.arabic import clean_arabic
from rasd.names.latin import latin_tokens, plain_latin
from rasd.names.text import has_arabic

__all__ = ["Unnamed", "could_be_unnamed", "relational", "unnamed", "unnamed_hints"]

Sex = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class Unnamed:
    """What an unnamed record says of the person: sex, age in years, child or not."""

    sex: Sex | None = None
    age: int | None = None
    child: bool | None = None


def _written(words: Iterable[str]) -> frozenset[str]:
    """Words as ``clean_arabic`` writes the text they are looked up in ("أنثى" -> "انثي")."""
    return frozenset(map(clean_arabic, words))


_UNKNOWN = _written({
    "unknown", "unidentified", "unnamed", "unidentifiable", "anonymous", "nameless",
    "noname", "unk", "unkown", "unknow", "na", "none", "null", "nil", "x", "xx", "xxx",
    "inconnu", "inconnue", "مجهول", "مجهوله", "مجهولين", "مجهولي", "مجهولا", "مجهولون",
})
_PHRASES = tuple(f" {clean_arabic(phrase)} " for phrase in (
    "غير معروف", "غير معروفه", "غير معروفين", "بدون اسم", "بلا اسم", "لا اسم", "لم يتم التعرف",
    "لم يعرف", "لم تعرف", "لا يوجد", "غير محدد", "غير مذكور", "not identified", "no name",
    "not known", "without name", "john doe", "jane doe", "n a", "not available", "not named",
    "no data",
))
# Person words, with the sex and childhood they tell: (sex, child).
_PERSON_WORDS: dict[str, tuple[Sex | None, bool | None]] = {
    "male": ("male", None), "man": ("male", False), "men": ("male", False),
    "boy": ("male", True), "female": ("female", None), "woman": ("female", False),
    "women": ("female", False), "girl": ("female", True), "lady": ("female", False),
    "child": (None, True), "children": (None, True), "kid": (None, True),
    "baby": (None, True), "infant": (None, True), "newborn": (None, True),
    "toddler": (None, True), "person": (None, None), "body": (None, None),
    "corpse": (None, None), "remains": (None, None), "martyr": (None, None),
    "victim": (None, None), "civilian": (None, None),
    "ذكر": ("male", None), "رجل": ("male", False), "شاب": ("male", False),
    "كهل": ("male", False), "مسن": ("male", False), "صبي": ("male", True),
    "ولد": ("male", True), "فتى": ("male", None), "شهيد": (None, None),
    "انثى": ("female", None), "امراه": ("female", False), "مراه": ("female", False),
    "شابه": ("female", False), "مسنه": ("female", False), "فتاه": ("female", None),
    "بنت": ("female", True), "طفله": ("female", True), "رضيعه": ("female", True),
    "شهيده": ("female", None), "طفل": (None, True), "اطفال": (None, True),
    "رضيع": (None, True), "جثه": (None, None), "جثث": (None, None),
    "جثمان": (None, None), "رفات": (None, None), "اشلاء": (None, None),
    "شخص": (None, None), "ضحيه": (None, None), "شهداء": (None, None),
}
_PERSONS = {clean_arabic(word): hints for word, hints in _PERSON_WORDS.items()}
# Words that may stand beside those without being a name.
_FILLERS = _written({
    "about", "approx", "approximately", "around", "aged", "age", "years", "year", "yrs",
    "yr", "y", "o", "yo", "months", "month", "old", "of", "an", "a", "the", "his", "her",
    "their", "with", "name", "named", "identity", "and", "or", "in", "from", "at",
    "estimated", "est", "ca", "c", "circa", "elderly", "adult", "young", "teen",
    "teenager", "youth", "dead", "killed", "not", "identified", "no", "known", "without",
    "john", "jane", "doe", "n", "available", "data", "civilians", "bodies", "people",
    "من", "حوالي", "تقريبا", "نحو", "بعمر", "عمره", "عمرها", "العمر", "يبلغ", "تبلغ", "سنه",
    "سنوات", "سنين", "سنتان", "سنتين", "عام", "اعوام", "عاما", "شهر", "اشهر", "شهور", "هويه",
    "الهويه", "اسم", "اسمه", "اسمها", "الاسم", "عليه", "عليها", "عليهم", "التعرف", "يتم",
    "لم", "غير", "بدون", "بلا", "لا", "و", "في", "معروف", "معروفه", "معروفين", "يعرف",
    "تعرف", "يوجد", "محدد", "مذكور", "مدني", "مدنيه", "مقاتل", "معتقل", "مواطن", "مواطنه",
    "عنصر", "سيده",
})
_MONTHS = frozenset({"months", "month", "شهر", "اشهر", "شهور"})
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


# Every vocabulary word as the name functions write it (Arabic with and without ال,
# Latin folded), to tell cheaply that a split name cannot be unnamed.
_SUSPECT = frozenset(
    form
    for word in (_UNKNOWN | _PERSONS.keys() | _FILLERS)
    for form in ((word, "ال" + word) if has_arabic(word) else latin_tokens(word))
)


def could_be_unnamed(words: Iterable[str]) -> bool:
    """False when a normalised word is a name: then ``unnamed`` need not run."""
    return all(word.isdigit() or word in _SUSPECT for word in words)


def _person(word: str) -> tuple[Sex | None, bool | None] | None:
    if word in _PERSONS:
        return _PERSONS[word]
    if word.startswith("ال"):  # الطفل, الجثه
        return _PERSONS.get(word[2:])
    return None


@lru_cache(maxsize=1 << 14)
def unnamed_hints(text: str | None) -> Unnamed | None:
    """What an unnamed record tells of the person, or None if the text is a name.

    >>> unnamed_hints("Unidentified male, about 30")
    Unnamed(sex='male', age=30, child=False)
    >>> unnamed_hints("طفلة مجهولة الهوية"), unnamed_hints("Maher")
    (Unnamed(sex='female', age=None, child=True), None)
    """
    if not text or not _LETTER.search(text):
        return Unnamed()
    words = (clean_arabic(text) if has_arabic(text) else plain_latin(text)).split()
    unknown = False
    sexes: set[Sex] = set()
    child: bool | None = None
    age: int | None = None
    for index, word in enumerate(words):
        person = _person(word)
        if person is not None:
            unknown = True
            if person[0]:
                sexes.add(person[0])
            if person[1] is not None:
                child = person[1] if child is None else child or person[1]
        elif word in _UNKNOWN or (word.startswith("ال") and word[2:] in _UNKNOWN):
            unknown = True
        elif _DIGITS.fullmatch(word):
            if age is None and int(word) <= 120:
                months = index + 1 < len(words) and words[index + 1] in _MONTHS
                age = 0 if months else int(word)
        elif word not in _FILLERS:
            return None
    if not unknown:
        padded = f" {' '.join(words)} "
        if not any(phrase in padded for phrase in _PHRASES):
            return None
    if age is not None and child is None:
        child = age < 18
    return Unnamed(sexes.pop() if len(sexes) == 1 else None, age, child)


# "Son of X", "X's son", "wife of X", "a child of the Hamoud family": someone named only by
# another person. "X 3", "Al al-Saqraji 5": the numbered members of a family list.
_RELATION = re.compile(
    r"\b(?:sons?|daughters?|wife|husband|widow|child|children|sister|brother|mother|father|"
    r"member|relative)\s+of\b|['’]s\s+(?:sons?|daughters?|wife|husband|child|children|sister|"
    r"brother|mother|father)\b|\bfamily\b|\s\d{1,2}\s*$", re.IGNORECASE)
_RELATION_WORDS = frozenset(map(clean_arabic, (
    "ابن", "بنت", "ابنة", "زوجة", "أرملة", "شقيق", "شقيقة", "والدة", "والد")))
_FAMILY_WORDS = frozenset(map(clean_arabic, ("عائلة", "أسرة", "العائلة", "الأسرة")))


def relational(text: str | None) -> bool:
    """True if the text names the person only through someone else, or numbers them.

    >>> relational("Sarmad Jloul's Son 1"), relational("ابن خالد الحمود")
    (True, True)
    >>> relational("Mohammad bin Khaled"), relational("محمد ابن خالد")
    (False, False)
    """
    if not text:
        return False
    if has_arabic(text):
        words = clean_arabic(text).split()
        return len(words) >= 2 and (words[0] in _RELATION_WORDS
                                    or not _FAMILY_WORDS.isdisjoint(words))
    return bool(_RELATION.search(text))


def unnamed(text: str | None) -> bool:
    """True if the text names nobody: empty, a placeholder, an unidentified body, or a
    person named only through another ("son of Khaled", "Al al-Saqraji 3").

    >>> unnamed("مجهول الهوية"), unnamed("body of an unidentified woman"), unnamed("-")
    (True, True, True)
    >>> unnamed("Majd"), unnamed("محمد مجهول"), unnamed("Majhoul")
    (False, False, False)
    """
    return unnamed_hints(text) is not None or relational(text)
