"""`crm schema`: the GraphQL schema as clients see it, checked in as schema.graphql."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

SDL_PATH = Path(__file__).resolve().parent.parent / "schema.graphql"

schema_app = typer.Typer(
    help="The GraphQL schema (SDL) that clients generate code from.", rich_markup_mode=None
)


def current_sdl() -> str:
    """The SDL of the schema this code serves."""
    from schema.build import build_schema
    from schema.sdl import print_sdl

    return print_sdl(build_schema())


@schema_app.command("export")
def export(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="FILE", help="where to write it; - for standard output"
        ),
    ] = SDL_PATH,
    check: Annotated[
        bool,
        typer.Option("--check", help="write nothing; exit 1 when the file differs from the code"),
    ] = False,
) -> None:
    """Print the schema as SDL to schema.graphql at the repository root (or --output).

    Example: crm schema export --check
    """
    text = current_sdl()
    if str(output) == "-":
        typer.echo(text, nl=False)
        return
    if check:
        if not output.exists() or output.read_text(encoding="utf-8") != text:
            typer.echo(f"{output} is out of date: run `crm schema export`", err=True)
            raise typer.Exit(1)
        typer.echo(f"{output} is up to date")
        return
    output.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {output} ({len(text.splitlines())} lines)")
