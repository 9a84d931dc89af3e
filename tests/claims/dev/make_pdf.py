"""Render the dev set's PDF documents from their text, so no binary is kept in the repository.

    .venv/bin/python tests/claims/dev/make_pdf.py OUT_DIR

Each `pdf/NAME.txt` becomes `OUT_DIR/NAME.pdf`: its first line is the running header printed
at the top of every page, then a title block whose lines are kept, then the body, paragraphs
separated by blank lines, with
"Page N of M" at the foot of every page. The page is A5 so that even a short briefing runs to
several pages and clean-up has headers and page numbers to drop. The PDF's metadata carry
the date and author the annotation expects, and a fixed creation date keeps the bytes the
same from run to run.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "pdf"
# What the metadata say, by document: fpdf2 would otherwise stamp today's date.
METADATA = {"iraq-mosul-briefing": ("UNAMI Human Rights Office", datetime(2017, 11, 2, tzinfo=UTC))}


class _Briefing(FPDF):
    def __init__(self, running_header: str) -> None:
        super().__init__(format=(148, 210))  # A5, in mm
        self.running_header = running_header

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def render(source: Path, out: Path) -> Path:
    """`source` (header line, then the body) as a PDF at `out`."""
    running_header, _, body = source.read_text(encoding="utf-8").partition("\n")
    pdf = _Briefing(running_header.strip())
    author, created = METADATA.get(source.stem, (None, datetime(2000, 1, 1, tzinfo=UTC)))
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    title, _, paragraphs = body.strip().partition("\n\n")
    for line in title.splitlines():  # the title block keeps its lines
        pdf.multi_cell(0, 5.5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for paragraph in paragraphs.split("\n\n"):
        pdf.multi_cell(0, 5.5, " ".join(paragraph.split()), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(out))
    return out


def build(out_dir: Path, sources: Path = SOURCES) -> dict[str, Path]:
    """Every PDF of the dev set rendered into `out_dir`, by file name."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {f"{source.stem}.pdf": render(source, out_dir / f"{source.stem}.pdf")
            for source in sorted(sources.glob("*.txt"))}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for name, path in build(Path(sys.argv[1])).items():
        print(f"{name}: {path}")
