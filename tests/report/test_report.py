"""`rasd report`: the page renders in headless Chromium with every chart and table, states what
its figures rest on, reads right to left in Arabic, and prints to a PDF whose pages render."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from playwright.sync_api import Page, sync_playwright

from rasd.report.render import chromium
from rasd.synth import synthesize
from tests.conftest import run_cli

CHARTS = ("months", "perpetrator", "governorate")
TABLES = ("perpetrator", "governorate", "cause", "estimates")


def browser_or_fail() -> str:
    try:
        return chromium()
    except Exception as error:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Chromium here ({error}); CI installs Debian's chromium")


@pytest.fixture(scope="module")
def register_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    world = synthesize(tmp_path_factory.mktemp("world"), victims=700, seed=5)
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'rasd.db'}"
    run_cli("init", "--db", url)
    for entry in world.lists:
        run_cli("import", "list", entry.path, "--source", entry.name, "--mapping",
                entry.mapping, "--db", url)
    assert run_cli("import", "links", world.truth_records, "--db", url).exit_code == 0
    return url


@pytest.fixture(scope="module")
def page() -> Any:
    executable = browser_or_fail()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        yield browser.new_page(viewport={"width": 1100, "height": 1400})
        browser.close()


def write_report(url: str, out: Path, *args: str) -> dict[str, Any]:
    result = run_cli("report", "--out", out, *args, "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def test_every_chart_and_table_is_on_the_page(register_url: str, page: Page,
                                               tmp_path: Path) -> None:
    written = write_report(register_url, tmp_path)
    page.goto((tmp_path / "report.html").as_uri())
    for name in CHARTS:
        box = page.locator(f"figure[data-chart={name}] svg").bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100, name
    for name in TABLES:
        assert page.locator(f"table[data-table={name}] tbody tr").count() >= 1, name
    total = run_cli("stats", "--db", register_url, "--json").json()
    shown = page.locator("[data-count=total] .value").inner_text()
    assert shown.replace(",", "") == str(total["total"]) == str(written["total"])
    basis = page.locator("[data-basis=totals]").inner_text()
    assert f"{total['records']:,} records" in basis and "6 lists" in basis
    estimates = page.locator("table[data-table=estimates] tbody tr")
    assert "lcmcr" in estimates.nth(0).inner_text() and "chao" in estimates.nth(1).inner_text()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 50_000


def test_an_arabic_report_reads_right_to_left(register_url: str, page: Page,
                                              tmp_path: Path) -> None:
    write_report(register_url, tmp_path, "--lang", "ar")
    page.goto((tmp_path / "report.html").as_uri())
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert "المجموع" in page.locator("[data-count=total]").inner_text()
    # Charts keep their axes left to right inside the right-to-left page.
    assert page.evaluate(
        "getComputedStyle(document.querySelector('figure.chart')).direction") == "ltr"


def test_the_pdf_has_pages_that_render(register_url: str, tmp_path: Path) -> None:
    browser_or_fail()
    written = write_report(register_url, tmp_path, "--pdf")
    pdf_path = tmp_path / "report.pdf"
    assert str(pdf_path) in written["files"]
    document = pdfium.PdfDocument(pdf_path)
    assert len(document) >= 2
    for number in range(len(document)):
        image = document[number].render(scale=1).to_pil()
        image.save(tmp_path / f"page-{number + 1}.png")
        assert image.convert("L").getextrema()[0] < 100, f"page {number + 1} is blank"
    first = document[0].get_textpage().get_text_range()
    assert "Victims documented" in first and "Key figures" in first
