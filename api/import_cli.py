"""`crm import`: members, orders or items from CSV; every rejected row reported with its line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from api.cli_support import console, require_urls

if TYPE_CHECKING:
    from domain.csvio import ImportReport

import_app = typer.Typer(help="Load CSV files; every rejected row is reported with its line.")


def _print_report(report: ImportReport, what: str) -> None:
    from rich.table import Table

    rejected = report.rejected
    console.print(
        f"{what}: loaded {report.loaded}, unchanged {report.unchanged}, "
        f"rejected {len({row.line for row in rejected})}"
    )
    if rejected:
        table = Table("line", "column", "reason")
        for row in rejected:
            table.add_row(str(row.line), row.field, row.reason)
        console.print(table)


def _run_import(path: Path, what: str) -> None:
    from domain import db
    from domain.errors import DomainError
    from domain.hooks_setup import register_hooks

    database_url, _ = require_urls()

    async def run() -> ImportReport:
        await db.init(database_url, pool_size=4)
        register_hooks()
        try:
            if what == "members":
                from domain.members.csv_import import import_members

                return await import_members(path)
            if what == "orders":
                from domain.orders.csv_import import import_orders

                return await import_orders(path)
            from domain.catalog.csv_import import import_items

            return await import_items(path)
        finally:
            await db.close()

    try:
        report = asyncio.run(run())
    except DomainError as error:
        console.print(f"[red]{error.field}: {error.message}[/red]")
        raise typer.Exit(1) from None
    _print_report(report, what)
    if report.rejected:
        raise typer.Exit(1)


@import_app.command("members")
def import_members(path: Path) -> None:
    """Members: phone (required), name, gender, birthday, city, region, channel, consents,
    card_no, unionid. A known person is recognised, not duplicated."""
    _run_import(path, "members")


@import_app.command("orders")
def import_orders(path: Path) -> None:
    """Orders: one row per line (channel, external_no, paid_at, item_code, quantity,
    unit_price_cents; optional amount_cents, phone, store_code); an order loads whole or
    not at all."""
    _run_import(path, "orders")


@import_app.command("items")
def import_items(path: Path) -> None:
    """Items: code, name, price_cents; optional category_code, brand_code, on_sale, attributes."""
    _run_import(path, "items")
