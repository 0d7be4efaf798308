"""`crm export`: a data set to CSV or Parquet from the shell, streamed, with progress."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from api.cli_support import console, require_urls
from domain.analytics.exports import ExportRequest

export_app = typer.Typer(rich_markup_mode=None)


def _allowed_personal_data(token: str | None) -> bool:
    """Personal data needs a staff token holding members:pii (or a service token)."""
    from api.auth import AuthError, principal_from_header
    from api.settings import get_settings

    if not token:
        console.print("[red]--personal-data needs --token: a staff token holding members:pii[/red]")
        raise typer.Exit(2)
    try:
        principal = principal_from_header(get_settings(), f"Bearer {token}")
    except AuthError as error:
        console.print(f"[red]token refused: {error.message}[/red]")
        raise typer.Exit(2) from None
    if principal is None or not principal.sees_personal_data:
        console.print("[red]this token may not see personal data (members:pii)[/red]")
        raise typer.Exit(2)
    return True


@export_app.command("export")
def export(
    dataset: Annotated[
        str, typer.Argument(metavar="DATASET", help="members | orders | points | events | segment")
    ],
    segment_id: Annotated[
        int | None, typer.Argument(metavar="SEGMENT_ID", help="the saved segment (segment only)")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="default: DATASET.csv")
    ] = None,
    export_format: Annotated[
        str, typer.Option("--format", metavar="csv|parquet", help="file format")
    ] = "csv",
    since: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="first business day (facts)")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", metavar="DATE", help="last business day (facts)")
    ] = None,
    personal_data: Annotated[
        bool, typer.Option("--personal-data", help="add name and phone (members:pii token)")
    ] = False,
    token: Annotated[
        str | None, typer.Option(metavar="TOKEN", help="staff token, for --personal-data")
    ] = None,
) -> None:
    """Write a data set (the rows BI tools see in the analytics views) to CSV with a byte-order
    mark, or to Parquet; personal data only with --personal-data and a members:pii token.

    Example: crm export orders --from 2026-11-01 --to 2026-11-30 --format parquet -o nov.parquet
    """
    from domain.analytics.exports import ExportFormat
    from domain.errors import DomainError

    if personal_data:
        _allowed_personal_data(token)
    try:
        chosen = ExportFormat(export_format.lower())
        window = (
            date.fromisoformat(since) if since else None,
            date.fromisoformat(until) if until else None,
        )
    except ValueError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    target = output or Path(f"{dataset}.{chosen.value}")
    request = ExportRequest(
        dataset=dataset,
        output=target,
        export_format=chosen,
        since=window[0],
        until=window[1],
        segment_id=segment_id,
        personal_data=personal_data,
    )
    try:
        written = asyncio.run(_run(request))
    except DomainError as error:
        console.print(f"[red]{error.field}: {error.message}[/red]")
        raise typer.Exit(1) from None
    console.print(f"wrote {written:,} rows to {target}")


async def _run(request: ExportRequest) -> int:
    import asyncpg
    import redis.asyncio as aioredis
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from domain import cache, db
    from domain.analytics.exports import export
    from domain.hooks_setup import register_hooks

    database_url, redis_url = require_urls()
    await db.init(database_url, pool_size=2)  # a segment's members are read through its area
    register_hooks()
    redis = aioredis.from_url(redis_url)
    cache.set_redis(redis)
    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console) as bars:
            task = bars.add_task(request.dataset, total=None)
            return await export(
                conn,
                request,
                lambda done, total: bars.update(task, completed=done, total=total),
            )
    finally:
        await conn.close()
        await redis.aclose()
        await db.close()
