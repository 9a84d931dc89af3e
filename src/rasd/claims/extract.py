"""Claim extraction: every number a document says about the dead, the injured, the detained,
the displaced and those who fight, with what it counts, who says it, who did it, where and
when (design.md, `rasd claims extract --json`).

The rules are in the private modules, each with its own account:
  _extract_sentences   line wraps joined; paragraphs, sentences, lists and headings
  _extract_mentions    the numbers, their qualifiers and units; what is not a count
  _extract_roles       what a number counts and the quote, from spaCy's parse, with
  _extract_measure     ... the measure (killed, injured, ...) and
  _extract_subgroups   ... the subgroup (civilians, children, under_torture, ...)
  _extract_context     what a figure takes from the figure or heading before it
  _extract_lists       labelled lines and lists ("Syrian regime forces: 1,121 civilians")
  _extract_tables      tables with a column per measure ("Locality Killed Injured")
  _extract_agents      asserted_by, actor
  _extract_turns       the speakers of a meeting record or transcript, who say its figures
  _extract_places      place
  _extract_defaults    the places of figures whose sentence names none
  _extract_periods     periods, named events, dates relative to the document's
  _extract_links       part_of, share_of, repeat_of, prior_report (over _extract_found), with
  _extract_breakdowns  ... the breakdowns no word announces and
  _extract_relinks     ... the links read once the rest are set; who says a breakdown
Only sentences holding a number are parsed, in one spaCy batch for many documents.

Two defaults frame every figure: a figure whose sentence names no period takes the last
period named before it in the document (a report's month, "since 7 October"), or, for the
document's first figure (a headline), the first one named after it; and one whose
sentence names no place takes the place of the last figure of its paragraph that has one,
else a wire story's dateline city ("IDLIB, Syria (Reuters) -"), else the place the document
names most (a report about a country gives the country), else the place it names most with
its kind ("Tavor province"), else the place its figures name most, else the one its headline
names (a document naming no place leaves it empty).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from rasd.claims._extract_agents import actor, asserted_by, intro_source
from rasd.claims._extract_attacker import opening_attacker
from rasd.claims._extract_carried import carried_groups
from rasd.claims._extract_columns import groups_from_wholes, lists_of_wholes
from rasd.claims._extract_context import (
    continue_measure,
    continued_role,
    fill_from_heading,
    fill_from_previous,
    followed_by_share,
    heading_role,
    more_of_the_same,
    opened_by_group,
    sets_off_share,
    share_of_total,
)
from rasd.claims._extract_defaults import (
    default_places,
    document_about,
    figures_place,
    sentence_places,
)
from rasd.claims._extract_described import without_descriptions
from rasd.claims._extract_found import Found
from rasd.claims._extract_framed import framed_civilians
from rasd.claims._extract_letters import email_sender
from rasd.claims._extract_links import link
from rasd.claims._extract_lists import apply_label, by_place, intro_measure
from rasd.claims._extract_mentions import Mention, find_mentions
from rasd.claims._extract_nlp import parse, text_of
from rasd.claims._extract_party import settle_names
from rasd.claims._extract_periods import (
    Period,
    PeriodReader,
    day_before,
    events_only,
    history,
    standing,
)
from rasd.claims._extract_places import dateline_place, place
from rasd.claims._extract_referents import figures_put_at, points_back, whereabouts_unknown
from rasd.claims._extract_relinks import parts_said_by_whole
from rasd.claims._extract_residents import shares_of_residents
from rasd.claims._extract_restated import restated_groups
from rasd.claims._extract_returns import returnees
from rasd.claims._extract_roles import Role, bare, read_role
from rasd.claims._extract_screen import drop_on_screen
from rasd.claims._extract_sentences import Reading, is_bullet, read
from rasd.claims._extract_set_off import set_off_groups
from rasd.claims._extract_spokes import speaker_self
from rasd.claims._extract_subgroups import fraction_group, listed_subgroups, settled_group
from rasd.claims._extract_tables import (
    PERIOD_LABEL,
    Cell,
    cell_measure,
    cell_subgroup,
    cell_year,
    find_tables,
    label_period,
    row_mentions,
)
from rasd.claims._extract_turns import label_length, speaker_turns
from rasd.claims._extract_vocab import CHANGE_FROM
from rasd.claims.model import Claim, Document

# A sentence quoting an earlier report: its figures are prior_report of the current ones.
_EARLIER = re.compile(
    r"\b(?:previously\s+reported|yesterday['’]s|last\s+(?:week|month|year)['’]s"
    r"|the\s+day\s+before|(?:earlier|prior|last|previous)\s+(?:report|statement|figure|toll"
    r"|count|update|bulletin)|had\s+(?:stood|been\s+put)\s+at|had\s+(?:put|placed|given|set)"
    r"\s+(?:the|its|their)\s+(?:death\s+)?toll)\b", re.I)

# The words that open a part of the figure before: "of whom", "including", "among them".
_PART_INTRO = re.compile(r"(?:\bof\s+(?:whom|which|them|these)|\bincluding|\bamong\s+(?:them"
                         r"|whom))\s*\(?$", re.I)

# what asserted_by gives a figure whose sentence names no source (None: one it cannot name)
_UNSAID = "\x00"
_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.\s*")
# A bulleted item: what it dates is its own, not the frame of what follows.
_BULLET = re.compile(r"^\s*[-•*–·▪]\s")
# groups that count deaths only: the dead in detention, under torture
_DIED_IN_DETENTION = frozenset({"detainees", "under_torture"})
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*\(?\s*", re.I)

# A line's label right before its figure: "Civilian deaths (reported): ".
_LABEL_BEFORE = re.compile(r"^\s*(?P<label>[^:\d]{2,60}):\s*$")

# What names a period only to compare with it.
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|up\s+from|down\s+from)"
                       r"\s+(?:in|during|on|for|that\s+of|those\s+of)?\s*$"
                       # "a 21% increase on the 2,353 recorded in 2023"
                       rf"|{CHANGE_FROM}[\d,.]+(?:\s+[a-z]+){{0,3}}?\s+(?:(?:in|during)\s+)?$"
                       # a record's reference point: "the highest monthly toll since the
                       # project opened in 2029"
                       r"|\b(?:highest|lowest|largest|greatest|biggest|worst|deadliest)"
                       r"(?:\s+[a-z]+){0,3}\s+(?:since\b[^,;.]{0,40})?$", re.I)
_FIELDWORK = re.compile(r"\b(?:we|our\s+(?:team|researchers|staff))\s+(?:conducted|carried\s+out"
                        r"|interviewed|surveyed|visited)\b|\b(?:survey|interviews|fieldwork|field\s+"
                        r"visits?)\s+(?:was|were)\s+(?:conducted|carried\s+out|held)\b", re.I)
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ()/'’-]{2,60}?)\s+$")
_BELLIGERENT = re.compile(r"^(?:suspected|alleged|likely|reported)\s+(?:belligerents?"
                          r"|perpetrators?)\s*(?::\s*(?P<name>.+))?$", re.I)
_LOCATION = re.compile(r"^(?:location|place\s+of\s+(?:incident|attack))\s*(?::\s*(?P<name>.+))?$",
                       re.I)
_HARM = frozenset({"killed", "injured", "casualties"})
# A period right after a figure, with no comma between, is its own: "the 2,353 recorded in
# 2023", "30 killed in 2023 and 40 in 2024".
_OWN_PERIOD = re.compile(r"^(?:\s+[a-z]+){0,3}?\s+(?:(?:in|during|on)\s+)?$")


def extract_claims(document: Document) -> list[Claim]:
    """The claims in `document`, in text order; offsets into document.text, and through
    document.to_original into the original."""
    return extract_many([document])[0]


def extract_many(documents: Iterable[Document]) -> list[list[Claim]]:
    """The claims of each document; faster than one call per document, since spaCy parses
    the sentences of all of them in one stream."""
    plans = [_Plan.of(document) for document in documents]
    texts = [plan.parse_text(index) for plan in plans for index in plan.counted]
    parsed = iter(parse(texts))
    return [plan.claims([next(parsed) for _ in plan.counted]) for plan in plans]


@dataclass
class _Plan:
    """One document read up to the parse: sentences, their numbers and their periods."""

    document: Document
    reading: Reading
    mentions: list[list[Mention]]  # per sentence
    periods: list[list[Period]]  # per sentence
    counted: list[int]  # the sentences with numbers, to parse
    own: str | None  # who the document speaks for
    cells: dict[int, list[Cell]]  # per table row, the column of each of its figures
    turns: list[str | None]  # per paragraph, the speaker whose turn it is in
    found: list[Found] = field(default_factory=list)
    cited: dict[int, str] = field(default_factory=dict)  # per paragraph of a turn

    @classmethod
    def of(cls, document: Document) -> _Plan:
        reading = read(document.text)
        texts = [reading.sentence_text(sentence) for sentence in reading.sentences]
        mentions = [find_mentions(text) for text in texts]
        cells: dict[int, list[Cell]] = {}
        for index, table in find_tables(texts).items():
            row = row_mentions(texts[index], table)
            mentions[index] = [mention for mention, _ in row]
            cells[index] = [cell for _, cell in row]
        drop_on_screen(mentions, reading, _paragraph_openings(reading))
        periods = PeriodReader(document.text, document.published)
        own = email_sender(document.text) or speaker_self(document.author, texts)
        return cls(document, reading, mentions,
                   [events_only(text, periods.find(text)) for text in texts],
                   [index for index, found in enumerate(mentions) if found],
                   own, cells, speaker_turns(_paragraph_openings(reading), own))

    def parse_text(self, index: int) -> str:
        """The sentence as the parser reads it: a speaker's label that opens a turn blanked
        out, so that a place or party in its brackets is taken for no subject."""
        text = self.reading.sentence_text(self.reading.sentences[index])
        paragraph = self.reading.sentences[index].paragraph
        each = index - 1
        while each >= 0 and self.reading.sentences[each].paragraph == paragraph:
            if not _LIST_NUMBER.fullmatch(self._text(each)):
                return text  # a label stands at the paragraph's start (after "2.", if any)
            each -= 1
        in_turn = paragraph < len(self.turns) and self.turns[paragraph] is not None
        length = label_length(text, in_turn)
        return " " * length + text[length:]

    def claims(self, docs: Sequence[Doc]) -> list[Claim]:
        for index, doc in zip(self.counted, docs, strict=True):
            self._sentence(index, doc)
        self.found.sort(key=lambda item: (item.claim.start, item.claim.end))
        _set_between(self.found, self.reading, self.document.text)
        figures_put_at(self.found)
        groups_from_wholes(self.found)
        about = document_about(self.document.text)
        self._carry_detention()
        sentence_places(self.found)
        lists_of_wholes(self.found, self.reading)
        link(self.found, about)
        shares_of_residents(self.found)
        parts_said_by_whole(self.found)
        framed_civilians(self.found, self.reading, self.document.title, self.own)
        set_off_groups(self.found)
        carried_groups(self.found)
        returnees(self.found)
        restated_groups(self.found)
        whereabouts_unknown(self.found)  # after linking: a part takes its whole's measure
        self._earlier_periods()
        location = self._field(_LOCATION)
        for item in self.found if location is not None else ():
            item.claim.place = item.claim.place or location
        default_places(self.found, dateline_place(self.document.text) or about
                        or figures_place(self.found, self.document.text))
        self._default_actor()
        settle_names([item.claim for item in self.found], self.document.text)
        for item in self.found:
            _bracketed_quote(item.claim, self.document)
        return without_descriptions(listed_subgroups([item.claim for item in self.found]))

    def _default_actor(self) -> None:
        """An assessment's "Suspected belligerent" field (its name after a colon or on the
        next line) is who did the harm its figures count, where a figure names nobody."""
        name = self._field(_BELLIGERENT) or opening_attacker(self.document.text, self.found)
        for item in self.found if name is not None else ():
            if item.claim.measure in _HARM and item.claim.actor is None:
                item.claim.actor = name

    def _field(self, label: re.Pattern[str]) -> str | None:
        """The value of an assessment's field: after its label's colon, or on the next
        line ("Suspected belligerent" over "Turkish Military"); a short name, no figure."""
        texts = [self._text(index).strip() for index in range(len(self.reading.sentences))]
        for index, text in enumerate(texts):
            field = label.match(text)
            if field is None:
                continue
            name = field.group("name") or (texts[index + 1] if index + 1 < len(texts) else "")
            if not name or len(name) > 60 or any(char.isdigit() for char in name):
                return None
            return name.strip(" .")
        return None

    def _carry_detention(self) -> None:
        """Deaths in detention stay the subject until a heading or a new group: after "902
        died in custody", "we could verify 4,200 deaths from the registers" and "a further
        640 deaths" are deaths of detainees too."""
        last: Found | None = None
        for item in self.found:
            claim = item.claim
            if claim.measure != "killed" or claim.unit != "people" or item.prior_of is not None:
                continue
            if claim.subgroup is None and last is not None and (
                    item.paragraph - last.paragraph <= 1
                    and self.reading.section_heading(item.sentence)
                    == self.reading.section_heading(last.sentence)):
                claim.subgroup = "detainees"
            last = item if claim.subgroup == "detainees" else None

    def _earlier_periods(self) -> None:
        """Yesterday's toll of a cumulative count runs from the count's start to yesterday."""
        published = self.document.published
        for item in self.found:
            if item.earlier_statement and item.prior_of is not None:
                current = item.claim
                current.period_start = item.prior_of.claim.period_start
                if "yesterday" in item.earlier_statement.lower():
                    current.period_end = day_before(published)

    def _sentence(self, index: int, doc: Doc) -> None:
        sentence = self.reading.sentences[index]
        earlier = self.reading.text[:sentence.start]
        made: dict[int, Found] = {}
        mentions = self.mentions[index]
        previous: Found | None = None
        # the figure whose group an elided figure after `previous` takes: `previous` itself,
        # or for a part ("of whom 2 were older persons"), the whole it is part of
        group_source: Claim | None = None
        in_parts = False
        for position, mention in enumerate(mentions):
            if mention.prior_of is not None:
                continue
            if index in self.cells:
                made[position] = self._cell(index, doc, mention, self.cells[index][position],
                                            earlier)
                continue
            role = (self._said_again(doc, mention) or self._label_line(index, doc, mention)
                    or read_role(doc, mention) or self._bare_role(index, doc, mention, previous))
            if role is None:
                continue
            if previous is not None:
                between = text_of(doc)[previous.sentence_end:mention.start]
                fill_from_previous(role, between, group_source)
                continue_measure(role, between, previous.claim)
            opened_by_group(role, text_of(doc)[:mention.start],
                            [item.claim for item in self.found])
            found = self._found(index, doc, mention, role, earlier)
            found.sentence_end = role.end
            before = text_of(doc)[:mention.start]
            if _PART_INTRO.search(before):
                in_parts = True
            elif not (in_parts and previous is not None and _JOINED.fullmatch(
                    before[previous.sentence_end:])):
                # "among them 11 children and 7 women, and injured 60 others": the women
                # continue the parts, the others are of the whole
                in_parts = False
            if group_source is None or not in_parts:
                group_source = found.claim
            previous = made[position] = found
        for position, mention in enumerate(mentions):
            main = made.get(mention.prior_of) if mention.prior_of is not None else None
            if main is not None:
                made[position] = self._prior(index, doc, mention, main)
        self.found.extend(made.values())

    def _found(self, index: int, doc: Doc, mention: Mention, role: Role, earlier: str) -> Found:
        span = doc.char_span(mention.number_start, mention.number_end, alignment_mode="expand")
        head = span[-1] if span is not None and len(span) else doc[0]
        claim = self._claim(index, role.start, role.end, mention)
        claim.measure, claim.subgroup, claim.unit = role.measure, role.subgroup, role.unit
        claim.subgroup = settled_group(claim.measure, claim.subgroup, text_of(doc)[mention.end:])
        if claim.unit == "fraction":
            claim.subgroup = fraction_group(claim.quote, text_of(doc)[mention.end:], claim.subgroup)
        claim.period_start, claim.period_end = self._period(index, role, doc, mention)
        claim.place = place(role.anchor, head, role.noun)
        claim.actor = actor(role.anchor, role.measure, role.noun or head)
        claim.asserted_by, unattributed = self._asserter(index, head, earlier)
        intro = self.reading.list_intro(index)
        if intro is not None and claim.measure == "other":
            claim.measure = intro_measure(self._text(intro)) or "other"
        if intro is not None and claim.period_start is None and claim.period_end is None:
            claim.period_start, claim.period_end = self._period_of(intro)
        heading = self.reading.section_heading(index)
        if heading is not None:
            fill_from_heading(claim, self._text(heading))
        places = intro is not None and by_place(self._text(intro))
        apply_label(claim, text_of(doc), mention.start, places)
        source = intro_source(self._text(intro)) if intro is not None else None
        if source is not None and claim.asserted_by == self.own:
            claim.asserted_by = source  # the item says no source: the list's opening does
        speaker = self._speaker(index)
        if speaker is not None and claim.actor is not None and speaker in claim.actor:
            claim.actor = None  # the speaker's label "Mr. Okafor:" is no party
        earlier_statement = _EARLIER.search(text_of(doc))
        return Found(claim, index, self.reading.sentences[index].paragraph,
                     text_of(doc)[mention.end:],
                     earlier_statement=earlier_statement.group() if earlier_statement else "",
                     unattributed=unattributed and claim.asserted_by == self.own)

    def _speaker(self, index: int) -> str | None:
        paragraph = self.reading.sentences[index].paragraph
        return self.turns[paragraph] if paragraph < len(self.turns) else None

    def _asserter(self, index: int, head: Token, earlier: str) -> tuple[str | None, bool]:
        """Who says the figure, and whether its sentence names no one; in a speaker's turn,
        an unattributed one is the source the speaker cited earlier in the paragraph, else
        the speaker (rasd.claims._extract_turns)."""
        paragraph = self.reading.sentences[index].paragraph
        speaker = self._speaker(index)
        if speaker is None:
            source = asserted_by(head, earlier, self.own, unsaid=_UNSAID)
            return (self.own, True) if source == _UNSAID else (source, False)
        source = asserted_by(head, earlier, None)
        if source is None:
            return self.cited.get(paragraph, speaker), False
        self.cited[paragraph] = source
        return source, False

    def _cell(self, index: int, doc: Doc, mention: Mention, cell: Cell,
              earlier: str) -> Found:
        """A figure of a table: its column's measure, its row's place."""
        role = Role(cell_measure(cell.table, cell.column),
                    cell_subgroup(cell.table, cell.column), None, None,
                    mention.number_start, mention.number_end, mention.unit)
        found = self._found(index, doc, mention, role, earlier)
        if cell.table.subgroups:  # the header names each column's group: no heading or
            # list intro over the table may widen it ("Civilian fatalities" is not "Events")
            found.claim.measure, found.claim.subgroup = role.measure, role.subgroup
        year = cell_year(cell.table, cell.column)
        if year is not None:  # a column named by its year
            found.claim.period_start = found.claim.period_end = year
        source = cell.table.sources[cell.column] if cell.table.sources else None
        if source is not None:  # a column per source ("Year  Tavor Rights Watch  ...")
            found.claim.asserted_by = source
        if cell.table.by_period or PERIOD_LABEL.match(cell.label):
            found.claim.period_start, found.claim.period_end = self._row_period(cell)
        elif cell.table.by_actor:
            found.claim.actor = None if cell.total else cell.label
        else:
            found.claim.place = None if cell.total else cell.label
        found.cell = cell
        return found

    def _row_period(self, cell: Cell) -> tuple[str | None, str | None]:
        """The period a row's label names ("2029", "March 2031"); a total row's runs from
        its table's first row's to its last row's."""
        published = self.document.published
        if not cell.total:
            return label_period(cell.label, published)
        rows = [label_period(cells[0].label, published) for _, cells in sorted(self.cells.items())
                if cells and cells[0].table == cell.table and not cells[0].total]
        return (rows[0][0], rows[-1][1]) if rows else (None, None)

    def _label_line(self, index: int, doc: Doc, mention: Mention) -> Role | None:
        """A key-figures block's label and figure, one line each: "Civilians reported
        killed" over "1", joined by clean-up into one line or set apart as two."""
        text = text_of(doc)
        if text[mention.end:].strip():
            return None
        label = _LABEL_LINE.match(text[:mention.start])
        if label is not None:
            return heading_role(mention, label.group("label"))
        if text[:mention.start].strip() or index == 0:
            return None
        above = _LABEL_LINE.match(self._text(index - 1) + " ")
        return heading_role(mention, above.group("label")) if above is not None else None

    def _said_again(self, doc: Doc, mention: Mention) -> Role | None:
        """"Of the 57, 19 were children": a figure said before, opening its breakdown, counts
        what it counted then."""
        text = text_of(doc)
        if not points_back(text[:mention.start], text[mention.end:]):
            return None
        said = next((item.claim for item in reversed(self.found) if item.prior_of is None
                     and item.claim.value == mention.value and item.claim.unit == mention.unit),
                    None)
        if said is None:
            return None
        return Role(said.measure, said.subgroup, None, None, mention.number_start,
                    mention.number_end, mention.unit)

    def _bare_role(self, index: int, doc: Doc, mention: Mention,
                   previous: Found | None) -> Role | None:
        """A number alone, counted by a list's opening or heading, or by the figure before
        it (rasd.claims._extract_context)."""
        text = text_of(doc)
        last = self.found[-1].claim if self.found else None
        share = share_of_total(mention, text[:mention.start], text[mention.end:],
                               previous.claim if previous is not None else last)
        if share is not None:
            return share
        more = more_of_the_same(mention, text[:mention.start], text[mention.end:],
                                previous.claim if previous is not None else None, last)
        if more is not None:
            return more
        if not (bare(doc, mention) or followed_by_share(text[mention.end:])
                or sets_off_share(mention, text[:mention.start])):
            return None  # "held for 14 months": a count of something else
        intro = self.reading.list_intro(index)
        role = heading_role(mention, self._text(intro)) if intro is not None else None
        label = _LABEL_BEFORE.match(text[:mention.start])
        if role is None and label is not None:  # "Civilian deaths (reported): 7 - 11"
            role = heading_role(mention, label.group("label"))
        return role or continued_role(mention, text_of(doc)[:mention.start],
                                      previous.claim if previous is not None else None, last)

    def _prior(self, index: int, doc: Doc, mention: Mention, main: Found) -> Found:
        claim = replace(self._claim(index, mention.number_start, mention.number_end, mention),
                        qualifier=main.claim.qualifier if mention.qualifier == "exact" else (
                            mention.qualifier),
                        measure=main.claim.measure, subgroup=main.claim.subgroup,
                        unit=main.claim.unit, place=main.claim.place, actor=main.claim.actor,
                        asserted_by=main.claim.asserted_by)
        return Found(claim, index, main.paragraph, text_of(doc)[mention.end:], prior_of=main)

    def _claim(self, index: int, start: int, end: int, mention: Mention) -> Claim:
        offset = self.reading.sentences[index].start
        doc_start = self.reading.doc_start(offset + start)
        doc_end = self.reading.doc_end(offset + end)
        document = self.document
        return Claim(value=mention.value, quote=document.text[doc_start:doc_end],
                     start=doc_start, end=doc_end, low=mention.low, high=mention.high,
                     qualifier=mention.qualifier, unit=mention.unit, vague=mention.vague,
                     orig_start=document.to_original(doc_start),
                     orig_end=document.to_original(doc_end - 1) + 1)

    def _period(self, index: int, role: Role, doc: Doc,
                mention: Mention) -> tuple[str | None, str | None]:
        """The period the claim's clause names, else the nearest in its sentence (before it
        first), else the last one named before it: a period frames what follows it."""
        periods = self.periods[index]
        if periods:
            low, high = _clause(role, doc)
            inside = [period for period in periods if low <= period.start and period.end <= high]
            text = text_of(doc)
            own = [period for period in periods if period.start >= mention.end
                   and _OWN_PERIOD.match(text[mention.end:period.start])]
            chosen = own[0] if own else min(inside or periods, key=lambda period: (
                period.start > mention.start, abs(period.start - mention.start)))
            return chosen.since, chosen.until
        paragraph = self.reading.sentences[index].paragraph
        for before in range(index - 1, -1, -1) if not standing(text_of(doc)) else ():
            if self.reading.sentences[before].paragraph != paragraph and is_bullet(
                    self._text(before)):
                continue  # "- 42,000 have fled since 1 March": that item's own period
            framing = self._framing(before)
            if framing is not None and not self._dates_issue(index, framing):
                return framing.since, framing.until
        if self.counted and index == self.counted[0]:
            # a headline ("Airstrikes on Idlib market kill 32") is about the event its
            # story dates next ("on Monday")
            after = next((at for at in range(index + 1, len(self.periods))
                          if self.periods[at]), None)
            if after is not None:
                first = self.periods[after][0]
                return first.since, first.until
        return None, None

    def _dates_issue(self, index: int, framing: Period) -> bool:
        """Whether a masthead's date of issue is all that frames the headline."""
        return (bool(self.counted) and index == self.counted[0] and framing.since == framing.until
                == self.document.published)

    def _period_of(self, index: int) -> tuple[str | None, str | None]:
        """The last period a sentence names to frame what follows (see _framing)."""
        framing = self._framing(index)
        return (None, None) if framing is None else (framing.since, framing.until)

    def _framing(self, index: int) -> Period | None:
        """The last period a sentence names, unless it is named only to compare ("7 per cent
        more than in February 2024"): that one frames nothing after it."""
        text = self._text(index)
        if _FIELDWORK.search(text):
            return None  # when the authors did their survey or interviews frames no figure
        framing = [period for period in self.periods[index]
                   if not _COMPARED.search(text[:period.start])
                   and not history(period, self.document.published)]
        return framing[-1] if framing else None

    def _text(self, index: int) -> str:
        return self.reading.sentence_text(self.reading.sentences[index])


def _bracketed_quote(claim: Claim, document: Document) -> None:
    """"(63) civilians" quotes "63", as the span rule has a bracketed figure; done after
    linking, which reads the words after each quote."""
    text = document.text
    close = text.find(")", claim.start, claim.end)
    if text[claim.start - 1:claim.start] == "(" and close > claim.start:
        claim.end = close
        claim.quote = text[claim.start:close]
        claim.orig_end = document.to_original(close - 1) + 1


def _paragraph_openings(reading: Reading) -> list[str]:
    """The first line of each paragraph, where a speaker's label stands."""
    openings: dict[int, str] = {}
    for sentence in reading.sentences:
        if sentence.paragraph not in openings:
            openings[sentence.paragraph] = reading.text[sentence.start:].split("\n", 1)[0]
    last = max(openings, default=-1)
    return [openings.get(paragraph, "") for paragraph in range(last + 1)]


def _clause(role: Role, doc: Doc) -> tuple[int, int]:
    if role.anchor is None:
        return 0, len(text_of(doc))
    tokens = list(role.anchor.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _set_between(found: list[Found], reading: Reading, text: str) -> None:
    """The words before each claim back to the previous claim of its sentence, or to the
    sentence's start: they say whether it is a part of a total."""
    for index, item in enumerate(found):
        previous = found[index - 1] if index else None
        if previous is not None and previous.sentence == item.sentence:
            start = min(previous.claim.end, item.claim.start)
        else:
            start = reading.doc_start(reading.sentences[item.sentence].start)
        item.between = text[start:item.claim.start]
        if item.between.endswith("(") and text[item.claim.start:item.claim.end].find(")") > 0:
            item.between = item.between[:-1]  # "and (9) women": the bracket is the figure's
