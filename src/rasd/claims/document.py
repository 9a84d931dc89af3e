"""Documents read and cleaned for claim extraction: what a reader of the page sees, no more.

Clean-up drops what pages carry besides the document (menus, tickers, share buttons, cookie
banners, comment forms, author bios, crawl dates, running headers, page numbers), joins the
lines of a paragraph again (mending words and numbers the line ends broke), and keeps an
exact map from every character it copied back to the original.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from rasd.claims._doc_dates import find_published
from rasd.claims._doc_filters import BIO, drop_furniture, drop_page_furniture
from rasd.claims._doc_mapped import Mapped
from rasd.claims._doc_numbers import drop_footnote_marks, mend_numbers, unglue_numbers
from rasd.claims._doc_paragraphs import join_lines, paragraphs, vocabulary
from rasd.claims._doc_pdf import read_pdf
from rasd.claims.model import Document

PLAIN, MARKDOWN, HTML, PDF = "text/plain", "text/markdown", "text/html", "application/pdf"

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_HTML_START = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]")
_TAG = re.compile(rb"<[a-z!/]")
# Spaces of every width become a space, invisible characters go, and a soft hyphen at a line
# end joins the word it split (it marks where a typesetter may break, nothing more).
_ODD_SPACE = re.compile(
    r"\u00ad[ \t]*\r?\n[ \t]*|(?P<crlf>\r\n?)"
    r"|(?P<space>[\t\v\u00a0\u2000-\u200a\u202f\u205f\u3000])|[\u00ad\u200b-\u200d\u2060\ufeff]")
_RUN_OF_SPACES = re.compile(r"(?<= ) +")
_BYLINE = re.compile(r"By:?\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al|el|bin|ibn"
                     r"|de|van|von|and))*)(?P<more>\s*[|,·•–—]\s*.*)?")
_BYLINE_LINES = 10
_TITLE_LENGTH = 150


def load_document(path: Path, *, name: str | None = None) -> Document:
    """The document in a file: text or Markdown, HTML, or PDF, told by its content first
    (a PDF or HTML file under another suffix is read as what it is), then by its suffix.

    The Document's `original` is the file's text; for HTML, the text trafilatura extracts,
    and for a PDF, its pages' text in reading order (see clean_text). `name` defaults to
    the file's name."""
    data = path.read_bytes()
    label = path.name if name is None else name
    media_type = _media_type(path.suffix.lower(), data)
    if media_type != PDF:
        return clean_text(_decode(data), name=label, media_type=media_type)
    pdf = read_pdf(data, file=str(path))
    document = clean_text(pdf.text, name=label, media_type=PDF)
    # the file's own metadata only where the text says nothing: a PDF's CreationDate is when
    # the file was made, often long after the report it holds was dated
    return replace(document, title=document.title or pdf.title,
                   author=document.author or pdf.author,
                   published=document.published or pdf.created)


def clean_text(original: str, *, name: str = "", media_type: str = PLAIN) -> Document:
    """`original` cleaned for extraction, with the map from the clean text back to it.

    For text/html, `original` is a page's HTML. trafilatura keeps its main text (the page's
    own title, author and date come from its metadata), and the Document's `original` is
    that extracted text, not the HTML: the offset map points into it, and whoever keeps the
    raw page keeps it elsewhere. For application/pdf, `original` is the text of the pages in
    reading order separated by form feeds, as load_document reads it from a PDF; running
    headers, footers and page numbers are dropped (from any text with form feeds, whatever
    its media type).

    The map is exact for every character copied from `original`: for a span [a, b) of
    `text` inside one run of `spans`, original[to_original(a):to_original(b)] == text[a:b].
    Paragraphs are separated by a blank line; each is one line.
    """
    if media_type == HTML:
        return _clean_html(original, name)
    return _clean(original, name, media_type, one_per_line=False)


def _clean_html(html: str, name: str) -> Document:
    import trafilatura  # here, not at the top: only HTML needs it, and it loads slowly
    from trafilatura.settings import Document as Extracted

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=True)
    if not isinstance(extracted, Extracted):
        return _clean("", name, HTML, one_per_line=True)
    # trafilatura's text is a paragraph a line
    document = _clean(extracted.text or "", name, HTML, one_per_line=True)
    return replace(document, title=extracted.title or document.title,
                   author=extracted.author or document.author,
                   published=_iso_date(extracted.date) or document.published
                   or _markup_date(html))


# The page's own publication date in its markup, where trafilatura gives none (it refuses
# dates it takes for the future): an article:published_time meta, else the first <time>.
_MARKUP_DATES = (
    re.compile(r"<meta\b[^>]*?(?:published_time|datePublished|pubdate)[\"'][^>]*?"
               r"content=[\"'](\d{4}-\d{2}-\d{2})", re.I),
    re.compile(r"<time\b[^>]*?datetime=[\"'](\d{4}-\d{2}-\d{2})", re.I),
)


def _markup_date(html: str) -> str | None:
    for pattern in _MARKUP_DATES:
        found = pattern.search(html)
        if found is not None:
            return _iso_date(found.group(1))
    return None


def _clean(original: str, name: str, media_type: str, *, one_per_line: bool) -> Document:
    whole = _normalise_spaces(Mapped.of(original))
    pages = [[line.strip() for line in page.split("\n")] for page in whole.split("\f")]
    if len(pages) > 1:
        pages = drop_page_furniture(pages)
    lines = [line for page in pages for line in page]
    found = drop_furniture(paragraphs(lines, one_per_line=one_per_line))
    words = vocabulary(whole.text)
    text = Mapped.join((join_lines(paragraph, words) for paragraph in found), "\n\n")
    text = drop_footnote_marks(unglue_numbers(mend_numbers(text)))
    text = text.sub(_RUN_OF_SPACES, lambda _: "")
    return Document(name=name, original=original, text=text.text, spans=text.spans(),
                    published=find_published([line.text for p in found for line in p]),
                    title=_title(found, media_type), author=_author(lines),
                    media_type=media_type)


def _normalise_spaces(text: Mapped) -> Mapped:
    def replacement(match: re.Match[str]) -> str:
        if match["crlf"]:
            return "\n"
        return " " if match["space"] else ""

    return text.sub(_ODD_SPACE, replacement)


def _title(found: list[list[Mapped]], media_type: str) -> str | None:
    """The first paragraph when it is a lone short line that does not end like a sentence."""
    if len(found) < 2 or len(found[0]) > 1:
        return None
    line = found[0][0].text
    if media_type == MARKDOWN:
        line = line.lstrip("#").strip()
    if len(line) > _TITLE_LENGTH or line[-1] in ".,;:" or not any(c.isalpha() for c in line):
        return None
    return line


def _author(lines: list[Mapped]) -> str | None:
    """A byline near the top ("By Lina Haddad"), else the name on an author's bio box."""
    for line in lines[:_BYLINE_LINES]:
        byline = _BYLINE.fullmatch(line.text)
        # "By Thursday, rescuers had found..." is a sentence: a name followed by more words
        # must have two words at least
        if byline and (not byline["more"] or " " in byline["name"]):
            return byline["name"]
    for line in lines:
        if (bio := BIO.fullmatch(line.text)) and bio["name"]:
            return bio["name"]
    return None


def _iso_date(value: str | None) -> str | None:
    try:
        return date.fromisoformat(value[:10]).isoformat() if value else None
    except ValueError:
        return None


def _media_type(suffix: str, data: bytes) -> str:
    head = data[:2048].lower()
    if b"%pdf-" in head:
        return PDF
    if _HTML_START.search(head) or (suffix in _HTML_SUFFIXES and _TAG.search(head)):
        return HTML
    return MARKDOWN if suffix in _MARKDOWN_SUFFIXES else PLAIN


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # a page saved by an old Windows tool
        return data.decode("cp1252", errors="replace")
