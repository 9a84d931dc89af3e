"""What a broadcast transcript shows on screen rather than says: "[TICKER: ... Army: 12
soldiers killed in ambush ...]", "[GRAPHIC: ...]", "[LOWER THIRD: ...]". A ticker crawls
headlines of other stories and captions repeat what is said; the bulletin's claims are what
its speakers say, so figures in these bracketed lines are no claims."""

from __future__ import annotations

import re

from rasd.claims._extract_mentions import Mention
from rasd.claims._extract_sentences import Reading

_ON_SCREEN = re.compile(r"^\s*\[\s*(?:TICKER|CRAWL|CHYRON|GRAPHIC|CAPTION|LOWER[ -]THIRD"
                        r"|ON[ -]SCREEN|STRAP|BANNER|SUPER)\b", re.I)


def drop_on_screen(mentions: list[list[Mention]], reading: Reading, openings: list[str]) -> None:
    """Drop the figures of the sentences in on-screen paragraphs (told by their first lines,
    `openings`); `mentions` per sentence of `reading`."""
    screen = {index for index, opening in enumerate(openings) if _ON_SCREEN.match(opening)}
    for index, sentence in enumerate(reading.sentences):
        if sentence.paragraph in screen:
            mentions[index] = []
