"""Document clean-up: what a reader sees is what extraction gets, mapped back exactly."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import matplotlib
import pytest
from fpdf import FPDF

from rasd.claims.document import HTML, clean_text, load_document
from rasd.claims.model import Document
from rasd.errors import InputError

EXAMPLES = Path(__file__).parents[2] / "examples" / "documents"
ARTICLE = EXAMPLES / "article-iran-out-of-syria.txt"
REPORT = EXAMPLES / "report-iranian-militias-syria.txt"

# Lines of a hard-wrapped report, about as wide as a PDF's.
OPENING = "The Syrian Network for Human Rights documented the victims of the month"
CLOSING = "and it published their names with the place and the date of each death."


def assert_exact_map(document: Document, samples: int = 300, seed: int = 7) -> None:
    """Every span inside one run maps back to the very same characters of the original."""
    text, original = document.text, document.original
    runs = document.spans
    for (start, _, length), following in pairwise(runs):
        assert start + length < following[0], "runs must not touch"
    for start, source, length in runs:
        assert original[source:source + length] == text[start:start + length]
    rng = random.Random(seed)
    for _ in range(samples if runs else 0):
        start, _, length = rng.choice(runs)
        a = rng.randrange(start, start + length)
        b = rng.randrange(a, start + length) + 1
        assert original[document.to_original(a):document.to_original(b)] == text[a:b]


def wrapped(middle: str) -> str:
    """A paragraph wrapped like a PDF's with `middle` in it, its line break one of the
    paragraph's line ends."""
    end, _, start = middle.rpartition("\n")
    return (f"{OPENING}\nand in its report for the month the network also wrote {end}\n"
            f"{start} and of what the families of the victims told it later on\n{CLOSING}\n")


# --- the example documents ---------------------------------------------------------------

def test_the_article_loses_its_page_furniture() -> None:
    document = load_document(ARTICLE)
    for furniture in ("News Ticker", "About Siavosh Hosseini", "348 Articles",
                      "My background is in the visual arts", "Leave a Reply",
                      "Your email address", "Required fields"):
        assert furniture not in document.text
    assert document.text.startswith("Why Iran Needs to Get Out of Syria\n\nFor years, Syria")
    assert document.text.endswith("who are paying the ultimate price for this conflict.")
    assert document.title == "Why Iran Needs to Get Out of Syria"
    assert document.author == "Siavosh Hosseini"
    assert document.media_type == "text/plain"
    assert document.name == "article-iran-out-of-syria.txt"


def test_the_article_number_glued_to_a_word_stands_apart() -> None:
    text = load_document(ARTICLE).text
    assert "420Iran" not in text
    assert "\n\n420 Iran has continued to send in troops" in text
    assert "a larger force of over 95,000 people" in text


def test_the_report_joins_its_wrapped_lines_and_broken_words() -> None:
    document = load_document(REPORT)
    text = document.text
    assert "Syr-" not in text and "The Syrian regime along with" in text
    assert "Assad regime in several ways" in text
    assert "4,068 individuals were killed under torture." in text
    assert "build good relations with" in text
    assert ("killed more than 147,061 Syrian citizens, including 7,987 children and 6,031 "
            "women") in text
    # a paragraph ends where a line stops short after a sentence
    assert "against its own residents.\n\nSince Hassan Rouhani" in text
    assert "\n" not in text.split("\n\n")[0]
    assert document.title is None and document.published is None


@pytest.mark.parametrize("path", [ARTICLE, REPORT], ids=["article", "report"])
def test_the_examples_map_back_exactly(path: Path) -> None:
    document = load_document(path, name="example")
    assert document.name == "example"
    assert document.original == path.read_text(encoding="utf-8")
    assert_exact_map(document, samples=2000)


# --- the line filter ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "News Ticker", "BREAKING NEWS", "Skip to content", "Home > News > Syria", "Menu",
    "Home | About Us | Contact", "Previous article: Shelling in Aleppo",
    "Leave a Reply", "Leave a Comment", "Your email address will not be published.",
    "Required fields are marked *", "Post Comment", "Cancel reply", "Name *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "READ MORE: Twelve killed in Daraa", "ALSO READ | Aid convoy reaches Ghouta",
    "Read more", "Related: Shelling in Aleppo leaves 5 dead", "Related Articles",
    "See also: the 2020 annual report", "You may also like",
    "We use cookies to give you the best experience. By continuing you agree.",
    "This site uses cookies.", "Accept all cookies", "Got it!", "Manage preferences",
    "Share this:", "Share on Facebook", "Facebook Twitter WhatsApp Email", "Like this:",
    "Retrieved 3 April 2022", "Accessed: 2022-04-03", "Crawled 2022-04-03 10:22:01 UTC",
    "Archived from the original on 14 May 2019.", "© 2021 Syria Monitor. All rights reserved.",
])
def test_furniture_lines_are_dropped(line: str) -> None:
    original = f"Shelling killed 12 people in Daraa.\n\n{line}\n\nRescuers found 3 more bodies."
    document = clean_text(original)
    assert document.text == ("Shelling killed 12 people in Daraa.\n\n"
                             "Rescuers found 3 more bodies.")
    assert_exact_map(document)


@pytest.mark.parametrize("line", [
    "related to the shelling of the market, and 12 of them were children who had been",
    "Home to 30,000 displaced people, the camp was shelled twice during the month and",
    "Read more than 300 testimonies from the survivors of the siege of eastern Ghouta",
    "cookies and bread were the only food left in the besieged town when the troops",
    "share of the victims killed by the regime forces rose to 61% during the same year",
])
def test_report_lines_that_look_like_furniture_stay(line: str) -> None:
    text = clean_text(wrapped(line)).text
    assert line in text


def test_a_dropped_line_inside_a_paragraph_cuts_it() -> None:
    text = clean_text(f"{OPENING}\nShare this:\n{CLOSING}").text
    assert text == f"{OPENING}\n\n{CLOSING}"


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["bio-next-line", "bio-next-paragraph"])
def test_an_author_bio_goes_with_the_paragraph_after_it(gap: str) -> None:
    original = ("Airstrikes killed 23 civilians in Ariha on Thursday.\n\n"
                f"About Lina Haddad (12 Articles){gap}Lina covers northern Syria for us and"
                " has reported from Idlib since 2015.\n\n"
                "Rescuers said 40 people were injured.")
    document = clean_text(original)
    assert document.text == ("Airstrikes killed 23 civilians in Ariha on Thursday.\n\n"
                             "Rescuers said 40 people were injured.")
    assert document.author == "Lina Haddad"


def test_a_byline_names_the_author() -> None:
    document = clean_text("Airstrikes kill 23 in Idlib\n\nBy Lina Haddad | Idlib\n\n"
                          "Airstrikes killed 23 civilians in Ariha on Thursday.")
    assert document.author == "Lina Haddad"
    assert document.title == "Airstrikes kill 23 in Idlib"
    for sentence in ("By the end of 2012, at least 40,000 people had been killed.",
                     "By Thursday, rescuers had found 12 bodies under the rubble."):
        assert clean_text(f"{sentence}\n\nMost of them were civilians.").author is None


# --- paragraphs, hyphens and numbers -----------------------------------------------------

@pytest.mark.parametrize(("broken", "mended"), [
    ("the Syr-\nian regime", "the Syrian regime"),
    ("killed un-\nder torture", "killed under torture"),
    ("several rela-\ntions", "several relations"),
    ("the regime of al-\nAssad", "the regime of al-Assad"),
    ("the self-\nproclaimed state", "the self-proclaimed state"),
    ("a well-\nknown commander", "a well-known commander"),
    ("the non-\nstate armed groups", "the non-state armed groups"),
    ("the pro-\ngovernment militias", "the pro-government militias"),
    ("the so-\ncalled caliphate", "the so-called caliphate"),
    ("cases of COVID-\n19 in the camp", "cases of COVID-19 in the camp"),
    ("in mid-\nMarch", "in mid-March"),
    ("rose by twenty-\nfive", "rose by twenty-five"),
    ("killed in Syr\u00ad\nian prisons", "killed in Syrian prisons"),
])
def test_line_end_hyphens(broken: str, mended: str) -> None:
    first, second = broken.split("\n")
    text = clean_text(wrapped(f"{first}\n{second}")).text
    assert mended in text
    assert "\n" not in text


def test_the_document_itself_settles_a_hyphen() -> None:
    evidence = "The protection of civilians is the duty of every party to the conflict."
    text = clean_text(f"{evidence}\n\n" + wrapped("for the pro-\ntection of detainees")).text
    assert "for the protection of detainees" in text


def test_wrapped_lines_join_and_paragraphs_stay() -> None:
    original = (f"{OPENING}\nin the governorates of Idlib, Aleppo and Hama, where most of the\n"
                "victims died.\nThe report counts 1,234 civilians killed in the north of the\n"
                f"country.\n\n{CLOSING}\n")
    document = clean_text(original)
    assert document.text.split("\n\n") == [
        f"{OPENING} in the governorates of Idlib, Aleppo and Hama, where most of the victims "
        "died.",
        "The report counts 1,234 civilians killed in the north of the country.",
        CLOSING]
    assert_exact_map(document)


def test_a_short_line_is_a_heading_and_lines_of_a_web_page_are_paragraphs() -> None:
    assert clean_text(f"Key findings\n{OPENING}\n{CLOSING}").text.startswith("Key findings\n\n")
    long_lines = [OPENING * 3, CLOSING * 3, OPENING * 3]
    assert clean_text("\n".join(long_lines)).text.split("\n\n") == long_lines


@pytest.mark.parametrize(("broken", "mended"), [
    ("a total of 47-,483 victims", "a total of 47,483 victims"),
    ("a total of 4,0 68 victims", "a total of 4,068 victims"),
    ("a total of 1,23 4 victims", "a total of 1,234 victims"),
    ("a total of 1,2-\n34 victims", "a total of 1,234 victims"),
    ("a total of 1,0 00,000 victims", "a total of 1,000,000 victims"),
    ("a total of 4,0\n68 victims", "a total of 4,068 victims"),
    ("on pages 12-34 of the report", "on pages 12-34 of the report"),
    ("on pages 12-\n34 of the report", "on pages 12-34 of the report"),
    ("between 2,000-3,000 victims", "between 2,000-3,000 victims"),
    ("on March 3, 400 people fled", "on March 3, 400 people fled"),
    ("the tolls 1,234 5,678 and", "the tolls 1,234 5,678 and"),
    ("killed 10, 000 people", "killed 10, 000 people"),
    ("a ratio of 1,2 3.5 per", "a ratio of 1,2 3.5 per"),
    ("420Iran has sent", "420 Iran has sent"),
    ("since 2014The regime", "since 2014 The regime"),
    ("a 3D model of the 1980s", "a 3D model of the 1980s"),
    ("the F16s and the MiG-23", "the F16s and the MiG-23"),
])
def test_numbers_broken_by_layout(broken: str, mended: str) -> None:
    document = clean_text(wrapped(broken))
    assert mended in document.text
    assert_exact_map(document)


def test_spaces_of_every_kind_are_plain_spaces() -> None:
    original = "Shelling\u00a0killed 1,234\u200b civilians\u2009in\t\tDaraa.\r\nIt went on.\r\n"
    document = clean_text(original)
    assert document.text == "Shelling killed 1,234 civilians in Daraa. It went on."
    assert_exact_map(document)


# --- the date it was published -----------------------------------------------------------

@pytest.mark.parametrize(("top", "published"), [
    ("Published: 12 March 2021", "2021-03-12"),
    ("Posted on March 12th, 2021 by Lina Haddad", "2021-03-12"),
    ("March 12, 2021 — Airstrikes killed 23 civilians in Ariha.", "2021-03-12"),
    ("DAMASCUS, Thursday, 12 March 2021 - Shelling killed 9.", "2021-03-12"),
    ("12 Mar. 2021", "2021-03-12"),
    ("Date: 2021-03-12", "2021-03-12"),
    ("By Lina Haddad | 12 March 2021", "2021-03-12"),
    ("Airstrikes killed 23 civilians in Ariha on 12 March 2021.", None),
    ("Retrieved 3 April 2022", None),
    ("By Jane Doe | 24 April 2018 | Sana'a", "2018-04-24"),
    ("Jane Doe — 24 April 2018", "2018-04-24"),
    ("Omar Saleh - April 24, 2018 - 4 min read", "2018-04-24"),
    ("By SAMIR KHALIL · Tuesday, 24 Apr 2018 · 10:32 GMT", "2018-04-24"),
    ("Shelling went on — until 24 April 2018 — in the old city", None),
    ("Retrieved 3 April 2022 | Wikipedia", None),
    ("November 6, 2023 4:12 PM GMT+0 | Updated 2 hours ago", "2023-11-06"),
    ("Summary of a joint report, ref. UN/2018/06, issued 6 November 2018", "2018-11-06"),
    ("By the newsroom | Last updated 3 March 2032, 21:40", "2032-03-03"),
    ("Sunday 9 February 2025, corresponding to 10 Shaaban 1446 AH", "2025-02-09"),
    ("9 February 2025, the army said it had retaken the town.", None),
    ("Transcript, broadcast 3 October 2025, 18:00 GMT", "2025-10-03"),
])
def test_the_publication_date(top: str, published: str | None) -> None:
    document = clean_text(f"Airstrikes in Idlib\n\n{top}\n\nRescuers said 40 were injured.")
    assert document.published == published


def test_a_date_far_down_the_page_is_not_its_date() -> None:
    paragraphs = [f"Paragraph {n} counts {n} victims." for n in range(25)]
    assert clean_text("\n\n".join([*paragraphs, "Published: 12 March 2021"])).published is None


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Airstrikes kill 23 civilians in Idlib | Syria Monitor</title>
<meta name="author" content="Lina Haddad">
<meta property="article:published_time" content="2021-03-12T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. By continuing you accept
our cookie policy. <button>Accept</button></div>
<main><article>
<h1>Airstrikes kill 23 civilians in Idlib</h1>
<p>Airstrikes on the town of Ariha killed 23&nbsp;civilians, including 9 children, on
Thursday, according to local rescuers who worked through the night to reach survivors.</p>
<p>The Syrian Network for Human Rights said that 1,234 civilians had been killed in the
governorate since the start of the year, a figure it called conservative.</p>
<p>Related: Shelling in Aleppo leaves 5 dead</p>
<p>We use cookies to personalise content. By using this site you agree to our policy.</p>
<p>Rescue teams said at least 40 people were injured and that the toll could rise as more
bodies are recovered from the rubble of the market.</p>
<p>Share this:</p>
</article></main>
<footer><p>© 2021 Syria Monitor. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/contact">Contact</a> | <a href="/rss">RSS</a></p>
</footer></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_an_html_page_keeps_only_its_article(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    assert document.media_type == "text/html"
    assert document.title == "Airstrikes kill 23 civilians in Idlib"
    assert document.author == "Lina Haddad"
    assert document.published == "2021-03-12"
    text = document.text
    for furniture in ("Home", "News", "cookie", "Accept", "Related", "Shelling in Aleppo",
                      "Share", "Syria Monitor", "Privacy", "Contact", "<"):
        assert furniture not in text
    assert "Ariha killed 23 civilians, including 9 children" in text
    assert "said that 1,234 civilians had been killed" in text
    assert text.endswith("from the rubble of the market.")
    assert "\n\n" in text and "<" not in document.original  # the original is trafilatura's
    assert_exact_map(document)


# --- PDF ---------------------------------------------------------------------------------

HEADER = "SNHR Monthly Report – March 2021"
LEFT = [["Left column. Government forces killed", "1,234 civilians in the governorate of",
         "Homs during March, according to the Syr-", "ian Network for Human Rights, which",
         "documented every victim by name and", "by the date and the place of death."],
        ["Shelling on the markets of Ariha and", "Saraqib killed 37 people, among them",
         "nine children, and the rescue teams", "said that the toll would rise further."]]
RIGHT = [["Right column. Another 56 people were", "detained at checkpoints in the same",
          "month, most of them in Damascus and", "its countryside, the report says, and",
          "many of them remain missing today."],
         ["The report ends with a call on the", "Security Council to refer the case to",
          "the International Criminal Court and", "to protect the civilians who remain."]]


def two_column_pdf(path: Path, *, row_by_row: bool) -> None:
    """Two A4 pages in two columns under a running header, numbered at the foot; drawn row by
    row across both columns, or one column after the other."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path(), "fonts/ttf/DejaVuSans.ttf")))
    pdf.set_creation_date(datetime(2021, 4, 2, tzinfo=UTC))
    pdf.set_title("SNHR monthly report")
    for number, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True), 1):
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        pdf.text(75, 15, HEADER)
        pdf.set_font("DejaVu", size=10)
        lines = [(15, 30 + 6 * row, line) for row, line in enumerate(left)]
        lines += [(110, 30 + 6 * row, line) for row, line in enumerate(right)]
        for x, y, line in sorted(lines, key=lambda line: line[1]) if row_by_row else lines:
            pdf.text(x, y, line)
        pdf.text(104, 285, f"Page {number}")
    pdf.output(str(path))


@pytest.mark.parametrize("row_by_row", [True, False], ids=["drawn-by-rows", "drawn-by-columns"])
def test_a_two_column_pdf_reads_column_by_column(tmp_path: Path, row_by_row: bool) -> None:
    path = tmp_path / "report.pdf"
    two_column_pdf(path, row_by_row=row_by_row)
    document = load_document(path)
    text = document.text
    assert document.media_type == "application/pdf"
    assert HEADER not in text and "Page" not in text
    assert "Government forces killed 1,234 civilians in the governorate of Homs" in text
    assert "according to the Syrian Network for Human Rights" in text
    order = [text.index(part) for part in ("Left column.", "place of death.", "Right column.",
                                           "missing today.", "Shelling on the markets",
                                           "The report ends", "civilians who remain.")]
    assert order == sorted(order)
    assert text.endswith("to protect the civilians who remain.")
    assert document.title == "SNHR monthly report"
    assert document.published == "2021-04-02"  # no date in the text: the file's own
    assert_exact_map(document)


def test_an_arabic_pdf_reads_its_right_column_first(tmp_path: Path) -> None:
    right = ["العمود الأيمن يبدأ هنا ويقول إن القوات", "قتلت مدنيين في محافظة حمص خلال شهر",
             "آذار بحسب الشبكة السورية لحقوق الإنسان"]
    left = ["العمود الأيسر يأتي بعده ويقول إن عدد", "المعتقلين بلغ ستة وخمسين شخصا في الشهر",
            "نفسه ومعظمهم في دمشق وريفها حتى الآن"]
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path(), "fonts/ttf/DejaVuSans.ttf")))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for row, (left_line, right_line) in enumerate(zip(left, right, strict=True)):
        pdf.text(15, 30 + 6 * row, left_line)
        pdf.text(110, 30 + 6 * row, right_line)
    pdf.output(str(tmp_path / "arabic.pdf"))
    text = load_document(tmp_path / "arabic.pdf").text

    def position(word: str) -> int:  # without a shaping engine fpdf2 writes Arabic reversed
        return max(text.find(word), text.find(word[::-1]))

    assert 0 <= position("الأيمن") < position("حمص") < position("الأيسر") < position("دمشق")


def test_a_pdf_under_another_name_is_still_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    two_column_pdf(path, row_by_row=True)
    assert load_document(path).media_type == "application/pdf"


def test_a_broken_pdf_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 and then nothing a PDF holds")
    with pytest.raises(InputError, match=r"broken\.pdf: cannot read this PDF"):
        load_document(path)


def test_running_headers_and_page_numbers_of_a_text_with_pages() -> None:
    bodies = [f"{OPENING}\nin Idlib, Aleppo and Hama, and the victims of the month before",
              "in Daraa, Homs and Deir ez-Zor, and it counted all of them one by one\n"
              "on the lists that the families and the local groups had sent to it,",
              f"and it checked each name against the lists of the year before, and\n{CLOSING}"]
    pages = [f"{HEADER}\n{body}\nPage {number} of 3" for number, body in enumerate(bodies, 1)]
    document = clean_text("\f".join(pages), media_type="application/pdf")
    assert document.text == " ".join(body.replace("\n", " ") for body in bodies)
    assert_exact_map(document)


# --- the map, on texts with everything at once --------------------------------------------

FRAGMENTS = ["News Ticker", "killed 47-,483 people", "the Syr-", "ian regime", "al-", "Assad",
             "4,0 68 victims", "Share this:", "420Iran", "\u00a0", "\u200b", "\r\n", "\n\n",
             "Published: 12 March 2021", "under", "un-", "der torture", "1,2-", "34", " ",
             "Leave a Reply", "About Lina Haddad (12 Articles)", "“quoted”", "ش", "\f", "\t"]


@pytest.mark.parametrize("seed", range(40))
def test_the_map_is_exact_on_any_mix(seed: int) -> None:
    rng = random.Random(seed)
    words = [rng.choice(FRAGMENTS) for _ in range(rng.randrange(5, 120))]
    original = "".join(rng.choice([" ", "\n", "", " "]) + word for word in words)
    assert_exact_map(clean_text(original), seed=seed)


def test_a_pdf_number_keeps_its_low_comma(tmp_path: Path) -> None:
    """A comma sits below the middle of its row: it must not start a row of its own."""
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "Between 17 October 2016, when the operation began, and 10 July 2017, "
                         "the Office recorded at least 2,521 civilian deaths in the city.")
    pdf.output(str(tmp_path / "briefing.pdf"))
    text = load_document(tmp_path / "briefing.pdf").text
    assert "at least 2,521 civilian deaths" in text
    assert "17 October 2016, when" in text


def test_footnote_marks_are_dropped_but_bracketed_numbers_after_a_space_stay() -> None:
    text = clean_text("They died in the Oskel valley.[1] The Red Cross treated 2,740 injured "
                      "civilians, about 40 per cent of them women and children.[4] We count "
                      "[12] cases.").text
    assert "[1]" not in text and "[4]" not in text and "[12]" in text
    assert "valley. The Red Cross" in text


@pytest.mark.parametrize(("top", "published"), [
    ("Thursday 12 Ramadan 1459 AH, corresponding to 22 October 2037 AD", "2037-10-22"),
    ("Received 2 May 2038; accepted 19 August 2038; published online 14 September 2038",
     "2038-09-14"),
])
def test_a_statements_corresponding_date_and_a_journals_online_date_are_published(
        top: str, published: str) -> None:
    document = clean_text(f"Statement No. (47)\n\n{top}\n\nThe council announces (286) martyrs.")
    assert document.published == published


def test_a_pages_published_time_in_its_markup_is_its_date() -> None:
    page = ("<html><head><title>Toll update</title><meta property=\"article:published_time\" "
            "content=\"2047-09-03T08:00:00Z\"></head><body><article><h1>Toll update</h1>"
            "<p>Rescuers said on Tuesday that the toll of the flood in the valley had risen "
            "to 31 people, most of them in the lower villages.</p></article></body></html>")
    assert clean_text(page, media_type=HTML).published == "2047-09-03"
