"""How figures are read: digits and words, ranges, qualifiers, units, vague magnitudes, and
the numbers that are not counts at all."""

from __future__ import annotations

import pytest

from rasd.claims.model import Claim
from tests.claims.helpers import claims


def one(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [claim.quote for claim in found]
    return found[0]


@pytest.mark.parametrize(("text", "value"), [
    ("Shelling killed 147,061 people.", 147061),
    ("Two children were killed in the strike.", 2),
    ("A dozen soldiers were killed at the checkpoint.", 12),
    ("One child was killed when the shell hit the school.", 1),
    ("Twenty-three people were killed in the raid.", 23),
    ("Some two hundred and fifty thousand refugees have returned.", 250_000),
    ("1.5 million people have fled the fighting.", 1_500_000),
    ("3 million people were displaced by the war.", 3_000_000),
    ("The siege has displaced 3m people.", 3_000_000),
])
def test_numbers_in_digits_and_words(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 10,000 and 15,000 people were killed in detention.", 10_000, 15_000),
    ("The clashes killed 12 – 40 fighters, local sources said.", 12, 40),
    ("10-15 thousand people were displaced from the valley.", 10_000, 15_000),
    ("Estimates range from 40,000 to 60,000 fighters.", 40_000, 60_000),
    # both ends hedged: what incident assessments give as a minimum and a maximum
    ("Airstrikes killed at least three and up to 11 civilians.", 3, 11),
])
def test_ranges(text: str, low: float, high: float) -> None:
    claim = one(text)
    assert (claim.value, claim.low, claim.high, claim.qualifier) == (None, low, high, "range")


@pytest.mark.parametrize(("text", "qualifier"), [
    ("At least 12 civilians were killed.", "at_least"),
    ("No fewer than 30 people died in the fire.", "at_least"),
    ("More than 200 people were injured.", "more_than"),
    ("The bombing killed over 1,500 people.", "more_than"),
    ("In excess of 3,000 people were displaced.", "more_than"),
    ("Nearly 7,000 people remain missing.", "less_than"),
    ("Almost 40 children were killed.", "less_than"),
    ("Just under 90 people were arrested.", "less_than"),
    ("About 300 families fled the town.", "about"),
    ("Around 60 people were wounded.", "about"),
    ("Approximately 500 detainees died.", "about"),
    ("Some 6,000 people were injured.", "about"),
    ("Roughly 11,700 detainees were registered.", "about"),
    ("An estimated 130,000 people remain forcibly disappeared.", "about"),
    ("Up to 50 people may have been killed.", "up_to"),
    ("As many as 25,000 detainees died in custody.", "up_to"),
    ("500 or more people were arrested.", "at_least"),
])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_the_quote_starts_at_the_figure_and_ends_at_its_noun() -> None:
    claim = one("Shelling killed more than 1,200 Syrian civilians in the city.")
    assert claim.quote == "1,200 Syrian civilians"


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("Children accounted for 27% of the victims.", "percent", 27),
    ("Children made up 10 per cent of those killed.", "percent", 10),
    ("One in 13 detainees died in custody.", "fraction", 1 / 13),
    ("More than half of the dead were women and children.", "fraction", 0.5),
    ("An average of 50 people a day were killed in the offensive.", "per_day", 50),
    ("Since 7 October, 277 people have been killed every day.", "per_day", 277),
    ("The fighting displaced about 17,000 households.", "other", 17_000),
])
def test_units(text: str, unit: str, value: float) -> None:
    claim = one(text)
    assert claim.unit == unit
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [
    ("Dozens of civilians were killed.", 12),
    ("Scores of fighters were killed in the clashes.", 20),
    ("Hundreds were injured.", 100),
    ("Thousands of families fled the shelling.", 1000),
    ("Tens of thousands of people were displaced.", 10_000),
    ("Hundreds of thousands of people have been displaced.", 100_000),
    ("Several hundred people were arrested.", 100),
])
def test_vague_magnitudes_take_acled_floors(text: str, value: float) -> None:
    claim = one(text)
    assert (claim.value, claim.vague, claim.qualifier) == (value, True, "at_least")


def test_a_dozen_more_is_not_vague() -> None:
    claim = one("More than a dozen people were killed.")
    assert (claim.value, claim.vague, claim.qualifier) == (12, False, "more_than")


@pytest.mark.parametrize("text", [
    "The report was published on 4 August 2013.",
    "In 2015 the conflict entered its fifth year.",
    "Between 2011 and 2021 the city changed hands four times.",
    "A 2-year-old girl was among the dead.",
    "The victim, aged 45, was shot dead at his door.",
    "Children under 18 were among those killed.",
    "He has worked as a journalist for 12 years.",
    "Resolution 2254 (2015) calls for a ceasefire.",
    "See page 14 and paragraph 32 of document A/HRC/46/55.",
    "The convoy was hit at 36.2756 N, 43.1211 E, 8 km from the border.",
    "For information call +963 11 234 5678.",
    "The programme costs US$ 110 million and $5 million more.",
    "The strike happened at 10:30 am on the 3rd.",
    "F-16 jets flew over the town.",
    "Detainees were held in Branch 215 for months.",
    "Each death is verified with at least three independent sources.",
    "SDN documented 38 massacres, defined as attacks that killed five or more civilians.",
])
def test_numbers_that_are_not_counts_of_people(text: str) -> None:
    quotes = [claim.quote for claim in claims(text)]
    assert not [quote for quote in quotes if not quote.endswith("massacres")], quotes


def test_a_rate_set_off_after_its_count_and_a_source_counts_what_the_count_counts() -> None:
    found = claims("The bombing brings the number of people killed in the province this year to "
                   "312, according to a Meridian Wire tally, an average of more than two a day.")
    rate = found[-1]
    assert (rate.value, rate.qualifier, rate.measure, rate.unit) == (2, "more_than", "killed",
                                                                     "per_day")


def test_a_rate_of_new_cases_counts_what_the_count_before_it_counts() -> None:
    found = claims("Relatives have reported 930 abductions to the ombudsman, an average of "
                   "about 2 new cases every day.")
    rate = found[-1]
    assert (rate.value, rate.qualifier, rate.measure, rate.unit) == (2, "about", "detained",
                                                                     "per_day")


def test_suspects_are_people() -> None:
    found = claims("The interior ministry said police had detained 14 suspects after the blast.")
    assert [(claim.quote, claim.measure) for claim in found] == [("14 suspects", "detained")]


def test_a_daily_average_said_to_have_reached_a_figure_is_per_day() -> None:
    found = claims("The number of martyrs has risen to (286) martyrs, and the daily average "
                   "of martyrs has reached (11) martyrs.")
    assert [claim.unit for claim in found] == ["people", "per_day"]


def test_one_in_every_three_martyrs_is_a_child_counts_children() -> None:
    found = claims("The number of martyrs has risen to (286) martyrs, among them (57) children "
                   "and (41) women, which means that one in every three martyrs is a child.")
    share = found[-1]
    assert share.unit == "fraction" and share.subgroup == "children"
    assert found[share.links["share_of"]].value == 286


def test_a_second_share_of_one_verb_said_with_its_group_only() -> None:
    found = claims("An estimated 11,870 excess deaths occurred over the study period. Violent "
                   "injury accounted for 61% of excess deaths and children under 15 years of "
                   "age for 23%.")
    assert [(claim.measure, claim.subgroup) for claim in found[1:]] == [
        ("killed", None), ("killed", "children")]
    assert found[1].links == {"share_of": 0}


def test_the_second_age_of_a_pair_is_no_count() -> None:
    found = claims("Police detained 30 students, 22 of them young men aged 19 and 20.")
    assert [claim.value for claim in found] == [30, 22]


@pytest.mark.parametrize("sentence", [
    "Volunteers counted 150 families arriving in Dorsk from the shelled villages overnight.",
    "The transit centre registered 2,200 new arrivals last week.",
])
def test_arrivals_are_displaced(sentence: str) -> None:
    (found,) = claims(sentence)
    assert found.measure == "displaced"
