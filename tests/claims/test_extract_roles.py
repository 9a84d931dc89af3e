"""What a figure counts (measure, subgroup) and who says it, who did it and where, in the
styles the documents come in: UN briefings, a ministry's daily toll, wire stories quoting
several sides, investigations, local reports with Arabic names."""

from __future__ import annotations

import pytest

from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim
from tests.claims.helpers import claims


def by_value(found: list[Claim], value: float) -> Claim:
    matching = [claim for claim in found if claim.value == value]
    assert len(matching) == 1, [claim.quote for claim in found]
    return matching[0]


@pytest.mark.parametrize(("text", "measure", "subgroup"), [
    ("4,068 individuals were killed under torture.", "killed", "under_torture"),
    ("Eleven detainees died in detention under torture.", "killed", "under_torture"),
    ("At least 20 prisoners were tortured to death in Saydnaya.", "killed", "under_torture"),
    ("Nine detainees died in custody last year.", "killed", "detainees"),
    ("The occupation has killed 311 health workers.", "killed", "health_workers"),
    ("Twelve journalists were killed while covering the war.", "killed", "journalists"),
    ("The army said it had killed 27 militants.", "killed", "combatants"),
    ("Over 500,000 women and children have lost their lives.", "killed", "women_and_children"),
    ("The strike killed 14 civilians at the market.", "killed", "civilians"),
    ("Airstrikes caused 80 casualties in the old city.", "casualties", None),
    ("30 people were killed or injured in the blast.", "casualties", None),
    ("Security forces arrested 1,200 people in Daraa.", "detained", None),
    ("At least 86,792 people have been forcibly disappeared.", "disappeared", None),
    ("More than 1,200 people are still missing.", "missing", None),
    ("More than 10,000 people have fled their homes.", "displaced", None),
    ("The army deployed 5,000 troops to the front.", "fighters", None),
    ("Iran backs at least 14 armed groups in the country.", "armed_groups", None),
    ("Some 400,000 people have no access to clean water.", "other", None),
    ("The occupation committed 18 massacres against families.", "other", None),
])
def test_measure_and_subgroup(text: str, measure: str, subgroup: str | None) -> None:
    [claim] = claims(text)
    assert (claim.measure, claim.subgroup) == (measure, subgroup)


def test_un_briefing_with_breakdown() -> None:
    found = claims("Between 1 January and 30 June 2024, the UN Human Rights Office verified "
                   "the deaths of at least 2,314 civilians, of whom 412 were children and 287 "
                   "were women.")
    total, children, women = found
    assert (total.value, total.qualifier, total.measure, total.subgroup) == (
        2314, "at_least", "killed", "civilians")
    assert (total.period_start, total.period_end) == ("2024-01-01", "2024-06-30")
    assert (children.subgroup, women.subgroup) == ("children", "women")
    assert children.links["part_of"] == 0 and women.links["part_of"] == 0
    assert women.quote == "287 were women"


def test_ministry_daily_toll() -> None:
    found = claims("The Ministry of Health announces that in the past 24 hours 195 people were "
                   "killed and 310 were injured.\n\nThis raises the toll since 7 October to "
                   "21,110 killed and 55,243 injured.", published="2023-12-22")
    killed, injured = by_value(found, 195), by_value(found, 310)
    assert (killed.measure, injured.measure) == ("killed", "injured")
    assert (killed.period_start, killed.period_end) == ("2023-12-21", "2023-12-22")
    assert killed.asserted_by == "Ministry of Health"
    toll, wounded = by_value(found, 21110), by_value(found, 55243)
    assert (toll.measure, toll.period_start, toll.quote) == ("killed", "2023-10-07", "21,110")
    assert (wounded.measure, wounded.period_start) == ("injured", "2023-10-07")


def test_wire_story_quoting_several_sides() -> None:
    found = claims(
        '"At least 23 people were killed," said Ahmad al-Sheikh, a rescuer with the Syria '
        "Civil Defence. The Syrian Observatory for Human Rights said the death toll had "
        "risen to 26. The army said it had killed 40 militants, and denied that any civilian "
        "was hurt.", author="Lina Haddad")
    rescuers, monitor, army = found
    assert (rescuers.value, rescuers.asserted_by) == (23, "Ahmad al-Sheikh")
    assert (monitor.value, monitor.measure) == (26, "killed")
    assert monitor.asserted_by == "Syrian Observatory for Human Rights"
    assert (army.value, army.subgroup, army.asserted_by) == (40, "combatants", "army")


def test_investigation_with_ranges_and_fractions() -> None:
    found = claims("Documentation groups put the number who died under torture at between "
                   "10,000 and 15,000. Of the roughly 11,700 detainees registered at the "
                   "branch, 902 died in custody: one in 13 detainees.")
    estimate = found[0]
    assert (estimate.low, estimate.high, estimate.subgroup) == (10_000, 15_000, "under_torture")
    assert estimate.asserted_by == "Documentation groups"
    registered, died, fraction = found[1:]
    assert (registered.value, registered.measure) == (11_700, "detained")
    assert (died.value, died.measure, died.subgroup) == (902, "killed", "detainees")
    assert (fraction.unit, fraction.value) == ("fraction", pytest.approx(1 / 13))


def test_arabic_names_as_speakers_and_places() -> None:
    found = claims("Abu Mohammad al-Halabi, head of the local council, told reporters that "
                   "17 civilians, including four children, were killed in Douma.")
    total, children = found
    assert total.asserted_by == "Abu Mohammad al-Halabi"
    assert total.place == "Douma" and children.place == "Douma"
    assert children.links["part_of"] == 0


@pytest.mark.parametrize(("text", "speaker"), [
    ("Local health officials said 33 people were killed.", "Local health officials"),
    ("33 people were killed, said Abdullah Qaid, a doctor in the town.", "Abdullah Qaid"),
    ("The Aleppo Media Centre reported that 36 people were killed.", "Aleppo Media Centre"),
    ("According to the United Nations, 4 million people live in the province.",
     "United Nations"),
])
def test_asserted_by_a_reporting_verb_or_according_to(text: str, speaker: str) -> None:
    [claim] = claims(text)
    assert claim.asserted_by == speaker


def test_asserted_by_the_author_when_no_one_else_is_named() -> None:
    [claim] = claims("At least 15 people were killed in the market.", author="Lina Haddad")
    assert claim.asserted_by == "Lina Haddad"


def test_asserted_by_the_organisation_the_document_speaks_for() -> None:
    found = claims("Government forces killed 41 civilians in March.\n\nThe Syrian Network "
                   "for Human Rights calls on the Security Council to act.")
    assert found[0].asserted_by == "Syrian Network for Human Rights"


def test_he_said_is_the_person_named_before() -> None:
    found = claims("Mahmoud Haj Ali runs a stall in the market. He said 12 people died "
                   "around him.")
    assert found[0].asserted_by == "Mahmoud Haj Ali"


@pytest.mark.parametrize(("text", "actor"), [
    # a demonym on an attack names that state's military
    ("Israeli airstrikes killed 30 people in Rafah.", "Israeli military"),
    ("At least 12 civilians were killed by Russian forces.", "Russian forces"),
    ("The regime, along with Iranian militias, killed 200 people in Homs.",
     "regime; Iranian militias"),
    ("30 people died when the building collapsed.", None),
    ("Civilians killed: 72", None),
    ("Airstrikes on the market killed 32 people on Monday.", None),
    ("Airstrikes by Russian forces killed 14 people in Idlib.", "Russian forces"),
])
def test_actor(text: str, actor: str | None) -> None:
    [claim] = claims(text)
    assert claim.actor == actor


@pytest.mark.parametrize(("text", "where"), [
    ("Shelling killed 14 civilians in Aleppo on Monday.", "Aleppo"),
    ("Russia killed 30 people in Idlib province.", "Idlib province"),
    ("Idlib recorded the highest toll with 49 civilians killed, followed by Aleppo (36).",
     "Idlib"),
])
def test_place(text: str, where: str) -> None:
    assert claims(text)[0].place == where


def test_enumerated_places_take_the_figure_before() -> None:
    found = claims("Idlib recorded the highest toll with 49 civilians killed, followed by "
                   "Aleppo (36), Daraa (27) and Deir ez-Zor (20).")
    assert [(claim.value, claim.place, claim.subgroup) for claim in found[1:]] == [
        (36, "Aleppo", "civilians"), (27, "Daraa", "civilians"),
        (20, "Deir ez-Zor", "civilians")]


def test_no_place_when_the_document_names_none() -> None:
    [claim] = claims("At least 15 people were killed in the market.")
    assert claim.place is None


def test_the_country_a_document_is_about() -> None:
    found = claims("The war in Yemen has gone on for years.\n\nMore than 10,000 people have "
                   "been killed, and three million have been displaced.")
    assert [claim.place for claim in found] == ["Yemen", "Yemen"]


def test_list_under_an_opening_sentence() -> None:
    found = claims("The parties killed the following numbers of civilians in 2022:\n\n"
                   "- Syrian regime forces: 1,121 civilians, including 283 children\n\n"
                   "- Russian forces: 112 civilians")
    regime, children, russia = found
    assert (regime.measure, regime.actor, regime.period_start) == (
        "killed", "Syrian regime forces", "2022")
    assert children.links["part_of"] == 0
    assert (russia.measure, russia.actor) == ("killed", "Russian forces")


def test_table_under_a_heading() -> None:
    found = claims("Civilian deaths by cause\n\nShelling: 57\n\nTorture in detention: 9")
    assert [(claim.value, claim.measure, claim.subgroup, claim.actor) for claim in found] == [
        (57, "killed", "civilians", None), (9, "killed", "under_torture", None)]


def test_left_out_nouns_are_those_of_the_figure_before() -> None:
    found = claims("The attacks killed 5 civilians and injured 21 in the city. 18 children "
                   "were killed and 63 injured.")
    assert [(claim.value, claim.measure, claim.subgroup) for claim in found] == [
        (5, "killed", "civilians"), (21, "injured", "civilians"),
        (18, "killed", "children"), (63, "injured", "children")]


@pytest.mark.parametrize(("text", "writer"), [
    ("Weekly update No. 4\nIssued on 3 May 2021 by the Regional Relief Office (RRO)\n\n"
     "At least 40 people were killed in the district.", "Regional Relief Office"),
    ("This briefing is produced by the Civilian Harm Unit with contributions from partners."
     "\n\nShelling killed 12 civilians in the town.", "Civilian Harm Unit"),
    ("An investigation by the Open Ledger Project\n\nWe found that 300 detainees died in "
     "custody.", "Open Ledger Project"),
    ("Siege enters third week\n\nNorthern Desk | Monday, 12 June 2023\n\nNine civilians were "
     "killed in the camp.", "Northern Desk"),
])
def test_asserted_by_the_writer_the_opening_names(text: str, writer: str) -> None:
    assert claims(text)[-1].asserted_by == writer


def test_a_named_source_still_comes_before_the_writer() -> None:
    found = claims("An analysis by the Conflict Desk\n\nThe Red Crescent said 25 people "
                   "were injured.")
    assert found[0].asserted_by == "Red Crescent"


@pytest.mark.parametrize(("text", "quote", "subgroup"), [
    ("Shelling killed 36 people, 38 of them civilians.", "38 of them civilians", "civilians"),
    ("The raid left 20 people dead, 12 of them children.", "12 of them children", "children"),
    ("Police detained 90 protesters, 15 of them women.", "15 of them women", "women"),
])
def test_a_group_after_of_them_is_what_the_part_counts(text: str, quote: str,
                                                        subgroup: str) -> None:
    part = claims(text)[1]
    assert (part.quote, part.subgroup) == (quote, subgroup)


def test_a_ranking_places_each_figure_and_counts_what_its_first_figure_counts() -> None:
    found = claims("Investigators identified 202 mass graves in the governorates of Nineveh, "
                   "Kirkuk, Salah al-Din and Anbar. Nineveh holds the largest number, with 95 "
                   "sites, followed by Kirkuk (37), Salah al-Din (36) and Anbar (24).")
    assert [(claim.place, claim.unit) for claim in found] == [
        ("Nineveh, Kirkuk, Salah al-Din and Anbar", "other"), ("Nineveh", "other"),
        ("Kirkuk", "other"), ("Salah al-Din", "other"), ("Anbar", "other")]
    assert [claim.links.get("part_of") for claim in found] == [None, 0, 0, 0, 0]


def test_deaths_in_detention_stay_the_subject_of_the_next_paragraph() -> None:
    found = claims("Of the 11,700 detainees registered at the branch, 902 died in custody.\n\n"
                   "Across the three branches, we could verify 4,200 deaths from the registers. "
                   "Of these, 2,900 were recorded as heart failure.")
    assert [claim.subgroup for claim in found[1:]] == ["detainees"] * 3


def test_deaths_after_a_heading_are_not_carried_into_detention() -> None:
    found = claims("In 2023, 902 detainees died in custody.\n\nShelling\n\n"
                   "Shelling killed 40 people in Idlib in 2023.")
    assert found[-1].subgroup is None


def test_a_masthead_names_who_the_document_speaks_for() -> None:
    found = claims("Civilian Harm Watch - Incident Assessment\n\nLocal sources said 8 civilians "
                   "were killed. Civilian Harm Watch has identified 5 of the dead by name.")
    assert by_value(found, 8).asserted_by == "Local sources"
    assert by_value(found, 5).asserted_by == "Civilian Harm Watch"


def test_the_report_of_a_press_release_is_the_organisation_itself() -> None:
    found = claims("The Syrian Committee documents the killing of 63 civilians in February. "
                   "The report stated that the Russian forces killed 7 civilians.")
    assert by_value(found, 7).asserted_by == "Syrian Committee"


@pytest.mark.parametrize(("text", "actor"), [
    ("Two civilians were killed in alleged Russian shelling of the village of Tel Hadid.",
     "Russian military"),
    ("Three civilians were reportedly killed in alleged Coalition airstrikes near the dam.",
     "Coalition"),
    ("On 2 May, four civilians were injured by Turkish drone strikes on a farm.",
     "Turkish military"),
    ("Alleged Israeli airstrikes hit a residential block, killing at least 4 civilians.",
     "Israeli military"),
    ("Five civilians were killed in an airstrike on the market.", None),
])
def test_a_party_that_qualifies_an_attack_is_its_actor(text: str, actor: str | None) -> None:
    assert [claim.actor for claim in extract_claims(clean_text(text))] == [actor]


def test_a_masthead_naming_the_kind_of_document_names_its_publisher() -> None:
    found = claims("Medics Abroad - Operational Update\n\nOur team treated 40 wounded "
                   "people in June.")
    assert found[0].asserted_by == "Medics Abroad"


def test_i_in_a_quote_is_the_person_quoted() -> None:
    found = claims("Omar Said, 40, lost his home. \"I saw 6 bodies in the street,\" he "
                   "told me.")
    assert found[0].asserted_by == "Omar Said"


def test_a_tally_is_said_by_whoever_compiled_it() -> None:
    found = claims("According to a tally compiled by the village council, 30 people were "
                   "killed.")
    assert found[0].asserted_by == "village council"


def test_a_figure_circulated_by_a_group_is_the_groups() -> None:
    found = claims("The Ministry rejects the figure of 90 civilian deaths circulated by the "
                   "so-called Valley Rights Group on 2 May.")
    assert found[0].asserted_by == "Valley Rights Group"


def test_a_wire_dateline_is_no_actor() -> None:
    found = claims("GAZA/JERUSALEM, July 8, 2024 (Wire) - Israeli air strikes on the Nuseirat "
                   "refugee camp in central Gaza killed 27 Palestinians on Monday, the Gaza "
                   "health ministry said.")
    assert found[0].actor == "Israeli military"
    # a party in capitals is one
    assert claims("ISIS killed 3 civilians in the village.")[0].actor == "ISIS"


@pytest.mark.parametrize(("text", "measure", "subgroup"), [
    ("Some 85,000 people have left their homes, the directorate said.", "displaced", None),
    ("About 3,000 families were forced from their homes.", "displaced", None),
    ("The ministry said the army had neutralised 1,450 terrorists.", "killed", "combatants"),
])
def test_words_for_leaving_home_and_killing(text: str, measure: str,
                                            subgroup: str | None) -> None:
    found = claims(text)
    assert [(claim.measure, claim.subgroup) for claim in found] == [(measure, subgroup)]


def test_the_detained_whose_families_do_not_know_where_they_are_held() -> None:
    found = claims("The group documented the arrest of 47 men at checkpoints. The families "
                   "of 12 of them do not know where they are held.")
    assert [claim.measure for claim in found] == ["detained", "disappeared"]
    assert found[1].links == {"part_of": 0}


def test_non_civilians_killed_are_combatants() -> None:
    found = claims("In October the Centre recorded the deaths of 212 people. Of these, 150 "
                   "were civilians and 62 were non-civilians (fighters of the parties).")
    assert [(claim.value, claim.subgroup) for claim in found] == [
        (212, None), (150, "civilians"), (62, "combatants")]


def test_the_party_the_opening_says_attacked_did_the_harm_no_figure_names_a_party_for() -> None:
    text = ("For the tenth day in a row, the town is exposed to a campaign of bombardment by "
            "the Vorn regime forces and their militias.\n\n"
            "The council announces that (86) martyrs have been killed, among them (17) "
            "children.")
    found = claims(text)
    assert all(claim.actor == "Vorn regime forces" for claim in found)


def test_a_count_before_a_partitive_part_does_not_take_the_parts_noun() -> None:
    found = claims("The monitor's 18:00 update: 44 killed, 47 of them civilians, including 12 "
                   "children.")
    assert [(claim.value, claim.subgroup) for claim in found] == [
        (44, None), (47, "civilians"), (12, "children")]
    assert found[1].links == {"part_of": 0}


@pytest.mark.parametrize(("text", "party"), [
    ("The Northern Front (NF), which observers say now has some 6,000 fighters, shelled the "
     "town again.", "Northern Front"),
    ("Officials counted at least 9 armed groups funded by Karvia along the border.", "Karvia"),
    ("Volunteers went north to support the Governor, joining a force of more than 2,500 "
     "fighters.", "Governor"),
    ("The army says it faces 3,000 fighters loyal to the Emir in the hills.", "Emir"),
])
def test_a_force_belongs_to_the_party_its_sentence_names(text: str, party: str) -> None:
    force = claims(text, published="2041-05-01")[0]
    assert force.measure in ("fighters", "armed_groups") and force.actor == party


def test_a_force_with_no_party_in_its_sentence_has_no_actor() -> None:
    force = claims("Estimates of the militia's strength range up to 4,000 fighters.",
                   published="2041-05-01")[0]
    assert force.measure == "fighters" and force.actor is None
