"""The rasd command line. Each command parses, makes one call into its area, and renders;
one module per area, imported in the order `rasd --help` lists them."""

# isort: skip_file
import os

from rasd.cli._base import app
from rasd.cli import register  # noqa: F401  (each module adds its commands to app)
from rasd.cli import linkage  # noqa: F401
from rasd.cli import counts  # noqa: F401
from rasd.cli import claims  # noqa: F401
from rasd.cli import demo  # noqa: F401


def main() -> None:
    os.environ.setdefault("COLUMNS", "160")
    app()


__all__ = ["app", "main"]
