"""`crm import items FILE.csv`: columns code, name, price_cents; optional category_code,
brand_code, on_sale (default yes) and attributes (a JSON object).

Every row is checked; a bad row is reported with its line, column and reason and loads nothing,
while the good rows load in batches of 500 through the same upsert the API uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import orjson

from domain.catalog import batches as catalog_batches
from domain.catalog import upserts as catalog_upserts
from domain.csvio import AUTO, ImportReport, RejectedRow, parse_bool, parse_int, read_rows
from domain.errors import DomainError

REQUIRED_COLUMNS = {"code", "name", "price_cents"}
BATCH = catalog_batches.MAX_BATCH
# API field of an upsert error -> the CSV column it came from
COLUMN_OF = {
    "code": "code",
    "name": "name",
    "priceCents": "price_cents",
    "categoryCode": "category_code",
    "brandCode": "brand_code",
    "onSale": "on_sale",
    "attributes": "attributes",
}
_ROW_FIELD = re.compile(r"^items\[(\d+)\]\.(\w+)$")

Pending = list[tuple[int, catalog_upserts.ItemInput]]


async def import_items(path: Path, *, encoding: str = AUTO) -> ImportReport:
    """Load the good rows of an item CSV (upsert by code) and report every rejected row."""
    report = ImportReport()
    pending: Pending = []
    first_line: dict[str, int] = {}
    for line, row in read_rows(path, REQUIRED_COLUMNS, report, encoding=encoding):
        item, problems = _parse(row)
        if item is not None and item.code in first_line:
            earlier = first_line[item.code]
            problems.append(("code", f"Code '{item.code}' is already on line {earlier}."))
        if problems or item is None:
            report.rejected.extend(RejectedRow(line, column, reason) for column, reason in problems)
            continue
        if item.code:
            first_line[item.code] = line
        pending.append((line, item))
        if len(pending) >= BATCH:
            await _load(pending, report)
            pending = []
    await _load(pending, report)
    report.rejected.sort(key=lambda r: r.line)
    return report


def _parse(row: dict[str, str]) -> tuple[catalog_upserts.ItemInput | None, list[tuple[str, str]]]:
    """The item of a CSV row and the problems of its cells (every cell is checked)."""
    problems: list[tuple[str, str]] = []
    price = on_sale = attributes = None
    try:
        price = parse_int(row["price_cents"], "price_cents", minimum=0)
    except DomainError as error:
        problems.append(("price_cents", error.message))
    try:
        on_sale = parse_bool(row.get("on_sale") or "yes", "on_sale")
    except DomainError as error:
        problems.append(("on_sale", error.message))
    try:
        attributes = orjson.loads(row["attributes"]) if row.get("attributes") else {}
        if not isinstance(attributes, dict):
            problems.append(("attributes", "attributes must be a JSON object."))
    except orjson.JSONDecodeError:
        problems.append(("attributes", "attributes is not valid JSON."))
    if problems:
        return None, problems
    assert price is not None  # a price that did not parse is among the problems
    item = catalog_upserts.ItemInput(
        code=row["code"].strip(),
        name=row["name"],
        price_cents=price,
        category_code=row.get("category_code") or None,
        brand_code=row.get("brand_code") or None,
        on_sale=bool(on_sale),
        attributes=attributes,
    )
    return item, problems


async def _load(pending: Pending, report: ImportReport) -> None:
    """Upsert a batch; rows the service refuses are reported and the rest written."""
    while pending:
        try:
            await catalog_upserts.upsert_items([item for _, item in pending])
        except catalog_batches.InvalidBatch as refused:
            bad = _reject(pending, refused.errors, report)
            pending = [entry for i, entry in enumerate(pending) if i not in bad]
            continue
        report.loaded += len(pending)
        return


def _reject(pending: Pending, errors: list[DomainError], report: ImportReport) -> set[int]:
    """Report each row-level error against its line; return the positions of the bad rows."""
    bad: set[int] = set()
    for error in errors:
        match = _ROW_FIELD.match(error.field or "")
        if match is None:  # not about one row: the batch itself is wrong
            raise error
        index, name = int(match.group(1)), match.group(2)
        bad.add(index)
        column = COLUMN_OF.get(name, name)
        report.rejected.append(RejectedRow(pending[index][0], column, error.message))
    return bad
