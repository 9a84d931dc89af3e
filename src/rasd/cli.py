"""The rasd command line. Each command parses, makes one call into its area, and renders."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import DownloadColumn, Progress, TimeRemainingColumn
from rich.table import Table
from typer.core import TyperGroup

from rasd.errors import InputError, RasdError
from rasd.register import (
    ImportResult,
    Mapping,
    Register,
    audit_log,
    import_list,
    list_records,
    list_sources,
    load_mapping,
    record_history,
    verify_audit,
)
from rasd.synth import synthesize

# rasd.linkage is imported by the commands that use it: it brings Splink, DuckDB and pyarrow,
# which every other command (an import of a million rows among them) would pay to load.
if TYPE_CHECKING:
    from rasd.linkage import LinkResult

_PROGRESS_MIN_BYTES = 1 << 20
stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


class _Group(TyperGroup):
    """Turns rasd's errors into a message on stderr and the exit code design.md gives."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            _print_error(error)
            raise typer.Exit(2) from None
        except RasdError as error:
            _print_error(error)
            raise typer.Exit(1) from None


def _print_error(error: Exception) -> None:
    stderr.print("[bold red]error:[/] " + escape(str(error)), highlight=False)


app = typer.Typer(cls=_Group, no_args_is_help=True, add_completion=False,
                  help="rasd (رصد): a register of the dead of armed conflict.")
import_app = typer.Typer(no_args_is_help=True, help="Import source lists into the register.")
audit_app = typer.Typer(no_args_is_help=True, help="Check and read the audit log.")
record_app = typer.Typer(no_args_is_help=True, help="Look at one record.")
app.add_typer(import_app, name="import")
app.add_typer(audit_app, name="audit")
app.add_typer(record_app, name="record")
review_app = typer.Typer(invoke_without_command=True,
                         help="List the pairs the linker was unsure of; decide them.")
victim_app = typer.Typer(no_args_is_help=True, help="Look at one victim.")
export_app = typer.Typer(no_args_is_help=True, help="Export from the register.")
app.add_typer(review_app, name="review")
app.add_typer(victim_app, name="victim")
app.add_typer(export_app, name="export")

Db = Annotated[str | None, typer.Option(
    "--db", envvar="RASD_DB", show_envvar=True,
    help="Register URL: sqlite:///FILE or postgresql://USER@HOST:PORT/DB "
         "[default: sqlite:///rasd.db]")]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
Actor = Annotated[str | None, typer.Option(
    "--actor", envvar="RASD_USER", show_envvar=True,
    help="Who makes the change, for the audit log [default: the login name].")]


def _actor(actor: str | None) -> str:
    return actor or getpass.getuser()


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def _open(db: str | None) -> Iterator[Register]:
    register = Register.open(db)
    try:
        yield register
    finally:
        register.close()


@app.command()
def init(db: Db = None, actor: Actor = None, as_json: Json = False) -> None:
    """Create an empty register, or upgrade an older one to this version's schema."""
    register, done = Register.init(db, actor=_actor(actor))
    register.close()
    if as_json:
        _print_json({"register": register.url, "done": done})
    else:
        stdout.print(f"register {register.url}: {done}")


@import_app.command("list")
def import_list_command(
    file: Annotated[Path, typer.Argument(help="The list: csv, tsv, xlsx, json or jsonl.")],
    source: Annotated[str | None, typer.Option(
        help="Who documented it [default: the mapping's source].")] = None,
    mapping: Annotated[Path | None, typer.Option(
        help="The mapping file (YAML or JSON) saying how to read the list.")] = None,
    skip_invalid: Annotated[bool, typer.Option(
        "--skip-invalid", help="Import the valid rows; write the others to FILE.rejects.csv.")
    ] = False,
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Import one source list, all or nothing. The same file again adds nothing."""
    read_mapping = load_mapping(mapping) if mapping else Mapping()
    with _open(db) as register, _progress(file) as progress:
        result = import_list(register, file, actor=_actor(actor), source=source,
                             mapping=read_mapping, skip_invalid=skip_invalid, progress=progress)
    if as_json:
        _print_json(result.to_dict())
    else:
        _print_import(result)


@contextmanager
def _progress(file: Path) -> Iterator[Any]:
    size = file.stat().st_size if file.is_file() else 0
    if size < _PROGRESS_MIN_BYTES:
        yield None
        return
    columns = (*Progress.get_default_columns()[:-1], DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(f"reading {file.name}", total=size)
        yield lambda done: bar.update(task, completed=done)


def _print_import(result: ImportResult) -> None:
    if result.already_imported:
        stdout.print(f"{result.source}: this file (sha256 {result.file_sha256[:12]}…) was "
                     f"already imported as file {result.file_id}; nothing added")
        return
    stdout.print(
        f"{result.source}: {result.rows} rows read; {result.imported} new, {result.updated} "
        f"updated, {result.unchanged} unchanged, {result.withdrawn} withdrawn, "
        f"{result.rejected} rejected"
    )
    if result.rejects_file:
        stdout.print(f"rejected rows and reasons: {result.rejects_file}")


@app.command()
def sources(db: Db = None, as_json: Json = False) -> None:
    """The sources in the register, with their files and records."""
    with _open(db) as register:
        found = list_sources(register)
    if as_json:
        _print_json([source.to_dict() for source in found])
        return
    table = Table("source", "files", "records", "withdrawn", "versions", "since")
    for source in found:
        table.add_row(source.name, str(source.files), str(source.records),
                      str(source.withdrawn), str(source.versions), source.created_at[:10])
    stdout.print(table)


_RECORD_COLUMNS = ("full_name", "sex", "age", "date_of_death", "governorate", "locality",
                   "cause", "perpetrator")


@app.command()
def records(
    source: Annotated[str | None, typer.Option(help="Only this source's records.")] = None,
    withdrawn: Annotated[bool, typer.Option(
        "--withdrawn", help="Include records withdrawn from their source's list.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many; 0 for all.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    db: Db = None, as_json: Json = False,
) -> None:
    """The current version of each record, by source, in the order they were imported."""
    with _open(db) as register:
        found = list_records(register, source=source, include_withdrawn=withdrawn,
                             limit=limit, offset=offset)
    if as_json:
        _print_json([record.to_dict() for record in found])
        return
    table = Table("id", "source", "key", "v", *(name.replace("_", " ") for name in
                                              _RECORD_COLUMNS))
    for record in found:
        name = record.fields["full_name"] or " ".join(filter(None, (
            record.fields[part] for part in ("first_name", "father_name", "family_name"))))
        cells = [name or record.fields["name_ar"] or record.fields["name_latin"] or ""]
        cells += ["" if record.fields[f] is None else str(record.fields[f])
                  for f in _RECORD_COLUMNS[1:]]
        version = f"{record.version}{' withdrawn' if record.withdrawn else ''}"
        table.add_row(str(record.id), record.source, record.record_key, version, *cells)
    stdout.print(table)


@record_app.command("show")
def record_show(
    record: Annotated[str, typer.Argument(help="A record id, or a record key with --source.")],
    source: Annotated[str | None, typer.Option(help="The source of a record key.")] = None,
    db: Db = None, as_json: Json = False,
) -> None:
    """Every version of one record, oldest first, with its raw row."""
    with _open(db) as register:
        versions = record_history(register, record, source=source)
    if as_json:
        _print_json([version.to_dict() for version in versions])
        return
    for version in versions:
        state = "withdrawn" if version.withdrawn else "current" if version.current else "old"
        table = Table(title=f"{version.source} {version.record_key!r} version "
                      f"{version.version} ({state}; id {version.id}; audit #{version.audit_seq})",
                      title_justify="left", show_header=False)
        table.add_row("file", f"{version.file_name} (file {version.file_id}), "
                      f"row {version.row_number}")
        for name, value in version.fields.items():
            if value is not None:
                table.add_row(name, str(value))
        table.add_row("raw", json.dumps(version.raw, ensure_ascii=False))
        stdout.print(table)


@audit_app.command("verify")
def audit_verify(db: Db = None, as_json: Json = False) -> None:
    """Check that no record, original file or audit entry was changed outside rasd."""
    with _open(db) as register:
        report = verify_audit(register)
    if as_json:
        _print_json(report.to_dict())
    elif report.ok:
        stdout.print(f"audit chain intact: {report.entries} entries, {report.files} files, "
                     f"{report.records} record versions; head {report.head}")
    else:
        stderr.print(f"[bold red]audit check failed:[/] first bad entry: {report.problems[0]}")
        for problem in report.problems[1:20]:
            stderr.print(f"  {problem}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("log")
def audit_log_command(
    limit: Annotated[int, typer.Option(help="At most this many, newest first; 0 for all.")] = 50,
    db: Db = None, as_json: Json = False,
) -> None:
    """The audit log, newest entry first."""
    with _open(db) as register:
        entries = audit_log(register, limit=limit or None)
    if as_json:
        _print_json([entry.to_dict() for entry in entries])
        return
    table = Table("seq", "at", "actor", "action", "entity", "hash")
    for entry in entries:
        table.add_row(str(entry.seq), entry.at[:19], entry.actor, entry.action, entry.entity,
                      entry.hash[:12])
    stdout.print(table)


@app.command("link")
def link_command(
    backend: Annotated[str, typer.Option(help="Where pairs are scored: duckdb or spark.")]
    = "duckdb",
    db: Db = None, actor: Actor = None, as_json: Json = False,
) -> None:
    """Link every current record into victims, obeying every review decision."""
    from rasd.linkage import link

    with _open(db) as register, _steps() as progress:
        result = link(register, actor=_actor(actor), backend=backend, progress=progress)
    if as_json:
        _print_json(result.to_dict())
    else:
        _print_link(result)


@contextmanager
def _steps() -> Iterator[Any]:
    with Progress(*Progress.get_default_columns(), console=stderr, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        yield update


def _print_link(result: LinkResult) -> None:
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

    with _open(db) as register:
        pairs = pairs_for_review(register, limit=limit or None)
    if as_json:
        _print_json([pair.to_dict() for pair in pairs])
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
    with _open(db) as register:
        decision = decide(register, a, b, same=same, actor=_actor(actor), note=note)
    if as_json:
        _print_json({"decision": decision, "a": a, "b": b, "same": same})
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

    with _open(db) as register:
        found = list_victims(register, limit=limit or None, offset=offset)
    if as_json:
        _print_json([victim.to_dict() for victim in found])
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

    with _open(db) as register:
        detail = victim_detail(register, victim)
    if as_json:
        _print_json(detail.to_dict())
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

    with _open(db) as register:
        rows = export_links(register, out)
    if as_json:
        _print_json({"file": str(out), "rows": rows})
    else:
        stdout.print(f"{rows} links written to {out}")


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="The folder to write the world into.")],
    victims: Annotated[int, typer.Option(min=1, help="How many people were killed.")] = 2000,
    seed: Annotated[int, typer.Option(help="Same seed, same bytes.")] = 1,
    as_json: Json = False,
) -> None:
    """A synthetic documentation world with known truth: lists, mappings and the truth."""
    with _steps() as progress:
        world = synthesize(out, victims=victims, seed=seed, progress=progress)
    if as_json:
        _print_json(world.to_dict())
        return
    table = Table("list", "file", "records", "duplicates", "unnamed")
    for entry in world.lists:
        table.add_row(entry.name, entry.path.name, str(entry.records), str(entry.duplicates),
                      str(entry.unnamed))
    stdout.print(table)
    stdout.print(f"{world.victims} victims, {world.observed} on at least one list; truth in "
                 f"{world.truth_json}")


@app.command()
def demo(
    examples: Annotated[Path | None, typer.Option(
        help="The folder of example lists and mappings [default: ./examples].")] = None,
    db: Annotated[str, typer.Option("--db", help="Register URL for the demo.")]
    = "sqlite:///rasd-demo.db",
    actor: Actor = None,
) -> None:
    """Import the bundled example lists, link them into victims, and show what it holds."""
    from rasd.linkage import link

    folder = examples or _examples_folder()
    register, done = Register.init(db, actor=_actor(actor))
    stdout.print(f"register {register.url}: {done}")
    try:
        for mapping_file in sorted(folder.glob("*.yaml")):
            lists = [path for path in sorted(folder.glob(mapping_file.stem + ".*"))
                     if path.suffix in (".csv", ".tsv", ".xlsx", ".json", ".jsonl")]
            for list_file in lists:
                result = import_list(register, list_file, actor=_actor(actor),
                                     mapping=load_mapping(mapping_file))
                stdout.print(f"{list_file.name}: ", end="")
                _print_import(result)
        _print_link(link(register, actor=_actor(actor)))
        report = verify_audit(register)
    finally:
        register.close()
    sources(db=db, as_json=False)
    records(source=None, withdrawn=False, limit=10, offset=0, db=db, as_json=False)
    victims_command(limit=10, offset=0, db=db, as_json=False)
    stdout.print(f"audit chain: {'intact' if report.ok else 'BROKEN'}, {report.entries} entries")


def _examples_folder() -> Path:
    for folder in (Path("examples"), Path(__file__).resolve().parents[2] / "examples"):
        if folder.is_dir():
            return folder
    raise InputError("no examples folder here; give --examples DIR", field="--examples")


def main() -> None:
    os.environ.setdefault("COLUMNS", "160")
    app()


if __name__ == "__main__":
    main()
