"""The synthetic world and the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli._base import Actor, Json, actor_name, app, print_json, stdout, steps
from rasd.cli.claims import claims_check, import_doc_command
from rasd.cli.counts import report_command, stats_command
from rasd.cli.linkage import print_link, victims_command
from rasd.cli.register import print_import, records, sources
from rasd.errors import InputError
from rasd.register import Register, import_list, load_mapping, verify_audit
from rasd.synth import synthesize


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="The folder to write the world into.")],
    victims: Annotated[int, typer.Option(min=1, help="How many people were killed.")] = 2000,
    seed: Annotated[int, typer.Option(help="Same seed, same bytes.")] = 1,
    as_json: Json = False,
) -> None:
    """A synthetic documentation world with known truth: lists, mappings and the truth."""
    with steps() as progress:
        world = synthesize(out, victims=victims, seed=seed, progress=progress)
    if as_json:
        print_json(world.to_dict())
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
    report_dir: Annotated[Path, typer.Option("--report", help="Where to write the report.")]
    = Path("rasd-demo-report"),
    actor: Actor = None,
) -> None:
    """Import the bundled example lists, link them into victims, count, read and check the
    example documents' claims, and end by writing the report."""
    from rasd.linkage import link

    folder = examples or _examples_folder()
    register, done = Register.init(db, actor=actor_name(actor))
    stdout.print(f"register {register.url}: {done}")
    try:
        for mapping_file in sorted(folder.glob("*.yaml")):
            lists = [path for path in sorted(folder.glob(mapping_file.stem + ".*"))
                     if path.suffix in (".csv", ".tsv", ".xlsx", ".json", ".jsonl")]
            for list_file in lists:
                result = import_list(register, list_file, actor=actor_name(actor),
                                     mapping=load_mapping(mapping_file))
                stdout.print(f"{list_file.name}: ", end="")
                print_import(result)
        print_link(link(register, actor=actor_name(actor)))
        report = verify_audit(register)
    finally:
        register.close()
    sources(db=db, as_json=False)
    records(source=None, withdrawn=False, limit=10, offset=0, db=db, as_json=False)
    victims_command(limit=10, offset=0, db=db, as_json=False)
    stdout.print(f"audit chain: {'intact' if report.ok else 'BROKEN'}, {report.entries} entries")
    stats_command(since=None, until=None, by="perpetrator", where=None, db=db, as_json=False)
    for document in sorted((folder / "documents").glob("*.txt")):
        import_doc_command(file=document, source=None, db=db, actor=actor, as_json=False)
    claims_check(files=None, db=db, as_json=False)
    report_command(out=report_dir, pdf=False, since=None, until=None, title=None, lang="en",
                   method="lcmcr", db=db, as_json=False)


def _examples_folder() -> Path:
    for folder in (Path("examples"), Path(__file__).resolve().parents[2] / "examples"):
        if folder.is_dir():
            return folder
    raise InputError("no examples folder here; give --examples DIR", field="--examples")
