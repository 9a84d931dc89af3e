"""What every command shares: the app, its consoles, options and error handling."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from typer.core import TyperGroup

from rasd.errors import InputError, RasdError
from rasd.register import Register

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


class _Group(TyperGroup):
    """Turns rasd's errors into a message on stderr and the exit code design.md gives."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            print_error(error)
            raise typer.Exit(2) from None
        except RasdError as error:
            print_error(error)
            raise typer.Exit(1) from None


def print_error(error: Exception) -> None:
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


def actor_name(actor: str | None) -> str:
    return actor or getpass.getuser()


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def open_register(db: str | None) -> Iterator[Register]:
    register = Register.open(db)
    try:
        yield register
    finally:
        register.close()


@contextmanager
def steps() -> Iterator[Any]:
    with Progress(*Progress.get_default_columns(), console=stderr, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        yield update
