"""Different names that look alike must stay apart, on the field that can tell them apart.

The cross-script key drops vowels, so it separates names that differ in a consonant
(محمد/محمود thanks to its long-u mark, أحمد/حامد thanks to the leading vowel, خالد/خليل).
It cannot separate names that differ only in vowels or vowel length: حسن and حسين are
both "hsn", سامر and سمير both "smr", عمر/عمرو/عمار all "amr". The key is a blocking key
and one comparison level among several; for those pairs the distinction is made by the
normalised name (``normalize_arabic``/``fold_latin``, the ``first``..``family`` columns of
``name_features``), which the linker compares exactly and by string similarity. Those
pairs are asserted on the normalised name, and their shared key is asserted too, so the
limit is written down rather than hidden.
"""

from __future__ import annotations

import pytest

from rasd.names import cross_script_key, normalize_name, same_name_likely

KEY_SEPARATES = [
    ("محمد", "محمود"),
    ("Mohammad", "Mahmoud"),
    ("محمد", "Mahmoud"),
    ("Muhammed", "محمود"),
    ("Mhd", "Mahmood"),
    ("أحمد", "حامد"),
    ("Ahmad", "Hamid"),
    ("أحمد", "Hamed"),
    ("أحمد", "حمد"),
    ("Ahmed", "Hamad"),
    ("أحمد", "محمد"),
    ("Ahmad", "Mohammad"),
    ("خالد", "خليل"),
    ("Khaled", "Khalil"),
    ("خالد", "Khalil"),
    ("باسل", "باسم"),
    ("Basel", "Basem"),
    ("Bassel", "باسم"),
    ("ياسر", "ياسين"),
    ("Yasser", "Yasin"),
    ("رامي", "رانيا"),
    ("Rami", "Rania"),
    ("نور", "أنور"),
    ("Nour", "Anwar"),
    ("نور", "نورا"),
    ("علي", "عمر"),
    ("Ali", "Omar"),
    ("عمر", "عثمان"),
    ("Omar", "Othman"),
    ("حسن", "حسام"),
    ("Hassan", "Hussam"),
    ("سامر", "تامر"),
    ("Samer", "Tamer"),
    ("تامر", "ثامر"),
    ("Tamer", "Thamer"),
    ("ماهر", "ماجد"),
    ("Maher", "Majed"),
    ("Maher", "Majd"),
    ("فادي", "هادي"),
    ("Fadi", "Hadi"),
    ("رامي", "سامي"),
    ("Rami", "Sami"),
    ("جمال", "كمال"),
    ("Jamal", "Kamal"),
    ("زياد", "إياد"),
    ("Ziad", "Iyad"),
    ("عماد", "إياد"),
    ("Imad", "Eyad"),
    ("عمار", "عماد"),
    ("Ammar", "Imad"),
    ("مصطفى", "مصعب"),
    ("Mustafa", "Musab"),
    ("يوسف", "يونس"),
    ("Yousef", "Younes"),
    ("موسى", "عيسى"),
    ("Musa", "Issa"),
    ("هشام", "هيثم"),
    ("Hisham", "Haytham"),
    ("غسان", "حسان"),
    ("Ghassan", "Hassan"),
    ("طارق", "فاروق"),
    ("Tarek", "Farouk"),
    ("منير", "منذر"),
    ("Munir", "Munzer"),
    ("مهند", "مهدي"),
    ("Mohannad", "Mahdi"),
    ("رياض", "رضوان"),
    ("Riad", "Radwan"),
    ("عادل", "عامر"),
    ("Adel", "Amer"),
    ("فيصل", "فاضل"),
    ("Faisal", "Fadel"),
    ("حمزة", "حازم"),
    ("Hamza", "Hazem"),
    ("زينب", "زينة"),
    ("Zeinab", "Zeina"),
    ("مريم", "مروة"),
    ("Maryam", "Marwa"),
    ("هبة", "هالة"),
    ("Heba", "Hala"),
    ("رنا", "رنيم"),
    ("Rana", "Ranim"),
    ("سارة", "سمر"),
    ("Sara", "Samar"),
    ("وائل", "وليد"),
    ("Wael", "Walid"),
    ("الأحمد", "الحمد"),
    ("Al-Ahmad", "Al-Hamad"),
    ("الخطيب", "الخياط"),
    ("Al-Khatib", "Al-Khayat"),
    ("عبد الرحمن", "عبد الرحيم"),
    ("Abdulrahman", "Abdulrahim"),
    ("عبد الكريم", "عبد الرحيم"),
    ("Abdelkarim", "Abdelrahim"),
    ("نور الدين", "علاء الدين"),
    ("Noureddine", "Alaeddine"),
    ("أبو بكر", "بكر"),
    ("Abubakr", "Bakr"),
    ("فتح الله", "فتحي"),
    ("Fathallah", "Fathi"),
]

# Same key, different names: told apart by the normalised spelling.
KEY_MERGES = [
    ("حسن", "حسين"),
    ("Hassan", "Hussein"),
    ("Hasan", "Husayn"),
    ("سامر", "سمير"),
    ("Samer", "Samir"),
    ("سمير", "سمر"),
    ("Samir", "Samar"),
    ("عمر", "عمرو"),
    ("Omar", "Amr"),
    ("عمر", "عمار"),
    ("Omar", "Ammar"),
    ("عمرو", "عمار"),
    ("Amr", "Ammar"),
    ("علي", "علاء"),
    ("Ali", "Alaa"),
    ("جمال", "جميل"),
    ("Jamal", "Jamil"),
    ("كمال", "كامل"),
    ("Kamal", "Kamel"),
    ("بشار", "بشير"),
    ("Bashar", "Bashir"),
    ("فراس", "فارس"),
    ("Firas", "Fares"),
    ("عامر", "عمر"),
    ("Amer", "Omar"),
    ("رائد", "رعد"),
    ("Raed", "Raad"),
    ("سعيد", "سعد"),
    ("Said", "Saad"),
    ("آمنة", "أمينة"),
    ("هادي", "هادية"),
    ("Hadi", "Hadia"),
    ("سامي", "سامية"),
    ("Sami", "Samia"),
    ("كريم", "كريمة"),
    ("Karim", "Karima"),
    ("حسن", "حسان"),
    ("حامد", "حمد"),
    ("Hamed", "Hamad"),
    ("فادي", "فايد"),
    ("Fadi", "Fayed"),
    ("عبد الله", "عبد الإله"),
    ("الحسن", "الحسين"),
    ("Al-Hassan", "Al-Hussein"),
    ("غيث", "غياث"),
    ("Ghaith", "Ghiath"),
]

DIFFERENT_PEOPLE = [
    ("محمد أحمد الخالد", "محمود أحمد الخالد"),
    ("محمد أحمد الخالد", "محمد أحمد الحلبي"),
    ("محمد أحمد الخالد", "محمد خالد الخالد"),
    ("محمد أحمد علي الخالد", "محمد أحمد حسن الخالد"),
    ("حسن علي الأحمد", "حسين علي الأحمد"),
    ("سامر محمد العلي", "سمير محمد العلي"),
    ("Mohammad Ahmad Al-Khaled", "Mahmoud Ahmad Al-Khaled"),
    ("Mohammad Ahmad Al-Khaled", "Mohammad Ahmad Al-Halabi"),
    ("محمد أحمد الخالد", "Mahmoud Ahmad Al-Khaled"),
    ("Khaled Omar Al-Shami", "Khalil Omar Al-Shami"),
    ("مجهول الهوية", "مجهول الهوية"),
    ("Ahmad Hamid", "Hamid Ahmad Al-Ali"),
]


@pytest.mark.parametrize(("a", "b"), KEY_SEPARATES)
def test_the_key_separates_different_names(a: str, b: str) -> None:
    assert cross_script_key(a) != cross_script_key(b)


@pytest.mark.parametrize(("a", "b"), KEY_MERGES)
def test_the_normalised_name_separates_what_the_key_merges(a: str, b: str) -> None:
    """The key is a blocking key: these share it, and the normalised name tells them apart."""
    assert cross_script_key(a) == cross_script_key(b)
    assert normalize_name(a) != normalize_name(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_are_not_likely_the_same(a: str, b: str) -> None:
    assert not same_name_likely(a, b)
    assert not same_name_likely(b, a)


def test_there_are_at_least_a_hundred_different_pairs() -> None:
    pairs = KEY_SEPARATES + KEY_MERGES + DIFFERENT_PEOPLE
    assert len(pairs) >= 100
    assert len(set(pairs)) == len(pairs)
