"""Properties of the normalisers: idempotent, total, and the spelling table consistent."""

from __future__ import annotations

import pytest

from rasd.names import (
    cross_script_key,
    detect_script,
    fold_latin,
    normalize_arabic,
    normalize_name,
    strip_article,
)
from rasd.names.latin import _rules, plain_latin
from rasd.names.spellings import GIVEN_NAMES
from tests.names.test_same_names import (
    ARABIC_AND_LATIN,
    ARABIC_SPELLINGS,
    LATIN_SPELLINGS,
    SAME_PERSON,
)

ARABIC = sorted({t for pair in ARABIC_SPELLINGS for t in pair} | {a for a, _ in ARABIC_AND_LATIN})
LATIN = sorted({t for pair in LATIN_SPELLINGS for t in pair} | {b for _, b in ARABIC_AND_LATIN})
NAMES = ARABIC + LATIN + sorted({t for pair in SAME_PERSON for t in pair})


@pytest.mark.parametrize("text", ARABIC)
def test_normalize_arabic_is_idempotent(text: str) -> None:
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once


@pytest.mark.parametrize("text", LATIN)
def test_fold_latin_is_idempotent(text: str) -> None:
    once = fold_latin(text)
    assert fold_latin(once) == once


@pytest.mark.parametrize("text", NAMES)
def test_the_key_of_the_normalised_name_is_the_key_of_the_name(text: str) -> None:
    assert cross_script_key(normalize_name(text)) == cross_script_key(text)


@pytest.mark.parametrize("text", ["", " ", "-", "()", "٣٠", "?!", "_"])
def test_names_without_letters_give_empty_strings(text: str) -> None:
    assert normalize_arabic(text) in ("", "30")
    assert fold_latin(text) in ("", "30")
    assert cross_script_key(text) == ""


def test_digits_and_punctuation() -> None:
    assert normalize_arabic("محمد، ٣") == "محمد 3"
    assert fold_latin("O'Neil-Ahmad") == "unayl ahmad"


def test_a_title_alone_is_kept() -> None:
    assert normalize_arabic("الشيخ") == "الشيخ"
    assert normalize_arabic("السيد") == "السيد"
    assert fold_latin("Sheikh") == "shaykh"


def test_article_is_kept_where_it_is_part_of_the_name() -> None:
    assert strip_article("الياس") == "الياس"
    assert strip_article("الهام") == "الهام"
    assert strip_article("الفت") == "الفت"
    assert strip_article("alwan") == "alwan"
    assert strip_article("ali") == "ali"
    assert strip_article("abdalrahman") == "abdalrahman"
    assert strip_article("عبدالرحمن") == "عبدالرحمن"


@pytest.mark.parametrize(
    ("text", "script"),
    [("محمد", "ar"), ("Omar", "latin"), ("محمد Omar", "both"), ("٣٠", "ar"), ("30", "none"),
     ("", "none"), (None, "none"), ("Ḥasan", "latin")],
)
def test_detect_script(text: str | None, script: str) -> None:
    assert detect_script(text) == script


def test_no_spelling_belongs_to_two_names() -> None:
    owner: dict[str, str] = {}
    for canonical, variants in GIVEN_NAMES.items():
        for variant in (canonical, *variants):
            folded = _rules(plain_latin(variant))
            assert owner.setdefault(folded, canonical) == canonical, variant


@pytest.mark.parametrize("canonical", sorted(GIVEN_NAMES))
def test_canonical_spellings_are_fixed_points(canonical: str) -> None:
    assert fold_latin(canonical) == _rules(canonical)
