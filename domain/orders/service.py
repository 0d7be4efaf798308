"""Reads of orders and refunds, the order and refund jobs' own step, and the member hooks that
attach waiting orders to a new identity and forget identities on erasure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain import db, dirty, jobs
from domain.members.models import IdentityKind
from domain.members.rules import IdentityKey
from domain.orders import stats
from domain.orders.models import Order, OrderLine, Refund


async def get_order(order_id: int) -> Order | None:
    """An order by id."""
    return await Order.get_or_none(id=order_id)


async def get_refund(refund_id: int) -> Refund | None:
    """A refund by id."""
    return await Refund.get_or_none(id=refund_id)


async def lines_of(order_ids: list[int]) -> list[list[OrderLine]]:
    """Each order's lines, aligned to the ids."""
    grouped: dict[int, list[OrderLine]] = {i: [] for i in order_ids}
    for line in await OrderLine.filter(order_id__in=order_ids).order_by("order_id", "line_no"):
        grouped[line.order_id].append(line)
    return [grouped[i] for i in order_ids]


async def orders_page(*, member_id: int | None, after: int | None, limit: int) -> list[Order]:
    """Orders newest first (keyset on id descending), optionally of one member."""
    query = Order.all()
    if member_id is not None:
        query = query.filter(member_id=member_id)
    if after is not None:
        query = query.filter(id__lt=after)
    return list(await query.order_by("-id").limit(limit))


async def recent_orders_of(member_ids: Sequence[int], limit: int) -> list[list[Order]]:
    """Each member's `limit` newest orders, aligned to the ids: one statement for one member,
    two for any number (the ids by a window over each member's orders, then the rows)."""
    if len(member_ids) == 1:
        return [await orders_page(member_id=member_ids[0], after=None, limit=limit)]
    rows = await db.fetch(
        """SELECT id FROM (
             SELECT id, row_number() OVER (PARTITION BY member_id ORDER BY id DESC) AS n
               FROM orders WHERE member_id = ANY($1::bigint[])) recent
           WHERE n <= $2""",
        list(member_ids),
        limit,
    )
    grouped: dict[int, list[Order]] = {m: [] for m in member_ids}
    ids = [int(r["id"]) for r in rows]
    for order in await Order.filter(id__in=ids).order_by("-id") if ids else []:
        if order.member_id is not None:
            grouped[order.member_id].append(order)
    return [grouped[m] for m in member_ids]


async def process_order(order_id: int) -> int | None:
    """The order job's own step: refresh the member's statistics. Safe to run twice.
    Returns the order's member (None when it has none)."""
    order = await Order.get_or_none(id=order_id)
    if order is None or order.member_id is None:
        return None
    await stats.refresh(order.member_id)
    member_id: int = order.member_id
    return member_id


async def process_refund(refund_id: int) -> int | None:
    """The refund job's own step: refresh the member's statistics. Safe to run twice.
    Returns the refunded order's member (None when it has none)."""
    refund = await Refund.get_or_none(id=refund_id)
    if refund is None:
        return None
    order = await Order.get(id=refund.order_id)
    member_id: int | None = order.member_id
    if member_id is not None:
        await stats.refresh(member_id)
    return member_id


async def attach_on_identity(member_id: int, identity: IdentityKey) -> None:
    """Identity hook: orders and events waiting on this identity become the member's."""
    rows = await db.fetch(
        "UPDATE orders SET member_id = $1 WHERE member_id IS NULL AND identity_kind = $2 "
        "AND identity_namespace = $3 AND identity_value = $4 RETURNING id, paid_at",
        member_id,
        identity.kind.value,
        identity.namespace,
        identity.value,
    )
    await dirty.mark_moments("orders", [row["paid_at"] for row in rows])
    for row in rows:
        await jobs.defer("orders.process", key=f"order:{row['id']}", order_id=row["id"])
    if identity.kind is IdentityKind.DEVICE_ID:
        await db.execute(
            "INSERT INTO anonymous_bindings (anonymous_id, member_id, bound_at) "
            "VALUES ($1, $2, now()) ON CONFLICT (anonymous_id) DO NOTHING",
            identity.value,
            member_id,
        )
        await db.execute(
            "UPDATE events SET member_id = $1 WHERE anonymous_id = $2 AND member_id IS NULL",
            member_id,
            identity.value,
        )


async def forget_on_erase(member_id: int) -> None:
    """Erase hook: the identities orders were recorded under, and anonymous bindings, go."""
    await db.execute(
        "UPDATE orders SET identity_kind = NULL, identity_namespace = '', identity_value = NULL "
        "WHERE member_id = $1",
        member_id,
    )
    await db.execute("DELETE FROM anonymous_bindings WHERE member_id = $1", member_id)


async def refunds_of(order_id: int) -> list[Refund]:
    """An order's refunds in the order they were recorded."""
    return list(await Refund.filter(order_id=order_id).order_by("id"))


async def orders_of_purchase(
    *,
    store_code: str,
    number: str,
    member_id: int | None,
    amount_cents: int,
    paid_from: datetime,
    paid_until: datetime,
) -> list[int]:
    """Orders of a store paid in a time window that record one purchase: the same number, or
    the same member and amount."""
    rows = await db.fetch(
        """SELECT id FROM orders
            WHERE upper(store_code) = upper($1) AND paid_at BETWEEN $2 AND $3
              AND (upper(external_no) = upper($4) OR (member_id = $5 AND total_cents = $6))
            ORDER BY id""",
        store_code,
        paid_from,
        paid_until,
        number.strip(),
        member_id,
        amount_cents,
    )
    return [r["id"] for r in rows]


async def orders_by_ids(ids: Sequence[int]) -> list[Order | None]:
    """Orders aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Order, ids)


async def refunds_by_ids(ids: Sequence[int]) -> list[Refund | None]:
    """Refunds with their orders (for the member) aligned to ids, in one statement."""
    found = {r.id: r for r in await Refund.filter(id__in=list(set(ids))).select_related("order")}
    return [found.get(i) for i in ids]
