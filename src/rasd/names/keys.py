"""One key for a name in either script: Arabic and its transliterations meet.

Both scripts are mapped onto one small alphabet of consonants, and the vowels are
dropped, because Arabic writes only long vowels and transliterations write every vowel
their own way. The alphabet merges what transliterations confuse:

==========  ==============================  ======================================
symbol      Arabic                          Latin (after ``fold_latin``)
==========  ==============================  ======================================
a           a leading ا or ع (Ahmad, Omar)  a leading vowel
b           ب پ                             b p
t           ت ط                             t
th          ث (two symbols, t + h)          th (t + h: Haitham, and Fathi = فتحي)
j           ج                               j
h           ح ه                             h
kh          خ غ (k + h)                     kh, gh (g is k), x (Kurdish)
d           د ض                             d
dh          -                               dh (d + h: Adham = ادهم)
z           ذ ز ظ                           z
r l m n f   ر ل م ن ف                       r l m n f
s           س ص                             s
sh          ش چ (s + h)                     sh (and French ch, folded to sh)
k           ق ك گ                           k q c g
w           و first, or before the end      w first, or u/w before the last letter
y           ي first                         y first
==========  ==============================  ======================================

and these rules, the same in both scripts:

* a leading article goes (``strip_article``); the article inside a compound stays, as
  ``fold_latin`` writes every Abd compound with it (Abd Rahman -> abdalrahman);
* vowels go; ا ى ع ء are vowels, and so are و and ي inside a word (Walid = وليد);
* a final h goes, with what it leaves at the end (ة, Fatimah, Saleh = صالح, Laith);
* one **long-u mark**: a w is kept before a word's final consonant when the vowels just
  before it hold و or عا (Arabic) or u/o/w (Latin). That keeps محمد (mhmd) and محمود
  (mhmwd) apart;
* a doubled consonant counts once, also across a dropped vowel (shadda is not
  written; Muhammad has mm; حبيب and Habib are both hb).

Known misses, left to the spelling table in ``spellings.py`` where a name is common:
ذ written dh or th (Mundhir, Munther for منذر), ج written g (Egyptian Gamal), a short
u before a final consonant (Yusuf, Yunus: the table writes them Yusef, Yunes).

The key is for blocking and for a "same key" comparison level; it cannot separate
names that differ only in short vowels or vowel length: حسن/حسين (hsn), سامر/سمير (smr),
عمر/عمرو/عمار (amr). The normalised name keeps those apart.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from rasd.names.arabic import arabic_tokens, strip_arabic_article
from rasd.names.latin import latin_tokens, strip_latin_article
from rasd.names.text import has_arabic

__all__ = ["cross_script_key", "strip_article", "word_key"]

_VOWEL = "V"  # Latin a e i y; Arabic ي inside a word
_ALEF = "A"  # ا ى
_AYN = "E"  # ع
_LONG_U = "U"  # a vowel that may be و: Arabic و, Latin u (o is folded to u), inner w

# What each letter is, anywhere but the first position.
_ARABIC: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "پ": ("b",), "ت": ("t",), "ط": ("t",), "ث": ("t", "h"), "ج": ("j",),
    "ح": ("h",), "ه": ("h",), "خ": ("k", "h"), "غ": ("k", "h"), "د": ("d",), "ض": ("d",),
    "ذ": ("z",), "ز": ("z",), "ظ": ("z",), "ژ": ("z",), "ر": ("r",), "س": ("s",),
    "ص": ("s",), "ش": ("s", "h"), "چ": ("s", "h"), "ف": ("f",), "ق": ("k",), "ك": ("k",),
    "گ": ("k",), "ل": ("l",), "م": ("m",), "ن": ("n",), "و": (_LONG_U,), "ڤ": (_LONG_U,),
    "ي": (_VOWEL,), "ا": (_ALEF,), "ى": (_ALEF,), "ع": (_AYN,),
}
_LATIN: dict[str, tuple[str, ...]] = {
    **{c: (c,) for c in "bdfhjklmnrstz"},
    "c": ("k",), "g": ("k",), "q": ("k",), "p": ("b",), "x": ("k", "h"),
    "a": (_VOWEL,), "e": (_VOWEL,), "i": (_VOWEL,), "y": (_VOWEL,),
    "o": (_LONG_U,), "u": (_LONG_U,), "w": (_LONG_U,), "v": (_LONG_U,),
}
# The first letter: و ي w y are consonants there (Walid, Yasser).
_FIRST = {"و": ("w",), "ڤ": ("w",), "ي": ("y",), "w": ("w",), "v": ("w",), "y": ("y",)}
_VOWELS = frozenset({_VOWEL, _ALEF, _AYN, _LONG_U})


@lru_cache(maxsize=1 << 16)
def strip_article(word: str) -> str:
    """A normalised word (either script) without a leading article.

    >>> strip_article("الاحمد"), strip_article("alahmad"), strip_article("ali")
    ('احمد', 'ahmad', 'ali')
    """
    return strip_arabic_article(word) if has_arabic(word) else strip_latin_article(word)


def _units(word: str) -> list[str]:
    table = _ARABIC if has_arabic(word) else _LATIN
    units = list(_FIRST.get(word[0]) or table.get(word[0], ()))
    for letter in word[1:]:
        units.extend(table.get(letter, ()))
    return units


def _long_u(units: list[str]) -> bool:
    """Whether the vowels just before the last consonant may be a long u (و).

    Latin u, o or w count; in Arabic و counts, and so does عا after a consonant, because
    transliterations write it with a u: سعاد Suad, معاذ Muadh (as فؤاد is Fuad).
    """
    group: list[str] = []
    after_consonant = False
    for unit in reversed(units[:-1]):
        if unit not in _VOWELS:
            after_consonant = True
            break
        group.append(unit)
    group.reverse()
    if _LONG_U in group:
        return True
    return after_consonant and any(
        a == _AYN and b == _ALEF for a, b in pairwise(group)
    )


@lru_cache(maxsize=1 << 17)
def word_key(word: str, *, long_u: bool = True) -> str:
    """The key of one normalised word (a word of ``normalize_arabic`` or ``fold_latin``).

    ``long_u=False`` leaves out the long-u mark: it tells محمد from محمود, but place names
    gain nothing from it and lose by it (الشعار is written al-Shaar, not al-Shuar).

    >>> word_key("محمود"), word_key("mahmud"), word_key("محمد"), word_key("muhamad")
    ('mhmwd', 'mhmwd', 'mhmd', 'mhmd')
    """
    word = strip_article(word)
    units = _units(word)
    if not units:
        return ""
    lead = "a" if units[0] in _VOWELS else ""
    # Trailing vowels and a final h go, as often as they alternate (Aishah, عائشه).
    length = len(units)
    while units:
        while units and units[-1] in _VOWELS:
            units.pop()
        # ... also after vowels alone: آية and Aya are both "a".
        if len(units) > 1 and units[-1] == "h":
            units.pop()
            continue
        break
    if not units:
        return lead
    consonants = [u for u in units[:-1] if u not in _VOWELS]
    # The long-u mark only before a final consonant: before a final vowel a Latin u is
    # mostly short (Muna منى, Huda هدى, Qusai قصي), and موسى/Musa lose it alike.
    if long_u and len(units) == length and _long_u(units):
        consonants.append("w")
    consonants.append(units[-1])
    key = [lead] if lead else []
    for symbol in consonants:
        if not key or key[-1] != symbol:
            key.append(symbol)
    return "".join(key)


@lru_cache(maxsize=1 << 16)
def cross_script_key(text: str) -> str:
    """The cross-script key of a name or a name part: one key per word, space-separated.

    >>> cross_script_key("محمد"), cross_script_key("Mohammad"), cross_script_key("Mhd")
    ('mhmd', 'mhmd', 'mhmd')
    >>> cross_script_key("عبد الرحمن"), cross_script_key("Abdul Rahman")
    ('abdlrhmn', 'abdlrhmn')
    >>> cross_script_key("الحلبي"), cross_script_key("Halabi")
    ('hlb', 'hlb')
    """
    words = arabic_tokens(text) if has_arabic(text) else latin_tokens(text)
    return " ".join(filter(None, (word_key(word) for word in words)))
