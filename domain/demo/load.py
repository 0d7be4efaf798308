"""Load a generated data set with COPY, table by table, reporting progress."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import asyncpg
import numpy as np

from domain.demo.generate import Dataset

Progress = Callable[[str, int, int], None]
CHUNK = 50_000
SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Zhao",
    "Huang",
    "Zhou",
    "Wu",
    "Xu",
    "Sun",
    "Hu",
    "Zhu",
    "Gao",
    "Lin",
    "He",
    "Guo",
    "Ma",
    "Luo",
]
GIVEN = [
    "Wei",
    "Fang",
    "Na",
    "Min",
    "Jing",
    "Li",
    "Qiang",
    "Lei",
    "Jun",
    "Yang",
    "Yong",
    "Yan",
    "Jie",
    "Tao",
    "Ming",
    "Chao",
    "Xiu",
    "Xia",
    "Ping",
    "Hui",
    "Ling",
    "Hao",
    "Yu",
    "Xin",
]
EVENT_NAMES = {
    "view_item": {"item_id": {"type": "integer"}},
    "add_to_cart": {"item_id": {"type": "integer"}},
    "pay_order": {},
    "sign_in": {},
}
TABLES = (
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


def _ts(values: np.ndarray) -> list[datetime]:
    return [datetime.fromtimestamp(float(v), UTC) for v in values]


def _rows(data: Dataset) -> dict[str, tuple[list[str], Iterable[Sequence[Any]], int]]:
    """(columns, records, count) per table."""
    now = data.end
    s, b, c, i, m = data.stores, data.brands, data.categories, data.items, data.members
    ids, o, li, e = data.identities, data.orders, data.lines, data.events
    n = len(m["id"])
    store_codes = np.concatenate([[None], s["code"]]).astype(object)
    item_codes, item_cat, item_brand = i["code"], i["category_id"], i["brand_id"]
    names = [f"{SURNAMES[k % len(SURNAMES)]} {GIVEN[(k * 7) % len(GIVEN)]}" for k in range(n)]
    return {
        "stores": (
            ["id", "code", "name", "region", "city", "updated_at"],
            zip(
                s["id"].tolist(),
                s["code"],
                s["name"],
                s["region"],
                s["city"],
                [now] * len(s["id"]),
                strict=True,
            ),
            len(s["id"]),
        ),
        "brands": (
            ["id", "code", "name"],
            zip(b["id"].tolist(), b["code"], b["name"], strict=True),
            len(b["id"]),
        ),
        "categories": (
            ["id", "code", "name", "parent_id"],
            zip(
                c["id"].tolist(),
                c["code"],
                c["name"],
                [p or None for p in c["parent_id"].tolist()],
                strict=True,
            ),
            len(c["id"]),
        ),
        "items": (
            [
                "id",
                "code",
                "name",
                "category_id",
                "brand_id",
                "price_cents",
                "attributes",
                "on_sale",
                "updated_at",
            ],
            zip(
                i["id"].tolist(),
                i["code"],
                i["name"],
                item_cat.tolist(),
                item_brand.tolist(),
                i["price_cents"].tolist(),
                ["{}"] * len(i["id"]),
                [True] * len(i["id"]),
                [now] * len(i["id"]),
                strict=True,
            ),
            len(i["id"]),
        ),
        "members": (
            [
                "id",
                "status",
                "name",
                "gender",
                "birthday",
                "region",
                "city",
                "consent_sms",
                "consent_push",
                "channel",
                "source_scene",
                "registered_at",
                "profile_updated_at",
            ],
            zip(
                m["id"].tolist(),
                ["ACTIVE"] * n,
                names,
                m["gender"],
                m["birthday"],
                m["region"],
                m["city"],
                m["consent_sms"].tolist(),
                m["consent_push"].tolist(),
                m["channel"],
                ["demo"] * n,
                _ts(m["registered_at"]),
                _ts(m["registered_at"]),
                strict=True,
            ),
            n,
        ),
        "member_identities": (
            ["member_id", "kind", "namespace", "value", "created_at"],
            zip(
                ids["member_id"].tolist(),
                ids["kind"],
                ids["namespace"],
                ids["value"],
                [now] * len(ids["value"]),
                strict=True,
            ),
            len(ids["value"]),
        ),
        "orders": (
            [
                "id",
                "channel",
                "external_no",
                "member_id",
                "identity_namespace",
                "store_code",
                "status",
                "total_cents",
                "refunded_cents",
                "coupon_used",
                "paid_at",
                "created_at",
            ],
            zip(
                o["id"].tolist(),
                o["channel"],
                [f"D{k:09d}" for k in o["id"]],
                o["member_id"].tolist(),
                [""] * len(o["id"]),
                store_codes[o["store_id"]],
                ["PAID"] * len(o["id"]),
                o["total_cents"].tolist(),
                [0] * len(o["id"]),
                o["coupon_used"].tolist(),
                _ts(o["paid_at"]),
                _ts(o["paid_at"]),
                strict=True,
            ),
            len(o["id"]),
        ),
        "order_lines": (
            [
                "order_id",
                "line_no",
                "item_id",
                "item_code",
                "category_id",
                "brand_id",
                "quantity",
                "unit_price_cents",
                "amount_cents",
                "refunded_quantity",
                "refunded_cents",
            ],
            zip(
                li["order_id"].tolist(),
                li["line_no"].tolist(),
                li["item_id"].tolist(),
                item_codes[li["item_id"] - 1],
                item_cat[li["item_id"] - 1].tolist(),
                item_brand[li["item_id"] - 1].tolist(),
                li["quantity"].tolist(),
                li["unit_price_cents"].tolist(),
                li["amount_cents"].tolist(),
                [0] * len(li["order_id"]),
                [0] * len(li["order_id"]),
                strict=True,
            ),
            len(li["order_id"]),
        ),
        "events": (
            ["id", "event_id", "name", "occurred_at", "member_id", "properties", "received_at"],
            zip(
                e["id"].tolist(),
                [f"demo-{k}" for k in e["id"]],
                e["name"],
                _ts(e["occurred_at"]),
                e["member_id"].tolist(),
                [f'{{"item_id": {k}}}' if k else "{}" for k in e["item_id"].tolist()],
                [now] * len(e["id"]),
                strict=True,
            ),
            len(e["id"]),
        ),
    }


async def load(
    conn: asyncpg.Connection, data: Dataset, progress: Progress | None = None
) -> dict[str, tuple[int, float]]:
    """COPY every table in dependency order; returns (rows, seconds) per table. The tables
    must be empty (ids are the generator's)."""
    timings: dict[str, tuple[int, float]] = {}
    for table, (columns, records, total) in _rows(data).items():
        started = time.perf_counter()
        done = 0
        batch: list[Sequence[Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= CHUNK:
                await conn.copy_records_to_table(table, records=batch, columns=columns)
                done += len(batch)
                batch = []
                if progress:
                    progress(table, done, total)
        if batch:
            await conn.copy_records_to_table(table, records=batch, columns=columns)
            done += len(batch)
        if progress:
            progress(table, done, total)
        timings[table] = (done, time.perf_counter() - started)
    started = time.perf_counter()
    await _finish(conn)
    timings["member_stats"] = (len(data.members["id"]), time.perf_counter() - started)
    return timings


async def _finish(conn: asyncpg.Connection) -> None:
    """Event definitions, per-member statistics, and sequences past the copied ids."""
    for name, schema in EVENT_NAMES.items():
        await conn.execute(
            "INSERT INTO event_definitions (name, description, properties_schema, active) "
            "VALUES ($1, $2, $3::jsonb, true) ON CONFLICT (name) DO NOTHING",
            name,
            f"{name.replace('_', ' ')} (demo)",
            __import__("json").dumps(schema),
        )
    await conn.execute(
        """INSERT INTO member_stats (member_id, first_order_at, last_order_at, order_count,
                                     total_spend_cents, refunded_cents, category_spend, updated_at)
           SELECT o.member_id, min(o.paid_at), max(o.paid_at), count(*),
                  sum(o.total_cents - o.refunded_cents), sum(o.refunded_cents),
                  COALESCE(cs.spend, '{}'::jsonb), now()
             FROM orders o
             LEFT JOIN (SELECT member_id, jsonb_object_agg(category_id::text, cents) AS spend
                          FROM (SELECT o2.member_id, l.category_id,
                                       sum(l.amount_cents - l.refunded_cents) AS cents
                                  FROM order_lines l JOIN orders o2 ON o2.id = l.order_id
                                 WHERE l.category_id IS NOT NULL
                                 GROUP BY 1, 2) x GROUP BY member_id) cs
               ON cs.member_id = o.member_id
            WHERE o.member_id IS NOT NULL
            GROUP BY o.member_id, cs.spend
        ON CONFLICT (member_id) DO NOTHING"""
    )
    for table in (*TABLES, "event_definitions"):
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT COALESCE(max(id), 0) FROM {table}), 1))"
        )
    await conn.execute("ANALYZE")


async def truncate(conn: asyncpg.Connection) -> None:
    """Empty every data table (keeps the migrations' bookkeeping)."""
    rows = await conn.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    if rows:
        names = ", ".join(f'"{r["tablename"]}"' for r in rows)
        await conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
