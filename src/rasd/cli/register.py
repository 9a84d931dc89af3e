"""Commands on the register: create it, import lists, read sources, records and the audit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import DownloadColumn, Progress, TimeRemainingColumn
from rich.table import Table

from rasd.cli._base import (
    Actor,
    Db,
    Json,
    actor_name,
    app,
    audit_app,
    import_app,
    open_register,
    print_json,
    record_app,
    stderr,
    stdout,
)
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

_PROGRESS_MIN_BYTES = 1 << 20


@app.command()
def init(db: Db = None, actor: Actor = None, as_json: Json = False) -> None:
    """Create an empty register, or upgrade an older one to this version's schema."""
    register, done = Register.init(db, actor=actor_name(actor))
    register.close()
    if as_json:
        print_json({"register": register.url, "done": done})
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
    with open_register(db) as register, _progress(file) as progress:
        result = import_list(register, file, actor=actor_name(actor), source=source,
                             mapping=read_mapping, skip_invalid=skip_invalid, progress=progress)
    if as_json:
        print_json(result.to_dict())
    else:
        print_import(result)

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


def print_import(result: ImportResult) -> None:
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
    with open_register(db) as register:
        found = list_sources(register)
    if as_json:
        print_json([source.to_dict() for source in found])
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
    with open_register(db) as register:
        found = list_records(register, source=source, include_withdrawn=withdrawn,
                             limit=limit, offset=offset)
    if as_json:
        print_json([record.to_dict() for record in found])
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
    with open_register(db) as register:
        versions = record_history(register, record, source=source)
    if as_json:
        print_json([version.to_dict() for version in versions])
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
    with open_register(db) as register:
        report = verify_audit(register)
    if as_json:
        print_json(report.to_dict())
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
    with open_register(db) as register:
        entries = audit_log(register, limit=limit or None)
    if as_json:
        print_json([entry.to_dict() for entry in entries])
        return
    table = Table("seq", "at", "actor", "action", "entity", "hash")
    for entry in entries:
        table.add_row(str(entry.seq), entry.at[:19], entry.actor, entry.action, entry.entity,
                      entry.hash[:12])
    stdout.print(table)
