"""The document as extraction reads it: line wraps joined, words broken at a line end made
whole ("un-\\nder" → "under"), split into paragraphs and sentences, each character mapped
back to the document's text.

Clean-up (rasd.claims.document) usually joins lines already; doing it again here is cheap
and keeps extraction right on text that was not cleaned. Sentences are split by rule, not by
spaCy, so that only the sentences that hold a number need parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line break: a word broken across it, a blank line (paragraph), or a plain wrap.
_BREAK = re.compile(
    r"-[ \t\r]*\n[ \t]*(?=[a-z])|[ \t\r]*\n(?:[ \t\r]*\n)+[ \t]*|[ \t\r]*\n[ \t]*")
# A line that ends a sentence or stands alone (a heading, a list item, "Killed: 30").
_LINE_END = re.compile(r"[.:;!?\"”’)]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)]\s)")
_LABELLED = re.compile(r"^[^:\d]{2,60}:\s*[~≈]?\s*\d")  # "Shelling: 57"
_SHORT_LINE = 60
_LONGEST_LIST = 40
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
# Translation-English from Arabic sets figures in brackets: "the killing of (63) civilians,
# among them (17) children". Read as plain figures (the brackets become spaces, so offsets
# hold), unless they follow a figure ("285 (255)": an earlier value), a capitalised word
# ("Aleppo (36)": a count beside its place; "Omar (7)": an age) or come before a verb
# ("deaths (1,127) were caused": an aside).
_BRACKETED = re.compile(
    r"(?<![^\s,;:])\((\d[\d,]*)\)(?=\s+(?!(?:were|was|is|are|has|have|had|and|or)\b)[a-z])")
_WORD_BEFORE = re.compile(r"(\S*)\s*$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Col|Lt|Maj|Sgt|Capt|Rep|Sen|Gov|Rev|Jr|Sr|Inc|"
    r"Ltd|Co|Corp|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|para|p|pp|"
    r"i\.e|e\.g|U\.S|U\.N|U\.K|etc)|\b[A-Z])\.$")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the working text
    end: int
    paragraph: int


@dataclass(frozen=True)
class Reading:
    """The working text, where each character comes from in the document, and its sentences."""

    text: str
    origin: list[int]  # origin[i]: offset in document.text of text[i]; one more at the end
    sentences: list[Sentence]

    def doc_start(self, offset: int) -> int:
        return self.origin[offset]

    def doc_end(self, offset: int) -> int:
        """The document offset just after the character before `offset`."""
        return self.origin[offset - 1] + 1 if offset > 0 else 0

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]

    def list_intro(self, index: int) -> int | None:
        """For a list item ("- Russian forces: 112 civilians", "Shelling: 57"), the sentence
        or heading that opens the list ("... killed the following numbers of civilians:",
        "Civilian deaths by cause"), if one does."""
        if not _is_item(self.sentence_text(self.sentences[index])):
            return None
        for before in range(index - 1, max(-1, index - _LONGEST_LIST), -1):
            text = self.sentence_text(self.sentences[before]).strip()
            if not _is_item(text):
                opens = text.endswith(":") or (len(text) < _SHORT_LINE and text[-1:] not in ".!?")
                return before if opens else None
        return None


    def section_heading(self, index: int) -> int | None:
        """The heading of the section the sentence is in ("Civilian deaths by cause"): the
        nearest line before it that stands alone, short and unpunctuated."""
        for before in range(index - 1, -1, -1):
            text = self.sentence_text(self.sentences[before]).strip()
            if (self._alone(before) and len(text) < _SHORT_LINE and text[-1:] not in ".!?:"
                    and not _is_item(text) and not any(char.isdigit() for char in text)):
                return before  # a headline with a figure in it is no section heading
        return None

    def _alone(self, index: int) -> bool:
        """Whether the sentence is a paragraph by itself."""
        paragraph = self.sentences[index].paragraph
        return (index == 0 or self.sentences[index - 1].paragraph != paragraph) and (
            index + 1 >= len(self.sentences) or self.sentences[index + 1].paragraph != paragraph)


_BULLET = re.compile(r"^\s*[-•*–·▪]\s")


def is_bullet(text: str) -> bool:
    """Whether a sentence is a bulleted item (not a numbered paragraph)."""
    return bool(_BULLET.match(text))


def _is_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text) or _LABELLED.match(text))


def read(text: str) -> Reading:
    """Join wrapped lines and split `text` into paragraphs and sentences."""
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for found in _BREAK.finditer(text):
        parts.append(text[position:found.start()])
        origin.extend(range(position, found.start()))
        replacement = _replacement(text, found)
        parts.append(replacement)
        origin.extend([found.start()] * len(replacement))
        position = found.end()
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    origin.append(len(text))
    working, origin = _unbracket("".join(parts), origin)
    return Reading(working, origin, _sentences(working))


def _unbracket(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """"(63) civilians" read as "63 civilians" (see _BRACKETED); the brackets are dropped
    from the text and from its map to the document."""
    keep = [True] * len(text)
    for found in _BRACKETED.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, found.start() - 40):found.start()])
        word = before.group(1) if before else ""
        if not (word[:1].isupper() or word[-1:].isdigit() or word[-1:] == "%"):
            keep[found.start()] = keep[found.end() - 1] = False
    if all(keep):
        return text, origin
    kept = [index for index, flag in enumerate(keep) if flag]
    return "".join(text[index] for index in kept), [origin[index] for index in kept] + [
        origin[-1]]


def _replacement(text: str, found: re.Match[str]) -> str:
    piece = found.group()
    if piece.startswith("-"):
        return ""
    if piece.count("\n") > 1:
        return "\n\n"
    line_start = text.rfind("\n", 0, found.start()) + 1
    line = text[line_start:found.start()]
    line_end = text.find("\n", found.end())
    following = text[found.end():line_end if line_end >= 0 else len(text)]
    if (_LINE_END.search(line) or _LIST_ITEM.match(following)
            or (len(line.strip()) < _SHORT_LINE and len(following.strip()) < _SHORT_LINE)):
        return "\n"
    return " "


def _sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph_start = 0
    for paragraph, block in enumerate(text.split("\n\n")):
        line_start = paragraph_start
        for line in block.split("\n"):
            pieces = _split_line(text, line_start, line_start + len(line))
            sentences.extend(Sentence(start, end, paragraph) for start, end in pieces)
            line_start += len(line) + 1
        paragraph_start += len(block) + 2
    return sentences


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    begin = start
    for found in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text, max(0, found.start() - 8), found.start() + 1):
            continue
        pieces.append((begin, found.end()))
        begin = found.end()
    pieces.append((begin, end))
    return [(a + _lead(text, a, b), b - _trail(text, a, b)) for a, b in pieces
            if text[a:b].strip()]


def _lead(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].lstrip())


def _trail(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].rstrip())
