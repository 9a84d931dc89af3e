"""Meeting records and transcripts: who says a figure is the speaker whose turn it is in, or
the source the speaker cites; the figures then check against each other end to end."""

from __future__ import annotations

from rasd.claims.check import check_document
from rasd.claims.model import Claim
from tests.claims.helpers import claims

RECORD = """Council of Delegates, 412th meeting

The Chair: I give the floor to Ms. Okoro.

Ms. Okoro: Between 1 March and 30 April 2024, the Monitoring Unit recorded the deaths of \
610 civilians in the province. Of these, 120 were children. On average, 25 civilians were \
killed every day over that period.

Mr. Lindqvist (Norway): More than 80 people were abducted in April.

Mr. Haddad (Freedonia): In April alone, rebel groups killed 31 members of the armed forces."""



def by_value(found: list[Claim], value: float) -> Claim:
    return next(claim for claim in found if claim.value == value)


def test_a_figure_in_a_turn_is_the_speakers() -> None:
    found = claims(RECORD, published="2024-05-02")
    assert by_value(found, 80).asserted_by == "Lindqvist"
    assert by_value(found, 31).asserted_by == "Haddad"


def test_the_source_a_speaker_cites_stays_for_the_paragraph() -> None:
    found = claims(RECORD, published="2024-05-02")
    assert {by_value(found, value).asserted_by for value in (610, 120, 25)} == {
        "Monitoring Unit"}


def test_the_speakers_label_is_no_party() -> None:
    found = claims("Mr. Adams: Some 4,000 people are displaced.\n\nMs. Bell: Thank you.")
    assert found[0].actor is None
    assert found[0].asserted_by == "Adams"


def test_a_labelled_table_row_is_no_speaker() -> None:
    found = claims("Civilian deaths by cause\n\nShelling: 57\n\nAirstrikes (warplanes): 38",
                   published="2024-05-02")
    assert all(claim.asserted_by is None for claim in found)


def test_members_of_a_force_killed_are_combatants() -> None:
    found = claims(RECORD, published="2024-05-02")
    assert by_value(found, 31).subgroup == "combatants"


def test_a_daily_average_over_a_speakers_period_is_checked() -> None:
    found = claims(RECORD, published="2024-05-02")
    verdicts = check_document("record", found, published="2024-05-02")
    rates = [verdict for verdict in verdicts if verdict.check == "rate"]
    assert [verdict.verdict for verdict in rates] == ["inconsistent"]  # 610 / 61 days = 10


BULLETIN = """EVENING NEWS - TRANSCRIPT

PRESENTER (MARA OSTEN, studio): Good evening. Our reporter is in Delvin tonight.

REPORTER (JONAS TELL, live from Delvin): Mara, I counted 14 ambulances leaving the square \
and at least 9 people were taken away on stretchers.

PRESENTER: Thank you, Jonas. The Health Minister, Ilse Brandt, spoke an hour ago.

[CLIP - ILSE BRANDT, HEALTH MINISTER]

BRANDT: Since Monday, 62 people have been wounded in the shelling of the town.

[END CLIP]"""


def test_a_role_label_with_a_name_in_brackets_is_the_persons_turn() -> None:
    found = claims(BULLETIN, published="2044-03-09")
    assert by_value(found, 9).asserted_by == "Jonas Tell"


def test_a_bare_surname_label_takes_the_full_name_the_transcript_gave() -> None:
    found = claims(BULLETIN, published="2044-03-09")
    assert by_value(found, 62).asserted_by == "Ilse Brandt"


def test_an_on_screen_ticker_carries_no_claims() -> None:
    text = ("NEWS HOUR - TRANSCRIPT\n\n[TICKER: Police: 8 officers hurt in port riot ... "
            "Markets close lower]\n\nANCHOR (PAUL REY, studio): Good evening. Shelling killed "
            "at least 5 people in Ostra today.\n\nREPORTER (EVA LIND, Ostra): Paul, "
            "residents are leaving.")
    assert [claim.value for claim in claims(text, published="2044-03-09")] == [5]
