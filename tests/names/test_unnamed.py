"""Records that name nobody are told from real names, however short."""

from __future__ import annotations

import pytest

from rasd.names import Unnamed, unnamed, unnamed_hints

UNNAMED = [
    "Child of Ahmad Khaled",  # named only through another
    "Sarmad Jloul's Son 1",
    "Al al-Saqraji 3",  # a numbered member of a family
    "a child of the Hamoud family",
    "ابن خالد الحمود",
    "زوجة أحمد العلي",
    "unnamed child",
    "Unidentified male, about 30",
    "unknown",
    "UNKNOWN",
    "Unknown man",
    "Unknown woman",
    "body of an unidentified woman",
    "unidentified body",
    "unidentified child, 5 years old",
    "Anonymous",
    "no name",
    "not identified",
    "unknown (about 40)",
    "None",
    "null",
    "xxx",
    "N/A",
    "n/a",
    "NA",
    "-",
    "--",
    "",
    "   ",
    "?",
    "؟",
    "child",
    "مجهول الهوية",
    "مجهول",
    "مجهولة",
    "جثة مجهولة",
    "جثة مجهولة الهوية",
    "شهيد مجهول الهوية",
    "طفل مجهول",
    "طفلة مجهولة",
    "رجل مجهول",
    "امرأة مجهولة",
    "شخص مجهول",
    "لم يتم التعرف عليه",
    "لم يتم التعرف عليها",
    "غير معروف",
    "غير معروفة",
    "بدون اسم",
    "جثة",
    "طفل",
    "رضيع عمره 4 أشهر",
    "مجهول الهوية (طفل بعمر ٥ سنوات)",
]

NAMED = [
    "محمد ابن خالد",
    "Mohammad bin Khaled",
    "Maher",
    "Majd",
    "Majed",
    "Majhoul",
    "ماهر",
    "مجد",
    "ماجد",
    "محمد",
    "Mohammad",
    "محمد مجهول",
    "Mohammad Unknown",
    "Amal",
    "Nour",
    "Noura",
    "Nana",
    "Ana",
    "Shahid",
    "شهد",
    "جميل",
    "Jamil",
    "سيدة",
    "مدني",
    "طفل أحمد الخالد",  # the child Ahmad al-Khaled
    "Abu Omar",
    "أم محمد",
    "Said",
    "Mansour",
    "Nadine",
    "Ola",
    "Younis",
    "عمر",
    "about",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed(text: str) -> None:
    assert unnamed(text)


@pytest.mark.parametrize("text", NAMED)
def test_named(text: str) -> None:
    assert not unnamed(text)


def test_none_is_unnamed() -> None:
    assert unnamed(None)


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("Unidentified male, about 30", Unnamed("male", 30, False)),
        ("body of an unidentified woman", Unnamed("female", None, False)),
        ("unnamed child", Unnamed(None, None, True)),
        ("طفلة مجهولة", Unnamed("female", None, True)),
        ("رضيع عمره 4 أشهر", Unnamed(None, 0, True)),
        ("مجهول الهوية (طفل بعمر ٥ سنوات)", Unnamed(None, 5, True)),
        ("جثة مجهولة", Unnamed(None, None, None)),  # جثة is feminine; the person may not be
        ("unknown", Unnamed()),
    ],
)
def test_hints(text: str, hints: Unnamed) -> None:
    assert unnamed_hints(text) == hints


def test_a_name_has_no_hints() -> None:
    assert unnamed_hints("Maher") is None


def test_the_lists_are_long_enough() -> None:
    assert len(UNNAMED) >= 30 and len(NAMED) >= 30
