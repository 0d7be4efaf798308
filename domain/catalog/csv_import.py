"""`crm import items FILE.csv`: code, name, price_cents; optional category_code, brand_code,
on_sale, attributes."""

from __future__ import annotations

from pathlib import Path

import orjson

from domain.catalog import service as catalog_service
from domain.csvio import ImportReport, RejectedRow, parse_bool, parse_int, read_rows
from domain.errors import DomainError

REQUIRED = {"code", "name", "price_cents"}
BATCH = 500
_COLUMNS = {
    "priceCents": "price_cents",
    "categoryCode": "category_code",
    "brandCode": "brand_code",
    "attributes": "attributes",
    "code": "code",
    "name": "name",
}


def _item(row: dict[str, str]) -> catalog_service.ItemInput:
    try:
        attributes = orjson.loads(row["attributes"]) if row.get("attributes") else {}
    except orjson.JSONDecodeError:
        raise DomainError("attributes is not JSON.", field="attributes") from None
    return catalog_service.ItemInput(
        code=row["code"],
        name=row["name"],
        price_cents=parse_int(row["price_cents"], "price_cents", minimum=0),
        category_code=row.get("category_code") or None,
        brand_code=row.get("brand_code") or None,
        on_sale=parse_bool(row.get("on_sale") or "yes", "on_sale"),
        attributes=attributes,
    )


async def import_items(path: Path) -> ImportReport:
    """Load items in batches; a row that fails (alone) is reported with its line and column,
    and nothing of it is loaded."""
    report = ImportReport()
    pending: list[tuple[int, catalog_service.ItemInput]] = []
    for line, row in read_rows(path, REQUIRED):
        try:
            pending.append((line, _item(row)))
        except DomainError as error:
            report.rejected.append(RejectedRow(line, error.field or "", error.message))
        if len(pending) >= BATCH:
            await _flush(pending, report)
    await _flush(pending, report)
    report.rejected.sort(key=lambda r: r.line)
    return report


async def _flush(
    pending: list[tuple[int, catalog_service.ItemInput]], report: ImportReport
) -> None:
    """Write a batch; when it is refused, write its rows one by one to find the bad ones."""
    if not pending:
        return
    try:
        await catalog_service.upsert_items([item for _, item in pending])
        report.loaded += len(pending)
    except DomainError:
        for line, item in pending:
            try:
                await catalog_service.upsert_items([item])
                report.loaded += 1
            except DomainError as error:
                column = (error.field or "").split(".", 1)[-1]
                report.rejected.append(
                    RejectedRow(line, _COLUMNS.get(column, column), error.message)
                )
    pending.clear()
