"""Orders and refunds from the brand's systems: idempotent, attached to members by identity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import db, jobs
from domain.catalog import lookup as catalog_service
from domain.errors import DomainError, ErrorCode
from domain.members import service as members_service
from domain.members.models import Channel, IdentityKind
from domain.members.rules import IdentityKey
from domain.orders import stats
from domain.orders.models import Order, OrderLine, OrderStatus, Refund
from domain.orders.rules import MAX_LINES, LineState, RefundLineRequest, line_amount, refund_amounts


@dataclass(frozen=True)
class LineInput:
    item_code: str
    quantity: int
    unit_price_cents: int
    amount_cents: int | None = None


@dataclass(frozen=True)
class OrderInput:
    channel: Channel
    external_no: str
    paid_at: datetime
    lines: list[LineInput]
    member_id: int | None = None
    identity: IdentityKey | None = None
    store_code: str | None = None
    coupon_used: bool = False


@dataclass(frozen=True)
class Recorded:
    order: Order
    created: bool


async def record_order(order: OrderInput) -> Recorded:
    """Record a paid order. Idempotent on (channel, external number): a re-sent order returns the
    first result and changes nothing. An unknown member identity keeps the order waiting for it."""
    if not order.external_no or len(order.external_no) > 64:
        raise DomainError("External order number is required (at most 64).", field="externalNo")
    if not order.lines:
        raise DomainError("An order needs lines.", field="lines", code=ErrorCode.REQUIRED)
    if len(order.lines) > MAX_LINES:
        raise DomainError(f"At most {MAX_LINES} lines.", field="lines", code=ErrorCode.TOO_MANY)
    amounts = [
        line_amount(li.quantity, li.unit_price_cents, li.amount_cents, f"lines[{i}]")
        for i, li in enumerate(order.lines)
    ]
    items = await catalog_service.items_by_codes([li.item_code for li in order.lines])
    for index, (line, item) in enumerate(zip(order.lines, items, strict=True)):
        if item is None:
            raise DomainError(
                f"Unknown item '{line.item_code}'.",
                field=f"lines[{index}].itemCode",
                code=ErrorCode.UNKNOWN_ITEM,
            )
    if order.store_code and (await catalog_service.stores_by_codes([order.store_code]))[0] is None:
        raise DomainError(
            f"Unknown store '{order.store_code}'.", field="storeCode", code=ErrorCode.UNKNOWN_STORE
        )
    async with db.transaction():
        existing = await Order.get_or_none(
            channel=order.channel.value, external_no=order.external_no
        )
        if existing is not None:
            return Recorded(existing, False)
        member_id = await _member_for(order)
        identity = order.identity
        row = await db.fetch_one(
            """
            INSERT INTO orders (channel, external_no, member_id, identity_kind, identity_namespace,
                                identity_value, store_code, status, total_cents, refunded_cents,
                                coupon_used, paid_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'PAID', $8, 0, $9, $10, now())
            ON CONFLICT (channel, external_no) DO NOTHING RETURNING id
            """,
            order.channel.value,
            order.external_no,
            member_id,
            identity.kind.value if identity else None,
            identity.namespace if identity else "",
            identity.value if identity else None,
            order.store_code,
            sum(amounts),
            order.coupon_used,
            order.paid_at,
        )
        if row is None:  # lost a race with the same order: the winner's row is the result
            return Recorded(
                await Order.get(channel=order.channel.value, external_no=order.external_no), False
            )
        await OrderLine.bulk_create(
            [
                OrderLine(
                    order_id=row["id"],
                    line_no=i + 1,
                    item_id=item.id,
                    item_code=item.code,
                    category_id=item.category_id,
                    brand_id=item.brand_id,
                    quantity=li.quantity,
                    unit_price_cents=li.unit_price_cents,
                    amount_cents=amount,
                )
                for i, (li, item, amount) in enumerate(
                    zip(order.lines, items, amounts, strict=True)
                )
                if item is not None
            ],
            using_db=db.connection(),
        )
        if member_id is not None:
            await jobs.defer("orders.process", key=f"order:{row['id']}", order_id=row["id"])
        return Recorded(await Order.get(id=row["id"]), True)


async def _member_for(order: OrderInput) -> int | None:
    if order.member_id is not None:
        member = await members_service.get_live_member(order.member_id)
        result: int | None = member.id
        return result
    if order.identity is not None:
        return await members_service.find_member_id(order.identity)
    return None


async def refund_order(
    *,
    channel: Channel,
    external_no: str,
    refund_no: str,
    refunded_at: datetime,
    lines: list[RefundLineRequest] | None,
) -> tuple[Refund, bool]:
    """Refund some lines or all of an order. Idempotent on the refund number; never refunds more
    than was paid. Returns (refund, created)."""
    if not refund_no or len(refund_no) > 64:
        raise DomainError("Refund number is required (at most 64).", field="refundNo")
    async with db.transaction():
        order = (
            await Order.filter(channel=channel.value, external_no=external_no)
            .select_for_update()
            .first()
        )
        if order is None:
            raise DomainError("No such order.", field="externalNo", code=ErrorCode.ORDER_NOT_FOUND)
        # Looked up under the order's lock, so a concurrent copy finds the first one's refund.
        existing = await Refund.get_or_none(order_id=order.id, refund_no=refund_no)
        if existing is not None:
            return existing, False
        order_lines = await OrderLine.filter(order_id=order.id).order_by("line_no")
        plan = refund_amounts(
            [
                LineState(
                    li.line_no,
                    li.quantity,
                    li.amount_cents,
                    li.refunded_quantity,
                    li.refunded_cents,
                )
                for li in order_lines
            ],
            lines,
        )
        total = sum(cents for _, _, cents in plan)
        refund = await Refund.create(
            order_id=order.id,
            refund_no=refund_no,
            amount_cents=total,
            refunded_at=refunded_at,
            lines=[{"lineNo": n, "quantity": q, "amountCents": c} for n, q, c in plan],
            using_db=db.connection(),
        )
        for line_no, quantity, cents in plan:
            await db.execute(
                "UPDATE order_lines SET refunded_quantity = refunded_quantity + $3, "
                "refunded_cents = refunded_cents + $4 WHERE order_id = $1 AND line_no = $2",
                order.id,
                line_no,
                quantity,
                cents,
            )
        refunded = order.refunded_cents + total
        status = (
            OrderStatus.REFUNDED
            if refunded >= order.total_cents
            else OrderStatus.PARTIALLY_REFUNDED
        )
        await Order.filter(id=order.id).update(refunded_cents=refunded, status=status)
        if order.member_id is not None:
            await jobs.defer(
                "orders.process_refund", key=f"refund:{refund.id}", refund_id=refund.id
            )
        return refund, True


async def find_order_id(channel: Channel, external_no: str) -> int | None:
    """The id of an order by its channel and external number, if recorded."""
    rows = await db.values_of(Order.filter(channel=channel.value, external_no=external_no), "id")
    return rows[0] if rows else None


async def replayed_order(stored: dict[str, Any]) -> Recorded:
    """The order a resend names, as recorded the first time."""
    return Recorded(await Order.get(id=stored["id"]), False)


async def replayed_refund(stored: dict[str, Any]) -> tuple[Refund, bool]:
    """The refund a resend names, as recorded the first time."""
    return await Refund.get(id=stored["id"]), False


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
        "AND identity_namespace = $3 AND identity_value = $4 RETURNING id",
        member_id,
        identity.kind.value,
        identity.namespace,
        identity.value,
    )
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
