"""Text that remembers, character by character, where in the original each character came from.

Clean-up cuts, drops, joins and rewrites; doing every step on a `Mapped` keeps the offset map
exact without any step having to think about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

INSERTED = -1  # the origin of a character that clean-up wrote rather than copied


class Mapped:
    """A string and, for each of its characters, its offset in the original (or INSERTED)."""

    __slots__ = ("origin", "text")

    def __init__(self, text: str, origin: list[int]) -> None:
        self.text = text
        self.origin = origin

    @classmethod
    def of(cls, original: str) -> Mapped:
        return cls(original, list(range(len(original))))

    @classmethod
    def inserted(cls, text: str) -> Mapped:
        return cls(text, [INSERTED] * len(text))

    @classmethod
    def join(cls, parts: Iterable[Mapped], separator: str = "") -> Mapped:
        texts: list[str] = []
        origin: list[int] = []
        for index, part in enumerate(parts):
            if index and separator:
                texts.append(separator)
                origin.extend([INSERTED] * len(separator))
            texts.append(part.text)
            origin.extend(part.origin)
        return cls("".join(texts), origin)

    def __getitem__(self, index: slice) -> Mapped:
        return Mapped(self.text[index], self.origin[index])

    def strip(self) -> Mapped:
        start = len(self.text) - len(self.text.lstrip())
        return self[start:len(self.text.rstrip())]

    def split(self, separator: str) -> list[Mapped]:
        parts = []
        start = 0
        for piece in self.text.split(separator):
            parts.append(self[start:start + len(piece)])
            start += len(piece) + len(separator)
        return parts

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> Mapped:
        """Replace each [start, end) by new, inserted text; edits sorted and not overlapping."""
        parts = []
        done = 0
        for start, end, new in edits:
            parts += [self[done:start], Mapped.inserted(new)]
            done = end
        parts.append(self[done:])
        return Mapped.join(parts)

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> Mapped:
        """Like pattern.sub; what `replace` returns is inserted text (no group references)."""
        return self.edit((match.start(), match.end(), replace(match))
                         for match in pattern.finditer(self.text))

    def spans(self) -> tuple[tuple[int, int, int], ...]:
        """Runs of characters copied in order, as Document.spans wants them.

        Runs never touch. Where two copied pieces meet (a dropped hyphen, a column taken out of
        order), the first character of the second piece is left between runs, as if rewritten:
        Document.to_original reads an offset that starts a run as that run's, so without the gap
        the end of a span ending at the first piece's last character would map into the second.
        """
        runs: list[tuple[int, int, int]] = []
        start = None
        for index, source in enumerate([*self.origin, INSERTED]):
            if start is not None and source == self.origin[index - 1] + 1:
                continue
            if start is not None:
                runs.append((start, self.origin[start], index - start))
                start = None
                if source != INSERTED:
                    continue  # touches the run just closed: this character stays outside
            if source != INSERTED:
                start = index
        return tuple(runs)
