"""A full name split into its parts, and the kunya (Abu Omar, Umm Mohammad) found in it.

Syrian lists write a name as first, father, grandfather, family: four words give all four,
three give first, father and family, two give first and family. Compounds count as one
part (عبد الرحمن, Nur al-Din, أبو بكر). "بن"/"bin" between names is dropped, and in
"محمد بن خالد" makes the second name the father's. A name that opens with the article and
does not end with it ("الزعبي فواز عمر محمد") is read family name first. A mother
("والدته فاطمة", "(mother: Fatima)") and a kunya in front, in parentheses or after
"الملقب"/"aka" are taken out of the name and kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.names.arabic import ABU, UMM, arabic_tokens, join_arabic_kunya, normalize_arabic
from rasd.names.keys import strip_article
from rasd.names.latin import fold_latin, join_latin_kunya, latin_tokens
from rasd.names.text import Script, detect_script, has_arabic

__all__ = ["NameParts", "kunya", "split_name"]


@dataclass(frozen=True, slots=True)
class NameParts:
    """The parts of one person's name, normalised in the script it was written in.

    ``tokens`` are all the name's words in order (compounds joined; connectors, kunya and
    mother left out); a part is None when the name does not give it.
    """

    first: str | None = None
    father: str | None = None
    grandfather: str | None = None
    family: str | None = None
    mother: str | None = None
    kunya: str | None = None
    tokens: tuple[str, ...] = ()
    script: Script = "none"


# A mother named in the text: "والدته فاطمة", "اسم الأم: فاطمة", "(mother: Fatima)".
# "والدة" is left out: without its dots it reads "والده", his father.
_STOP = r"[^()\[\]{}،,;؛/|\-]+"
_MOTHER = re.compile(
    r"(?:^|(?<=[\s(\[،,\-]))و?(?:والدت(?:ه|ها)|[اأإآ]م(?:ه|ها)|اسم\s+(?:ال[اأإآ]م|والدت(?:ه|ها))"
    rf"|ال[اأإآ]م)\s*[:\-]?\s+(?P<name>{_STOP})"
    r"|\b(?:mother|mom|mum)(?:'?s)?\b(?:\s+name)?\s*(?:[:=\-]|\bis\b)?\s*"
    rf"(?P<latin>{_STOP})",
    re.IGNORECASE,
)
# Words that announce a mother or a nickname, as the tokenisers write them: when a
# name has none of them and no bracket or dot (a.k.a.), the three searches below can
# be skipped.
_MARKERS = frozenset({
    "والدته", "والدتها", "ووالدته", "ووالدتها", "امه", "امها", "وامه", "وامها", "الام",
    "ملقب", "ملقبه", "الملقب", "الملقبه", "مكني", "المكني", "مكناه", "المعروف",
    "muther", "mum", "mom", "muthers", "aka", "alias", "knuwn", "niknamed", "nikname",
})
# Asides: "(أبو عمر)", "[Abu Omar]", "(مواليد 1990)".
_ASIDE = re.compile(r"[(\[{]([^()\[\]{}]*)[)\]}]")
# A nickname announced: "الملقب بأبي عمر", "المكنى أبو محمد", "aka Abu Omar".
_NICKNAME = re.compile(
    r"(?:^|(?<=\s))(?:(?:ال)?(?:ملقب|ملقبه|ملقبة|مكنى|مكناه)|المعروف\s+ب)\s*[:\-]?\s*"
    rf"(?P<name>{_STOP})"
    r"|\b(?:a\.k\.a\.?|(?:aka|alias|known\s+as|nicknamed|nickname)\b)\s*[:\-]?\s*"
    rf"(?P<latin>{_STOP})",
    re.IGNORECASE,
)

# The first word of a kunya, as normalise/fold writes it; "بابي" is "بأبي" (الملقب بأبي عمر).
_KUNYA_WORDS = {
    "ابو": ABU, "ابي": ABU, "ابا": ABU, "بابي": ABU, "بابو": ABU, UMM: UMM, "بام": UMM,
    "abu": "abu", "abi": "abu", "aba": "abu", "um": "umm", "im": "umm", "em": "umm",
}
# أبو بكر is a given name, and so is Abu followed by the article (أبو الخير, أبو الفضل).
_GIVEN_WITH_ABU = frozenset({"بكر", "bakr", "bakar", "baker", "bekir"})
_CONNECTORS = frozenset({"بن", "ابن", "بنت", "bin", "ibn", "ben", "bint", "binti"})


def _tokens(text: str, arabic: bool, *, kunya: bool = True) -> tuple[str, ...]:
    return arabic_tokens(text, kunya=kunya) if arabic else latin_tokens(text, kunya=kunya)


def _leading_kunya(words: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The kunya at the front of unjoined words, and the words after it."""
    if len(words) < 2 or words[0] not in _KUNYA_WORDS:
        return None
    prefix, name = _KUNYA_WORDS[words[0]], words[1]
    if prefix in (ABU, "abu") and (
        name in _GIVEN_WITH_ABU or (name.startswith("ال") and len(name) > 3)
        or (name.startswith("al") and len(name) > 4)
    ):
        return None
    return f"{prefix} {name}", words[2:]


def _nickname_kunya(text: str) -> str | None:
    for match in _NICKNAME.finditer(text):
        inner = match.group("name") or match.group("latin")
        found = _leading_kunya(_tokens(inner, has_arabic(inner), kunya=False))
        if found:
            return found[0]
    return None


@lru_cache(maxsize=1 << 16)
def kunya(text: str | None) -> str | None:
    """The kunya in a name, as "ابو X"/"ام X" or "abu X"/"umm X" (X normalised), or None.

    A kunya is Abu or Umm followed by a name without the article, at the start of the
    name, in parentheses, or after "الملقب"/"المكنى"/"aka". Abu Bakr and Abu with the
    article (أبو الخير, Abu al-Fadl) are given names, not kunyas; "محمد أبو زيد", with
    Abu later in the name, is a family name.

    >>> kunya("أبو عمر"), kunya("Abou Omar al-Halabi"), kunya("محمد الخالد (أم محمد)")
    ('ابو عمر', 'abu umar', 'ام محمد')
    >>> kunya("أبو بكر الأحمد"), kunya("محمد أبو زيد")
    (None, None)
    """
    if not text:
        return None
    found = _nickname_kunya(text)
    if found:
        return found
    for aside in _ASIDE.findall(text):
        found = kunya(aside)
        if found:
            return found
    rest = _ASIDE.sub(" ", text)
    leading = _leading_kunya(_tokens(rest, has_arabic(rest), kunya=False))
    return leading[0] if leading else None


def _take_mother(text: str) -> tuple[str, str | None]:
    match = _MOTHER.search(text)
    if not match:
        return text, None
    name = (match.group("name") or match.group("latin") or "").strip()
    rest = text[: match.start()] + " " + text[match.end():]
    if not name:
        return rest, None
    return rest, normalize_arabic(name) if has_arabic(name) else fold_latin(name)


def _family_first(text: str, arabic: bool) -> tuple[str, ...] | None:
    # "Al-Ahmad, Mohammad Khaled": one word before a single comma is the family name.
    pieces = re.split("[,،]", text)
    if len(pieces) == 2:
        family, given = _tokens(pieces[0], arabic), _tokens(pieces[1], arabic)
        if len(family) == 1 and given:
            return given + family
    return None


def _article_first(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"الزعبي فواز عمر محمد": a name that opens with a word carrying the article and ends
    with one that does not was written family name first (registry order); put it last."""
    if len(tokens) >= 3 and strip_article(tokens[0]) != tokens[0] \
            and strip_article(tokens[-1]) == tokens[-1]:
        return (*tokens[1:], tokens[0])
    return tokens


# A family name may open with a title (حاج أحمد, الشيخ علي, Sheikh Mousa). A list that gives
# the family name apart drops the title like any title in front; so does a full name.
_FAMILY_TITLES = frozenset({"حاج", "الحاج", "حج", "الحج", "شيخ", "الشيخ", "haj", "alhaj",
                            "shaykh", "shaikh", "alshaykh", "alshaikh"})


@lru_cache(maxsize=1 << 16)
def split_name(text: str | None) -> NameParts:
    """Split a full name into first, father, grandfather and family names.

    >>> parts = split_name("الشهيد محمد عبد الرحمن أحمد الحلبي")
    >>> parts.first, parts.father, parts.grandfather, parts.family
    ('محمد', 'عبدالرحمن', 'احمد', 'الحلبي')
    >>> parts = split_name("Mohammad bin Khaled Al-Ahmad (mother: Fatima)")
    >>> parts.first, parts.father, parts.family, parts.mother
    ('muhamad', 'khalid', 'alahmad', 'fatima')
    """
    if not text or not text.strip():
        return NameParts()
    script = detect_script(text)
    arabic = script in ("ar", "both")
    mother = found_kunya = None
    words = _tokens(text, arabic, kunya=False)
    if "(" in text or "[" in text or "{" in text or "." in text or not _MARKERS.isdisjoint(words):
        found_kunya = _nickname_kunya(text)
        text = _NICKNAME.sub(" ", text)
        text, mother = _take_mother(text)
        found_kunya = found_kunya or next(filter(None, map(kunya, _ASIDE.findall(text))), None)
        text = _ASIDE.sub(" ", text)
        words = _tokens(text, arabic, kunya=False)
    join = join_arabic_kunya if arabic else join_latin_kunya
    leading = _leading_kunya(words)
    if leading:
        found_kunya = found_kunya or leading[0]
        tokens = join(leading[1])
    else:
        reordered = _family_first(text, arabic) if "," in text or "،" in text else None
        tokens = reordered or _article_first(join(words))
    connected = len(tokens) > 2 and tokens[1] in _CONNECTORS
    if not _CONNECTORS.isdisjoint(tokens[1:]):
        tokens = tokens[:1] + tuple(t for t in tokens[1:] if t not in _CONNECTORS)
    if len(tokens) > 2 and tokens[-2] in _FAMILY_TITLES:
        tokens = (*tokens[:-2], tokens[-1])
    first = father = grandfather = family = None
    if len(tokens) == 1 and leading:
        family = tokens[0]  # "أبو عمر الحلبي": a kunya and a family name or nisba
    elif len(tokens) == 1:
        first = tokens[0]
    elif len(tokens) == 2 and connected:
        first, father = tokens  # "محمد بن خالد": Khaled is the father
    elif len(tokens) == 2:
        first, family = tokens
    elif len(tokens) == 3:
        first, father, family = tokens
    elif tokens:
        # Four words; or five or more, with a great-grandfather or a second given name in
        # the middle: the last word is the family name either way.
        first, father, grandfather, family = tokens[0], tokens[1], tokens[2], tokens[-1]
    return NameParts(first, father, grandfather, family, mother, found_kunya, tokens, script)
