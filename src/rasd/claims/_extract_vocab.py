"""The words claim extraction knows: what a counted noun or a verb says about the people
counted, who reports, and which words name places and peoples.

Words are matched in lower case and in the form the text uses (no lemmatizer: it is slow
and the inflections needed are few), so each table lists the inflections it accepts.
"""

from __future__ import annotations

# A change measured from an earlier figure, right before that figure: "a 21% increase on
# (the 2,353 ...)", "down from (388)".
# After a share, the words that make it a share of the whole said before: "30 per cent of
# the total", "of its total", "(8%) of all those arrested".
OF_THE_TOTAL = (r"^\)?\s*(?:per\s?cent\s+|percent\s+)?of\s+(?:the|its|their|all)\s+"
                r"(?:total\b|those\s+(?:arrested|detained|killed|injured|wounded))")
CHANGE_FROM = (r"\b(?:increase|rise|decrease|drop|fall|decline|up|down)\s+(?:on|from)\s+"
               r"(?:the\s+)?")


def words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


def _table(entries: dict[str, str]) -> dict[str, str]:
    """{"kill killed": "killed"} → {"kill": "killed", "killed": "killed"}."""
    return {word: value for words, value in entries.items() for word in words.split()}


# Verbs and adjectives that say what happened to the people counted.
MEASURE_VERBS = _table({
    "kill kills killed killing die dies died dying dead perish perished perishing murder "
    "murdered slain slaughtered massacred executed martyred assassinated drowned "
    "suffocated starved neutralised neutralized neutralise neutralize eliminated": "killed",
    "injure injures injured injuring wound wounds wounded wounding hurt maimed "
    "burned burnt amputated": "injured",
    "arrest arrests arrested arresting detain detains detained detaining abduct abducted "
    "abducting kidnap kidnapped kidnapping imprison imprisoned jailed captured "
    "incarcerated": "detained",
    "disappeared": "disappeared",
    "missing unaccounted": "missing",
    "displace displaces displaced displacing flee flees fled fleeing uprooted evacuated "
    # families "arriving" in a town from one under attack: arrivals of the displaced
    "homeless arriving": "displaced",
    "fight fights fought fighting": "fighters",
})
# Nouns that name the event counted ("30 deaths"): they decide the measure outright.
EVENT_NOUNS = _table({
    "death deaths fatality fatalities killing killings dead toll tolls martyrs bodies corpses "
    "remains victims": "killed",
    "injury injuries wounded injured": "injured",
    "casualty casualties": "casualties",
    "arrest arrests detentions abduction abductions kidnappings": "detained",
    "disappearance disappearances disappeared": "disappeared",
    "missing": "missing",
    "displacements displaced": "displaced",
})
# Nouns that name what the people are ("95,000 fighters"): the measure when no verb says
# what happened to them.
STATUS_NOUNS = _table({
    "fighters fighter troops soldiers soldier militants combatants mercenaries militiamen "
    "rebels insurgents gunmen jihadists recruits servicemen conscripts terrorists commanders":
        "fighters",
    "militias militia factions brigades battalions": "armed_groups",
    "detainees detainee prisoners prisoner hostages captives abductees": "detained",
    "refugees refugee idps evacuees arrivals": "displaced",
})
# What fighters are members of: "members of the regime forces".
FORCE_NOUNS = words("forces force army armies militia militias police brigade brigades "
                     "battalion battalions division divisions regiment unit units guard "
                     "isis isil daesh hezbollah")
# A group counted as a whole: "12 armed groups", "40 rebel factions".
GROUP_NOUNS = words("groups organisations organizations factions units")
ARMED = words("armed militant rebel jihadist terrorist extremist paramilitary opposition")

SUBGROUP_NOUNS = _table({
    # a count of "citizens" killed is of non-combatants in casualty reporting ("killed more
    # than 147,061 Syrian citizens"): the guide reads them as civilians
    "civilians civilian citizens residents inhabitants villagers noncombatants "
    "non-combatants": "civilians",
    "children child kids minors boys boy girls girl infants infant babies baby toddlers "
    "newborns schoolchildren pupils": "children",
    "women woman females": "women",
    "men man males": "men",
    "doctors doctor nurses nurse medics medic paramedics paramedic surgeons pharmacists": (
        "health_workers"),
    "journalists journalist reporters reporter photographers photojournalists": "journalists",
    "fighters fighter troops soldiers soldier militants combatants mercenaries militiamen "
    "rebels insurgents gunmen jihadists servicemen conscripts terrorists commanders "
    "non-civilians "
    "noncivilians": "fighters",
    "returnees": "returnees",
    "detainees detainee prisoners prisoner": "detainees",
    "refugees refugee idps": "refugees",
    "students student": "students",
    "teachers teacher": "teachers",
    "policemen officers": "police",
    "volunteers rescuers": "rescue_workers",
    "elderly": "older_persons",
})
# Two-word subgroups, matched on the noun and the word before it ("health workers").
SUBGROUP_PAIRS = {
    ("health", "workers"): "health_workers", ("medical", "workers"): "health_workers",
    ("healthcare", "workers"): "health_workers", ("medical", "staff"): "health_workers",
    ("medical", "personnel"): "health_workers", ("care", "workers"): "health_workers",
    ("media", "workers"): "journalists", ("media", "activists"): "journalists",
    ("aid", "workers"): "aid_workers", ("humanitarian", "workers"): "aid_workers",
    ("relief", "workers"): "aid_workers", ("un", "staff"): "aid_workers",
    ("civil", "defence"): "rescue_workers", ("civil", "defense"): "rescue_workers",
    ("police", "officers"): "police",
    ("older", "persons"): "older_persons", ("older", "people"): "older_persons",
    ("health", "worker"): "health_workers", ("medical", "worker"): "health_workers",
    ("media", "worker"): "journalists", ("aid", "worker"): "aid_workers",
}
# Nouns that count people without saying who they are.
PEOPLE_NOUNS = words(
    "people persons person individuals individual humans souls lives nationals "
    "syrians iraqis yemenis palestinians afghans sudanese ukrainians libyans kurds "
    "lebanese iranians somalis rohingya yazidis members workers patients population "
    "families households migrants worshippers passengers protesters demonstrators "
    "activists others residents suspects villagers")
# Counted units that are not single people.
OTHER_UNITS = words("families households")
# The violent events and what they destroy, counted as claims of measure other, unit other.
THING_NOUNS = words(
    "massacres massacre attacks airstrikes strikes raids bombs barrel-bombs shells missiles "
    "rockets explosions graves sites hospitals ambulances facilities schools clinics "
    "bakeries markets homes houses buildings shelters mosques churches")
# Words that stand for a total already given ("10% of the total", "the number of victims").
TOTAL_NOUNS = words("total number figure count tally sum cases case")
# Words after which a count is a part of the total before it.
PART_MARKERS = ("including", "among them", "among whom", "of whom", "of them", "of which",
                "incl.", "comprising", "among those", "among the dead", "among the victims",
                "among the killed", "among those killed", "most of them", "mostly",
                "included", "include", "includes", "among the civilians", "among the wounded",
                "among the injured")

REPORTING_VERBS = words(
    "say says said saying tell tells told report reports reported reporting state states "
    "stated announce announces announced claim claims claimed estimate estimates estimated "
    "document documents documented record records recorded confirm confirms confirmed "
    "add adds added note notes noted remark remarks remarked assert asserts asserted "
    "write writes wrote count counts counted tally tallied find finds found show shows "
    "showed indicate indicates indicated reveal reveals revealed warn warns warned "
    "put puts gave verify verifies verified register registers registered attributes "
    "attribute attributed "
    # what parties to a case or a dispute do with a figure
    "allege alleges alleged contend contends contended argue argues argued maintain "
    "maintains maintained submit submits submitted insist insists insisted "
    # an official's statement in agency prose: "affirmed in a statement that ..."
    "affirm affirms affirmed stress stresses stressed")
# Nouns that name a text rather than who wrote it ("the report said").
TEXT_NOUNS = words("report statement study survey figures data document update tally "
                    "count bulletin release analysis records")

# Demonyms of victims ("Syrian citizens"), for the place when the text names none.
DEMONYMS = {
    "syrian": "Syria", "iraqi": "Iraq", "yemeni": "Yemen", "palestinian": "Palestine",
    "lebanese": "Lebanon", "afghan": "Afghanistan", "sudanese": "Sudan",
    "ukrainian": "Ukraine", "libyan": "Libya", "somali": "Somalia", "iranian": "Iran",
    "israeli": "Israel", "turkish": "Turkey", "russian": "Russia", "malian": "Mali",
    "nigerian": "Nigeria", "ethiopian": "Ethiopia", "burmese": "Myanmar",
    "myanmar": "Myanmar", "congolese": "DR Congo", "gazan": "Gaza",
}
# "the region", "the area": a place named elsewhere in the sentence stands for it.
DEICTIC_PLACES = words("region area city town village province governorate district "
                        "countryside there")
# Places named without a preposition ("the Aleppo city council"), besides the Syrian
# governorates rasd.places knows.
KNOWN_PLACES = frozenset(DEMONYMS.values()) | words(
    "Gaza Darfur Kharkiv Kyiv Mariupol Mosul Baghdad Sanaa Aden Hodeidah Taiz Tripoli "
    "Benghazi Khartoum Kabul Beirut Damascus Aleppo Idlib Homs Hama Daraa Latakia Tartus "
    "Raqqa Hasakah Quneitra Suwayda Ghouta Afrin Kobani Nineveh Kirkuk Anbar Sinjar Fallujah "
    "Marib Hajjah Saada Donetsk Luhansk Zaporizhzhia Kherson Odesa Rafah Khan-Younis Jenin "
    # the first-level divisions and main towns of other conflicts reports count by
    "Diyala Basra Erbil Dohuk Duhok Sulaymaniyah Babil Karbala Najaf Wasit Maysan Muthanna "
    "Qadisiyah Halabja Ramadi Tikrit Samarra Dhamar Ibb Lahj Abyan Shabwa Hadramawt Hadramout "
    "Amran Raymah Socotra Jabalia Nablus Tulkarm Hebron Ramallah Bethlehem Qalqilya Tubas "
    "Jericho Jerusalem Mykolaiv Dnipropetrovsk Dnipro Sumy Chernihiv Zhytomyr Lviv Poltava "
    "Vinnytsia Bakhmut Avdiivka Nabatieh Tyre Sidon Baalbek Bekaa Misrata Sirte Derna Sabha "
    "Kandahar Helmand Nangarhar Kunduz Herat Ghazni") | frozenset({
        "Salah al-Din", "Salahuddin", "Dhi Qar", "Tal Afar", "Al Jawf", "Al-Jawf", "Al Bayda",
        "Al-Bayda", "Al Dhale", "Al-Dhale", "Al Mahwit", "Al-Mahwit", "Al Mahrah", "Al-Mahrah",
        "Gaza City", "North Gaza", "Deir al-Balah", "Deir al Balah", "Khan Younis",
        "Khan Yunis", "West Bank", "East Jerusalem"})
NOT_PLACES = words(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
PLACE_PREPOSITIONS = words("in at near across throughout around inside outside into from "
                            "within")
# What did it, when no one is named: weapons and attacks, not parties (nor places: "in
# Coalition airstrikes" names no place, and "Turkish shelling" no country).
MEANS = frozenset({"airstrike", "airstrikes", "air", "strike", "strikes", "shelling", "shell",
                   "shells", "bomb", "bombs", "bombing", "bombings", "bombardment", "raid",
                   "raids", "rocket", "rockets", "missile", "missiles", "mortar", "mortars",
                   "drone", "drones", "explosion", "explosions", "blast", "blasts", "attack",
                   "attacks", "fire", "gunfire", "landmine", "landmines", "mine", "mines",
                   "ied", "ieds", "artillery", "sniper", "snipers", "barrel", "fighting",
                   "clashes", "violence", "hostilities", "bullet", "bullets", "shrapnel"})
# Words after a demonym that make it the name of a party, not of a place or of people:
# "Turkish forces", "Israeli airstrikes", "Russian jets".
PARTY_WORDS = MEANS | words("forces force military army troops soldiers jets aircraft "
                            "warplanes planes helicopters regime government authorities "
                            "militia militias police navy occupation")

# Capitalised words that name no place: months, weekdays, the words of offices' names.
NOT_PLACE_WORDS = words(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Ministry Office Council Health "
    "Information Defence Interior State Affairs Human Rights Nations")
# An e-mail's header fields: metadata, neither places nor speakers.
HEADER_FIELDS = words("From To Cc Bcc Date Sent Subject")


def any_word(vocabulary: frozenset[str]) -> str:
    """A regex alternation that matches any of the words, whole."""
    return rf"\b(?:{'|'.join(sorted(vocabulary))})\b"

