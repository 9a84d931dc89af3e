"""Numbers as a sentence writes them, before anyone asks what they count: "more than 147,061",
"between 10,000 and 15,000", "10-15 thousand", "twenty-three", "1.5 million", "dozens",
"one in 13", "10 per cent", "50 a day", "285 (255)".

Qualifier words, decided once here:
  exact      no qualifier
  at_least   "at least", "no fewer than", "no less than", "a minimum of", "or more"
  more_than  "more than", "over", "in excess of", "upwards of", "exceeding", "+", "-plus"
  about      "about", "around", "approximately", "some", "roughly", "an estimated", "or so"
  less_than  "less than", "fewer than", "under", "below", and "nearly", "almost",
             "just under", "close to" (the figure is short of the number said)
  up_to      "up to", "as many as", "at most", "no more than", "a maximum of"
  range      two numbers
A vague word ("dozens") gives ACLED's floor with qualifier at_least, since the floor is the
least it can mean. A fraction is given as its value: "one in 13" → 1/13 ≈ 0.0769, "half of"
→ 0.5, with unit fraction; a percentage as its number of percent ("10%" → 10).

Numbers that are not counts are dropped here by their look alone: dates and years, times,
ages, money, codes and page numbers, phone numbers, coordinates, ordinals and numbers glued
to letters ("420Iran", "F-16"). Whether the rest count people is for the parse to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.claims._extract_places import known_place
from rasd.claims.model import VAGUE_FLOORS

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "dozen": 12}
_ABBREVIATED = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_WORD_VALUES = {word: index for index, word in enumerate(_UNITS)} | {
    word: 20 + 10 * index for index, word in enumerate(_TENS)}

_UNIT = "|".join(_UNITS[1:])
_TEN = "|".join(_TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_SCALE_WORD = "hundred|thousand|million|billion|dozen"
_WORDNUM = rf"\b{_SMALL}(?:\s+(?:{_SCALE_WORD})(?:\s+(?:and\s+)?{_SMALL})?)*\b"
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?"
           r"(?![.,]?\d)")
_SCALE = r"(?:[ \u00a0-]?(?:hundred|thousand|million|billion)\b|(?:k|m|mn|bn)\b)"


def _atom(after_dash: bool = False, words: bool = True) -> str:
    """A single figure; the second figure of "10-15" may follow a dash, the rest may not
    ("F-16", "COVID-19")."""
    digits = _DIGITS if after_dash else rf"(?<![\w/.,:\-]){_DIGITS}"
    if not words:
        return rf"{digits}{_SCALE}?(?![A-Za-z\d])"
    return (rf"(?:half\s+a\s+million\b|\ban?\s+(?:hundred|thousand|million|dozen)\b"
            rf"|(?:{digits}|{_WORDNUM}){_SCALE}?)(?![A-Za-z\d])")


_ATOM = _atom()
_VAGUE = (r"\b(?:(?:several|many|a\s+few)\s+)?(?:tens\s+of\s+thousands"
          r"|hundreds\s+of\s+thousands|dozens|scores(?=\s+of\b)|hundreds|thousands|millions)\b"
          r"|\b(?:several|many|a\s+few)\s+(?:dozen|hundred|thousand|million)\b")
_FRACTION_WORDS = {"half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
                   "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
                   "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
_NOT_YEAR = r"(?!(?:1[89]|20)\d\d\b)"  # "from 2011 to 253,804" is not a range
_NUMBER = re.compile(
    rf"(?P<between>\b(?:between|from)\s+{_NOT_YEAR}(?P<b_low>{_ATOM})\s+(?:and|to|until)\s+"
    rf"(?P<b_high>{_atom(True)}))"
    # "at least three and up to 11 civilians": both ends said, each with its own hedge
    rf"|(?P<hedged>\bat\s+least\s+(?P<h_low>{_ATOM})\s+and\s+(?:up\s+to|as\s+many\s+as"
    rf"|at\s+most)\s+(?P<h_high>{_atom(True)}))"
    r"|(?P<fraction>(?P<f_num>\b(?:one|a|two|three|four|five)\b|(?<![\w.,])1)\s+"
    # "one child in every four deaths": the group counted may stand between
    r"(?:(?:child|woman|man|girl|boy|civilian|person|victim|detainee)\s+)?"
    rf"(?:in|out\s+of)\s+(?:every\s+)?{_NOT_YEAR}(?P<f_den>{_ATOM})"
    r"(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|cases?)\b))"
    r"|(?P<share>(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)"
    r"\b(?:one[- ]half|half|(?:a|one|two)[- ](?:third|quarter|fifth)s?|three[- ]quarters)"
    r"(?=\s+of\b)(?!\s+of\s+(?:the\s+)?(?:year|month|decade|century|(?:19|20)\d\d)\b))"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<range>{_NOT_YEAR}(?P<r_low>{_atom(words=False)})\s*(?:-|–|—|to)\s*"
    rf"(?P<r_high>{_atom(True, words=False)}))"
    rf"|(?P<atom>{_ATOM})", re.I)

_QUALIFIERS = (
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than"
                 r"|a\s+minimum\s+of"),
    ("up_to", r"up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than"
              r"|a\s+maximum\s+of"),
    ("more_than", r"more\s+than|well\s+over|over|in\s+excess\s+of|upwards\s+of|above"
                  r"|exceeding|exceeded|exceeds|surpassed|topped|passed"),
    ("less_than", r"less\s+than|fewer\s+than|under|below|nearly|almost|just\s+under"
                  r"|just\s+below|just\s+short\s+of|close\s+to|just\s+shy\s+of"),
    ("about", r"about|around|approximately|approx\.|some|roughly|an\s+estimated|estimated"
              r"|an\s+approximate|circa|c\."),
)
_QUALIFIER_BEFORE = [(name, re.compile(rf"\b(?:{words})\s+$", re.I)) for name, words in _QUALIFIERS]
_QUALIFIER_AFTER = [("at_least", re.compile(r"^(?:\s+or\s+more\b|\s*\+)", re.I)),
                    ("more_than", re.compile(r"^-?plus\b", re.I)),
                    ("about", re.compile(r"^\s+or\s+so\b", re.I))]
_PERCENT = re.compile(r"^\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.I)
_PER_DAY = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:(?<!on\s)(?<!in\s)a\s+day|(?:per|each|every)\s+day|daily)\b",
    re.I)
_PER_OTHER = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+(?:a|per|each|every)\s+(?:week|month|year)\b",
                        re.I)
_DAILY_BEFORE = re.compile(r"\bdaily\s+(?:average|rate|toll)\s+of\s+$|\b(?:a|per)\s+day\s*,?\s*$"
                           # "the daily average of martyrs has reached (11)"
                           r"|\bdaily\s+average\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+(?:has\s+|had\s+)?"
                           r"(?:reached|risen\s+to|rose\s+to|is|was|stands\s+at|stood\s+at)\s*\(?$",
                           re.I)
# "rose from 120 to 150": the first is what was said before, not the low end of a range.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increasing|climbed|jumped|grew|went\s+up|up"
    r"|fell|fallen|dropped|decreased|declined|down)\s+$", re.I)
_PRIOR_AFTER = re.compile(r"^\s*\(\s*(?:previously\s+|up\s+from\s+|down\s+from\s+)?"
                          rf"(?P<n>{_DIGITS})\s*\)", re.I)
_PRIOR_PHRASE = re.compile(rf"^\s*,?\s*(?:up|down)\s+from\s+(?P<n>{_ATOM})", re.I)

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_NOT_A_COUNT_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTHS})\.?\s*$"
    r"|[$€£¥₴]\s*$|\b(?:US\$|USD|EUR|GBP|SYP|IQD|IRR|SAR|AED|YER|SDG|UAH)\s*$"
    r"|\b(?:aged?|ages|age\s+of|aged\s+between|aged\s+from)\s+$"
    # the second age of a pair: "4 are boys aged 16 and 17"
    r"|\b(?:aged?|ages)\s+(?:between\s+|from\s+)?\d+\s*(?:,|and|or|to)\s*$"
    r"|\b(?:no|nos|number|resolution|article|articles|page|pages|p|pp|para|paragraph|chapter"
    r"|section|annex|item|law|decree|order|isbn|issn|ref|reference|tel|phone|fax|call|dial"
    r"|code|route|highway|road|flight|room|building|km|kilometre|kilometer|mile)\.?\s*#?\s*$"
    r"|[#+]\s*$|\d[\s-]+$"
    r"|\b(?:Branch|Division|Brigade|Battalion|Regiment|Unit|Sector|Block|Building|Camp"
    r"|Prison|Route|Highway|Update|Report|Table|Annex|Figure|Chapter|Volume|Part)\s*$"
    r"|\b(?:children|girls|boys|men|women|people|persons|those|individuals|anyone|victims)\s+"
    r"(?:under|over|above|below|aged|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$)",
    re.I)
# "number" as a verb is no "No.": "women and children number 720,000", "they now number"
_NUMBER_AS_VERB = re.compile(r"\b(?:women|men|children|people|persons|civilians|they|fighters"
                             r"|troops|refugees|displaced|dead|victims|detainees|families)"
                             r"\s+(?:now\s+|still\s+)?number(?:ed)?\s+$", re.I)
# "one of the 146": "one" standing for someone of a counted group
_OF_A_FIGURE = re.compile(r"^\s+of\s+(?:the|these|those)\s+\d")
_NOT_A_COUNT_AFTER = re.compile(
    rf"^(?:(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b"
    r"|[- ](?:years?|months?|weeks?|days?)[- ]old\b|[- ]year\b"
    r"|\s*°?\s*[NSEW]\b(?!['’])|\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|kg"
    r"|kilograms?|tons?|tonnes?|hectares?|sq\.?\s*km|mm|cm)\b"
    r"|\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|o'clock)(?!\w)|:\d|\s*[°º′″/]"
    r"|\s*(?:million\s+|billion\s+)?(?:dollars|euros|pounds|usd|lira|liras|rials|riyals|dinars"
    r"|francs|yuan|rubles|roubles|hryvnias|shekels)\b|[\s-]+\d"
    # a change, a multiplier and a confidence level count nothing: "a 21% increase",
    # "struck 14 times", "(95% CI)"
    r"|\s?(?:%|per\s?cent\b|percent\b)\s*(?:increase|rise|decrease|drop|fall|decline|jump"
    r"|reduction|growth|CI|confidence|credible)\b|\s+times\b)", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
# A threshold in a definition is not a count: "defined as attacks that killed five or more".
_DEFINITION = re.compile(r"\b(?:defined\s+as|definition\s+of|we\s+define|is\s+counted\s+as"
                         r"|are\s+counted\s+as|counts?\s+as)\b[^.;]*$", re.I)
# A victim's age in brackets after their name, in a list of the dead by name: "Ahmad
# Khalil al-Ali (34), his wife Fatima (29) and their children Omar (7)". A count beside a
# place ("Aleppo (36)") is set the same way, so only a sentence naming kin or names counts.
_NAME_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’-]+)\s*\($")
_NAMED_VICTIMS = re.compile(r"\b(?:wife|husband|sons?|daughters?|children|brothers?|sisters?"
                            r"|siblings|father|mother|cousins?|nephews?|nieces?|grandchildren"
                            r"|by\s+name|named|names)\b", re.I)
_PEOPLE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:people|persons|civilians|children|women|men|"
                           r"individuals|fighters|soldiers|deaths|victims|refugees)\b", re.I)


@dataclass
class Mention:
    """A number in a sentence; offsets are into the sentence's text."""

    start: int  # the whole mention, qualifier words included
    end: int
    number_start: int  # the figure itself
    number_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str = "people"
    vague: bool = False
    prior_of: int | None = None  # index of the mention this one is an earlier value of


def find_mentions(sentence: str) -> list[Mention]:
    """The numbers in a sentence that could be counts, in text order."""
    mentions: list[Mention] = []
    for found in _NUMBER.finditer(sentence):
        if mentions and found.start() < mentions[-1].end:
            continue  # the earlier value of "285 (255)", already taken
        mention = _mention(sentence, found)
        if mention is None or _not_a_count(sentence, found, mention):
            continue
        _qualify(sentence, mention)
        _unit(sentence, mention)
        if mention.low is not None and _CHANGE_BEFORE.search(sentence[:found.start()]):
            mentions.extend(_change(found, mention, len(mentions)))
            continue
        mentions.append(mention)
        mentions.extend(_prior(sentence, mention, len(mentions) - 1))
    return mentions


def _mention(sentence: str, found: re.Match[str]) -> Mention | None:
    start, end = found.span()
    if found.group("between") or found.group("range") or found.group("hedged"):
        prefix = "b" if found.group("between") else "h" if found.group("hedged") else "r"
        low_text, high_text = found.group(f"{prefix}_low"), found.group(f"{prefix}_high")
        low, high = atom_value(low_text), atom_value(high_text)
        if low is None or high is None:
            return None
        scale = _scale_of(high_text)
        if scale and not _scale_of(low_text) and low * scale <= high:
            low *= scale  # "10-15 thousand"
        if low >= high or any(_YEAR.match(text.strip()) for text in (low_text, high_text)):
            return None
        return Mention(start, end, found.start(f"{prefix}_low"), end, None, low, high, "range")
    if found.group("fraction"):
        numerator = atom_value(found.group("f_num")) or 1.0
        denominator = atom_value(found.group("f_den"))
        if not denominator or numerator >= denominator:
            return None
        return Mention(start, end, start, end, _tidy(numerator / denominator), unit="fraction")
    if found.group("share"):
        words = re.sub(r"[\s-]+", " ", found.group("share").lower()).rstrip("s")
        value = _FRACTION_WORDS.get(words, _FRACTION_WORDS.get(words + "s"))
        return Mention(start, end, start, end, value, unit="fraction")
    if found.group("vague"):
        return Mention(start, end, start, end, _vague_floor(found.group("vague")),
                       qualifier="at_least", vague=True)
    value = atom_value(found.group("atom"))
    if value is None:
        return None
    return Mention(start, end, start, end, value)


# How much of the text before a number the patterns anchored at its end ("aged ", "No. ",
# "more than ") need: searching the whole sentence before each number of a long one, start
# after start, is what made mention finding slow; no such pattern matches this many
# characters.
_TAIL = 160


def _not_a_count(sentence: str, found: re.Match[str], mention: Mention) -> bool:
    before, after = sentence[:found.start()], sentence[found.end():]
    tail = before[-_TAIL:]
    if (_NOT_A_COUNT_BEFORE.search(tail) and not _NUMBER_AS_VERB.search(tail)) or (
            _NOT_A_COUNT_AFTER.match(after)):
        return True
    if found.group().strip().lower() == "one" and _OF_A_FIGURE.match(after):
        return True  # "every one of the 146 people": a pronoun, the 146 is the figure
    # a definition runs to the number with no full stop or semicolon between: search the
    # clause after the last one only
    clause = before[max(before.rfind("."), before.rfind(";")) + 1:]
    if _DEFINITION.search(clause) or re.match(r"0\d", sentence[mention.number_start:]):
        return True  # "massacres, defined as attacks that killed five or more"; "000"
    name = _NAME_BEFORE.search(before)
    if name and after.startswith(")") and _NAMED_VICTIMS.search(sentence) and not (
            known_place(name.group("word"))):
        return True
    text = found.group().strip()
    return bool(_YEAR.match(text)) and not _PEOPLE_AFTER.match(after)


def _qualify(sentence: str, mention: Mention) -> None:
    if mention.qualifier == "range":
        return
    offset = max(0, mention.start - _TAIL)
    before = sentence[offset:mention.start]
    for name, pattern in _QUALIFIER_BEFORE:
        found = pattern.search(before)
        if found:
            mention.qualifier, mention.start = name, offset + found.start()
            return
    after = sentence[mention.end:]
    for name, pattern in _QUALIFIER_AFTER:
        found = pattern.match(after)
        if found:
            mention.qualifier, mention.end = name, mention.end + found.end()
            return


def _unit(sentence: str, mention: Mention) -> None:
    if mention.unit != "people":
        return
    after = sentence[mention.end:]
    percent = _PERCENT.match(after)
    if percent:
        mention.unit = "percent"
        mention.end += percent.end()
        mention.number_end = mention.end
    elif _PER_DAY.match(after) or _DAILY_BEFORE.search(sentence[:mention.start]):
        mention.unit = "per_day"
    elif _PER_OTHER.match(after):
        mention.unit = "other"


def _change(found: re.Match[str], mention: Mention, index: int) -> list[Mention]:
    """"rose from 120 to 150": 150 is the claim, 120 what was said before it."""
    prefix = "b" if found.group("between") else "r"
    low_start, low_end = found.span(f"{prefix}_low")
    high_start, high_end = found.span(f"{prefix}_high")
    current = Mention(high_start, mention.end, high_start, high_end, mention.high,
                      unit=mention.unit)
    earlier = Mention(low_start, low_end, low_start, low_end, mention.low, unit=mention.unit,
                      prior_of=index)
    return [current, earlier]


def _prior(sentence: str, mention: Mention, index: int) -> list[Mention]:
    """"285 (255)", "285, up from 255": the second is an earlier value of the first."""
    after = sentence[mention.end:]
    found = _PRIOR_AFTER.match(after) or _PRIOR_PHRASE.match(after)
    if not found:
        return []
    value = atom_value(found.group("n"))
    if value is None:
        return []
    start, end = mention.end + found.start("n"), mention.end + found.end("n")
    if mention.unit == "percent" and found.re is _PRIOR_AFTER and not re.search(
            r"previously|from", found.group(), re.I):
        # "women 11% (313)": a count in brackets after a share is the count it stands for
        return [Mention(start, end, start, end, value)]
    return [Mention(start, end, start, end, value, unit=mention.unit, prior_of=index)]


def atom_value(text: str) -> float | None:
    """"147,061" → 147061, "1.5 million" → 1500000, "twenty-three" → 23, "3m" → 3000000."""
    text = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u2009", " ")
    if text == "half a million":
        return 500_000
    if text.startswith(("a ", "an ")):
        text = "one " + text.split(None, 1)[1]
    digits = re.match(r"^(\d[\d, ]*(?:\.\d+)?)\s*-?\s*([a-z]*)$", text)
    if digits:
        number = float(re.sub(r"[, ]", "", digits.group(1)))
        scale = digits.group(2)
        if scale and scale not in _SCALES and scale not in _ABBREVIATED:
            return None
        return _tidy(number * _SCALES.get(scale, _ABBREVIATED.get(scale, 1)))
    return _words_value(text)


def count_of(word: str) -> int:
    """A small count written in digits or as a word ("3", "three")."""
    return int(word) if word.isdigit() else _WORD_VALUES[word.lower()]


def _words_value(text: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word in ("hundred", "dozen"):
            current = max(current, 1) * _SCALES[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _scale_of(text: str) -> int:
    last = re.split(r"[\s-]+", text.strip().lower())[-1]
    found = re.search(r"[a-z]+$", last)
    word = found.group() if found else ""
    return _SCALES.get(word, _ABBREVIATED.get(word, 0))


def _vague_floor(text: str) -> int:
    words = " ".join(text.lower().split())
    for phrase in ("tens of thousands", "hundreds of thousands"):
        if phrase in words:
            return VAGUE_FLOORS[phrase]
    last = words.split()[-1]
    plural = last if last.endswith("s") else last + "s"
    return VAGUE_FLOORS[plural]


def _tidy(value: float) -> float:
    """Whole numbers as int, so that 147061 prints as 147061, not 147061.0."""
    return int(value) if float(value).is_integer() else value
