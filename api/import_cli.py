"""`crm import`: members, orders or items from CSV; every rejected row reported with its line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.cli_support import console, require_urls

if TYPE_CHECKING:
    from domain.csvio import ImportReport

import_app = typer.Typer(
    help="Load CSV files; every rejected row is reported with its line.", rich_markup_mode=None
)


CsvFile = Annotated[
    Path,
    typer.Argument(
        metavar="FILE",
        exists=True,
        dir_okay=False,
        readable=True,
        help="the CSV file, with a header row",
    ),
]
Encoding = Annotated[
    str,
    typer.Option(
        metavar="NAME",
        help="the file's encoding, e.g. utf-8 or gbk; by default UTF-8, else GB18030 (GBK)",
    ),
]


def _print_report(report: ImportReport, what: str) -> None:
    from rich.table import Table

    rejected = report.rejected
    if report.encoding not in {"utf-8", "utf_8"}:
        console.print(f"read as {report.encoding.upper()}")
    console.print(
        f"{what}: loaded {report.loaded}, unchanged {report.unchanged}, "
        f"rejected {len({row.line for row in rejected})}"
    )
    if rejected:
        table = Table("line", "column", "reason")
        for row in rejected:
            table.add_row(str(row.line), row.field, row.reason)
        console.print(table)


def _run_import(path: Path, what: str, encoding: str) -> None:
    from domain import db
    from domain.errors import DomainError
    from domain.hooks_setup import register_hooks

    database_url, _ = require_urls()

    async def run() -> ImportReport:
        await db.init(database_url, pool_size=4)
        register_hooks()
        try:
            if what == "members":
                from domain.clock import business_today
                from domain.members.csv_import import import_members

                return await import_members(path, today=business_today(), encoding=encoding)
            if what == "orders":
                from domain.orders.csv_import import import_orders

                return await import_orders(path, encoding=encoding)
            from domain.catalog.csv_import import import_items

            return await import_items(path, encoding=encoding)
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
def import_members(path: CsvFile, encoding: Encoding = "auto") -> None:
    """Members: phone (required), name, gender, birthday, city, region, channel, consents,
    card_no, unionid. A known person is recognised, not duplicated.

    Example: crm import members members.csv --encoding gbk
    """
    _run_import(path, "members", encoding)


@import_app.command("orders")
def import_orders(path: CsvFile, encoding: Encoding = "auto") -> None:
    """Orders: one row per line (channel, external_no, paid_at, item_code, quantity,
    unit_price_cents; optional amount_cents, phone, store_code); an order loads whole or
    not at all.

    Example: crm import orders orders.csv
    """
    _run_import(path, "orders", encoding)


@import_app.command("items")
def import_items(path: CsvFile, encoding: Encoding = "auto") -> None:
    """Items: code, name, price_cents; optional category_code, brand_code, on_sale, attributes.

    Example: crm import items items.csv
    """
    _run_import(path, "items", encoding)
