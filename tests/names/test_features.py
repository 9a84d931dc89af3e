"""name_features: the one call the linker makes per record."""

from __future__ import annotations

import dataclasses

import pytest

from rasd.names import NameFeatures, name_features


def test_an_arabic_full_name_is_split_into_parts() -> None:
    f = name_features(name_ar="الشهيد محمد عبد الرحمن أحمد الحلبي")
    assert (f.first, f.father, f.grandfather, f.family) == (
        "محمد", "عبدالرحمن", "احمد", "الحلبي"
    )
    assert (f.first_key, f.father_key, f.grandfather_key, f.family_key) == (
        "mhmd", "abdlrhmn", "ahmd", "hlb"
    )
    assert f.family_bare == "حلبي"
    assert f.full == "محمد عبدالرحمن احمد الحلبي"
    assert f.script == "ar"
    assert not f.unnamed


def test_the_arabic_name_is_preferred_when_both_are_given() -> None:
    f = name_features(name_ar="محمد عبد الله الأحمد", name_latin="Mohammad Abdullah Al-Ahmad")
    assert f.script == "both"
    assert f.first == "محمد"
    latin = name_features(name_latin="Mohammad Abdullah Al-Ahmad")
    assert latin.script == "latin"
    assert latin.first == "muhamad"
    assert (f.first_key, f.father_key, f.family_key) == (
        latin.first_key, latin.father_key, latin.family_key
    )
    assert f.keys_sorted == latin.keys_sorted


def test_a_latin_full_name_in_full_name() -> None:
    f = name_features(full_name="Dr. Khaled Mahmoud Al Zoubi")
    assert (f.first, f.father, f.family, f.family_bare) == (
        "khalid", "mahmud", "alzubi", "zubi"
    )
    assert f.script == "latin"


def test_separate_parts_are_used_as_given() -> None:
    f = name_features(first="عبد الرحمن", father="محمد", grandfather="-", family="آل الأسد")
    assert (f.first, f.father, f.grandfather, f.family) == ("عبدالرحمن", "محمد", None, "الاسد")
    assert f.family_bare == "اسد"
    assert f.first_key == "abdlrhmn"


def test_parts_win_over_the_full_name() -> None:
    f = name_features(full_name="Unknown", first="Omar", family="Al-Halabi")
    assert (f.first, f.family) == ("umar", "alhalabi")
    assert not f.unnamed


def test_a_placeholder_part_is_none() -> None:
    f = name_features(first="محمد", father="مجهول", family="غير معروف")
    assert (f.first, f.father, f.family) == ("محمد", None, None)
    assert not f.unnamed


def test_a_family_name_missing_from_the_full_name_is_added() -> None:
    f = name_features(full_name="محمد أحمد", family="الخالد")
    assert (f.first, f.father, f.family) == ("محمد", "احمد", "الخالد")
    g = name_features(full_name="محمد أحمد الخالد", family="الخالد")
    assert g.full == f.full


@pytest.mark.parametrize(
    "fields",
    [
        {"full_name": "مجهول الهوية"},
        {"name_ar": "جثة مجهولة", "name_latin": "unidentified body"},
        {"name_latin": "Unknown man"},
        {"first": "مجهول", "family": "-"},
        {"full_name": "N/A"},
        {},
    ],
)
def test_unnamed_records(fields: dict[str, str]) -> None:
    f = name_features(**fields)
    assert f.unnamed
    assert f.first is None and f.family is None and f.first_key is None
    assert f.keys_sorted is None


def test_an_empty_record_has_no_script() -> None:
    assert name_features().script == "none"


def test_a_kunya_alone_names_someone() -> None:
    f = name_features(full_name="أبو عمر")
    assert not f.unnamed
    assert f.kunya == "ابو عمر"
    assert f.first is None
    g = name_features(full_name="Abu Omar al-Halabi")
    assert (g.kunya, g.family) == ("abu umar", "alhalabi")


def test_the_mother_comes_from_the_full_name() -> None:
    f = name_features(name_ar="محمد أحمد الخالد والدته فاطمة")
    assert f.mother == "فاطمه"
    assert f.full == "محمد احمد الخالد"


def test_sorted_tokens_ignore_the_order_of_the_family_name() -> None:
    a = name_features(full_name="Mohammad Khaled Al-Ahmad")
    b = name_features(full_name="Al-Ahmad Mohammad Khaled")
    assert a.tokens_sorted == b.tokens_sorted == "ahmad khalid muhamad"
    assert (a.first, a.family) == (b.first, b.family)  # read family name first


def test_sorted_keys_meet_across_scripts() -> None:
    a = name_features(name_ar="الأحمد محمد خالد")
    b = name_features(name_latin="Mohammad Khaled Al-Ahmad")
    assert a.keys_sorted == b.keys_sorted == "ahmd khld mhmd"


def test_features_are_frozen() -> None:
    f = name_features(full_name="Omar")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.first = "x"  # type: ignore[misc]
    assert isinstance(f, NameFeatures)
