"""Recommendations: a clustered catalogue and members with planted tastes."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from domain import db, jobs
from domain.catalog.models import Brand, Category, Item
from domain.clock import business_today, utc_now
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.recs import slots as slots_service
from tests.factories.members import make_member

_numbers = itertools.count(1)


@dataclass
class Planted:
    """Items per cluster (category), members per cluster, and every item id."""

    items_by_cluster: dict[int, list[int]]
    members_by_cluster: dict[int, list[int]]
    cluster_of_item: dict[int, int]
    category_codes: dict[int, str]


async def make_items(
    clusters: int = 4, per_cluster: int = 15, price_cents: int = 5000
) -> dict[int, list[int]]:
    """One category and one brand per cluster, `per_cluster` items each; item ids per cluster."""
    found: dict[int, list[int]] = {}
    for cluster in range(clusters):
        category = await Category.create(code=f"C{cluster}", name=f"Category {cluster}")
        brand = await Brand.create(code=f"B{cluster}", name=f"Brand{cluster}")
        found[cluster] = []
        for i in range(per_cluster):
            item = await Item.create(
                code=f"SKU-{cluster}-{i}",
                name=f"Item {cluster}-{i}",
                category_id=category.id,
                brand_id=brand.id,
                price_cents=price_cents + 100 * i,
            )
            found[cluster].append(item.id)
    return found


async def insert_orders(rows: list[tuple[int, list[int], float]]) -> None:
    """Paid orders straight into the tables: (member id, item ids, days ago) each."""
    now = utc_now()
    for member_id, items, days_ago in rows:
        number = next(_numbers)
        order = await db.fetch_one(
            """
            INSERT INTO orders (channel, external_no, member_id, identity_namespace, status,
                                total_cents, refunded_cents, coupon_used, paid_at, created_at)
            VALUES ('POS', $1, $2, '', 'PAID', $3, 0, false, $4, now()) RETURNING id
            """,
            f"R-{number}",
            member_id,
            1000 * len(items),
            now - timedelta(days=days_ago),
        )
        assert order is not None
        await db.execute(
            """
            INSERT INTO order_lines (order_id, line_no, item_id, item_code, quantity,
                                     unit_price_cents, amount_cents, refunded_quantity,
                                     refunded_cents, business_day)
            SELECT $1, n, i, 'SKU', 1, 1000, 1000, 0, 0, $3
              FROM unnest($2::int[]) WITH ORDINALITY AS t(i, n)
            """,
            order["id"],
            items,
            business_today(now - timedelta(days=days_ago)),
        )


async def make_planted(
    *, clusters: int = 4, per_cluster: int = 15, members: int = 80, orders: int = 6, seed: int = 0
) -> Planted:
    """Members of cluster c buy mostly (90%) items of category c, two items per order."""
    rng = np.random.default_rng(seed)
    items = await make_items(clusters, per_cluster)
    cities = ["Shanghai", "Beijing"]
    by_cluster: dict[int, list[int]] = {c: [] for c in range(clusters)}
    rows: list[tuple[int, list[int], float]] = []
    weights = 1.0 / (1.0 + np.arange(per_cluster)) ** 0.5
    weights /= weights.sum()
    all_items = [i for c in range(clusters) for i in items[c]]
    for m in range(members):
        cluster = m % clusters
        member = await make_member(city=cities[m % 2], region="East")
        by_cluster[cluster].append(member.id)
        for o in range(orders):
            own = rng.random() < 0.9
            pool = items[cluster] if own else all_items
            p = weights if own else None
            picks = rng.choice(len(pool), size=2, replace=False, p=p)
            rows.append((member.id, [pool[int(k)] for k in picks], float(o * 7 + rng.random())))
    await insert_orders(rows)
    cluster_of = {i: c for c, ids in items.items() for i in ids}
    return Planted(items, by_cluster, cluster_of, {c: f"C{c}" for c in range(clusters)})


async def make_slot(code: str, *strategies: str, size: int = 10, **rules) -> None:
    """A slot of the given strategies (equal weights) and rules."""
    await slots_service.configure_slot(
        slots_service.SlotConfig(
            code=code,
            title=code,
            strategies=tuple(
                slots_service.StrategyWeight(slots_service.Strategy(s)) for s in strategies
            ),
            size=size,
            rules=slots_service.SlotRules(**rules),
        )
    )


async def record_purchase(member_id: int, item_codes: list[str], days_ago: float) -> None:
    """An order through the orders service (events and statistics as in production)."""
    async with jobs.deferred_scope():
        await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.POS,
                external_no=f"P-{next(_numbers)}",
                paid_at=utc_now() - timedelta(days=days_ago),
                lines=[orders_recording.LineInput(code, 1, 1000) for code in item_codes],
                member_id=member_id,
            )
        )
