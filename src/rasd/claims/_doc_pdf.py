"""A PDF's text, page by page in reading order: a page set in two columns comes out column by
column, whatever order its content stream draws the lines in.

pdfium gives every character with its box. Characters are grouped into rows (one baseline);
a page has two columns when a vertical band near its middle is crossed by few rows while
rows on both sides of it fill their column. Rows that cross the band (a running header, a
title, a centred page number) cut the page into bands, each read left column then right
column (right then left on an Arabic or Hebrew page).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import date
from typing import Any

from rasd.errors import InputError

# pdfium's codes for a hyphen it found at a line end (FPDFText_GetUnicode gives 2, its text
# range U+FFFE): the reader sees a hyphen there, so clean-up must see one too.
_LINE_END_HYPHENS = (0x02, 0xFFFE)
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufefc]")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_COLUMN_ROWS = 3

_Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class PdfText:
    text: str  # the pages in reading order, a line per row, pages separated by "\f"
    title: str | None
    author: str | None
    created: str | None  # ISO date of the file's CreationDate


@dataclass(frozen=True)
class _Char:
    char: str
    box: _Box | None  # None for a blank, whose box pdfium often makes up


_Row = list[_Char]


def read_pdf(data: bytes, *, file: str) -> PdfText:
    import pypdfium2  # here, not at the top: only reading a PDF needs it

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"cannot read this PDF: {error}", file=file) from error
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                pages.append("\n".join(_page_lines(page)))
            finally:
                page.close()
        metadata = pdf.get_metadata_dict()
    finally:
        pdf.close()
    return PdfText("\f".join(pages), metadata.get("Title", "").strip() or None,
                   metadata.get("Author", "").strip() or None,
                   _pdf_date(metadata.get("CreationDate", "")))


def _pdf_date(value: str) -> str | None:
    found = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value)
    if found is None:
        return None
    try:
        return date(*map(int, found.groups())).isoformat()
    except ValueError:
        return None


def _page_lines(page: Any) -> list[str]:
    rows = _rows(_chars(page))
    height = statistics.median([c.box[3] - c.box[1] for row in rows for c in row if c.box]
                               or [10.0])
    gutter = _gutter(rows, page.get_width(), height)
    if gutter is not None:
        crossing = [_crosses(row, gutter, height) for row in rows]
        across = [row for row, crosses in zip(rows, crossing, strict=True) if crosses]
        split = [_split(row, gutter) for row, crosses in zip(rows, crossing, strict=True)
                 if not crosses]
        if _two_columns(split):
            return _reading_order(across, split, _is_rtl(rows))
    return [_text(row) for row in rows]


def _chars(page: Any) -> list[_Char]:
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        chars = []
        for index in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage, index)
            char = "-" if code in _LINE_END_HYPHENS else chr(code)
            if char in "\r\n":
                chars.append(_Char("\n", None))
            elif char.isspace():
                chars.append(_Char(" ", None))
            elif char.isprintable():  # pdfium gives 0 for a glyph it cannot name
                chars.append(_Char(char, textpage.get_charbox(index)))
    finally:
        textpage.close()
    return chars


def _rows(chars: list[_Char]) -> list[_Row]:
    """Characters grouped into rows: a new row at pdfium's line ends, and where a character
    sits off the row's baseline (pdfium runs the two lines of a hyphenated word together)."""
    rows: list[_Row] = []
    row: _Row = []
    extent: tuple[float, float] | None = None  # bottom and top of the row's characters
    for char in chars:
        box = char.box
        # a comma or full stop sits low, below the middle of its row's letters: only a
        # letter or digit off the baseline starts a row ("2,521" stays one number)
        off_row = box is not None and extent is not None and char.char.isalnum() and not (
            extent[0] <= (box[1] + box[3]) / 2 <= extent[1])
        if char.char == "\n" or off_row:
            if extent is not None:
                rows.append(row)
            row, extent = [], None
        if char.char == "\n":
            continue
        row.append(char)
        if box is not None:
            extent = (box[1], box[3]) if extent is None else (
                min(extent[0], box[1]), max(extent[1], box[3]))
    if extent is not None:
        rows.append(row)
    return rows


def _text(row: _Row) -> str:
    return "".join(c.char for c in row).strip()


def _boxes(row: _Row) -> list[_Box]:
    return [c.box for c in row if c.box is not None]


def _top(row: _Row) -> float:
    return max(box[3] for box in _boxes(row))


def _extents(row: _Row, height: float) -> list[tuple[float, float]]:
    """The stretches of x a row's text covers: word gaps closed, wider gaps kept."""
    boxes = sorted((box[0], box[2]) for box in _boxes(row))
    stretches = [boxes[0]]
    for left, right in boxes[1:]:
        last_left, last_right = stretches[-1]
        if left - last_right < height:
            stretches[-1] = (last_left, max(last_right, right))
        else:
            stretches.append((left, right))
    return stretches


def _crosses(row: _Row, gutter: float, height: float) -> bool:
    return any(left < gutter < right for left, right in _extents(row, height))


def _gutter(rows: list[_Row], width: float, height: float) -> float | None:
    """The middle of the widest band in the middle half of the page that at most a fifth of
    the rows cross (headers, titles, page numbers), if it is wider than a character."""
    low, high = int(width * 0.25), int(width * 0.75)
    crossing = [0] * (high - low)
    for row in rows:
        for left, right in _extents(row, height):
            for x in range(max(low, int(left)), min(high, int(right) + 1)):
                crossing[x - low] += 1
    widest = (0, 0)
    start = None
    for x, count in enumerate([*crossing, len(rows) + 1]):
        if count <= len(rows) / 5:
            start = x if start is None else start
        elif start is not None:
            widest = max(widest, (x - start, start))
            start = None
    width_of_band, start_of_band = widest
    return low + start_of_band + width_of_band / 2 if width_of_band > height else None


def _two_columns(split: list[tuple[_Row, _Row]]) -> bool:
    """Both sides hold text rows that mostly reach across their column, as text columns do
    and the narrow cells of a table or a sidebar of labels do not."""
    for side in (0, 1):
        extents = [(min(b[0] for b in boxes), max(b[2] for b in boxes))
                   for boxes in (_boxes(parts[side]) for parts in split) if boxes]
        if len(extents) < _MIN_COLUMN_ROWS:
            return False
        start = min(left for left, _ in extents)
        end = max(right for _, right in extents)
        if statistics.median(right for _, right in extents) - start < (end - start) / 2:
            return False
    return True


def _split(row: _Row, gutter: float) -> tuple[_Row, _Row]:
    """A row's characters left and right of the gutter; a blank goes with the one before it."""
    boxes = _boxes(row)
    right_side = (boxes[0][0] + boxes[0][2]) / 2 > gutter
    parts: tuple[_Row, _Row] = ([], [])
    for char in row:
        if char.box is not None:
            right_side = (char.box[0] + char.box[2]) / 2 > gutter
        parts[right_side].append(char)
    return parts


def _reading_order(across: list[_Row], split: list[tuple[_Row, _Row]],
                   right_first: bool) -> list[str]:
    across = sorted(across, key=_top, reverse=True)
    tops = [_top(row) for row in across]
    pieces: list[tuple[int, int, float, int, str]] = []  # band, column, -top, row, text
    for order, parts in enumerate(split):
        for side, part in enumerate(parts):
            if _boxes(part):
                top = _top(part)
                band = sum(above > top for above in tops)
                column = 1 - side if right_first else side
                pieces.append((band, column, -top, order, _text(part)))
    pieces.sort()
    lines: list[str] = []
    for band in range(len(across) + 1):
        lines += [text for in_band, *_, text in pieces if in_band == band]
        if band < len(across):
            lines.append(_text(across[band]))
    return lines


def _is_rtl(rows: list[_Row]) -> bool:
    text = "".join(_text(row) for row in rows)
    return len(_RTL.findall(text)) * 2 > len(_LETTER.findall(text))
