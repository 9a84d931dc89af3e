"""Commands that count: victims by category, estimates of the undocumented, the report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from rasd.cli._base import Db, Json, app, open_register, print_json, stderr, stdout, steps
from rasd.errors import InputError
from rasd.report import COUNTS, StatsQuery, parse_where, stats


@app.command("stats")
def stats_command(
    since: Annotated[str | None, typer.Option(
        help="From this date on (YYYY-MM-DD, YYYY-MM or YYYY), inclusive.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive.")] = None,
    by: Annotated[str | None, typer.Option(
        help="Break down by these fields, comma-separated: perpetrator, cause, governorate, "
             "sex, age_group, year, month, list.")] = None,
    where: Annotated[list[str] | None, typer.Option(
        help="Only victims with FIELD=VALUE (repeatable), e.g. perpetrator=syrian_regime.")]
    = None,
    db: Db = None, as_json: Json = False,
) -> None:
    """Counts of victims, never records: total, children, women, men, under torture; low and
    high beside each where partial dates, unknowns or disagreeing records leave doubt."""
    query = StatsQuery(since=since, until=until,
                       by=tuple(part.strip() for part in (by or "").split(",") if part.strip()),
                       where=parse_where(where or []))
    with open_register(db) as register:
        document = stats(register, query)
    if as_json:
        print_json(document)
        return
    period = f"{since or 'the start'} to {until or 'the end'}" if since or until else "all dates"
    table = Table("count", "victims", "low", "high", title=f"victims, {period}: "
                  f"{document['records']} records from {len(document['lists'])} lists",
                  title_justify="left")
    for name in COUNTS:
        table.add_row(name.replace("_", " "), *_three(document, name))
    stdout.print(table)
    disagree = {name: n for name, n in document["disagreements"].items() if n}
    if disagree:
        stdout.print("victims whose records disagree: " + ", ".join(
            f"{name.replace('_', ' ')} {n}" for name, n in disagree.items()))
    if document["unlinked_records"]:
        stdout.print(f"[yellow]{document['unlinked_records']} records are not linked to a "
                     "victim yet: run `rasd link`[/]")
    if query.by:
        rows = Table(*query.by, *(name.replace("_", " ") for name in COUNTS))
        for row in document["rows"]:
            rows.add_row(*(row[name] for name in query.by),
                         *(_ranged(row, name) for name in COUNTS))
        stdout.print(rows)


def _three(document: dict[str, Any], name: str) -> tuple[str, str, str]:
    return (f"{document[name]:,}", f"{document['low'][name]:,}",
            f"{document['high'][name]:,}")


def _ranged(row: dict[str, Any], name: str) -> str:
    low, high = row["low"][name], row["high"][name]
    text = f"{row[name]:,}"
    return text if low == high == row[name] else f"{text} ({low:,}–{high:,})"


@app.command("estimate")
def estimate_command(
    table: Annotated[Path | None, typer.Option(
        help="A capture table (csv: one 0/1 column per list and `count`); no register needed.")]
    = None,
    method: Annotated[str, typer.Option(help="lcmcr, loglinear, dga or chao.")] = "lcmcr",
    by: Annotated[str | None, typer.Option(
        help="One estimate per value of this field (perpetrator, governorate, year, ...).")]
    = None,
    lists: Annotated[str | None, typer.Option(
        help="Only these lists, comma-separated [default: every list].")] = None,
    since: Annotated[str | None, typer.Option(help="Victims from this date on.")] = None,
    until: Annotated[str | None, typer.Option(help="Victims up to this date.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sampler or the bootstrap.")] = 0,
    level: Annotated[float, typer.Option(help="The interval's level.")] = 0.95,
    classes: Annotated[int | None, typer.Option(
        "--classes", min=2, help="lcmcr: latent classes K [default: 10].")] = None,
    chains: Annotated[int | None, typer.Option(min=1, help="lcmcr: chains [default: 4].")] = None,
    samples: Annotated[int | None, typer.Option(
        min=4, help="lcmcr: draws kept per chain [default: 1000].")] = None,
    thinning: Annotated[int | None, typer.Option(
        min=1, help="lcmcr: keep every n-th sweep [default: 100].")] = None,
    max_order: Annotated[int | None, typer.Option(
        help="loglinear: highest interaction order searched [default: 2].")] = None,
    bootstrap: Annotated[int | None, typer.Option(
        help="loglinear: bootstrap resamples, each repeating the model search "
             "[default: 1000].")] = None,
    db: Db = None, as_json: Json = False,
) -> None:
    """How many were killed, counting those no list recorded (multiple systems estimation)."""
    from rasd.estimate import METHODS, estimate, read_table
    from rasd.report.histories import capture_tables

    if method not in METHODS:
        raise InputError(f"no method {method!r}: one of {', '.join(METHODS)}",
                         field="--method", value=method)
    options = _options(method, level=level, seed=seed, K=classes, chains=chains,
                       samples=samples, thinning=thinning, max_order=max_order,
                       bootstrap=bootstrap)
    if table is not None:
        if by or lists or since or until:
            raise InputError("--by, --lists, --since and --until count victims in a register; "
                             "a --table is already counted", field="--table")
        tables = {"all": read_table(table)}
    else:
        with open_register(db) as register:
            tables = capture_tables(register, by=by, since=since, until=until, lists=[
                name.strip() for name in lists.split(",")] if lists else None)
    results: dict[str, Any] = {}
    with steps() as progress:
        for done, (stratum, counts) in enumerate(tables.items()):
            progress(f"estimating ({method})", done, len(tables))
            results[stratum] = _estimated(estimate, counts, method, options,
                                          strict=len(tables) == 1)
    if as_json:
        print_json(results["all"] if by is None else {"by": by, "strata": results})
        return
    shown = Table(*([by] if by else []), "documented", "estimate", "interval", "method",
                  "lists")
    for stratum, result in results.items():
        cells = ([stratum] if by else [])
        if "refused" in result:
            shown.add_row(*cells, f"{result['observed']:,}", "", "", method, result["refused"])
            continue
        low, high = result["interval"]
        shown.add_row(*cells, f"{result['observed']:,}", f"{result['estimate']:,.0f}",
                      f"{low:,.0f} – {high:,.0f} ({result['level']:.0%})", method,
                      ", ".join(result["lists"]))
    stdout.print(shown)
    for stratum, result in results.items():
        for warning in result.get("diagnostics", {}).get("warnings", []):
            stderr.print(f"[yellow]warning[/] {stratum}: {warning}")


_METHOD_OPTIONS = {"lcmcr": {"K": "--classes", "chains": "--chains", "samples": "--samples",
                             "thinning": "--thinning"},
                   "loglinear": {"max_order": "--max-order", "bootstrap": "--bootstrap"}}


def _options(method: str, **given: Any) -> dict[str, Any]:
    """The options the method takes; one given for another method is a usage error."""
    options = {"level": given.pop("level"), "seed": given.pop("seed")}
    for name, value in given.items():
        if value is None:
            continue
        flag = next(flag for names in _METHOD_OPTIONS.values()
                    for key, flag in names.items() if key == name)
        if name not in _METHOD_OPTIONS.get(method, {}):
            raise InputError(f"{flag} is not an option of {method}", field=flag, value=value)
        options[name] = value
    return options


def _estimated(estimate: Any, counts: Any, method: str, options: dict[str, Any], *,
               strict: bool) -> dict[str, Any]:
    """One stratum's estimate; a stratum that cannot be estimated says why, and alone it is an
    error (exit 2)."""
    from rasd.estimate import EstimateError

    try:
        return estimate(counts, method=method, **options).to_dict()  # type: ignore[no-any-return]
    except EstimateError as error:
        if strict:
            raise InputError(str(error), field="--table") from error
        return {"observed": counts.observed, "refused": str(error)}


@app.command("report")
def report_command(
    out: Annotated[Path, typer.Option(help="The folder to write report.html (and .pdf) into.")],
    pdf: Annotated[bool, typer.Option("--pdf", help="Also print it to report.pdf.")] = False,
    since: Annotated[str | None, typer.Option(help="From this date on.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    title: Annotated[str | None, typer.Option(help="The report's title.")] = None,
    lang: Annotated[str, typer.Option(help="en, or ar (right to left).")] = "en",
    method: Annotated[str, typer.Option(help="The estimate shown beside Chao's floor.")]
    = "lcmcr",
    db: Db = None, as_json: Json = False,
) -> None:
    """The statistical report: counts, charts and estimates, in one self-contained page."""
    from rasd.report.render import build_report, write_report

    with open_register(db) as register, steps() as progress:
        progress("counting and estimating", 0, 1)
        report = build_report(register, since=since, until=until, title=title, lang=lang,
                              method=method)
    written = write_report(report, out, pdf=pdf)
    if as_json:
        print_json({"files": [str(path) for path in written], "total": report.totals["total"],
                    "estimates": report.estimates, "refused": report.refusals})
    else:
        for path in written:
            stdout.print(f"wrote {path}")
