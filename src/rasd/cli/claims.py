"""Commands on documents: extract their claims, keep them in the register, check them.

rasd.claims is imported inside the commands: it brings spaCy and its English model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from rasd.cli._base import (
    Actor,
    Db,
    Json,
    actor_name,
    app,
    import_app,
    open_register,
    print_json,
    stderr,
    stdout,
)
from rasd.errors import SchemaError
from rasd.register import Register

claims_app = typer.Typer(no_args_is_help=True, help="Claims in documents: extract and check.")
app.add_typer(claims_app, name="claims")


@claims_app.command("extract")
def claims_extract(
    file: Annotated[Path, typer.Argument(help="A document: txt, html or pdf.")],
    as_json: Json = False,
) -> None:
    """Print the quantitative claims in a document (no register needed)."""
    from rasd.claims import extract_claims, load_document

    document = load_document(file)
    claims = extract_claims(document)
    if as_json:
        print_json([claim.to_dict() for claim in claims])
        return
    table = Table("#", "value", "qualifier", "measure", "subgroup", "period", "place", "actor",
                  "asserted by", "quote", title=f"{file.name}: {len(claims)} claims"
                  + (f", published {document.published}" if document.published else ""),
                  title_justify="left")
    for number, claim in enumerate(claims):
        table.add_row(str(number), _value(claim.to_dict()), claim.qualifier, claim.measure,
                      claim.subgroup or "", _period(claim.period_start, claim.period_end),
                      claim.place or "", claim.actor or "", claim.asserted_by or "",
                      claim.quote)
    stdout.print(table)


@import_app.command("doc")
def import_doc_command(
    file: Annotated[Path, typer.Argument(help="A report or article: txt, html or pdf.")],
    source: Annotated[str | None, typer.Option(
        help="Who published it [default: documents].")] = None,
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Keep a document byte for byte with the claims read from it; the same file again adds
    nothing."""
    from rasd.claims import import_document

    with open_register(db) as register:
        result = import_document(register, file, actor=actor_name(actor), source=source)
    if as_json:
        print_json(result.to_dict())
    elif result.unchanged:
        stdout.print(f"{file.name}: already in the register (document {result.document_id}), "
                     "nothing added")
    else:
        stdout.print(f"{file.name}: document {result.document_id}, {result.claims} claims")


@claims_app.command("check")
def claims_check(
    files: Annotated[list[Path] | None, typer.Argument(
        help="Documents to check [default: every document in the register].")] = None,
    db: Db = None, as_json: Json = False,
) -> None:
    """Check claims: arithmetic within each document, across documents, and against the
    register's counts of victims."""
    from rasd.claims import check_documents

    register = None
    try:
        register = Register.open(db)
    except SchemaError as error:
        if not files:
            raise
        stderr.print(f"[yellow]{error}: the checks against the register are skipped[/]")
    try:
        report = check_documents(files or [], register)
    finally:
        if register is not None:
            register.close()
    if as_json:
        print_json(report.to_dict())
        return
    table = Table("check", "verdict", "claims", "evidence")
    for verdict in report.verdicts:
        table.add_row(verdict.check, ("[bold red]" if verdict.flagged else "") + verdict.verdict,
                      "; ".join(f"{claim.document} #{claim.index}" for claim in verdict.claims),
                      verdict.evidence)
    stdout.print(table)
    stdout.print(f"{len(report.flagged)} flagged of {len(report.verdicts)} verdicts")
    for coverage in report.coverage:
        stdout.print(f"  {coverage.sentence()}")


def _value(claim: dict[str, Any]) -> str:
    if claim["value"] is None:
        return f"{claim['low']:,g}–{claim['high']:,g}"
    suffix = {"percent": " %", "per_day": " a day"}.get(claim["unit"], "")
    return f"{claim['value']:,g}{suffix}" + (" (vague)" if claim["vague"] else "")


def _period(start: str | None, end: str | None) -> str:
    return "" if not (start or end) else f"{start or '…'} – {end or '…'}"
