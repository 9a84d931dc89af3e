"""Splitting full names into parts, and finding the kunya."""

from __future__ import annotations

import pytest

from rasd.names import NameParts, kunya, split_name


def _parts(text: str) -> tuple[str | None, ...]:
    parts = split_name(text)
    return parts.first, parts.father, parts.grandfather, parts.family


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محمد أحمد علي الخالد", ("محمد", "احمد", "علي", "الخالد")),
        ("محمد أحمد الخالد", ("محمد", "احمد", None, "الخالد")),
        ("محمد الخالد", ("محمد", None, None, "الخالد")),
        ("محمد", ("محمد", None, None, None)),
        ("محمد أحمد علي حسن الخالد", ("محمد", "احمد", "علي", "الخالد")),
        ("عبد الرحمن عبد الله أبو زيد", ("عبدالرحمن", "عبدالله", None, "ابوزيد")),
        ("نور الدين صلاح الدين الحلبي", ("نورالدين", "صلاحالدين", None, "الحلبي")),
        ("أبو بكر محمد الشامي", ("ابوبكر", "محمد", None, "الشامي")),
        ("الشهيد الطفل محمد أحمد الخالد", ("محمد", "احمد", None, "الخالد")),
        ("Mohammad Ahmad Ali Al-Khaled", ("muhamad", "ahmad", "ali", "alkhalid")),
        ("Abdul Rahman Abdullah Abu Zaid", ("abdalrahman", "abdalah", None, "abuzayd")),
        ("Dr. Noureddine Mahmoud", ("nuraldin", None, None, "mahmud")),
        # A family name opening with a title loses it, as a family-name column does.
        ("ياسر فايز حاج أحمد", ("ياسر", "فايز", None, "احمد")),
        ("Yaser Haj Ahmad", ("yaser", None, None, "ahmad")),
        ("زيد صالح الشيخ موسى", ("زيد", "صالح", None, "موسي")),
        ("محمد علي الشيخ", ("محمد", "علي", None, "الشيخ")),
    ],
)
def test_parts_follow_the_syrian_order(text: str, expected: tuple[str | None, ...]) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محمد بن خالد", ("محمد", "خالد", None, None)),
        ("محمد بن خالد العمر", ("محمد", "خالد", None, "العمر")),
        ("محمد ابن خالد العمر", ("محمد", "خالد", None, "العمر")),
        ("فاطمة بنت محمد الأحمد", ("فاطمه", "محمد", None, "الاحمد")),
        ("Ahmad ibn Ali", ("ahmad", "ali", None, None)),
        ("Mohammad bin Khaled Al-Ahmad", ("muhamad", "khalid", None, "alahmad")),
    ],
)
def test_connectors_are_dropped_and_mark_the_father(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert _parts(text) == expected


def test_family_name_before_a_comma_goes_last() -> None:
    assert _parts("Al-Ahmad, Mohammad Khaled") == ("muhamad", "khalid", None, "alahmad")
    assert _parts("الأحمد، محمد خالد") == ("محمد", "خالد", None, "الاحمد")


@pytest.mark.parametrize(
    ("text", "mother"),
    [
        ("محمد أحمد الخالد والدته فاطمة", "فاطمه"),
        ("محمد أحمد الخالد، اسم الأم: فاطمة", "فاطمه"),
        ("محمد أحمد الخالد (أمه خديجة)", "خديجه"),
        ("Mohammad Ahmad Al-Khaled (mother: Fatima)", "fatima"),
        ("Mohammad Ahmad Al-Khaled, mother's name Fatimah", "fatima"),
        ("Mohammad Ahmad Al-Khaled (mom: Fatma)", "fatima"),
    ],
)
def test_the_mother_is_taken_out_of_the_name(text: str, mother: str) -> None:
    parts = split_name(text)
    assert parts.mother == mother
    assert parts.family in ("الخالد", "alkhalid")
    assert len(parts.tokens) == 3


def test_words_that_only_begin_like_a_marker_are_names() -> None:
    parts = split_name("Mumtaz Khaled (born 1990)")
    assert (parts.first, parts.family, parts.mother) == ("mumtaz", "khalid", None)
    parts = split_name("معروف بركات")
    assert (parts.first, parts.family, parts.kunya) == ("معروف", "بركات", None)


def test_a_leading_kunya_is_kept_apart_from_the_parts() -> None:
    parts = split_name("أبو عمر الحلبي")
    assert parts.kunya == "ابو عمر"
    assert (parts.first, parts.family) == (None, "الحلبي")
    parts = split_name("أبو محمد أحمد خالد الحلبي")
    assert parts.kunya == "ابو محمد"
    assert _parts("أبو محمد أحمد خالد الحلبي") == ("احمد", "خالد", None, "الحلبي")


def test_a_kunya_in_parentheses_is_kept_apart() -> None:
    parts = split_name("محمد أحمد الخالد (أبو عمر)")
    assert parts.kunya == "ابو عمر"
    assert parts.tokens == ("محمد", "احمد", "الخالد")


def test_tokens_and_script() -> None:
    parts = split_name("عبد الله بن محمد")
    assert parts.tokens == ("عبدالله", "محمد")
    assert parts.script == "ar"
    assert split_name("Omar Khaled").script == "latin"


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_name_gives_empty_parts(text: str | None) -> None:
    assert split_name(text) == NameParts()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أبو عمر", "ابو عمر"),
        ("ابو عمر", "ابو عمر"),
        ("أبو محمد الحلبي", "ابو محمد"),
        ("أبو عبد الله", "ابو عبدالله"),
        ("أم محمد", "ام محمد"),
        ("ام أحمد الحمصية", "ام احمد"),
        ("Abu Omar", "abu umar"),
        ("Abou Omar", "abu umar"),
        ("Abo Omar", "abu umar"),
        ("Abu Omar al-Halabi", "abu umar"),
        ("Umm Mohammad", "umm muhamad"),
        ("Um Mohammed", "umm muhamad"),
        ("Oum Mohamed", "umm muhamad"),
        ("محمد الخالد (أبو عمر)", "ابو عمر"),
        ("Mohammad Khaled (Abu Omar)", "abu umar"),
        ("محمد أحمد الملقب بأبي عمر", "ابو عمر"),
        ("محمد أحمد المكنى أبو خالد", "ابو خالد"),
        ("Khaled Ahmad aka Abu Omar", "abu umar"),
        ("Khaled Ahmad a.k.a. Abu Omar", "abu umar"),
        ("محمد المعروف بأبي عمر", "ابو عمر"),
    ],
)
def test_kunya_is_found(text: str, expected: str) -> None:
    assert kunya(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أبو بكر",
        "أبو بكر الأحمد",
        "ابوبكر محمد",
        "Abu Bakr Mohammad",
        "Abubakr",
        "أبو الخير محمد",
        "Abu al-Fadl",
        "محمد أبو زيد",
        "Mohammad Abu Zaid",
        "محمد",
        "أبو",
        "",
        None,
    ],
)
def test_no_kunya(text: str | None) -> None:
    assert kunya(text) is None


@pytest.mark.parametrize(("text", "first", "family"), [
    ("الزعبي فواز عمر محمد", "فواز", "الزعبي"),
    ("النحاس محمود حيدر هاني", "محمود", "النحاس"),
    ("al-Zubi Fawwaz Omar", "fawaz", "alzubi"),
])
def test_a_name_written_family_name_first_is_read_in_order(text: str, first: str,
                                                           family: str) -> None:
    parts = split_name(text)
    assert (parts.first, parts.family) == (first, family)


@pytest.mark.parametrize("text", ["الياس محمد حداد", "محمد أحمد الحلبي", "العلي محمد الأحمد"])
def test_a_given_name_with_the_article_or_a_family_name_last_stays_in_place(text: str) -> None:
    assert split_name(text).tokens[0] == split_name(text).first
