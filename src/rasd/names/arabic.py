"""Arabic names in one spelling: letters, marks, digits, titles and compound names.

Lists of the dead write the same name many ways: with or without hamza on the alef,
ta marbuta or ha, tashkeel, tatweel, "عبد الرحمن" or "عبدالرحمن", "الشهيد" before the
name. Everything here is a pure function of its text; results are cached because the
same words recur on every list.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasd.names.text import NON_WORD, join_compounds

__all__ = [
    "ABU",
    "UMM",
    "arabic_tokens",
    "clean_arabic",
    "join_arabic_kunya",
    "normalize_arabic",
    "strip_arabic_article",
]

# Letter forms that lists mix freely are brought to one letter; marks and invisible
# characters go; Eastern Arabic and Persian digits become ASCII; Arabic punctuation
# becomes a space. One translate table does it in one pass.
_TABLE: dict[int, int | str | None] = {
    **{ord(c): "ا" for c in "أإآٱٲٳ"},
    ord("ة"): "ه", ord("ۀ"): "ه", ord("ھ"): "ه", ord("ہ"): "ه",
    ord("ى"): "ي", ord("ی"): "ي", ord("ئ"): "ي", ord("ې"): "ي",
    ord("ؤ"): "و",
    ord("ک"): "ك",
    # A lone hamza is often left out ("دعاء", "دعا"); dropping it also merges علاء (Alaa)
    # with علا (Ola), which the linker's other columns (sex) must tell apart.
    ord("ء"): None,
    ord("ـ"): None,  # tatweel
    **{c: None for c in range(0x064B, 0x0660)},  # tashkeel, hamza and madda marks
    0x0670: None,  # dagger alef, "الرحمٰن"
    **{c: None for c in range(0x06D6, 0x06EE)},  # Quranic annotation marks
    **{ord(c): None for c in "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"},
    **{c: None for c in range(0x202A, 0x202F)},  # bidi embeddings and overrides
    **{c: None for c in range(0x2066, 0x206A)},  # bidi isolates
    **{0x0660 + i: ord("0") + i for i in range(10)},
    **{0x06F0 + i: ord("0") + i for i in range(10)},
    **{ord(c): " " for c in "،؛؟٪٫٬۔﴾﴿"},
}
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

ABU = "ابو"
UMM = "ام"

# Words before a name that are not part of it. Stripped only from the front, and never
# the last word left, so the family names "السيد" and "الشيخ" survive. (Written as
# usual here; normalised below like the names they are compared with.)
_TITLE_WORDS = frozenset({
    "الشهيد", "الشهيده", "شهيد", "شهيده", "الطفل", "الطفله", "الرضيع", "الرضيعه",
    "الشاب", "الشابه", "الفتى", "الفتاه", "الحاج", "الحاجه", "الحجه", "حاج", "الحج", "حج",
    "الشيخ", "شيخ",
    "الشيخه", "السيد", "السيده", "المرحوم", "المرحومه", "الدكتور", "الدكتوره", "د",
    "دكتور", "المهندس", "المهندسه", "م", "مهندس", "الاستاذ", "الاستاذه", "استاذ", "ا",
    "المواطن", "المواطنه", "المعتقل", "المعتقله", "البطل", "المجاهد", "المقاتل",
    "الناشط", "الناشطه", "الاعلامي", "الاعلاميه", "الصحفي", "الصحفيه", "المصور",
    "الطبيب", "الطبيبه", "الممرض", "الممرضه", "الصيدلي", "الصيدلانيه", "المحامي",
    "المحاميه", "المدرس", "المدرسه", "المعلم", "المعلمه", "الطالب", "الطالبه",
    "الامام", "المجند", "الجندي", "العريف", "الرقيب", "المساعد", "الملازم", "النقيب",
    "الرائد", "المقدم", "العقيد", "العميد", "اللواء", "الضابط",
})
# "الملازم اول", "العريف ثاني": the rank's second word goes with it.
_AFTER_TITLE = frozenset({"اول", "ثاني"})

# Compounds written as two words or one: the first word joins the next one.
_JOIN_NEXT = frozenset({"عبد", ABU, UMM, "ال"})
# ... and these join the word before them: "نور الدين", "فتح الله".
_JOIN_PREVIOUS = frozenset({"الدين", "الله"})

# Words that begin with the letters "ال" without it being the article.
_NOT_ARTICLE = frozenset({"الياس", "الهام", "الفت", "الماس", "اليسع", "الله"})


def clean_arabic(text: str) -> str:
    """Letters in one form, marks gone, digits ASCII, punctuation as spaces; lower-case.

    >>> clean_arabic("أحمـــد، إبراهيم (٣٠)")
    'احمد ابراهيم 30'
    """
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    return NON_WORD.sub(" ", text.translate(_TABLE).lower()).strip()


_TITLES = frozenset(map(clean_arabic, _TITLE_WORDS))


def _merge(left: str, right: str) -> str | None:
    if left == "ال" and right.startswith("ال"):
        return right  # "آل الأسد", the family of al-Asad
    if right in _JOIN_PREVIOUS and left not in _JOIN_NEXT:
        return left + right
    if left in _JOIN_NEXT:
        return left + right
    return None


def _merge_keeping_kunya(left: str, right: str) -> str | None:
    if left in (ABU, UMM):
        return None
    return _merge(left, right)


def _merge_kunya(left: str, right: str) -> str | None:
    return left + right if left in (ABU, UMM) else None


def join_arabic_kunya(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Join "ابو"/"ام" to the next word in words from ``arabic_tokens(kunya=False)``."""
    if ABU not in tokens and UMM not in tokens:
        return tokens
    return tuple(join_compounds(tokens, _merge_kunya))


def _strip_titles(tokens: list[str]) -> list[str]:
    start = 0
    while start < len(tokens) - 1 and tokens[start] in _TITLES:
        start += 1
        if start < len(tokens) - 1 and tokens[start] in _AFTER_TITLE:
            start += 1
    return tokens[start:]


@lru_cache(maxsize=1 << 16)
def arabic_tokens(text: str, *, titles: bool = True, kunya: bool = True) -> tuple[str, ...]:
    """The words of an Arabic name, normalised, with titles stripped and compounds joined.

    ``titles=False`` keeps leading titles; ``kunya=False`` leaves "ابو"/"ام" unjoined
    so that a kunya can be told from a compound given name.
    """
    tokens = clean_arabic(text).split()
    if titles:
        tokens = _strip_titles(tokens)
    return tuple(join_compounds(tokens, _merge if kunya else _merge_keeping_kunya))


def normalize_arabic(text: str) -> str:
    """An Arabic name in one spelling, ready for exact and token-based comparison.

    Alef forms become ا, ة becomes ه, ى becomes ي, ؤ and ئ lose their hamza, a lone ء,
    tatweel and tashkeel go, digits become ASCII, punctuation becomes space. Leading
    titles (الشهيد، الحاج، د.) are stripped, and compounds are joined into one word:

    >>> normalize_arabic("الشهيد عبد الرحمن مُحمّد")
    'عبدالرحمن محمد'
    >>> normalize_arabic("نور الدين أبو بكر")
    'نورالدين ابوبكر'
    """
    return " ".join(arabic_tokens(text))


def strip_arabic_article(token: str) -> str:
    """A normalised Arabic word without a leading ال: "الاحمد" -> "احمد".

    Kept when fewer than two letters would remain, and for names that begin with the
    letters ال without it being the article ("الياس", "الهام"). A two-letter name keeps
    its article off as a transliteration does: الرز and al-Razz are both رز.
    """
    if token.startswith("ال") and len(token) >= 4 and token not in _NOT_ARTICLE:
        return token[2:]
    return token
