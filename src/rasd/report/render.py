"""`rasd report`: the statistical report as one self-contained HTML page, and as a PDF.

Everything the page needs is inside it (styles, charts as SVG), so it can be mailed, archived
and opened offline. The PDF is the page printed by headless Chromium.
"""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from rasd.errors import RasdError
from rasd.estimate import Estimate, EstimateError, check_estimable, estimate
from rasd.places import governorate_name
from rasd.register import Register
from rasd.report import charts
from rasd.report.facts import victim_facts
from rasd.report.histories import capture_tables
from rasd.report.stats import COUNTS, StatsQuery, stats

CHROMIUM_PATHS = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser",
                  "google-chrome")


@dataclass
class Report:
    """What the page shows, gathered from the register."""

    title: str
    since: str | None
    until: str | None
    lang: str
    generated: str
    totals: dict[str, Any]
    perpetrators: dict[str, Any]
    governorates: dict[str, Any]
    causes: dict[str, Any]
    months: dict[str, Any]
    estimates: list[dict[str, Any]] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)


def build_report(register: Register, *, since: str | None = None, until: str | None = None,
                 title: str | None = None, lang: str = "en", method: str = "lcmcr",
                 seed: int = 0) -> Report:
    """Gather the counts and estimates the report shows."""
    if lang not in LABELS:
        raise RasdError(f"no report language {lang!r}: en or ar")
    facts = list(victim_facts(register))  # read once, counted five ways

    def counted(by: str | None = None) -> dict[str, Any]:
        return stats(register, StatsQuery(since=since, until=until, by=(by,) if by else ()),
                     facts=facts)

    report = Report(
        title=title or LABELS[lang]["title"], since=since, until=until, lang=lang,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        totals=counted(), perpetrators=counted("perpetrator"),
        governorates=counted("governorate"), causes=counted("cause"), months=counted("month"))
    table = capture_tables(register, since=since, until=until, facts=facts)["all"]
    for name in (method, "chao") if method != "chao" else (method,):
        try:
            check_estimable(table)
            found: Estimate = estimate(table, method=name, seed=seed)
        except EstimateError as error:
            report.refusals.append(f"{name}: {error}")
            continue
        report.estimates.append(found.to_dict())
    return report


def write_report(report: Report, out: Path, *, pdf: bool = False) -> list[Path]:
    """Write report.html (and report.pdf) into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    page = out / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    written = [page]
    if pdf:
        written.append(print_pdf(page, out / "report.pdf"))
    return written


def render_html(report: Report) -> str:
    environment = Environment(loader=PackageLoader("rasd.report", "templates"),
                              autoescape=select_autoescape(["html", "j2"]))
    labels = LABELS[report.lang]
    return environment.get_template("report.html.j2").render(
        report=report, t=labels, counts=COUNTS, charts=_charts(report, labels),
        rows=_rows(report), direction="rtl" if report.lang == "ar" else "ltr",
        documents={"perpetrator": report.perpetrators, "governorate": report.governorates,
                   "cause": report.causes},
        undated_months=sum(row["total"] for row in report.months["rows"]
                           if len(row["month"]) != 7))


def _named(by: str, value: str, lang: str) -> str:
    if value == "unknown":
        return LABELS[lang]["unknown"]
    if by == "governorate":
        return governorate_name(value, arabic=lang == "ar")
    return LABELS[lang].get(value, value.replace("_", " "))


def _rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    tables = {"perpetrator": report.perpetrators, "governorate": report.governorates,
              "cause": report.causes}
    return {by: sorted(({**row, "name": _named(by, row[by], report.lang)}
                        for row in document["rows"]), key=lambda row: -row["total"])
            for by, document in tables.items()}


def _charts(report: Report, labels: dict[str, str]) -> dict[str, str]:
    dated = [row for row in report.months["rows"] if len(row["month"]) == 7]
    drawn = {"months": charts.time_series(
        [row["month"] for row in dated], [row["total"] for row in dated],
        [row["high"]["total"] for row in dated], label=labels["victims"],
        band_label=labels["possibly"])} if dated else {}
    for by, rows in _rows(report).items():
        if by == "cause":
            continue
        drawn[by] = charts.bars([row["name"] for row in rows], [row["total"] for row in rows],
                                [row["low"]["total"] for row in rows],
                                [row["high"]["total"] for row in rows], label=labels["victims"])
    return drawn


def chromium() -> str:
    """The Chromium to print with: $RASD_CHROMIUM, else Debian's, else one on the PATH."""
    for candidate in (os.environ.get("RASD_CHROMIUM"), *CHROMIUM_PATHS):
        if candidate and (Path(candidate).is_file() or shutil.which(candidate)):
            return shutil.which(candidate) or candidate
    raise RasdError("no Chromium to print the PDF with: install Debian's `chromium` or set "
                    "RASD_CHROMIUM to a Chromium or Chrome binary")


def print_pdf(page: Path, out: Path) -> Path:
    """Print a page to PDF (A4) in headless Chromium."""
    # Playwright's sync API refuses to run where an event loop runs (the web app, a browser
    # test): a thread of its own has none.
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(_print_pdf, page, out).result()


def _print_pdf(page: Path, out: Path) -> Path:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium())
        try:
            tab = browser.new_page()
            tab.goto(page.resolve().as_uri())
            tab.pdf(path=str(out), format="A4", print_background=True, prefer_css_page_size=True)
        finally:
            browser.close()
    return out


LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Victims documented", "period": "Period", "unit": "Unit", "from": "from",
        "to": "to",
        "all_dates": "all dates", "generated": "Generated", "victims": "victims",
        "possibly": "possibly, given partial dates", "unknown": "unknown",
        "total": "Total", "children": "Children (under 18)", "women": "Women (adult females)",
        "men": "Men (adult males)", "age_sex_unknown": "Age or sex unknown",
        "under_torture": "Under torture", "count": "Count", "low": "Low", "high": "High",
        "key_figures": "Key figures", "rests_on": "rests on", "records": "records",
        "lists": "lists", "monthly": "Victims by month",
        "monthly_note": "Victims not shown by month (date known only to the year, or "
                        "unknown): ",
        "perpetrator": "By perpetrator", "governorate": "By governorate", "cause": "By cause",
        "estimates": "Estimated total, including victims no list recorded",
        "method": "Method", "estimate": "Estimate", "interval": "Interval",
        "observed": "Documented", "refused": "Not estimated",
        "how": "How these figures are made",
        "how_text": (
            "Every figure counts victims, people, not records: the records that several "
            "lists hold for one person are linked into one victim. A victim's sex, age, date, "
            "place, cause and perpetrator are the most frequent value its records give (for "
            "the date, the most precise). Low counts only the victims that are in a figure "
            "whatever their records say; high counts every victim that may be, a partial "
            "date, an unknown value or records that disagree counting as possibly in. A date "
            "known only to the month or year is never rounded into a period."),
        "estimate_text": (
            "Estimates of the total use the overlap between lists (multiple systems "
            "estimation); the interval is the range the method gives at the stated level. "
            "Chao's estimate is a lower bound."),
        "disagree": "Victims whose records disagree", "field_sex": "sex",
        "field_age_group": "age group", "field_date": "date", "field_governorate": "governorate",
        "field_cause": "cause", "field_perpetrator": "perpetrator",
        "syrian_regime": "Syrian regime", "russia": "Russia",
        "iran_backed_militias": "Iran-backed militias", "isis": "ISIS", "hts": "HTS",
        "opposition": "Armed opposition", "sdf": "SDF", "coalition": "International coalition",
        "other": "other",
    },
    "ar": {
        "title": "الضحايا الموثقون", "period": "الفترة", "unit": "الوحدة", "from": "من",
        "to": "إلى",
        "all_dates": "كل التواريخ", "generated": "أُعدّ في", "victims": "ضحايا",
        "possibly": "محتمل بسبب التواريخ الجزئية", "unknown": "غير معروف",
        "total": "المجموع", "children": "أطفال (دون 18)", "women": "نساء (بالغات)",
        "men": "رجال (بالغون)", "age_sex_unknown": "العمر أو الجنس غير معروف",
        "under_torture": "تحت التعذيب", "count": "العدد", "low": "الحد الأدنى",
        "high": "الحد الأعلى", "key_figures": "الأرقام الرئيسية", "rests_on": "يستند إلى",
        "records": "سجلات", "lists": "قوائم", "monthly": "الضحايا حسب الشهر",
        "monthly_note": "ضحايا لا يظهرون حسب الشهر (لا يُعرف من تاريخهم إلا السنة، أو "
                        "التاريخ مجهول): ",
        "perpetrator": "حسب الجهة المسؤولة", "governorate": "حسب المحافظة",
        "cause": "حسب سبب الوفاة",
        "estimates": "العدد الكلي المقدّر، بمن فيهم من لم تسجلهم أي قائمة",
        "method": "الطريقة", "estimate": "التقدير", "interval": "المجال",
        "observed": "الموثقون", "refused": "لم يُقدَّر", "how": "كيف تُحسب هذه الأرقام",
        "how_text": (
            "كل رقم يعدّ الضحايا، أي الأشخاص، لا السجلات: تُربط سجلات الشخص الواحد في القوائم "
            "المختلفة بضحية واحدة. جنس الضحية وعمرها وتاريخ الوفاة ومكانها وسببها والجهة "
            "المسؤولة هي القيمة الأكثر تكراراً في سجلاتها (وللتاريخ الأدق). الحد الأدنى يعدّ "
            "الضحايا المؤكد دخولهم في الرقم، والحد الأعلى يعدّ كل من يحتمل دخوله بسبب تاريخ "
            "جزئي أو قيمة مجهولة أو سجلات متعارضة. لا يُدخَل تاريخ معروف بالشهر أو السنة فقط "
            "في فترة لا يقع فيها بالكامل."),
        "estimate_text": (
            "يُقدَّر العدد الكلي من التداخل بين القوائم (تقدير الأنظمة المتعددة)، والمجال هو ما "
            "تعطيه الطريقة عند المستوى المذكور. تقدير تشاو حدّ أدنى."),
        "disagree": "ضحايا تتعارض سجلاتهم", "field_sex": "الجنس",
        "field_age_group": "الفئة العمرية", "field_date": "التاريخ",
        "field_governorate": "المحافظة", "field_cause": "السبب",
        "field_perpetrator": "الجهة المسؤولة",
        "syrian_regime": "النظام السوري", "russia": "روسيا",
        "iran_backed_militias": "الميليشيات المدعومة من إيران", "isis": "تنظيم داعش",
        "hts": "هيئة تحرير الشام", "opposition": "المعارضة المسلحة",
        "sdf": "قوات سوريا الديمقراطية", "coalition": "التحالف الدولي", "other": "أخرى",
        "shelling": "قصف مدفعي", "airstrike": "غارة جوية", "shooting": "إطلاق نار",
        "torture": "تعذيب", "siege": "حصار", "execution": "إعدام", "chemical": "سلاح كيميائي",
        "explosion": "تفجير",
    },
}
