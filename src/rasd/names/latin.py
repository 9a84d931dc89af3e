"""Latin transliterations of Arabic names folded to one spelling.

The same name reaches the lists as Mohammad, Muhammed, Mohamed and Mhd; Abdul Rahman,
Abdelrahman and Abd al-Rahman; Noureddine and Nur al-Din. Folding happens in four steps:

1. characters: lower case, accents off (ş ç ğ ı first), apostrophes and ʿ ʾ gone;
2. each word by the rules in ``_RULES`` (ou/oo/o -> u, ee -> i, final y -> i, doubled
   letters single, q -> k ...) and the compound rules for Allah, Abd and al-Din;
3. words joined: the article (al-, el-, ash-Sh...) to its noun, Abd/Abu/Umm to the next
   word, "al-Din" and "Allah" to the word before;
4. common given names to one canonical spelling (``spellings.GIVEN_NAMES``), before
   and after joining, so that Al-Khaled meets Khalid and Abu Zeid meets Abu Zaid.

Vowels stay, apart from those rules: "samer" and "samir" are different names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasd.names.spellings import GIVEN_NAMES, NO_ARTICLE_AFTER_ABD
from rasd.names.text import NON_WORD, join_compounds

__all__ = [
    "fold_latin", "fold_letters", "join_latin_kunya", "latin_tokens", "plain_latin",
    "strip_latin_article",
]

# Letters that NFKD would not take apart, or would take apart wrongly for names:
# the Turkish ş and ç are "sh" and (in French spellings, Fayçal) "s", not "s" and "c".
_SPECIAL = str.maketrans({
    "ş": "sh", "Ş": "sh", "ç": "s", "Ç": "s", "ğ": "", "Ğ": "", "ı": "i", "İ": "i",
    "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ð": "dh",
    # ʿayn, hamza and apostrophes vanish rather than split the word: Sa'id, Ma'moun.
    "ʿ": "", "ʾ": "", "'": "", "’": "", "‘": "", "`": "", "´": "", "ʼ": "", "ʻ": "",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Eastern Arabic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
})
_MARKS = re.compile("[\u0300-\u036f]")
_NOT_ASCII = re.compile("[^\x00-\x7f]")


def plain_latin(text: str) -> str:
    """Lower case, accents and apostrophes off, anything but letters and digits a space."""
    text = text.translate(_SPECIAL)
    if _NOT_ASCII.search(text):
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return NON_WORD.sub(" ", text.lower()).strip()


# Titles and descriptions before a name (stripped from the front, never the last word).
_TITLES = frozenset({
    "dr", "doctor", "eng", "engineer", "sheikh", "shaikh", "shaykh", "sheik", "cheikh",
    "haj", "hajj", "haji", "hajji", "hajja", "hajjeh", "martyr", "shaheed", "the", "late",
    "mr", "mrs", "ms", "miss", "prof", "professor", "child", "baby", "infant", "imam",
    "ustaz", "ustadh", "teacher", "lawyer", "activist", "journalist", "citizen",
    "detainee", "soldier", "private", "pvt", "sgt", "sergeant", "lt", "lieutenant",
    "capt", "captain", "maj", "major", "col", "colonel", "gen", "general", "brig",
})

# Per-word rules, in order. A word is plain lower-case ASCII when they run.
_ALLAH = re.compile(r"(?:(?<=[a-z]{3})|^)[aeiou]?ll[ae]h?$")  # Abdullah, Fathalla, "ullah"
_ABD = re.compile(  # Abdul-, Abdel-, Abedal-, Abdur-Rahman: the "Abd al-" prefix
    r"^ab(?:e?d[aeiou]?l(?=[a-z]{2})|d[aeiou](?=(sh|th|dh|[rstdnz])\1))"
)
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"^ou(?=[aeiou])", "w"),  # Oualid, Ouael (French)
        (r"^el(?=(?:sh|kh|gh|th|dh|[bdfhjklmnrstz])[a-z]{3})", "al"),  # Elkhatib, Elsayed
        (r"sch|ch", "sh"),  # Chadi, Hicham (French)
        (r"ph", "f"),
        (r"dj", "j"),  # Djamal (French)
        (r"ck|q|c", "k"),  # Qasim, Kassem; Cassem
        (r"x", "kh"),  # Xalid (Kurdish)
        (r"v", "w"),  # Vahit (Turkish)
        (r"p", "b"),  # Yakup (Turkish)
        (r"ee", "i"),  # Waleed
        (r"oo|ou|o", "u"),  # Mahmoud, Mahmood, Omar
        (r"e[iy](?![aeiou])", "ay"),  # Hussein, Zeinab, Leila, Suleyman
        (r"(?<=[^aeiu])y$", "i"),  # Fady, Hamdy
        (r"ie$", "i"),  # Rabie
    )
)
_DOUBLED = re.compile(r"([a-z])\1+")  # doubled letters: Hassan, Muhammad, Bassel


def _single(match: re.Match[str]) -> str:
    # The article before an l keeps both: Al-Lahham is al + Lahham, not Alaham.
    if match.start() == 1 and match.string[0] == "a" and match.group(1) == "l":
        return "ll"
    return match.group(1)


def _undouble(word: str) -> str:
    return _DOUBLED.sub(_single, word)


# Noureddine, Nuruddin, Izzeddin, Nourdine; not Nadine or Aydin.
_DIN = re.compile(r"(?:(?<=[a-z]{2})[aeiu]l?|(?<=[a-z]{3}))dine?$")
_DIN_WORD = re.compile(r"(?:[aeiu]l?)?dine?")  # "Eddine", "ad-Din" written apart
_NOT_DIN = ("abidin", "abdin", "abedin", "hamdin")  # Zain al-Abidin, Abdin, Hamdin


def _rules(word: str) -> str:
    word = _ALLAH.sub("allah", word)
    word = _ABD.sub("abdal", word)
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    word = _undouble(word)
    if not word.endswith(_NOT_DIN):
        word = _undouble(_DIN.sub("aldin", word))  # Alaa + aldin
    return word


def fold_letters(word: str) -> str:
    """One word of ``plain_latin`` through the letter rules only (ou -> u, q -> k, doubled
    letters single), without the compound and given-name rules: for words that are not
    personal names, such as places (al-Mayadin is no "al-Din" compound).

    >>> fold_letters("mayadeen"), fold_letters("qusayr")
    ('mayadin', 'kusayr')
    """
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return _undouble(word)


# Canonical spellings, keyed by the rule-folded form of each variant.
_CANONICAL: dict[str, str] = {}
for _canonical, _variants in GIVEN_NAMES.items():
    for _variant in (_canonical, *_variants):
        _CANONICAL[_rules(plain_latin(_variant))] = _rules(_canonical)


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    folded = _rules(word)
    return _CANONICAL.get(folded, folded)


# The article and its assimilated forms (ash-Shami, ar-Rifai, ad-Din, ud-Din, es-Sayed).
_ARTICLES = frozenset({"al", "el", "ul", "il"})
_ASSIMILATING = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_ASSIMILATED = {
    vowel + consonant: consonant for vowel in "aeu" for consonant in _ASSIMILATING
}
_ABD_WORDS = frozenset({"abd", "abdul", "abdel", "abdal", "abdil", "abdl"} | {
    "abd" + vowel + consonant for vowel in "aeu" for consonant in _ASSIMILATING
})
_ABED_WORDS = frozenset({"abed", "abid"})  # also the name عابد: joined only before al-
_ABU_WORDS = frozenset({"abu", "abi", "aba"})
_UMM_WORDS = frozenset({"um", "im", "em"})  # Umm, Omm, Oum, Imm, Em after the rules


# Folded words that begin with "al" without the article: mostly ع + ل (Alwan, Alloush).
_NOT_ARTICLE = frozenset({
    "alaldin", "alawi", "alawia", "alawiya", "alwan", "alwani", "alush", "alushi", "alyan",
    "aliya", "alia", "alyas", "alias", "alam", "alami", "alima", "alim", "alamudin",
    "allah", "allam", "allush", "allushi", "allawi", "allaf", "allan",
})


def strip_latin_article(word: str) -> str:
    """A folded Latin word without a leading article: "alahmad" -> "ahmad".

    Short words keep their "al" (Ali, Alaa), and so do the names in ``_NOT_ARTICLE``
    (Alwan, Alloush, Alawi), where "al" is ع + ل.
    """
    if word.startswith("al") and len(word) >= 5 and word not in _NOT_ARTICLE:
        return word[2:]
    return word


_FOLDED_ALLAH = "allah"


def _merge(left: str, right: str) -> str | None:
    merged = _join(left, right)
    return None if merged is None else _undouble(merged)


def _join(left: str, right: str) -> str | None:
    if left in _ARTICLES and len(right) > 1:
        return "al" + right
    consonant = _ASSIMILATED.get(left)
    if consonant and right.startswith(consonant):
        return "al" + right
    if left in _ABD_WORDS or (left in _ABED_WORDS and right.startswith("al") and len(right) > 4):
        if right == _FOLDED_ALLAH:
            return "abd" + _FOLDED_ALLAH
        bare = strip_latin_article(right)
        return ("abd" if bare in NO_ARTICLE_AFTER_ABD else "abdal") + bare
    if left in _ARTICLES:
        return None
    if "din" in right and _DIN_WORD.fullmatch(right):
        return left + "aldin"
    if right == _FOLDED_ALLAH:
        return left + _FOLDED_ALLAH
    if left in _ABU_WORDS:
        return "abu" + right
    if left in _UMM_WORDS:
        return "um" + right
    return None


def _merge_keeping_kunya(left: str, right: str) -> str | None:
    if left in _ABU_WORDS or left in _UMM_WORDS:
        return None
    return _merge(left, right)


def _merge_kunya(left: str, right: str) -> str | None:
    if left in _ABU_WORDS:
        return _undouble("abu" + right)
    if left in _UMM_WORDS:
        return _undouble("um" + right)
    return None


def join_latin_kunya(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Join Abu/Umm to the next word in words from ``latin_tokens(kunya=False)``."""
    if not any(t in _ABU_WORDS or t in _UMM_WORDS for t in tokens):
        return tokens
    joined = join_compounds(tokens, _merge_kunya)
    return tuple(_CANONICAL.get(word, word) for word in joined)


def _strip_titles(words: list[str]) -> list[str]:
    start = 0
    while start < len(words) - 1 and words[start] in _TITLES:
        start += 1
    return words[start:]


@lru_cache(maxsize=1 << 16)
def latin_tokens(text: str, *, titles: bool = True, kunya: bool = True) -> tuple[str, ...]:
    """The folded words of a Latin name, compounds joined, given names canonical.

    ``titles=False`` keeps leading titles; ``kunya=False`` leaves Abu/Umm unjoined.
    """
    words = plain_latin(text).split()
    if titles:
        words = _strip_titles(words)
    folded = [_fold_word(word) for word in words]
    joined = join_compounds(folded, _merge if kunya else _merge_keeping_kunya)
    return tuple(_CANONICAL.get(word, word) for word in joined)


def fold_latin(text: str) -> str:
    """A Latin-script name folded so that transliteration variants meet.

    >>> fold_latin("Mohammed"), fold_latin("Muhammad"), fold_latin("Mhd")
    ('muhamad', 'muhamad', 'muhamad')
    >>> fold_latin("Dr. Abdul Rahman Al-Halabi"), fold_latin("abd al-Rahman alHalabi")
    ('abdalrahman alhalabi', 'abdalrahman alhalabi')
    >>> fold_latin("Noureddine"), fold_latin("Nur ad-Din")
    ('nuraldin', 'nuraldin')
    """
    return " ".join(latin_tokens(text))
