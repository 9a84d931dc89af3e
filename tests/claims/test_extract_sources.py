"""Who says a figure, and what it is a part or share of, where the sentence leaves it to the
sentences around it: debate records with numbered questions, explainers in questions and
answers, breakdowns that go on reading out a source, shares "of the total", figures said
again with no noun of their own."""

from __future__ import annotations

from rasd.claims.check import check_document
from rasd.claims.model import Claim
from tests.claims.helpers import claims

DEBATE = """ASSEMBLY RECORD

1. Ms Jana Holm (Riverside East) (Lab): What assessment has the Minister made?

The Minister for Foreign Affairs (Mr Pavel Rann): The UN Mission reports that it recorded \
1,500 civilian casualties in the valley, of whom 400 were killed and 1,050 injured.

2. Mr Ivo Lind (Harrow Vale) (Con): The Ostrian Government says that its forces have killed \
900 insurgents. State media gave the figure of 900 on 2 April.

Mr Rann: We have not seen any evidence for that figure."""

EXPLAINER = """Q: How many people have been killed?
A: The Delta Documentation Project, a local monitoring group, says it has recorded 2,000 \
deaths since the siege began. Of these, 1,600 were civilians and 400 were fighters of the \
Delta Defence Brigades. Among the civilians it counts 500 children and 280 women, more than \
half of the civilians it recorded.

Q: What does the UN say?
A: The UN human rights office counts only verified deaths. In a briefing on 10 March it said \
it had verified 1,100 civilian deaths, and was checking reports of several hundred more.

Q: How bad was February?
A: The Documentation Project recorded 520 deaths in February, nearly 30 per cent of its \
total."""


def by_value(found: list[Claim], value: float) -> Claim:
    return next(claim for claim in found if claim.value == value)


def test_a_numbered_question_and_an_office_with_its_holder_are_speakers_labels() -> None:
    found = claims(DEBATE)
    assert by_value(found, 1500).asserted_by == "UN Mission"
    # the constituency in the label's brackets is no subject of what is said
    assert by_value(found, 900).asserted_by == "Ostrian Government"


def test_a_figure_said_again_with_no_noun_repeats_the_first_saying() -> None:
    found = claims(DEBATE)
    first, again = [claim for claim in found if claim.value == 900]
    assert (again.quote, again.measure, again.subgroup) == ("900", "killed", "combatants")
    assert again.links == {"repeat_of": found.index(first)}
    assert again.asserted_by == "State media"
    found = claims("The Red Cross says 640 detainees have not been visited. It has asked for "
                   "access to all 640.")
    assert [claim.links for claim in found] == [{}, {"repeat_of": 0}]


def test_killed_and_injured_of_whom_are_parts_of_the_casualties() -> None:
    found = claims(DEBATE)
    casualties = found.index(by_value(found, 1500))
    assert by_value(found, 400).links == {"part_of": casualties}
    assert by_value(found, 1050).links == {"part_of": casualties}
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert any("1,450" in verdict.evidence for verdict in flagged)  # 400 + 1,050, not 1,500


def test_question_and_answer_markers_are_no_speakers() -> None:
    found = claims(EXPLAINER)
    assert by_value(found, 2000).asserted_by == "Delta Documentation Project"
    assert all(claim.asserted_by != "A" for claim in found)


def test_a_breakdown_of_a_sources_figure_is_that_sources() -> None:
    found = claims(EXPLAINER)
    assert by_value(found, 1600).asserted_by == "Delta Documentation Project"
    # "it counts": the Project, not the brigades its fighters belonged to
    assert by_value(found, 500).asserted_by == "Delta Documentation Project"


def test_fighters_beside_the_civilians_of_a_toll_are_dead_combatants() -> None:
    found = claims(EXPLAINER)
    fighters = by_value(found, 400)
    assert (fighters.measure, fighters.subgroup) == ("killed", "combatants")
    assert fighters.links == {"part_of": found.index(by_value(found, 2000))}


def test_a_group_opening_a_sentence_gives_its_parts_their_measure_and_share() -> None:
    found = claims(EXPLAINER)
    civilians = found.index(by_value(found, 1600))
    for value, group in ((500, "children"), (280, "women")):
        part = by_value(found, value)
        assert (part.measure, part.subgroup, part.links) == (
            "killed", group, {"part_of": civilians})
    half = by_value(found, 0.5)
    assert (half.measure, half.subgroup, half.links) == (
        "killed", "women_and_children", {"share_of": civilians})
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert any(verdict.check == "share" for verdict in flagged)  # 780 of 1,600 is 48.8 %


def test_it_stands_for_a_body_named_with_a_common_noun() -> None:
    found = claims(EXPLAINER)
    assert by_value(found, 1100).asserted_by == "UN human rights office"


def test_a_number_followed_by_more_counts_what_the_figure_before_it_counts() -> None:
    more = by_value(claims(EXPLAINER), 100)
    assert (more.quote, more.measure, more.subgroup, more.vague) == (
        "several hundred", "killed", "civilians", True)


def test_a_share_of_its_total_is_of_the_largest_count_its_source_said() -> None:
    found = claims(EXPLAINER)
    share = by_value(found, 30)
    assert (share.unit, share.measure) == ("percent", "killed")
    assert share.links == {"share_of": found.index(by_value(found, 2000))}
    found = claims("The Centre documented (214) arrests in April. Children made up (8%) of "
                   "all those arrested.")
    assert [(claim.quote, claim.measure, claim.subgroup, claim.links) for claim in found] == [
        ("214", "detained", None, {}), ("8%", "detained", "children", {"share_of": 0})]


def test_the_common_noun_of_a_source_is_the_body_last_named_with_it() -> None:
    found = claims("Strikes killed 27 people, the Gaza health ministry said, while the Israeli "
                   "military said it had killed 15 gunmen. The ministry said 61 people were "
                   "wounded.")
    assert by_value(found, 61).asserted_by == "Gaza health ministry"


def test_an_organisations_team_speaks_for_it() -> None:
    found = claims("Levant Centre for Detainees' Rights\n\nThe Centre documented (214) "
                   "arrests. The Centre's team confirmed that (131) of those arrested remain "
                   "in detention.")
    assert by_value(found, 131).asserted_by == "Levant Centre for Detainees' Rights"


def test_deaths_due_to_torture_after_the_noun_are_under_torture() -> None:
    found = claims("The Centre documented the death of (11) detainees due to torture in the "
                   "detention centres of government forces.")
    assert (found[0].measure, found[0].subgroup) == ("killed", "under_torture")


PARTIES = ("Between January and June the Office documented 1,200 civilian deaths. Government "
           "forces were responsible for 600 of the civilian deaths, the Liberation Front for "
           "300, and other armed groups for 200. The perpetrator of the remaining 100 deaths "
           "could not be identified. Deaths attributed to the Liberation Front made up 30 per "
           "cent of the total.")


def test_parties_whose_verb_is_left_out_are_parts_of_the_same_whole() -> None:
    found = claims(PARTIES)
    for value, party in ((300, "Liberation Front"), (200, "other armed groups")):
        part = by_value(found, value)
        assert (part.actor, part.links) == (party, {"part_of": 0})
    rest = by_value(found, 100)
    assert (rest.subgroup, rest.links) == ("civilians", {"part_of": 0})


def test_the_rest_of_a_list_of_parties_keeps_it_from_having_to_add_up() -> None:
    # 600 + 300 + 200 with "other armed groups" would have to be 1,200: the unattributed 100
    # are the rest, so nothing is flagged
    flagged = [verdict for verdict in check_document("d", claims(PARTIES)) if verdict.flagged]
    assert [verdict.check for verdict in flagged] == ["share"]


def test_a_share_of_deaths_attributed_to_a_party_is_of_that_partys_part() -> None:
    found = claims(PARTIES)
    share = by_value(found, 30)
    assert (share.actor, share.subgroup, share.links) == (
        "Liberation Front", "civilians", {"share_of": 0})
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert "300 / 1,200 = 25" in flagged[0].evidence


MONITORS = """Civilians killed in Vora province, by year and monitor

Year    Vora Rights Watch    Casualty Count Project
2030                 1,000                       900
2031                 2,000                     1,800
Total                3,000                     2,700

The Casualty Count Project attributes 1,800 deaths, or 66 per cent of its total, to air \
strikes. Vora Rights Watch records 600 children among its dead, or one in three."""


def test_a_source_that_attributes_deaths_says_them() -> None:
    found = claims(MONITORS)
    assert by_value(found, 66).asserted_by == "Casualty Count Project"


def test_a_share_after_a_count_that_is_a_table_totals_part_is_of_that_total() -> None:
    found = claims(MONITORS)
    share = by_value(found, 1 / 3)
    total = by_value(found, 3000)
    assert share.links == {"share_of": found.index(total)}
    flagged = [verdict for verdict in check_document("d", found) if verdict.flagged]
    assert any("600 / 3,000 = 20" in verdict.evidence for verdict in flagged)


def test_a_newsroom_byline_names_the_outlet_and_a_kicker_no_organisation() -> None:
    found = claims("KESTREL NEWS\nLIVE: Toll rises after blast at the market\nBy the Kestrel News "
                   "newsroom | Last updated 3 March 2032, 21:40\n\nAt least 12 people were "
                   "killed in the blast.")
    assert [claim.asserted_by for claim in found] == ["Kestrel News"]


def test_people_taken_by_an_armed_party_are_detained() -> None:
    found = claims("The Project says at least 85 men were taken by government forces at "
                   "checkpoints on the Sarkan road.")
    assert [(claim.quote, claim.measure, claim.subgroup) for claim in found] == [
        ("85 men", "detained", "men")]


def test_a_masthead_in_capitals_the_text_names_again_is_the_publisher() -> None:
    found = claims("FIELD SURGICAL AID\nOPERATIONAL UPDATE No. 14\n\nOur team received 412 "
                   "war-wounded patients.\n\nField Surgical Aid is an independent medical "
                   "organisation.")
    assert by_value(found, 412).asserted_by == "Field Surgical Aid"
    # a heading in capitals the text does not name again is no publisher
    found = claims("MARKET ATTACK\n\nAt least 12 people were killed on Monday.")
    assert by_value(found, 12).asserted_by != "Market Attack"


def test_a_wire_kicker_is_no_source_and_the_office_is_the_office_named_before() -> None:
    found = claims("UPDATE 4-Toll in market bombing rises to 57\n\nThe toll rose to 57 by the "
                   "evening, the provincial governor's office said. At least 130 people were "
                   "wounded, it said. Of the 57 dead, 31 were men, the office said.")
    assert all(claim.asserted_by != "UPDATE" for claim in found)
    assert by_value(found, 130).asserted_by == "provincial governor's office"
    assert by_value(found, 31).asserted_by == "provincial governor's office"


def test_a_summary_with_no_author_speaks_for_the_finders_it_opens_on() -> None:
    found = claims("Mass Graves in the North\nSummary of a joint report\n\nInvestigators have "
                   "identified 202 mass graves in the north. The sites may contain the remains "
                   "of between 6,000 and 12,000 victims.")
    assert {claim.asserted_by for claim in found} == {"investigators"}


def test_a_figure_said_again_to_break_it_down_is_still_its_sources() -> None:
    found = claims("LIVE: Blast in the Old Souk\n\nThe Health Directorate now says 31 people were "
                   "killed in the blast. Of the 31 dead, 9 were children and 8 were women.")
    assert by_value(found, 9).asserted_by == "Health Directorate"
    assert by_value(found, 8).asserted_by == "Health Directorate"


def test_the_opening_s_one_party_is_the_actor_of_figures_that_name_none() -> None:
    from tests.claims.helpers import claims
    found = claims("Al-Bab City Local Council\n\nThe Local Council announces the final toll "
                   "of the shelling by the SDF militias which targeted the residential "
                   "neighbourhoods of the city yesterday. The number of martyrs rose to 17, "
                   "and the number of wounded reached 46.")
    assert [claim.actor for claim in found] == ["SDF militias", "SDF militias"]
    two = claims("Shelling by the army killed 12 people in the town, and rebels killed 4 "
                 "others in the village. A further 30 people were injured.")
    assert two[-1].actor is None


def test_a_short_source_is_the_one_longer_name_that_holds_its_words() -> None:
    from rasd.claims._extract_asserters import fuller_asserters
    said = [Claim(value=value, quote=str(value), start=0, end=0, asserted_by=name)
            for value, name in ((1, "UN Verification Team for Oskel"), (2, "Team's"),
                                (3, "provincial governor's office"), (4, "governor"),
                                (5, "Turkish authorities"), (6, "local health authorities"))]
    fuller_asserters(said)
    assert [claim.asserted_by for claim in said] == [
        "UN Verification Team for Oskel", "UN Verification Team for Oskel",
        "provincial governor's office", "provincial governor's office",
        "Turkish authorities", "local health authorities"]


def test_the_party_an_opening_says_carried_out_the_attack() -> None:
    from rasd.claims._extract_party import opening_party
    text = ("Ashes of the Market\n\nOn 2 March 2025, two guided bombs struck the livestock "
            "market of Wadi Hamra, a town in the region, and killed at least 43 civilians.\n\n"
            "Based on weapon remnants and satellite imagery, the Group concluded that the "
            "Sudanese Armed Forces carried out the attack.")
    assert opening_party(text) == "Sudanese Armed Forces"
    assert opening_party("Airstrikes by the Saudi-led coalition hit a wedding party in the "
                         "north of the country on Monday, killing 20 people.") == (
        "Saudi-led coalition")


def test_who_reports_civilian_harm_did_not_do_it() -> None:
    from rasd.claims._extract_party import no_reporter_as_actor
    said = [Claim(value=70, quote="70 others", start=0, end=0, subgroup="civilians",
                  actor="Rights Inquiry Group", asserted_by="Rights Inquiry Group"),
            Claim(value=200, quote="200 insurgents", start=0, end=0, subgroup="combatants",
                  actor="army", asserted_by="army")]
    no_reporter_as_actor(said)
    assert [claim.actor for claim in said] == [None, "army"]


THREAD = """Rana Holt @rholt_news
Reporter. Views my own.

Thread · 5 posts · Sunday 2 May 2038, 09:14

1/5 TOWN MARKET SHELLING: at least 30 killed, local monitors say. Thread.

2/5 Town Civil Defence (volunteer rescuers): 21 bodies recovered by midnight.

3/5 Town Health Directorate, statement at 22:30: 25 dead and 90 wounded.

4/5 Hospitals: the main hospital took in 40 of the wounded, its director Dr Amal Serr told \
me. 9 of them are in intensive care.

5/5 Some 300 people have fled the town since Saturday."""


def test_a_threads_posts_take_the_source_they_name_else_the_author() -> None:
    found = {claim.quote: claim.asserted_by for claim in claims(THREAD)}
    assert found["30"] == "local monitors"
    assert found["21 bodies"] == "Town Civil Defence"
    assert found["25"] == found["90"] == "Town Health Directorate"
    assert found["40 of the wounded"] == found["9 of them"] == "Dr Amal Serr"
    assert found["300 people"] == "Rana Holt"


ARTICLE = """RESEARCH ARTICLE

Excess mortality in Tarn province during the siege

Ana Vell, Omar Dinn and Lise Karr, for the Tarn Mortality Working Group

Findings: An estimated 5,200 excess deaths occurred over the study period. The Tarn Health \
Ministry recorded 2,100 conflict-related deaths over the same period.

Of the ministry's 2,100 deaths, 1,800 were civilians, according to its published tables."""


def test_a_research_articles_figures_are_its_authors_not_the_records_owner() -> None:
    found = {claim.quote: claim for claim in claims(ARTICLE)}
    assert found["5,200 excess deaths"].asserted_by == "Tarn Mortality Working Group"
    assert found["5,200 excess deaths"].actor is None  # "Findings:" is a label, no party
    assert found["2,100 conflict-related deaths"].asserted_by == "Tarn Health Ministry"
    assert found["1,800 were civilians"].asserted_by == "Tarn Health Ministry"


def test_a_bodys_office_speaks_for_the_body() -> None:
    text = ("Statement No. (12)\n\nThe Harun Free Local Council condemns the shelling.\n\n"
            "The Documentation Office in the council announces that (40) martyrs have been "
            "killed.\n\nThe council documented (12) wounded in the market.\n\n"
            "Media Office - Harun Free Local Council")
    found = {claim.quote: claim.asserted_by for claim in claims(text)}
    assert found["40"] == "Harun Free Local Council"


def test_an_attack_that_claimed_or_put_figures_reports_none_of_them() -> None:
    text = ("The Harun Free Local Council condemns the shelling.\n\n"
            "The warplanes committed a massacre in the market, which claimed (23) martyrs. "
            "The bombardment has also put (3) hospitals out of service and destroyed (14) "
            "schools. The district health authorities put the number of people killed at 40.")
    found = {claim.quote: claim.asserted_by for claim in claims(text)}
    assert found["23"] == found["3"] == found["14"] == "Harun Free Local Council"
    assert found["40"] == "district health authorities"


def test_a_person_called_by_title_and_surname_is_named_in_full() -> None:
    found = claims("The donors met the agency's head, Dr Ilse Maran, on Monday. Dr Maran said "
                   "that 65,000 people had fled the coast.")
    assert [claim.asserted_by for claim in found] == ["Ilse Maran"]


def test_a_newspaper_masthead_speaks_for_its_unsourced_figures() -> None:
    found = claims("THE LOWMOOR HERALD\nMonday 4 March 2041\n\nFlood of shells kills 12 in "
                   "Lowmoor\n\nTwelve people died when shells hit the bus station.")
    assert found and found[0].asserted_by == "Lowmoor Herald"


def test_a_part_said_with_its_whole_shares_its_source() -> None:
    found = claims("The shelter committee's figure is 2,400 displaced people, of whom 900 are "
                   "children.")
    assert [claim.asserted_by for claim in found] == ["shelter committee"] * 2


def test_a_source_called_by_the_acronym_the_text_defines_keeps_its_full_name() -> None:
    text = ("The Lowland Refugee Support Network (LRSN) runs four shelters in the north.\n\n"
            "LRSN says 3,400 people have arrived there since the floods.")
    assert [claim.asserted_by for claim in claims(text)] == ["Lowland Refugee Support Network"]


def test_a_bracket_that_spells_no_acronym_of_the_words_before_it_teaches_nothing() -> None:
    from rasd.claims._extract_acronyms import defined_acronyms

    assert defined_acronyms("Fighting in Upper Kessa (UKR) and the Blue Line Monitor (BLM)"
                            ) == {"BLM": "Blue Line Monitor"}


def test_a_page_that_speaks_as_we_is_its_organisations_not_its_editors() -> None:
    text = ("Weekly note: 37 civilian deaths recorded\n\nThe Harlan Casualty Register now "
            "records 37 civilian deaths for the week. We added 12 deaths from earlier weeks. "
            "Our researchers reviewed 300 reports.")
    found = claims(text, author="Nora Pell", published="2041-05-02")
    assert by_value(found, 12).asserted_by == "Harlan Casualty Register"


def test_he_after_a_named_speaker_is_that_speaker_not_a_town_or_a_hospital() -> None:
    text = ("The mayor of Brenn, Tomas Ekker, said that the rockets hit the market of Lune "
            "village and the Central Hospital. The attack destroyed 11 houses, he said.")
    assert by_value(claims(text), 11).asserted_by == "Tomas Ekker"


def test_figures_cited_as_another_bodys_are_that_bodys() -> None:
    text = ("The governor said 48 people had been killed in the province this year, "
            "according to the figures of the provincial health office.")
    assert by_value(claims(text), 48).asserted_by == "provincial health office"


EMAIL = """From: Piet Alvar <p.alvar@hollow-relief.example>
To: donors@lists.example
Date: Mon, 6 May 2052 08:10:00 +0100
Subject: sitrep 3 - Brenna, 15 killed

Dear all,

Our teams counted 15 people killed in Brenna since Saturday, when the shelling of the \
river quarter began; the clinic there is still open, but the road to the town is closed.

--
Piet Alvar | Programme Lead
Hollow Valley Relief (HVR) - charity No. 1234

---------- Forwarded message ----------
From: Mara Quell <m.quell@hollow-relief.example>
Date: Sat, 4 May 2052 at 19:00
Subject: Brenna
"""


def test_an_emails_own_figures_are_the_organisation_its_signature_names() -> None:
    killed = [claim for claim in claims(EMAIL) if claim.quote.startswith("15 people")]
    assert [claim.asserted_by for claim in killed] == ["Hollow Valley Relief"]


def test_an_emails_header_fields_are_no_speakers() -> None:
    assert all(claim.asserted_by not in ("Subject", "From", "Date") for claim in claims(EMAIL))


def test_an_emails_date_header_dates_its_weekdays() -> None:
    killed = next(claim for claim in claims(EMAIL) if claim.quote.startswith("15 people"))
    assert killed.period_start == "2052-05-04"


def test_it_attributed_n_to_a_party_is_the_bodys_figure() -> None:
    text = ("The Relief Mission in Osk recorded 900 civilian deaths in 2050. It attributed 500 "
            "of the deaths to army shelling and 300 to the rebels.")
    found = {claim.value: claim.asserted_by for claim in claims(text)}
    assert found[500] == "Relief Mission in Osk"


def test_deaths_attributed_to_a_party_name_no_source() -> None:
    text = ("The Relief Mission in Osk recorded 900 civilian deaths in 2050. Deaths attributed "
            "to the rebels made up 20 per cent of the total.")
    share = next(claim for claim in claims(text) if claim.unit == "percent")
    assert share.asserted_by != "Deaths"
