"""The period a figure covers: dates, spans, named events, and dates relative to the day the
document was published."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim
from tests.claims.helpers import claims as read


def periods(text: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    found: list[Claim] = extract_claims(replace(clean_text(text), published=published))
    return [(claim.period_start, claim.period_end) for claim in found]


@pytest.mark.parametrize(("text", "period"), [
    ("Since 4 August 2013, 1,200 people have been killed.", ("2013-08-04", None)),
    ("Between March 2011 and March 2021, 350,209 people were killed.",
     ("2011-03", "2021-03")),
    ("Between 1 January and 30 June 2024, 2,314 civilians were killed.",
     ("2024-01-01", "2024-06-30")),
    ("In 2022, 3,825 civilians were killed.", ("2022", "2022")),
    ("In March 2023, 187 civilians were killed.", ("2023-03", "2023-03")),
    ("On 28 July 2018, shelling killed 42 civilians.", ("2018-07-28", "2018-07-28")),
    ("From 2011 to 2013, 10,000 detainees died.", ("2011", "2013")),
    ("In the first half of 2021, 1,053 people were arrested.", ("2021-01", "2021-06")),
    ("Since March 2011 until the end of 2020, 230,224 civilians were killed.",
     ("2011-03", "2020")),
])
def test_periods_the_text_dates(text: str, period: tuple[str, str | None]) -> None:
    assert periods(text) == [period]


@pytest.mark.parametrize(("text", "period"), [
    ("In October, 30 civilians were killed.", ("2016-10", "2016-10")),
    ("In the past 24 hours, 195 people were killed.", ("2016-12-04", "2016-12-05")),
    ("In the past three days, 12 people were killed.", ("2016-12-02", "2016-12-05")),
    ("Last year, 1,460 civilians were killed.", ("2015", "2015")),
    ("Last month, 46 people were killed.", ("2016-11", "2016-11")),
    ("Last week, five people were killed.", ("2016-11-28", "2016-12-04")),
    ("On Wednesday, 11 people were killed.", ("2016-11-30", "2016-11-30")),
    ("Since Sunday, 19 civilians have been killed.", ("2016-12-04", None)),
    ("Yesterday, 14 people were killed.", ("2016-12-04", "2016-12-04")),
    ("Since the start of the year, 342 people have been killed.", ("2016-01-01", None)),
    ("In 2016 alone, 900 people were killed.", ("2016", "2016-12-05")),
])
def test_periods_relative_to_the_published_date(text: str, period: tuple[str, str]) -> None:
    assert periods(text, published="2016-12-05") == [period]


def test_relative_periods_without_a_date_are_unknown() -> None:
    assert periods("In October, 30 civilians were killed.") == [(None, None)]


def test_an_event_the_document_dates_itself() -> None:
    text = ("Militias have not stopped since the inauguration of President Hassan Rouhani on "
            "4 August 2013. Since Hassan Rouhani was elected, the regime killed 147,061 people.")
    assert periods(text) == [("2013-08-04", None)]


@pytest.mark.parametrize(("text", "start"), [
    ("Since Rouhani took office, 100,000 people have been killed.", "2013-08-04"),
    ("Since the Russian intervention, 6,000 civilians were killed in Syria.", "2015-09-30"),
    ("Since the full-scale invasion, 10,810 civilians have been killed in Ukraine.",
     "2022-02-24"),
])
def test_named_events(text: str, start: str) -> None:
    assert periods(text) == [(start, None)]


@pytest.mark.parametrize(("country", "start"), [
    ("Syria", "2011-03-15"), ("Yemen", "2015-03-26"), ("Sudan", "2023-04-15")])
def test_the_start_of_the_conflict_of_the_country_the_document_is_about(
        country: str, start: str) -> None:
    text = f"In {country}, 5,000 people have been killed since the start of the conflict."
    assert periods(text) == [(start, None)]


def test_a_period_carries_to_the_sentences_after_it() -> None:
    text = ("During October 2024, the centre recorded the deaths of 212 people. The civilian "
            "victims included 41 children.\n\nDetention\n\nThe centre recorded 97 arrests.")
    assert periods(text) == [("2024-10", "2024-10")] * 3


def test_the_period_of_the_claims_own_clause_wins() -> None:
    text = ("In 2015, the group reported that 30 people had been killed since 2012.")
    assert periods(text) == [("2012", None)]


def test_yesterdays_toll_runs_to_the_day_before() -> None:
    text = ("This raises the toll since 7 October to 21,110 killed. In yesterday's statement "
            "the toll stood at 20,915 killed.")
    assert periods(text, published="2023-12-22") == [("2023-10-07", None),
                                                     ("2023-10-07", "2023-12-21")]


def test_a_headline_takes_the_date_its_story_gives_next() -> None:
    text = ("Airstrikes on Idlib market kill 32, rescuers say\n\nAirstrikes hit a market on "
            "Monday, killing at least 23 people, rescuers said.")
    assert periods(text, published="2023-11-06") == [("2023-11-06", "2023-11-06")] * 2


def test_a_period_named_only_to_compare_frames_nothing_after_it() -> None:
    text = ("In March 2024, the mission verified 1,020 civilian casualties. This is 7 per cent "
            "more than in February 2024, when 953 were verified.\n\nOf the 1,020 casualties, "
            "908 were caused by explosive weapons.")
    assert periods(text)[-1] == ("2024-03", "2024-03")


def test_this_month_in_a_monthly_report_out_the_next_month_is_its_month() -> None:
    text = ("The network documented 187 civilian deaths in March 2023.\n\nChildren made up "
            "29% of the civilian death toll this month.")
    assert periods(text, published="2023-04-01")[-1] == ("2023-03", "2023-03")


def test_a_period_between_two_dates_that_each_carry_an_aside() -> None:
    assert periods("Between 17 October 2016, when the security forces and their allies "
                   "launched the operation, and 10 July 2017, when the Government announced "
                   "its end, the Office recorded at least 2,521 civilian deaths.") == [
        ("2016-10-17", "2017-07-10")]


def test_a_figure_over_the_same_period_as_one_before() -> None:
    assert periods("The Mission reports that between 1 January and 31 March 2033 it recorded "
                   "3,460 civilian casualties. The Watch puts the death toll far higher, at "
                   "1,870 civilians over the same period, including 402 children.",
                   published="2033-04-07") == [("2033-01-01", "2033-03-31")] * 3


def test_a_part_of_a_standing_count_of_the_displaced_stands_too() -> None:
    assert periods("Between September 2034 and February 2035 the Commission documented the "
                   "killing of 2,314 civilians.\n\nThe Office estimates that 1.3 million people "
                   "are now displaced inside the country. By its count, women and children "
                   "number 720,000 of the internally displaced.", published="2035-03-20")[1:] == [
        (None, None), (None, None)]


def test_from_the_start_of_a_campaign_on_a_date_until_yesterday_named_by_its_date() -> None:
    text = ("The office announces that the number of martyrs from the beginning of the "
            "campaign on 8 September 2037 until the evening of yesterday, Wednesday 21 "
            "October, has risen to (286) martyrs.")
    found = read(text, published="2037-10-22")[0]
    assert (found.period_start, found.period_end) == ("2037-09-08", "2037-10-21")


def test_the_last_months_of_something_are_no_time_before_publication() -> None:
    text = ("Over the siege, from March 2036 to February 2038, 11,870 excess deaths occurred. "
            "Excluding the last 3 months of the siege, the estimate falls to 10,900 excess "
            "deaths.")
    found = read(text, published="2038-09-14")
    assert found[-1].period_start != "2038-06-14"


def test_since_the_start_of_a_campaign_whose_beginning_was_dated_before() -> None:
    text = ("The number of martyrs from the beginning of the campaign on 8 September 2037 "
            "until 21 October has risen to (286) martyrs.\n\n"
            "More than (35,000) people have been displaced since the start of the campaign.")
    found = read(text, published="2037-10-22")
    assert found[-1].period_start == "2037-09-08"


def test_a_headline_under_a_dated_masthead_is_dated_by_its_story() -> None:
    text = ("THE NORTH POST\nTuesday 9 June 2037\n\nMortar fire killed 11 in Sarvel\n\n"
            "Mortar rounds struck Sarvel on 6 June, killing 11 people.")
    found = extract_claims(replace(clean_text(text), published="2037-06-09"))
    assert (found[0].period_start, found[0].period_end) == ("2037-06-06", "2037-06-06")


def test_the_day_a_campaign_was_launched_opens_a_period() -> None:
    text = ("Rebels launched a spring offensive on the capital on 9 April 2030. Since the "
            "offensive began, hospitals have treated 2,300 wounded people.")
    assert periods(text) == [("2030-04-09", None)]


def test_a_siege_that_began_in_a_month_opens_a_period() -> None:
    assert periods("The siege began in June 2027 and 640 people have starved.") == [
        ("2027-06", None)]


def test_a_period_from_a_dated_event_teaches_when_since_that_event_starts() -> None:
    text = ("This report covers the period from the second review of Oskar in March 2030 to "
            "30 June 2034. It draws on 40 interviews.\n\nSince the last review, the group has "
            "registered 1,500 enforced disappearances.")
    assert periods(text) == [("2030-03", None)]


def test_a_date_in_an_agreements_clause_is_not_the_attacks() -> None:
    text = ("Shelling killed 7 people on Tuesday in breach of the truce signed in Corva on "
            "4 May 2040.")
    found = read(text, published="2041-02-14")
    assert found[0].period_start == "2041-02-12"
    assert found[0].place != "Corva"


def test_since_the_beginning_of_the_current_year_starts_on_the_first_of_january() -> None:
    text = "Since the beginning of the current year, 40 people have been killed in the city."
    assert read(text, published="2041-05-14")[0].period_start == "2041-01-01"


def test_a_span_of_months_to_a_date_ends_on_that_date() -> None:
    text = ("In the 6 months to 30 June 2051, the monitor counted 300 civilian deaths, or "
            "about 2 a day.")
    assert periods(text)[0] == ("2051-01-01", "2051-06-30")
