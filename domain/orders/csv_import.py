"""`crm import orders FILE.csv`: one row per order line, grouped by (channel, external_no)."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby
from pathlib import Path

from domain import jobs
from domain.csvio import AUTO, ImportReport, RejectedRow, parse_int, read_rows
from domain.errors import DomainError
from domain.members.models import Channel, IdentityKind
from domain.members.rules import normalise_identity
from domain.orders import recording as orders_recording

REQUIRED = {"channel", "external_no", "paid_at", "item_code", "quantity", "unit_price_cents"}


def _order_from_rows(rows: list[tuple[int, dict[str, str]]]) -> orders_recording.OrderInput:
    first = rows[0][1]
    try:
        channel = Channel(first["channel"])
    except ValueError:
        raise DomainError(f"Unknown channel '{first['channel']}'.", field="channel") from None
    try:
        paid_at = datetime.fromisoformat(first["paid_at"])
    except ValueError:
        raise DomainError(
            f"'{first['paid_at']}' is not an ISO date-time.", field="paid_at"
        ) from None
    if paid_at.tzinfo is None:
        raise DomainError("paid_at needs a time zone offset.", field="paid_at")
    lines = [
        orders_recording.LineInput(
            item_code=row["item_code"],
            quantity=parse_int(row["quantity"], "quantity", minimum=1),
            unit_price_cents=parse_int(row["unit_price_cents"], "unit_price_cents", minimum=0),
            amount_cents=parse_int(row["amount_cents"], "amount_cents", minimum=0)
            if row.get("amount_cents")
            else None,
        )
        for _, row in rows
    ]
    identity = (
        normalise_identity(IdentityKind.PHONE, first["phone"], None, "phone")
        if first.get("phone")
        else None
    )
    return orders_recording.OrderInput(
        channel=channel,
        external_no=first["external_no"],
        paid_at=paid_at,
        lines=lines,
        identity=identity,
        store_code=first.get("store_code") or None,
    )


ORDER_COLUMNS = ("paid_at", "phone", "store_code")


def _conflict(rows: list[tuple[int, dict[str, str]]]) -> RejectedRow | None:
    """The first row of an order whose order-level cells differ from the order's first row:
    two different orders under one number, which must not be merged into one."""
    first_line, first = rows[0]
    for line, row in rows[1:]:
        for column in ORDER_COLUMNS:
            if row.get(column, "") != first.get(column, ""):
                return RejectedRow(
                    line,
                    column,
                    f"Order {first['external_no']} is already on line {first_line} "
                    f"with {column} '{first.get(column, '')}'.",
                )
    return None


async def import_orders(path: Path, *, encoding: str = AUTO) -> ImportReport:
    """Validate and record each order (all its rows, or none of them); re-importing a file
    changes nothing (orders are idempotent on channel and external number). Rows of one order
    number that disagree on its time, member or store reject the whole order."""
    report = ImportReport()
    rows = list(read_rows(path, REQUIRED, report, encoding=encoding))
    keyed = sorted(rows, key=lambda r: (r[1]["channel"], r[1]["external_no"], r[0]))
    for _, group in groupby(keyed, key=lambda r: (r[1]["channel"], r[1]["external_no"])):
        order_rows = list(group)
        conflict = _conflict(order_rows)
        if conflict is not None:
            report.rejected.append(conflict)
            continue
        try:
            async with jobs.deferred_scope():
                recorded = await orders_recording.record_order(_order_from_rows(order_rows))
        except DomainError as error:
            line, column = _locate(order_rows, error)
            report.rejected.append(RejectedRow(line, column, error.message))
            continue
        if recorded.created:
            report.loaded += 1
        else:
            report.unchanged += 1
    report.rejected.sort(key=lambda r: r.line)
    return report


_COLUMNS = {
    "itemCode": "item_code",
    "unitPriceCents": "unit_price_cents",
    "amountCents": "amount_cents",
    "quantity": "quantity",
    "storeCode": "store_code",
    "externalNo": "external_no",
    "memberId": "phone",
    "identity.value": "phone",
}


def _locate(rows: list[tuple[int, dict[str, str]]], error: DomainError) -> tuple[int, str]:
    """The file line and column an error points at (lines[i] is the i-th row of the order)."""
    field = error.field or ""
    line = rows[0][0]
    if field.startswith("lines[") and "]" in field:
        index = int(field[len("lines[") : field.index("]")])
        line = rows[min(index, len(rows) - 1)][0]
        field = field[field.index("]") + 2 :]
    return line, _COLUMNS.get(field, field)
