"""`crm analytics`: rebuild rollups over a span (backfills), drain dirty partitions, show
freshness."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Annotated, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.cli_support import console, require_urls
from domain.errors import DomainError

analytics_app = typer.Typer(
    help="Rollups behind the `analytics` views and the metrics query.", rich_markup_mode=None
)
T = TypeVar("T")


def _run(action: Callable[[], Awaitable[T]]) -> T:
    from domain import db
    from domain.hooks_setup import register_hooks

    database_url, _ = require_urls()

    async def run() -> T:
        await db.init(database_url, pool_size=4)
        register_hooks()
        try:
            return await action()
        finally:
            await db.close()

    try:
        return asyncio.run(run())
    except DomainError as error:
        _refuse(error)
        raise


def _refuse(error: DomainError) -> None:
    console.print(f"[red]error ({error.code}, {error.field}): {error.message}[/red]")
    raise typer.Exit(1) from None


def _day(text: str | None, default: date) -> date:
    if text is None:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        console.print(f"[red]not a date (YYYY-MM-DD): {text}[/red]")
        raise typer.Exit(2) from None


@analytics_app.command("rebuild")
def rebuild(
    first: Annotated[
        str, typer.Option("--from", metavar="DATE", help="first business day, YYYY-MM-DD")
    ],
    last: Annotated[
        str | None,
        typer.Option("--to", metavar="DATE", help="last business day (default: today)"),
    ] = None,
    rollup: Annotated[
        list[str] | None,
        typer.Option(metavar="ROLLUP", help="a rollup to rebuild (repeatable; default: all)"),
    ] = None,
) -> None:
    """Rebuild every partition of the chosen rollups covering --from..--to, one transaction per
    partition (a day, or a month for monthly rollups), with progress.

    Example: crm analytics rebuild --from 2026-01-01 --rollup sales_daily
    """
    from domain.analytics import refresh
    from domain.clock import business_today

    start, end = _day(first, business_today()), _day(last, business_today())
    try:
        chosen = refresh.selected(rollup)
    except DomainError as error:
        _refuse(error)
        raise

    async def action() -> dict[str, int]:
        with Progress(
            TextColumn("{task.description:<16}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bars:
            tasks = {
                r.name: bars.add_task(r.name, total=len(refresh.partitions(r, start, end)))
                for r in chosen
            }

            async def advance(name: str, part: date) -> None:
                bars.advance(tasks[name])

            report = await refresh.rebuild_range(
                start, end, rollups=[r.name for r in chosen], on_partition=advance
            )
        return report.as_dict()

    done = _run(action)
    console.print(f"rebuilt {sum(done.values())} partitions of {len(done)} rollups")


@analytics_app.command("refresh")
def refresh_dirty() -> None:
    """Rebuild every partition writers marked dirty and advance the watermarks.

    Example: crm analytics refresh
    """
    from domain.analytics import refresh
    from domain.clock import utc_now

    report = _run(lambda: refresh.refresh_dirty(now=utc_now()))
    console.print(f"rebuilt {sum(report.as_dict().values())} dirty partitions")


@analytics_app.command("reconcile")
def reconcile(
    seed: Annotated[
        int | None,
        typer.Option(metavar="N", help="seed of the sampled days (default: today's business day)"),
    ] = None,
    rollup: Annotated[
        list[str] | None,
        typer.Option(metavar="ROLLUP", help="a rollup to check (repeatable; default: all)"),
    ] = None,
) -> None:
    """Compare every rollup with plain SQL over the raw tables (grand totals, and every row of 7
    sampled partitions), record the results and print them; exits 1 on any mismatch.

    Example: crm analytics reconcile --seed 42
    """
    from domain.analytics import reconcile as checks
    from domain.clock import utc_now

    outcomes = _run(lambda: checks.reconcile(now=utc_now(), seed=seed, rollups=rollup))
    table = Table("rollup", "totals differing", "rows differing", "dirty skipped", "days")
    for o in outcomes:
        table.add_row(
            o.rollup,
            str(o.total_mismatches),
            str(o.row_mismatches),
            str(o.skipped_partitions),
            " ".join(d.isoformat() for d in o.days),
        )
    console.print(table)
    if any(o.mismatches for o in outcomes):
        raise typer.Exit(1)


@analytics_app.command("status")
def status() -> None:
    """Each rollup's watermark and dirty partitions.

    Example: crm analytics status
    """
    from domain.analytics import refresh

    rows = _run(refresh.freshness)
    table = Table("rollup", "grain", "watermark", "dirty partitions")
    for row in rows:
        table.add_row(
            row.rollup,
            "month" if row.monthly else "day",
            _moment(row.watermark),
            str(row.dirty_partitions),
        )
    console.print(table)


def _moment(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else "-"
