"""What pages carry besides the document: site furniture, forms, bios, running headers.

A rule that matches a whole line may ignore case, since no sentence of a report is just
"Home" or "Share this:". A rule that matches the start of a line keeps its case and wants a
separator after the phrase, so that a wrapped line of a report ("related to the shelling")
is never taken for furniture.
"""

from __future__ import annotations

import re
from collections import Counter

from rasd.claims._doc_dates import DATE
from rasd.claims._doc_mapped import Mapped

_SOCIAL = (r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|e-?mail"
           r"|print|copy link|tweet")
_WHOLE_LINE = re.compile("|".join([
    # tickers and navigation
    r"news ticker|breaking( news)?|trending( now)?|latest( news)?|skip to (main )?content",
    r"(main )?menu|toggle navigation|navigation|search( for)?:?|home|back to top|go to top",
    r"sign in|log ?in|register|subscribe( now)?|newsletter|sign up( for our newsletter)?",
    # comment forms
    r"leave a (reply|comment)|post a comment|post comment|submit comment|cancel reply",
    r"\d+ comments?|no comments( yet)?|comments?( \(\d+\))?",
    r"your email address will not be published\b.*|required fields are marked\b.*",
    r"save my name, email,? and website in this browser\b.*",
    r"you must be logged in to post a comment\b.*",
    r"(name|email|website|comment)\s?\*?:?",
    # sharing
    r"share( this( article| story| post| page)?)?:?|share (on|via) \w+|like this:?",
    r"like loading\.*|loading\.\.\.|follow us( on \w+)?:?",
    rf"(({_SOCIAL})\s*[|,·•/]?\s*){{2,}}",
    # cookie banner buttons and links
    r"accept( all)?( cookies)?|reject( all)?( cookies)?|decline|got it!?|i agree|ok(ay)?",
    r"allow( all)?( cookies)?|manage (cookie )?(preferences|settings|options)",
    r"cookie (settings|preferences|policy)|privacy policy|terms of (use|service)",
    r"(©|copyright ©?)\s*\d{4}\b.*|.*\ball rights reserved\.?",
]), re.IGNORECASE)
_LINE_START = re.compile(
    r"(READ MORE|Read [Mm]ore|ALSO READ|Also [Rr]ead|Read [Aa]lso|RELATED|Related"
    r"|See [Aa]lso|SEE ALSO|More [Ff]rom|Recommended|You [Mm]ay [Aa]lso [Ll]ike"
    r"|You [Mm]ight [Aa]lso [Ll]ike|Most [Rr]ead|Most [Pp]opular)"
    r"(\s+(?i:articles?|posts?|stories|news|content|reading))?\s*([:|»›>–—-].*)?"
    r"|(PREVIOUS|NEXT|Previous|Next) (ARTICLE|POST|STORY|[Aa]rticle|[Pp]ost|[Ss]tory)\b.*")
# Dates a crawler or archive stamped on the page, not the document's own.
_CRAWL_DATE = re.compile(
    r"(Retrieved|Accessed|Crawled|Last crawled|Archived( from the original)?|Captured|Fetched"
    rf"|Downloaded|Scraped|Snapshot( taken)?)( on| at)?:?\s+{DATE}"
    r"([ T,]+\d{1,2}:\d{2}(:\d{2})?\s*(UTC|GMT|Z)?)?\.?")
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(r"\b(use|uses|using|accept|consent|agree|policy|settings|preferences"
                      r"|experience|browsing|continuing)\b", re.IGNORECASE)
_BREADCRUMB = re.compile(r"[^>»›\d]{1,40}(\s[>»›]\s[^>»›]{1,80}){2,}")
_MENU = re.compile(r"[^|\d]{1,25}(\s\|\s[^|\d]{1,25}){2,}")
# An author's bio box: "About Siavosh Hosseini (348 Articles)", then the bio paragraph.
BIO = re.compile(r"About (the [Aa]uthor:?\s*)?(?P<name>[A-Z][\w.'’-]*( [\w.'’-]+){0,4})"
                 r"\s*\(\d[\d,]* (articles?|posts?|Articles?|Posts?)\)|About the [Aa]uthor:?")
_PAGE_NUMBER = re.compile(r"(page\s*)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—]?"
                          r"(\s*(of|/)\s*\d{1,4})?", re.IGNORECASE)
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be headers or footers


def is_furniture(line: str) -> bool:
    """Whether a line (stripped) is site furniture rather than the document's text."""
    return bool(_WHOLE_LINE.fullmatch(line) or _LINE_START.fullmatch(line)
                or _CRAWL_DATE.fullmatch(line) or _BREADCRUMB.fullmatch(line)
                or _MENU.fullmatch(line)
                or (_COOKIE.search(line) and _CONSENT.search(line)))


def drop_furniture(paragraphs: list[list[Mapped]]) -> list[list[Mapped]]:
    """The paragraphs less furniture lines; a line dropped inside a paragraph cuts it in two.
    A bio line goes with the rest of its paragraph, or with the next one if it ends its own."""
    kept: list[list[Mapped]] = []
    drop_next = False
    for paragraph in paragraphs:
        if drop_next:
            drop_next = False
            continue
        current: list[Mapped] = []
        for index, line in enumerate(paragraph):
            if BIO.fullmatch(line.text):
                drop_next = index == len(paragraph) - 1
                break
            if is_furniture(line.text):
                kept.append(current)
                current = []
            else:
                current.append(line)
        kept.append(current)
    return [paragraph for paragraph in kept if paragraph]


def drop_page_furniture(pages: list[list[Mapped]]) -> list[list[Mapped]]:
    """Pages (lists of stripped lines) less page numbers and running headers and footers:
    lines near the top or bottom of more than half the pages, digits aside ("Page 3")."""
    edges = [_edge_indexes(page) for page in pages]
    seen = Counter(key for page, indexes in zip(pages, edges, strict=True)
                   for key in {_running_key(page[i].text) for i in indexes})
    running = {key for key, count in seen.items() if count >= 2 and count * 2 > len(pages)}
    return [[line for index, line in enumerate(page)
             if index not in indexes or not (_running_key(line.text) in running
                                             or _PAGE_NUMBER.fullmatch(line.text))]
            for page, indexes in zip(pages, edges, strict=True)]


def _edge_indexes(page: list[Mapped]) -> set[int]:
    filled = [index for index, line in enumerate(page) if line.text]
    return {*filled[:_EDGE_LINES], *filled[-_EDGE_LINES:]}


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))
