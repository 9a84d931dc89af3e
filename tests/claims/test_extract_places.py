"""Where a figure was counted: a wire story's dateline for the figures of its body."""

from __future__ import annotations

import pytest

from rasd.claims._extract_places import dateline_place
from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from tests.claims.helpers import claims

BODY = ("Airstrikes hit a crowded market on Monday, killing at least 23 people, rescuers "
        "said.\n\nA doctor at the main hospital said it had received 17 bodies and about 60 "
        "wounded.")


@pytest.mark.parametrize(("dateline", "city"), [
    ("IDLIB, Syria (Reuters) —", "Idlib"),
    ("ALEPPO, March 3 —", "Aleppo"),
    ("BEIRUT (AP) -", "Beirut"),
    ("DEIR EZ-ZOR, Syria, Nov 6 (Levant Wire) -", "Deir Ez-Zor"),
    ("MOSUL, Iraq, 4 July 2017 –", "Mosul"),
])
def test_the_dateline_places_the_body(dateline: str, city: str) -> None:
    text = f"Market strike kills dozens\n\n{dateline} {BODY}"
    assert dateline_place(text) == city
    killed, bodies, wounded = extract_claims(clean_text(text))[-3:]
    assert (killed.place, bodies.place, wounded.place) == (city, city, city)


def test_a_place_the_sentence_names_wins_over_the_dateline() -> None:
    text = ("BEIRUT (Reuters) - Shelling killed 14 people in Daraa on Tuesday, a monitor "
            "said.\n\nA further 9 people were wounded in Homs overnight, medics said.")
    first, second = extract_claims(clean_text(text))
    assert (first.place, second.place) == ("Daraa", "Homs")


@pytest.mark.parametrize("line", [
    "KEY FIGURES - 2023",
    "SUMMARY - This report documents the killing of 187 civilians in March 2023.",
    "Airstrikes killed 12 - rescuers said so on Monday in a statement to the press.",
    "UN - Update",
])
def test_lines_that_are_not_datelines(line: str) -> None:
    assert dateline_place(f"Title\n\n{line}\n\nRescuers said 40 people were injured.") is None


def test_a_demonym_of_the_attacker_is_no_place() -> None:
    found = extract_claims(clean_text(
        "Two civilians were injured by Turkish drone strikes on a farm. Turkish forces said "
        "they had struck fighters."))
    assert [claim.place for claim in found] == [None]


def test_an_attack_named_by_its_party_is_no_place_and_a_full_stop_is_no_part_of_one() -> None:
    found = extract_claims(clean_text(
        "Three civilians were killed in alleged Coalition airstrikes to the north of Raqqa."))
    assert [claim.place for claim in found] == ["Raqqa"]


def test_a_place_named_with_its_kind_is_what_the_document_is_about() -> None:
    found = claims("Civilians in Ostra province\n\nShelling of Ostra province went on all "
                   "week. The hospital received 40 wounded.")
    assert [(claim.value, claim.place) for claim in found] == [(40, "Ostra province")]


def test_a_place_no_gazetteer_knows_is_taken_from_the_document_s_figures() -> None:
    found = claims("Soldiers killed 57 civilians in Lower Karavan on 4 March.\n\n"
                   "A further 38 civilians were wounded, 11 of them seriously.")
    assert [(claim.value, claim.place) for claim in found] == [
        (57, "Lower Karavan"), (38, "Lower Karavan"), (11, "Lower Karavan")]


def test_a_figure_said_again_is_where_its_first_saying_is() -> None:
    found = claims("This week the Observatory documented 146 civilian deaths across Ostravia.\n\n"
                   "Shelling in Dorna district killed 12 civilians on Monday.\n\n"
                   "Perpetrator   Killed\nGovernment forces   71\nOthers   75\nTotal   146\n")
    first, again = [claim for claim in found if claim.value == 146]
    assert first.place == again.place == "Ostravia"


def test_a_dateline_gives_way_to_the_place_its_headline_and_paragraph_name() -> None:
    text = ("UPDATE 4-Death toll in Brennick market bombing rises to 57\n\n"
            "PORT HALVEN, Oct 23, 2035 (Meridian Wire) - The death toll from a car bomb in the "
            "northern town of Brennick rose to 57 by the evening, officials said.\n")
    assert dateline_place(text) == "Brennick"
    assert dateline_place(text.replace("in Brennick market", "at market")) == "Port Halven"
    inner = ("Strikes kill 27 in Gaza's Nuseirat camp\n\nGAZA, July 8, 2024 (Wire) - Air strikes "
             "on the Nuseirat refugee camp in central Gaza killed 27 Palestinians on Monday.\n")
    assert dateline_place(inner) == "Nuseirat"


def test_a_place_is_no_actor_and_a_typed_place_keeps_to_its_line() -> None:
    found = claims("Marrow: at least 140 civilians killed in March\n\nThe group documented "
                   "the killing of 132 civilians in Marrow province in March 2039.",
                   published="2039-04-04")
    assert [claim.actor for claim in found] == [None, None]
    about = claims("Select Committee on Foreign Affairs\n\nThe Oskel valley crisis\n\n"
                   "The Team documented 1,318 civilian deaths in the Oskel valley. The Red "
                   "Cross treated 2,740 injured civilians.")
    assert [claim.place for claim in about] == ["Oskel valley", "Oskel valley"]


def test_a_headline_that_opens_with_a_place_says_what_the_document_is_about() -> None:
    from rasd.claims._extract_defaults import document_about
    text = ("The Lantern | Explainer\n\nSarkan siege: how many people have been killed?\n\n"
            "Sarkan has been cut off since October. In Sarkan, 688 people died in February, "
            "203 of them in Al-Nour district. Aid reached Sarkan once.")
    assert document_about(text) == "Sarkan"
    assert document_about("FIELD AID\nUPDATE No. 14\nReporting period: 3 - 16 March 2036\n\n"
                          "Reporting teams in Korvel counted 40 wounded.") != "Reporting"


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting in the Tessaly Valley went on. The Tessaly Valley lost 40 people.",
     "Tessaly Valley"),
    ("Tessalian state media said 40 people died. Tessalian state media said so again.", None),
    ("The Ridge Monitor    Valley Count\nRidge Monitor    Valley Count", None),
])
def test_places_named_with_their_kind(text: str, expected: str | None) -> None:
    from rasd.claims._extract_places import typed_place
    assert typed_place(text) == expected


def test_martyrs_distributed_according_to_the_areas_are_by_place() -> None:
    text = ("The council counts (286) martyrs in the countryside.\n\n"
            "The martyrs are distributed according to the areas as follows:\n"
            "- Kafr Sabt city: (174) martyrs\n- Tell Roha: (61) martyrs\n"
            "- Ain Bara: (51) martyrs")
    found = {claim.quote: claim for claim in claims(text)}
    assert found["61"].place == "Tell Roha" and found["61"].actor is None


def test_a_country_named_throughout_is_what_a_chapter_is_about() -> None:
    # a country the gazetteer does not know, named with its demonym, outweighs the one
    # province a figure's paragraph names in passing
    text = ("Kelvania\nEvents of 2050\n\nThe Kelvanian army shelled towns in Morrow province "
            "all year.\n\nMonitors recorded 310 civilian deaths in 2050. Kelvanian courts "
            "jailed critics, and 40 Kelvanians fled abroad each week.")
    deaths = next(claim for claim in claims(text) if claim.value == 310)
    assert deaths.place == "Kelvania"


def test_a_place_named_with_its_kind_gives_way_to_one_named_more_often() -> None:
    text = ("Shelling update\n\nShells fell on Dorrin, in Ambel district, overnight. In "
            "Dorrin, families gathered. The clinic said 12 people were killed. Families left "
            "Dorrin at dawn.")
    (killed,) = claims(text)
    assert killed.place == "Dorrin"


def test_an_email_header_field_is_no_place() -> None:
    text = ("From: Ana Pell <ana@relief.example>\nTo: partners@relief.example\n"
            "Subject: update\n\nWe arrived in Tovik at noon. The clinic said 9 people were killed "
            "yesterday. Tovik is quiet today; Tovik's market reopened.")
    (killed,) = claims(text)
    assert killed.place == "Tovik"


def test_a_factbox_headline_names_the_country_not_the_dateline_city() -> None:
    text = ("Factbox: Selvara's war in numbers\n\nHALDEN, March 3 (Wire) - Two years into "
            "Selvara's war, monitors count the cost. A monitor says 4,100 civilians have been "
            "killed in Selvara.\n\n- The health ministry puts the overall toll at 6,000.")
    assert dateline_place(text) == "Selvara"


def test_a_section_label_above_the_headline_does_not_hide_its_place() -> None:
    text = ("News | Asia\n\nExplainer: Tavoria's conflict in figures\n\nPORT ELM, May 2 (Wire) - "
            "Three years into Tavoria's conflict, the count goes on. A monitor puts the dead "
            "at 2,300 in Tavoria.")
    assert dateline_place(text) == "Tavoria"
