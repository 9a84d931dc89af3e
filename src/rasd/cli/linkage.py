"""Commands on victims: link records, adopt a linkage, review pairs, read and export victims.

rasd.linkage is imported inside the commands: it brings Splink, DuckDB and pyarrow, which every
other command (an import of a million rows among them) would pay to load.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from rasd.cli._base import (
    Actor,
    Db,
    Json,
    actor_name,
    app,
    export_app,
    import_app,
    open_register,
    print_json,
    review_app,
    stdout,
    steps,
    victim_app,
)
from rasd.errors import InputError

if TYPE_CHECKING:
    from rasd.linkage import LinkResult


@import_app.command("links")
def import_links_command(
    file: Annotated[Path, typer.Argument(help="csv source,record_key,victim_id, as "
                                              "`rasd export links` writes it.")],
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Adopt a linkage made elsewhere as the victims; records it does not list stay alone."""
    from rasd.linkage import adopt_links

    with open_register(db) as register:
        result = adopt_links(register, file, actor=actor_name(actor))
    if as_json:
        print_json(result.to_dict())
    else:
        print_link(result)

@app.command("link")
def link_command(
    backend: Annotated[str, typer.Option(help="Where pairs are scored: duckdb or spark.")]
    = "duckdb",
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Link every current record into victims, obeying every review decision."""
    from rasd.linkage import link

    with open_register(db) as register, steps() as progress:
        result = link(register, actor=actor_name(actor), backend=backend, progress=progress)
    if as_json:
        print_json(result.to_dict())
    else:
        print_link(result)

def print_link(result: LinkResult) -> None:
    stdout.print(
        f"link run {result.run_id} ({result.backend}): {result.records} records into "
        f"{result.victims} victims; about {result.pairs_compared} pairs compared, "
        f"{result.pairs_linked} likely, {result.review_pairs} "
        f"to review; ids: {result.kept} kept, {result.created} new, {result.merged} merged, "
        f"{result.split} split, {result.retired} retired; {result.decisions_obeyed} decisions "
        "obeyed")
    stdout.print("records per victim: " + ", ".join(
        f"{size}: {count}" for size, count in result.cluster_sizes.items()))


@review_app.callback()
def review(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="At most this many pairs.")] = 20,
    db: Db = None, as_json: Json = False,
) -> None:
    """The pairs the last link run was unsure of, most uncertain first, side by side."""
    if ctx.invoked_subcommand is not None:
        return
    from rasd.linkage import pairs_for_review

    with open_register(db) as register:
        pairs = pairs_for_review(register, limit=limit or None)
    if as_json:
        print_json([pair.to_dict() for pair in pairs])
        return
    for pair in pairs:
        table = Table("field", pair.a, pair.b,
                      title=f"p = {pair.probability:.3f} (weight {pair.weight:+.1f})",
                      title_justify="left")
        for name in pair.record_a:
            left, right = pair.record_a[name], pair.record_b.get(name)
            if left not in (None, "unknown", False) or right not in (None, "unknown", False):
                table.add_row(name, "" if left is None else str(left),
                              "" if right is None else str(right))
        stdout.print(table)
        stdout.print("evidence: " + ", ".join(
            f"{name} {weight:+.1f}" for name, weight in pair.weights.items()
            if weight is not None))
    if not pairs:
        stdout.print("nothing to review")


@review_app.command("decide")
def review_decide(
    a: Annotated[str, typer.Argument(help="A record: SOURCE:KEY or a record id.")],
    b: Annotated[str, typer.Argument(help="The other record.")],
    same: Annotated[bool | None, typer.Option(
        "--same/--different", help="The same person, or two people.")] = None,
    note: Annotated[str | None, typer.Option(help="Why, for the audit log.")] = None,
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Decide that two records are the same person or two people; every later link obeys."""
    from rasd.linkage import decide

    if same is None:
        raise InputError("say --same or --different", field="--same/--different")
    with open_register(db) as register:
        decision = decide(register, a, b, same=same, actor=actor_name(actor), note=note)
    if as_json:
        print_json({"decision": decision, "a": a, "b": b, "same": same})
    else:
        stdout.print(f"decision {decision}: {a} and {b} are "
                     f"{'the same person' if same else 'two people'}")


@app.command("victims")
def victims_command(
    limit: Annotated[int, typer.Option(help="At most this many; 0 for all.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    db: Db = None, as_json: Json = False,
) -> None:
    """The victims: one row per person, with how many records and sources name them."""
    from rasd.linkage import list_victims

    with open_register(db) as register:
        found = list_victims(register, limit=limit or None, offset=offset)
    if as_json:
        print_json([victim.to_dict() for victim in found])
        return
    table = Table("id", "records", "sources", "name", "date of death", "place")
    for victim in found:
        table.add_row(str(victim.id), str(victim.records), ", ".join(victim.sources),
                      victim.name or "", victim.date_of_death or "", victim.place or "")
    stdout.print(table)


@victim_app.command("show")
def victim_show(
    victim: Annotated[int, typer.Argument(help="The victim id.")],
    db: Db = None, as_json: Json = False,
) -> None:
    """One victim: its records, its resolved fields, and where its records disagree."""
    from rasd.linkage import victim_detail

    with open_register(db) as register:
        detail = victim_detail(register, victim)
    if as_json:
        print_json(detail.to_dict())
        return
    if detail.merged_into is not None:
        stdout.print(f"victim {detail.id} was merged into victim {detail.merged_into}")
    table = Table("field", "value", "records disagree", title=f"victim {detail.id} "
                  f"({detail.status}, {len(detail.records)} records)", title_justify="left")
    for name, value in detail.fields.items():
        table.add_row(name, "" if value is None else str(value),
                      " / ".join(map(str, detail.disagreements.get(name, []))))
    stdout.print(table)
    records = Table("source", "key", "name", "sex", "age", "date of death", "place")
    for record in detail.records:
        fields = record.fields
        records.add_row(record.source, record.record_key, str(
            fields["name_ar"] or fields["name_latin"] or fields["full_name"] or ""),
            str(fields["sex"]), str(fields["age"] or ""), str(fields["date_of_death"] or ""),
            str(fields["locality"] or fields["governorate"] or ""))
    stdout.print(records)


@export_app.command("links")
def export_links_command(
    out: Annotated[Path, typer.Option(help="The csv file to write.")],
    db: Db = None, as_json: Json = False,
) -> None:
    """Write source,record_key,victim_id for every linked record."""
    from rasd.linkage import export_links

    with open_register(db) as register:
        rows = export_links(register, out)
    if as_json:
        print_json({"file": str(out), "rows": rows})
    else:
        stdout.print(f"{rows} links written to {out}")
