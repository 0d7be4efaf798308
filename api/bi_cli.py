"""`crm bi`: read-only PostgreSQL logins for BI tools (Metabase, Superset, Power BI, Tableau …)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar
from urllib.parse import urlsplit

import asyncpg
import typer
from rich.console import Console

from api.settings import get_settings
from domain.analytics import roles
from domain.analytics.views import SCHEMA
from domain.errors import DomainError

bi_app = typer.Typer(
    help="Read-only SQL logins for BI tools on the `analytics` schema.", rich_markup_mode=None
)
console = Console()
T = TypeVar("T")


def _database_url() -> str:
    url = get_settings().database_url
    if not url:
        console.print("[red]DATABASE_URL must be set.[/red]")
        raise typer.Exit(2)
    return url


def _run(database_url: str, action: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
    async def run() -> T:
        conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
        try:
            return await action(conn)
        finally:
            await conn.close()

    try:
        return asyncio.run(run())
    except DomainError as error:
        console.print(f"[red]error ({error.code}, {error.field}): {error.message}[/red]")
        raise typer.Exit(1) from None


def connection_details(database_url: str, grant: roles.Grant, host: str | None) -> list[str]:
    """The lines a BI administrator types into the tool's PostgreSQL connection form."""
    parts = urlsplit(database_url.split("?", 1)[0])
    return [
        f"host:      {host or parts.hostname or 'localhost'}",
        f"port:      {parts.port or 5432}",
        f"database:  {parts.path.lstrip('/')}",
        f"user:      {grant.name}",
        "password:  "
        + (grant.password if grant.password is not None else "(unchanged; pass --password)"),
        f"schema:    {SCHEMA}",
        f"read-only: yes; statement timeout {grant.statement_timeout_seconds} s; "
        f"connection limit {grant.connection_limit}",
    ]


@bi_app.command("grant")
def grant(
    name: Annotated[str, typer.Argument(metavar="LOGIN", help="the login to create or update")],
    password: Annotated[
        str | None,
        typer.Option(
            metavar="PASSWORD", help="login password (generated when not given for a new login)"
        ),
    ] = None,
    statement_timeout: Annotated[
        int, typer.Option(metavar="SECONDS", help="statement timeout")
    ] = 30,
    connection_limit: Annotated[
        int, typer.Option(metavar="N", help="concurrent connections, -1 = no limit")
    ] = 10,
    host: Annotated[
        str | None,
        typer.Option(metavar="HOST", help="host to print, e.g. the read replica BI tools use"),
    ] = None,
) -> None:
    """Create or update a read-only login in `crm_bi` and print its connection details.

    Example: crm bi grant metabase --host replica.internal --statement-timeout 60
    """
    database_url = _database_url()
    result = _run(
        database_url,
        lambda conn: roles.grant_login(
            conn,
            name,
            password=password,
            statement_timeout_seconds=statement_timeout,
            connection_limit=connection_limit,
        ),
    )
    console.print(("created" if result.created else "updated") + f" BI login {name}")
    for line in connection_details(database_url, result, host):
        console.print(line, markup=False, highlight=False)


@bi_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(metavar="LOGIN")]) -> None:
    """Drop a BI login created by `crm bi grant`.

    Example: crm bi revoke metabase
    """
    _run(_database_url(), lambda conn: roles.revoke_login(conn, name))
    console.print(f"dropped BI login {name}")


@bi_app.command("list")
def list_logins() -> None:
    """List the BI logins.

    Example: crm bi list
    """
    for name in _run(_database_url(), roles.list_logins):
        console.print(name, markup=False, highlight=False)
