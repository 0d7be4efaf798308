"""Load a generated data set into PostgreSQL with COPY, in dependency order and in chunks.

Ids come from the data set, so the tables must hold no rows with those ids (the caller decides
whether to empty them first); sequences are moved past the copied ids afterwards so the ORM can
insert on top. Everything runs in one transaction: a failed load leaves nothing behind.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import asyncpg
import numpy as np

from domain.clock import business_zone
from domain.demo.generate import Dataset
from domain.demo.vocabulary import EVENT_DEFINITIONS
from domain.orders import stats as order_stats

Progress = Callable[[str, int, int], None]
"""progress(table, rows_done, rows_total)"""

CHUNK_ROWS = 50_000
COPY_ORDER = (
    "stores",
    "brands",
    "categories",
    "items",
    "members",
    "member_identities",
    "orders",
    "order_lines",
    "events",
)
SEQUENCED = (*COPY_ORDER, "event_definitions")


def _columns(data: Dataset) -> dict[str, dict[str, Any]]:
    """Database column -> array (or one value for every row), per table. Every NOT NULL column
    is given: the migrations define no database defaults."""
    now = data.end
    t = data.tables
    orders = t["orders"]
    return {
        "stores": {**_pick(t["stores"], "id code name region city"), "updated_at": now},
        "brands": _pick(t["brands"], "id code name"),
        "categories": {
            **_pick(t["categories"], "id code name"),
            "parent_id": np.where(  # type: ignore[call-overload]  # None makes an object array
                t["categories"]["parent_id"] > 0, t["categories"]["parent_id"], None
            ),
        },
        "items": {
            **_pick(t["items"], "id code name category_id brand_id price_cents"),
            "attributes": "{}",
            "on_sale": True,
            "updated_at": now,
        },
        "members": {
            **_pick(
                t["members"],
                "id name gender birthday region city consent_sms consent_push channel "
                "registered_at",
            ),
            "status": "ACTIVE",
            "profile_updated_at": t["members"]["registered_at"],
        },
        "member_identities": _pick(
            t["member_identities"], "id member_id kind namespace value created_at"
        ),
        "orders": {
            **_pick(orders, "id channel external_no member_id store_code total_cents coupon_used"),
            "identity_namespace": "",
            "status": "PAID",
            "refunded_cents": 0,
            "paid_at": orders["paid_at"],
            "created_at": orders["paid_at"],
        },
        "order_lines": {
            **_pick(
                t["order_lines"],
                "id order_id line_no item_id item_code category_id brand_id quantity "
                "unit_price_cents amount_cents",
            ),
            "refunded_quantity": 0,
            "refunded_cents": 0,
            "business_day": _business_days(orders["paid_at"][t["order_lines"]["order_id"] - 1]),
        },
        "events": {
            **_pick(t["events"], "id event_id name member_id properties occurred_at"),
            "received_at": t["events"]["occurred_at"],
        },
    }


def _business_days(seconds: np.ndarray) -> np.ndarray:
    """The business day of each instant (epoch seconds), by the zone's offset at each hour."""
    zone = business_zone()
    hours, at = np.unique(np.floor(seconds / 3600).astype(np.int64), return_inverse=True)
    offsets = np.array(
        [_offset_seconds(datetime.fromtimestamp(int(h) * 3600, zone)) for h in hours]
    )
    days: np.ndarray = np.floor((seconds + offsets[at]) / 86400).astype(np.int64)
    return days.astype("datetime64[D]")


def _offset_seconds(moment: datetime) -> float:
    offset = moment.utcoffset()
    return offset.total_seconds() if offset is not None else 0.0


def _pick(table: dict[str, np.ndarray], names: str) -> dict[str, np.ndarray]:
    return {name: table[name] for name in names.split()}


def _values(column: str, values: Any, start: int, stop: int) -> list[Any]:
    """Python values asyncpg can encode for rows [start, stop) of one column."""
    if not isinstance(values, np.ndarray):
        return [values] * (stop - start)
    part = values[start:stop]
    if column.endswith("_at"):
        micros = np.round(part * 1e6).astype(np.int64).astype("datetime64[us]")
        return [moment.replace(tzinfo=UTC) for moment in micros.tolist()]
    result: list[Any] = part.tolist()
    return result


async def _copy_table(
    conn: asyncpg.Connection, table: str, columns: dict[str, Any], progress: Progress | None
) -> int:
    """One COPY per table fed by a generator, so building the next chunk of rows in Python
    overlaps with the server storing the previous one."""
    total = next(len(v) for v in columns.values() if isinstance(v, np.ndarray))

    async def records() -> AsyncIterator[tuple[Any, ...]]:
        for start in range(0, total, CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, total)
            lists = [_values(name, values, start, stop) for name, values in columns.items()]
            for record in zip(*lists, strict=True):
                yield record
            if progress:
                progress(table, stop, total)

    if total:
        await conn.copy_records_to_table(table, records=records(), columns=list(columns))
    elif progress:
        progress(table, 0, 0)
    return total


async def _event_definitions(conn: asyncpg.Connection) -> int:
    """The event names the data uses, unless staff already defined them."""
    await conn.executemany(
        "INSERT INTO event_definitions (name, description, properties_schema, active) "
        "VALUES ($1, $2, $3::jsonb, true) ON CONFLICT (name) DO NOTHING",
        [
            (name, f"{name.replace('_', ' ')} (demo data)", json.dumps(schema))
            for name, schema in EVENT_DEFINITIONS.items()
        ],
    )
    return len(EVENT_DEFINITIONS)


async def _member_stats(conn: asyncpg.Connection) -> int:
    """Per-member statistics from the copied orders, computed by the orders area."""
    status = await conn.execute(order_stats.refresh_all_sql())
    return int(status.rsplit(" ", 1)[-1])


async def _advance_sequences(conn: asyncpg.Connection) -> None:
    for table in SEQUENCED:
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(max(id), 0) + 1 FROM {table}), false)"
        )


async def load(
    target: asyncpg.Connection | str, data: Dataset, progress: Progress | None = None
) -> dict[str, tuple[int, float]]:
    """COPY a data set table by table in one transaction; returns (rows, seconds) per table."""
    if isinstance(target, str):
        conn = await asyncpg.connect(target.replace("postgres://", "postgresql://", 1))
        try:
            return await load(conn, data, progress)
        finally:
            await conn.close()
    timings: dict[str, tuple[int, float]] = {}
    async with target.transaction():
        for table, columns in _columns(data).items():
            started = time.perf_counter()
            rows = await _copy_table(target, table, columns, progress)
            timings[table] = (rows, time.perf_counter() - started)
        for table, step in (
            ("event_definitions", _event_definitions),
            ("member_stats", _member_stats),
        ):
            started = time.perf_counter()
            rows = await step(target)
            if progress:
                progress(table, rows, rows)
            timings[table] = (rows, time.perf_counter() - started)
        await _advance_sequences(target)
    await target.execute(f"ANALYZE {', '.join((*SEQUENCED, 'member_stats'))}")
    return timings
