"""The name columns the linker compares, computed once per record.

``name_features`` takes whatever name fields a record has and returns one frozen
``NameFeatures``: the parts normalised in the record's script, their cross-script keys,
the full name, order-insensitive token and key sets, the kunya, and whether the record
names anyone at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.names.arabic import arabic_tokens
from rasd.names.keys import strip_article, word_key
from rasd.names.latin import latin_tokens
from rasd.names.parts import kunya, split_name
from rasd.names.text import Script, has_arabic, has_latin
from rasd.names.unnamed import could_be_unnamed, relational, unnamed

__all__ = ["NameFeatures", "name_features", "normalize_name", "same_name_likely"]


@dataclass(frozen=True, slots=True)
class NameFeatures:
    """A record's name, ready for comparison columns.

    The parts (``first`` .. ``family``, ``full``) are normalised in the record's script
    (Arabic where it has Arabic); the ``*_key`` fields are cross-script keys, equal for
    an Arabic name and its transliterations. ``family_bare`` is the family name without
    its article (الاحمد -> احمد). ``tokens_sorted`` and ``keys_sorted`` hold each word
    once, sorted and space-separated, for comparisons that ignore order (family name
    first or last). A field is None when the record does not give it.
    """

    script: Script
    unnamed: bool
    kunya: str | None = None
    first: str | None = None
    father: str | None = None
    grandfather: str | None = None
    family: str | None = None
    family_bare: str | None = None
    mother: str | None = None
    first_key: str | None = None
    father_key: str | None = None
    grandfather_key: str | None = None
    family_key: str | None = None
    full: str | None = None
    tokens_sorted: str | None = None
    keys_sorted: str | None = None


def _words(text: str) -> tuple[str, ...]:
    return arabic_tokens(text) if has_arabic(text) else latin_tokens(text)


def normalize_name(text: str) -> str:
    """A name normalised in its own script: ``normalize_arabic`` or ``fold_latin``.

    >>> normalize_name("عبد الله"), normalize_name("Abdullah")
    ('عبدالله', 'abdalah')
    """
    return " ".join(_words(text))


@lru_cache(maxsize=1 << 16)
def _key(part: str | None) -> str | None:
    return " ".join(map(word_key, part.split())) if part else None


@lru_cache(maxsize=1 << 16)
def _bare(part: str | None) -> str | None:
    return " ".join(map(strip_article, part.split())) if part else None


@lru_cache(maxsize=1 << 16)
def _part(text: str | None) -> str | None:
    """A given part normalised, or None when empty or a placeholder ("مجهول", "-")."""
    if not text or unnamed(text):
        return None
    return " ".join(_words(text)) or None


def _script(texts: tuple[str | None, ...]) -> Script:
    arabic = latin = False
    for text in texts:
        if text:
            arabic = arabic or has_arabic(text)
            latin = latin or has_latin(text)
    if arabic and latin:
        return "both"
    return "ar" if arabic else "latin" if latin else "none"


def _full_text(name_ar: str | None, name_latin: str | None, full_name: str | None) -> str | None:
    candidates = [t for t in (name_ar, full_name, name_latin) if t and t.strip()]
    arabic = [t for t in candidates if has_arabic(t)]
    return (arabic or candidates)[0] if candidates else None


def name_features(
    name_ar: str | None = None,
    name_latin: str | None = None,
    first: str | None = None,
    father: str | None = None,
    grandfather: str | None = None,
    family: str | None = None,
    full_name: str | None = None,
) -> NameFeatures:
    """The comparison features of one record's name.

    Separate parts are used when the record gives a first, father's or grandfather's
    name; otherwise the full name is split (the Arabic one if the record has both), with
    a separately given family name added when the full name lacks it.

    >>> f = name_features(name_ar="محمد عبد الله الأحمد", name_latin="Mohammad Abdullah")
    >>> f.script, f.first, f.father, f.family, f.family_bare, f.family_key
    ('both', 'محمد', 'عبدالله', 'الاحمد', 'احمد', 'ahmd')
    >>> name_features(first="Mohammed", family="Al-Ahmad").first_key
    'mhmd'
    >>> name_features(full_name="مجهول الهوية").unnamed
    True
    """
    script = _script((name_ar, name_latin, first, father, grandfather, family, full_name))
    mother = found_kunya = None
    if any(t and t.strip() for t in (first, father, grandfather)):
        parts = (_part(first), _part(father), _part(grandfather), _part(family))
        found_kunya = kunya(first)
        words = tuple(w for part in parts if part for w in part.split())
    else:
        text = _full_text(name_ar, name_latin, full_name)
        family_part = _part(family)
        split = split_name(text) if text else None
        if split is not None and ((could_be_unnamed(split.tokens) and unnamed(text))
                                  or relational(text)):
            split = None
        if split and family_part and _key(family_part) not in set(map(word_key, split.tokens)):
            split = split_name(f"{text} {family}")  # the full name lacks the family name given
        if split is None:
            parts = (None, None, None, family_part)
            words = tuple(family_part.split()) if family_part else ()
        else:
            parts = (split.first, split.father, split.grandfather, split.family)
            mother, found_kunya, words = split.mother, split.kunya, split.tokens
    if not words and not found_kunya:
        return NameFeatures(script=script, unnamed=True)
    first_, father_, grandfather_, family_ = parts
    keys = set(map(word_key, words))
    keys.discard("")
    return NameFeatures(
        script, False, found_kunya, first_, father_, grandfather_, family_, _bare(family_),
        mother, _key(first_), _key(father_), _key(grandfather_), _key(family_),
        " ".join(words) or None, " ".join(sorted(set(map(strip_article, words)))) or None,
        " ".join(sorted(keys)) or None,
    )


def same_name_likely(a: str, b: str) -> bool:
    """Whether two full names (either script) are likely the same person's name.

    The first names must agree, and the father's, grandfather's and family names must
    agree wherever both names give them, so a dropped grandfather or father does not
    count against a match; a three-word name that begins a longer one matches it too.
    Across scripts, parts agree when their cross-script keys are equal; between two
    Arabic names, their normalised spellings (family without ال) must be equal as well,
    because keys merge names such as حسن and حسين. For review screens and tests: the
    linker compares the columns of ``name_features`` instead.

    >>> same_name_likely("محمد أحمد علي الخالد", "Mohammad Ahmad Al-Khaled")
    True
    >>> same_name_likely("محمد أحمد الخالد", "محمود أحمد الخالد")
    False
    """
    pa, pb = split_name(a), split_name(b)
    if unnamed(a) or unnamed(b) or not pa.first or not pb.first:
        return False
    both_arabic = pa.script == pb.script == "ar"
    if both_arabic:
        seq_a = [strip_article(w) for w in pa.tokens]
        seq_b = [strip_article(w) for w in pb.tokens]
    else:
        seq_a = [word_key(w) for w in pa.tokens]
        seq_b = [word_key(w) for w in pb.tokens]
    short, long = sorted((seq_a, seq_b), key=len)
    if 3 <= len(short) < len(long) and long[: len(short)] == short:
        return True
    for x, y in (
        (pa.first, pb.first), (pa.father, pb.father),
        (pa.grandfather, pb.grandfather), (pa.family, pb.family),
    ):
        if x is None or y is None:
            continue
        if _key(x) != _key(y):
            return False
        if both_arabic and strip_article(x) != strip_article(y):
            return False
    return True
