"""Place keys: the same governorate, district or village written in Arabic, in English, or in
another transliteration must give the same key.

Governorates have exonyms (Aleppo for حلب, Damascus Countryside for ريف دمشق) that no
transliteration rule reaches, so they come from a table. Below the governorate, names are
transliterated, not translated, so the cross-script key of rasd.names serves.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.names import cross_script_key, fold_latin, normalize_arabic
from rasd.names.arabic import clean_arabic
from rasd.names.keys import word_key
from rasd.names.latin import fold_letters
from rasd.names.text import has_arabic

# Each governorate: its key, then the ways lists write it.
_GOVERNORATES: dict[str, tuple[str, ...]] = {
    "damascus": ("دمشق", "مدينة دمشق", "damascus", "dimashq", "damas", "damascus city"),
    "rif_dimashq": ("ريف دمشق", "rif dimashq", "rif damascus", "damascus countryside",
                    "rural damascus", "reef damascus", "damascus suburbs", "rif dimashk",
                    "rif-dimashq", "damascus suburb"),
    "aleppo": ("حلب", "aleppo", "halab", "alep"),
    "homs": ("حمص", "homs", "hims"),
    "hama": ("حماة", "حماه", "hama", "hamah", "hamaa"),
    "idlib": ("إدلب", "ادلب", "idlib", "idleb", "edlib", "idlep"),
    "latakia": ("اللاذقية", "latakia", "lattakia", "al-ladhiqiyah", "ladhiqiyah", "lattaquie"),
    "tartus": ("طرطوس", "tartus", "tartous", "tartouss", "tortosa"),
    "deir_ez_zor": ("دير الزور", "دير الزو", "deir ez-zor", "deir ezzor", "deir al-zour",
                    "deir el-zor", "deir ez zor", "der ezzor", "deir al zor", "deir azzor",
                    "deir-ez-zor", "dayr az-zawr", "deir el zour", "deir al-zor"),
    "raqqa": ("الرقة", "raqqa", "al-raqqa", "ar-raqqah", "raqqah", "rakka", "al raqqa"),
    "hasakah": ("الحسكة", "hasakah", "al-hasakah", "hasaka", "hassakeh", "al-hasakeh",
                "hasakeh", "al hasakah", "hassake", "hasake"),
    "daraa": ("درعا", "daraa", "deraa", "dar'a", "daraa governorate", "deraa governorate",
              "dara"),
    "suwayda": ("السويداء", "as-suwayda", "suwayda", "sweida", "swaida", "al-suwayda",
                "suwaida", "sweida governorate"),
    "quneitra": ("القنيطرة", "quneitra", "al-quneitra", "qunaytirah", "kuneitra", "qunaitra"),
}


def _spelling_key(text: str) -> str:
    arabic = normalize_arabic(text)
    if any("\u0600" <= char <= "\u06ff" for char in arabic):
        return arabic
    return fold_latin(text)


_BY_SPELLING = {_spelling_key(spelling): key for key, spellings in _GOVERNORATES.items()
                for spelling in spellings}


@lru_cache(maxsize=100_000)
def governorate_key(text: str | None) -> str | None:
    """The governorate's key, whatever the script; an unknown name gets its cross-script key,
    so that two lists spelling it alike still meet."""
    if not text or not text.strip():
        return None
    return _BY_SPELLING.get(_bare(text)) or cross_script_key(text) or None


def _bare(text: str) -> str:
    """A place's spelling key without "governorate", "province" or "محافظة" around it."""
    spelling = _spelling_key(text)
    if spelling in _BY_SPELLING:
        return spelling
    for word in ("governorate", "province", "countryside", "محافظة", "محافظه"):
        spelling = spelling.replace(_spelling_key(word), "").strip()
    return spelling


# The article, also as transliterations write it assimilated (Deir ez-Zor, Ras el-Ain).
_ARTICLES = frozenset({"al", "el", "il", "ul", "the"} | {
    vowel + consonant for vowel in "aeu"
    for consonant in ("d", "r", "s", "sh", "t", "z", "n", "th", "dh")})
_GENERIC = frozenset({"province", "governorate", "city", "town", "village", "district",
                      "neighborhood", "neighbourhood", "camp", "محافظة", "محافظه", "مدينة",
                      "مدينه", "بلدة", "بلده", "قرية", "قريه", "حي", "منطقة", "منطقه", "مخيم"})
_WORDS = re.compile(r"[\s\-_/,.:;()]+")
# Cities whose English name is no transliteration of their Arabic one.
_EXONYMS = {"palmyra": "تدمر"}


def _place_words(text: str) -> list[str]:
    words = []
    for word in _WORDS.split(text.lower()):
        if not word or word in _ARTICLES or word in _GENERIC:
            continue
        words.append(_EXONYMS.get(word, word))
    return words


def _word_key(word: str, last: bool) -> str:
    """A place word's key. The long-u mark is left out (الشعار is al-Shaar), and so is a t
    ending a word that is not the last: a ta marbuta read in the construct state, as
    transliterations write it (معرة النعمان is Maarat al-Numan, معضمية is Moadamiyet)."""
    if word.startswith(("ال", "al")) and len(word) > 3:
        word = word[2:]  # التل, الميادين, Albu Kamal: the article joined to the name
    if has_arabic(word):
        key = "".join(word_key(part, long_u=False) for part in clean_arabic(word).split())
    else:
        key = word_key(fold_letters(word), long_u=False)
    return key[:-1] if not last and len(key) > 1 and key.endswith("t") else key


def _words_key(words: list[str]) -> str:
    return "".join(_word_key(word, i == len(words) - 1) for i, word in enumerate(words))


def _city_spelling(words: list[str]) -> str:
    return _spelling_key(" ".join(words)) if words else ""


# A city that names its governorate (Aleppo, حلب, Latakia, اللاذقية) takes the governorate's
# key: the exonym is no transliteration of the Arabic name. Looked up by spelling, not by key:
# داريا and Daraa have one key and are two places.
_CITIES = {_city_spelling(_place_words(spelling)): key
           for key, spellings in _GOVERNORATES.items() for spelling in spellings}


@lru_cache(maxsize=100_000)
def place_key(text: str | None) -> str | None:
    """A district's or locality's key: the keys of its words without articles or words like
    "city" and "village", run together, so that كفر بطنا and Kafrbatna meet; a city that
    names a governorate takes the governorate's key."""
    if not text or not text.strip():
        return None
    words = _place_words(text)
    return _CITIES.get(_city_spelling(words)) or _words_key(words) or None


def is_governorate(text: str | None) -> bool:
    """Whether a place names a governorate ("Aleppo province", "ريف دمشق")."""
    return text is not None and _BY_SPELLING.get(_bare(text)) is not None


def governorate_of(governorate: str | None, district: str | None, locality: str | None
                   ) -> str | None:
    """The governorate's key from a record's place columns: lists often write only the
    governorate in the place column ("Aleppo province")."""
    if governorate and governorate.strip():
        return governorate_key(governorate)
    for place in (locality, district):
        if is_governorate(place):
            return governorate_key(place)
    return None


def governorate_name(key: str, *, arabic: bool = False) -> str:
    """How a report writes a governorate: its usual English or Arabic name."""
    spellings = _GOVERNORATES.get(key)
    if not spellings:
        return key
    if arabic:
        return spellings[0]
    latin = next(spelling for spelling in spellings if spelling.isascii())
    return " ".join(word[:1].upper() + word[1:] for word in latin.split())
