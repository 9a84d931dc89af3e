"""Tests for rasd.register.values: digits, dates and ages as source lists write them."""

from __future__ import annotations

import dataclasses

import pytest

from rasd.register.values import (
    DIGITS,
    Age,
    PartialDate,
    normalize_digits,
    parse_age,
    parse_date,
)

# ---------------------------------------------------------------------------------------
# Digits
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("١٥/٠٣/٢٠١٢", "15/03/2012"),
        ("۱۵/۰۳/۲۰۱۲", "15/03/2012"),
        ("٤٥٫٠", "45.0"),
        ("٤٥ سنة", "45 سنة"),
        ("حلب، ٢٠١٢", "حلب، 2012"),  # the Arabic comma stays
        ("2012-03-05", "2012-03-05"),
        ("", ""),
    ],
)
def test_normalize_digits(text: str, expected: str) -> None:
    assert normalize_digits(text) == expected


def test_digits_table_is_a_translate_table() -> None:
    assert DIGITS[ord("٣")] == ord("3")
    assert DIGITS[ord("۷")] == ord("7")
    assert DIGITS[0x066B] == ord(".")
    assert 0x060C not in DIGITS
    assert "٩".translate(DIGITS) == "9"


# ---------------------------------------------------------------------------------------
# PartialDate
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision", "iso"),
    [
        (PartialDate(2012), "year", "2012"),
        (PartialDate(2012, 3), "month", "2012-03"),
        (PartialDate(2012, 3, 5), "day", "2012-03-05"),
        (PartialDate(2011, 12, 31), "day", "2011-12-31"),
    ],
)
def test_partial_date_precision_and_iso(date: PartialDate, precision: str, iso: str) -> None:
    assert date.precision == precision
    assert date.iso() == iso


def test_partial_date_is_frozen_and_hashable() -> None:
    date = PartialDate(2012, 3, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.year = 2013  # type: ignore[misc]
    assert {date, PartialDate(2012, 3, 5)} == {date}


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2012, None, 5),
        (2012, 13, None),
        (2012, 0, None),
        (2011, 2, 29),
        (2012, 4, 31),
        (1899, None, None),
        (2101, 1, 1),
    ],
)
def test_partial_date_rejects_impossible_dates(
    year: int, month: int | None, day: int | None
) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


# ---------------------------------------------------------------------------------------
# parse_date: what it accepts
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "\u200f", "\u0640"])
def test_parse_date_empty_is_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        # numeric, in the mapping's order
        ("05/03/2012", "DMY", PartialDate(2012, 3, 5)),
        ("5/3/2012", "DMY", PartialDate(2012, 3, 5)),
        ("05-03-2012", "DMY", PartialDate(2012, 3, 5)),
        ("05.03.2012", "DMY", PartialDate(2012, 3, 5)),
        ("05 03 2012", "DMY", PartialDate(2012, 3, 5)),
        ("5 / 3 / 2012", "DMY", PartialDate(2012, 3, 5)),
        ("05/03/2012", "MDY", PartialDate(2012, 5, 3)),
        ("12/31/2013", "MDY", PartialDate(2013, 12, 31)),
        ("31/12/2013", "DMY", PartialDate(2013, 12, 31)),
        ("29/02/2012", "DMY", PartialDate(2012, 2, 29)),
        ("29/02/2000", "DMY", PartialDate(2000, 2, 29)),
        ("05/03/2012", "dmy", PartialDate(2012, 3, 5)),
        # a four-digit first part is always Y-M-D, whatever the order
        ("2012-03-05", "DMY", PartialDate(2012, 3, 5)),
        ("2012-03-05", "MDY", PartialDate(2012, 3, 5)),
        ("2012-03-05", "YMD", PartialDate(2012, 3, 5)),
        ("2012/3/5", "DMY", PartialDate(2012, 3, 5)),
        ("2012.12.01", "MDY", PartialDate(2012, 12, 1)),
        ("2013/11/30", "YMD", PartialDate(2013, 11, 30)),
        # Eastern Arabic and Persian digits
        ("١٥/٠٣/٢٠١٢", "DMY", PartialDate(2012, 3, 15)),
        ("۱۵/۰۳/۲۰۱۲", "DMY", PartialDate(2012, 3, 15)),
        ("٢٠١٢-٠٣-١٥", "DMY", PartialDate(2012, 3, 15)),
        # invisible marks and tatweel around the value
        ("\u200f15/03/2012\u200f", "DMY", PartialDate(2012, 3, 15)),
        ("\u202b١٥/٣/٢٠١٢\u202c", "DMY", PartialDate(2012, 3, 15)),
        ("\u200e2012-03-15", "DMY", PartialDate(2012, 3, 15)),
        ("  15/03/2012  ", "DMY", PartialDate(2012, 3, 15)),
        ("\ufeff15/03/2012", "DMY", PartialDate(2012, 3, 15)),
        # the Gregorian marker
        ("15/3/2012م", "DMY", PartialDate(2012, 3, 15)),
        ("2012/3/15 م", "DMY", PartialDate(2012, 3, 15)),
    ],
)
def test_parse_date_full_numeric(text: str, order: str, expected: PartialDate) -> None:
    result = parse_date(text, order)
    assert result == expected
    assert result is not None and result.precision == "day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.02.2012 14:21", PartialDate(2012, 2, 5)),
        ("05/02/2012 14:21:07", PartialDate(2012, 2, 5)),
        ("2012-02-05T14:21:00", PartialDate(2012, 2, 5)),
        ("2012-02-05T14:21:00Z", PartialDate(2012, 2, 5)),
        ("2012-02-05T14:21:00.000+03:00", PartialDate(2012, 2, 5)),
        ("2012-02-05 14:21:33", PartialDate(2012, 2, 5)),
        ("2012-02-05 00:00:00", PartialDate(2012, 2, 5)),
        ("5/2/2012 2:21 PM", PartialDate(2012, 2, 5)),
        ("٠٥/٠٢/٢٠١٢ ١٤:٢١", PartialDate(2012, 2, 5)),
        ("6 September 2011 10:30", PartialDate(2011, 9, 6)),
    ],
)
def test_parse_date_with_time_of_day(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2012", "DMY", PartialDate(2012)),
        ("١٩٩٨", "DMY", PartialDate(1998)),
        ("2012م", "DMY", PartialDate(2012)),
        ("عام 2012", "DMY", PartialDate(2012)),
        ("سنة ٢٠١٣", "DMY", PartialDate(2013)),
        ("2012-03", "DMY", PartialDate(2012, 3)),
        ("2012/3", "MDY", PartialDate(2012, 3)),
        ("2012.11", "DMY", PartialDate(2012, 11)),
        ("03/2012", "DMY", PartialDate(2012, 3)),
        ("03/2012", "MDY", PartialDate(2012, 3)),
        ("3-2012", "DMY", PartialDate(2012, 3)),
        ("12.2013", "DMY", PartialDate(2013, 12)),
        ("٣/٢٠١٢", "DMY", PartialDate(2012, 3)),
    ],
)
def test_parse_date_partial(text: str, order: str, expected: PartialDate) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 September 2011", PartialDate(2011, 9, 6)),
        ("06 september 2011", PartialDate(2011, 9, 6)),
        ("6 SEPTEMBER 2011", PartialDate(2011, 9, 6)),
        ("September 6, 2011", PartialDate(2011, 9, 6)),
        ("September 6 2011", PartialDate(2011, 9, 6)),
        ("Sep 6, 2011", PartialDate(2011, 9, 6)),
        ("Sept. 6th, 2011", PartialDate(2011, 9, 6)),
        ("6 Sept 2011", PartialDate(2011, 9, 6)),
        ("6 Sep 2011", PartialDate(2011, 9, 6)),
        ("06-Sep-2011", PartialDate(2011, 9, 6)),
        ("6th of September 2011", PartialDate(2011, 9, 6)),
        ("1 January 2013", PartialDate(2013, 1, 1)),
        ("21 Aug 2013", PartialDate(2013, 8, 21)),
        ("August 21, 2013", PartialDate(2013, 8, 21)),
        ("29 Feb 2012", PartialDate(2012, 2, 29)),
        ("3 May 2015", PartialDate(2015, 5, 3)),
        ("15 Mar. 2012", PartialDate(2012, 3, 15)),
        ("Dec 31, 2016", PartialDate(2016, 12, 31)),
        ("Sep 2011", PartialDate(2011, 9)),
        ("September 2011", PartialDate(2011, 9)),
        ("june 2014", PartialDate(2014, 6)),
        ("Jun 2014", PartialDate(2014, 6)),
        ("Oct. 2015", PartialDate(2015, 10)),
        ("July, 2012", PartialDate(2012, 7)),
    ],
)
def test_parse_date_english_month_names(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("كانون الثاني", 1),
        ("كانون ثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("اذار", 3),
        ("أذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("ايار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("اب", 8),
        ("أيلول", 9),
        ("ايلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الاول", 10),
        ("تشرين اول", 10),
        ("تشرين الثاني", 11),
        ("تشرين ثاني", 11),
        ("كانون الأول", 12),
        ("كانون الاول", 12),
        ("كانون اول", 12),
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل", 4),
        ("ابريل", 4),
        ("إبريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونية", 6),
        ("يوليو", 7),
        ("يولية", 7),
        ("أغسطس", 8),
        ("اغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر", 10),
        ("اكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
    ],
)
def test_parse_date_every_arabic_month_name(name: str, month: int) -> None:
    assert parse_date(f"15 {name} 2012") == PartialDate(2012, month, 15)
    assert parse_date(f"{name} 2012") == PartialDate(2012, month)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 آذار 2012", PartialDate(2012, 3, 15)),
        ("١٥ كانون الثاني ٢٠١٣", PartialDate(2013, 1, 15)),
        ("آذار 2012", PartialDate(2012, 3)),
        ("آذار عام 2012", PartialDate(2012, 3)),
        ("15 آذار سنة 2012", PartialDate(2012, 3, 15)),
        ("15 آذار 2012م", PartialDate(2012, 3, 15)),
        ("15 آذار 2012 م", PartialDate(2012, 3, 15)),
        ("٢ تشرين الثاني ٢٠١٥م", PartialDate(2015, 11, 2)),
        ("تشرين الثاني 2015", PartialDate(2015, 11)),
        ("3 كانون الأول 2016", PartialDate(2016, 12, 3)),
        ("كانون  الثاني  2013", PartialDate(2013, 1)),  # double spaces
        ("15 آذار، 2012", PartialDate(2012, 3, 15)),
        ("15-آذار-2012", PartialDate(2012, 3, 15)),
        ("4 نيسان عام 2017", PartialDate(2017, 4, 4)),
        ("٢١ آب ٢٠١٣", PartialDate(2013, 8, 21)),
        ("21 أغسطس 2013", PartialDate(2013, 8, 21)),
        ("\u200f٢١ آب ٢٠١٣\u200f", PartialDate(2013, 8, 21)),
        ("حزيــران 2014", PartialDate(2014, 6)),  # tatweel inside the word
        ("۱۵ اكتوبر ۲۰۱۲", PartialDate(2012, 10, 15)),  # Persian digits
        ("۱۵ اکتوبر ۲۰۱۲", PartialDate(2012, 10, 15)),  # and a Persian kaf
    ],
)
def test_parse_date_arabic_month_names(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_parse_date_month_name_ignores_order() -> None:
    assert parse_date("6 September 2011", "MDY") == PartialDate(2011, 9, 6)
    assert parse_date("September 6, 2011", "DMY") == PartialDate(2011, 9, 6)
    assert parse_date("15 آذار 2012", "YMD") == PartialDate(2012, 3, 15)


# ---------------------------------------------------------------------------------------
# parse_date: what it rejects
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("31/02/2012", "DMY", "no such day"),
        ("29/02/2011", "DMY", "no such day"),
        ("31/04/2013", "DMY", "no such day"),
        ("2012-02-30", "DMY", "no such day"),
        ("31 February 2012", "DMY", "no such day"),
        ("30 شباط 2012", "DMY", "no such day"),
        ("13/13/2012", "DMY", "no such month"),
        ("05/13/2012", "DMY", "no such month"),
        ("13/05/2012", "MDY", "no such month"),
        ("2012-13", "DMY", "no such month"),
        ("00/2012", "DMY", "no such month"),
        ("12/5/12", "DMY", "two-digit year"),
        ("12/5/12", "MDY", "two-digit year"),
        ("05-03-12", "DMY", "two-digit year"),
        ("12/03/05", "YMD", "two-digit year"),
        ("6 September 11", "DMY", "two-digit year"),
        ("Sep 11", "DMY", "two-digit year"),
        ("1899", "DMY", "year out of range"),
        ("01/01/1850", "DMY", "year out of range"),
        ("2101-01-01", "DMY", "year out of range"),
        ("15 آذار 1800", "DMY", "year out of range"),
        ("1433/04/22 هـ", "DMY", "Hijri"),
        ("05/03/2012", "YMD", "not a date"),
        ("3/12", "DMY", "not a date"),
        ("yesterday", "DMY", "not a date"),
        ("unknown", "DMY", "not a date"),
        ("غير معروف", "DMY", "not a date"),
        ("?", "DMY", "not a date"),
        ("40974", "DMY", "not a date"),  # a spreadsheet serial number
        ("20120305", "DMY", "not a date"),
        ("012/03/2012", "DMY", "not a date"),
        ("5/3/2012/1", "DMY", "not a date"),
        ("September", "DMY", "not a date"),
        ("September 6", "DMY", "not a date"),
        ("آذار", "DMY", "not a date"),
        ("15 Brumaire 2012", "DMY", "not a date"),
        ("2012-03-05 14", "DMY", "not a date"),
    ],
)
def test_parse_date_errors(text: str, order: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(text, order)


def test_parse_date_unknown_order() -> None:
    with pytest.raises(ValueError, match="order"):
        parse_date("05/03/2012", "DYM")


def test_parse_date_future_is_not_its_business() -> None:
    assert parse_date("01/01/2099") == PartialDate(2099, 1, 1)


# ---------------------------------------------------------------------------------------
# Age
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "child"),
    [
        (Age(0), True),
        (Age(17), True),
        (Age(18), False),
        (Age(45, estimated=True), False),
        (Age(None), None),
        (Age(None, child=True), True),
    ],
)
def test_age_derives_child(age: Age, child: bool | None) -> None:
    assert age.child is child


@pytest.mark.parametrize(
    ("years", "child"),
    [(-1, None), (121, None), (10, False), (30, True)],
)
def test_age_rejects_inconsistent_values(years: int, child: bool | None) -> None:
    with pytest.raises(ValueError):
        Age(years, child=child)


# ---------------------------------------------------------------------------------------
# parse_age: what it accepts
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "  ", "\u200f", "\t"])
def test_parse_age_empty_is_none(text: str) -> None:
    assert parse_age(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45", Age(45, child=False)),
        (" 45 ", Age(45, child=False)),
        ("45.0", Age(45, child=False)),
        ("45.00", Age(45, child=False)),
        ("٤٥", Age(45, child=False)),
        ("۴۵", Age(45, child=False)),
        ("٤٥٫٠", Age(45, child=False)),
        ("\u200f٤٥\u200f", Age(45, child=False)),
        ("0", Age(0, child=True)),
        ("7", Age(7, child=True)),
        ("17", Age(17, child=True)),
        ("18", Age(18, child=False)),
        ("120", Age(120, child=False)),
    ],
)
def test_parse_age_plain_numbers(text: str, expected: Age) -> None:
    assert parse_age(text) == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("~45", 45),
        ("~ 45", 45),
        ("45?", 45),
        ("45 ?", 45),
        ("about 45", 45),
        ("About 45", 45),
        ("approx 45", 45),
        ("approx. 45", 45),
        ("approximately 45", 45),
        ("around 45", 45),
        ("c. 45", 45),
        ("ca. 45", 45),
        ("circa 45", 45),
        ("حوالي 45", 45),
        ("حوالى ٤٥", 45),
        ("تقريبا 45", 45),
        ("45 تقريبا", 45),
        ("45 تقريباً", 45),
        ("تقريباً ٤٥", 45),
        ("حوالي 45 سنة", 45),
        ("about 45 years", 45),
        ("~12", 12),
        ("30-35", 32),
        ("30 - 35", 32),
        ("30–35", 32),
        ("30 — 35", 32),
        ("٣٠-٣٥", 32),
        ("40-50", 45),
        ("20-20", 20),
        ("15-20 years", 17),
        ("about 30-35", 32),
    ],
)
def test_parse_age_estimated(text: str, years: int) -> None:
    assert parse_age(text) == Age(years, estimated=True)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("45 years", 45),
        ("45 Years", 45),
        ("45years", 45),
        ("1 year", 1),
        ("45 yrs", 45),
        ("45 y", 45),
        ("45y", 45),
        ("45 years old", 45),
        ("45 سنة", 45),
        ("45 سنه", 45),
        ("٤٥ سنة", 45),
        ("45 عاما", 45),
        ("45 عاماً", 45),
        ("45 عام", 45),
        ("5 سنوات", 5),
        ("سنة", 1),
        ("سنتين", 2),
        ("عامين", 2),
        ("3 months", 0),
        ("3 mo", 0),
        ("11 months", 0),
        ("12 months", 1),
        ("18 months", 1),
        ("30 months", 2),
        ("3 أشهر", 0),
        ("٣ أشهر", 0),
        ("3 اشهر", 0),
        ("شهر", 0),
        ("شهرين", 0),
        ("8 days", 0),
        ("8 أيام", 0),
        ("يوم", 0),
        ("يومين", 0),
        ("1 day", 0),
        ("2 weeks", 0),
        ("3 أسابيع", 0),
        ("أسبوع", 0),
    ],
)
def test_parse_age_units(text: str, years: int) -> None:
    assert parse_age(text) == Age(years)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أيام", Age(0, estimated=True)),  # "days": some days old
        ("أشهر", Age(0, estimated=True)),
        ("حوالي 3 أشهر", Age(0, estimated=True)),
        ("about 18 months", Age(1, estimated=True)),
    ],
)
def test_parse_age_vague_infants(text: str, expected: Age) -> None:
    assert parse_age(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "newborn",
        "Newborn",
        "new-born",
        "new born",
        "رضيع",
        "رضيعة",
        "حديث الولادة",
        "حديثة الولادة",
        "حديثة الولاده",
        " رضيع ",
    ],
)
def test_parse_age_newborn(text: str) -> None:
    assert parse_age(text) == Age(0, estimated=False, child=True)


# ---------------------------------------------------------------------------------------
# parse_age: the list's own age words
# ---------------------------------------------------------------------------------------

WORDS = {
    "طفل": "child",
    "طفلة": "child",
    "بالغ": "adult",
    "شاب": "adult",
    "child": "child",
    "adult": "adult",
    "غير معروف": "unknown",
    "?": "unknown",
    "٠": "unknown",  # a list that writes an unknown age as Arabic zero
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طفل", Age(None, child=True)),
        (" طفلة ", Age(None, child=True)),
        ("بالغ", Age(None, child=False)),
        ("شاب", Age(None, child=False)),
        ("Child", Age(None, child=True)),
        ("ADULT", Age(None, child=False)),
        ("غير معروف", Age(None, child=None)),
        ("?", Age(None, child=None)),
        ("٠", Age(None, child=None)),  # words are looked up before numbers
        ("45", Age(45)),  # not a word: read as a number
        ("رضيع", Age(0, child=True)),
    ],
)
def test_parse_age_words(text: str, expected: Age) -> None:
    result = parse_age(text, WORDS)
    assert result == expected
    assert result is not None and result.estimated is False


def test_parse_age_words_after_digit_normalisation() -> None:
    words = {"0": "unknown", "99": "unknown"}
    assert parse_age("٩٩", words) == Age(None, child=None)
    assert parse_age("۰", words) == Age(None, child=None)


def test_parse_age_word_with_bad_group() -> None:
    with pytest.raises(ValueError, match="age group"):
        parse_age("شيخ", {"شيخ": "elderly"})


def test_parse_age_without_words_rejects_words() -> None:
    with pytest.raises(ValueError, match="not an age"):
        parse_age("طفل")
    with pytest.raises(ValueError, match="not an age"):
        parse_age("طفل", {})


# ---------------------------------------------------------------------------------------
# parse_age: what it rejects
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("45.5", "whole years"),
        ("٤٥٫٥", "whole years"),
        ("2.5 years", "whole years"),
        ("-3", "negative age"),
        ("- 3", "negative age"),
        ("121", "age above 120"),
        ("150 years", "age above 120"),
        ("1500 months", "age above 120"),
        ("35-30", "backwards"),
        ("child", "not an age"),
        ("unknown", "not an age"),
        ("غير معروف", "not an age"),
        ("?", "not an age"),
        ("~", "not an age"),
        ("45+", "not an age"),
        ("forty-five", "not an age"),
        ("45 kg", "not an age"),
        ("45/46", "not an age"),
        ("45 45", "not an age"),
        ("about", "not an age"),
        ("years", "not an age"),
        ("infant", "not an age"),
        ("baby", "not an age"),
    ],
)
def test_parse_age_errors(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_age(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("0000-00-00", None),
    ("00/00/0000", None),
    ("2013-00-00", (2013, None, None)),
    ("2013-03-00", (2013, 3, None)),
    ("00/03/2013", (2013, 3, None)),
])
def test_zeros_in_a_date_mean_unknown_parts(text: str,
                                             expected: tuple[int, int | None, int | None] | None
                                             ) -> None:
    """Database exports write an unknown date, month or day as zeros (VDC: 0000-00-00)."""
    found = parse_date(text)
    assert (None if found is None else (found.year, found.month, found.day)) == expected


def test_a_zero_month_with_a_known_day_is_still_an_error() -> None:
    with pytest.raises(ValueError, match="month"):
        parse_date("2013-00-05")
