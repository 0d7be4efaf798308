"""Recording paid orders from the brand's systems: idempotent on the channel and external number,
attached to the member by id or identity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import db, dirty, jobs
from domain.catalog import lookup as catalog_lookup
from domain.catalog.models import Item
from domain.errors import DomainError, ErrorCode
from domain.members import service as members_service
from domain.members.models import Channel
from domain.members.rules import IdentityKey
from domain.orders.models import Order, OrderLine
from domain.orders.rules import MAX_LINES, line_amount


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
    amounts = _line_amounts(order)
    items = await _known_items(order)
    await _check_store(order.store_code)
    async with db.transaction():
        existing = await _find(order)
        if existing is not None:
            return Recorded(existing, False)
        member_id = await _member_for(order)
        order_id = await _insert_order(order, member_id, sum(amounts))
        if order_id is None:  # lost a race with the same order: the winner's row is the result
            winner = await Order.get(channel=order.channel.value, external_no=order.external_no)
            return Recorded(winner, False)
        await _insert_lines(order_id, order, items, amounts)
        await dirty.mark("orders", [dirty.day_of(order.paid_at)])
        if member_id is not None:
            await jobs.defer("orders.process", key=f"order:{order_id}", order_id=order_id)
        return Recorded(await Order.get(id=order_id), True)


def _line_amounts(order: OrderInput) -> list[int]:
    """Each line's amount in cents, after the order's shape is checked."""
    if not order.external_no or len(order.external_no) > 64:
        raise DomainError("External order number is required (at most 64).", field="externalNo")
    if not order.lines:
        raise DomainError("An order needs lines.", field="lines", code=ErrorCode.REQUIRED)
    if len(order.lines) > MAX_LINES:
        raise DomainError(f"At most {MAX_LINES} lines.", field="lines", code=ErrorCode.TOO_MANY)
    return [
        line_amount(li.quantity, li.unit_price_cents, li.amount_cents, f"lines[{i}]")
        for i, li in enumerate(order.lines)
    ]


async def _known_items(order: OrderInput) -> list[Item]:
    """The catalogue item of each line, or UNKNOWN_ITEM naming the first line without one."""
    items = await catalog_lookup.items_by_codes([li.item_code for li in order.lines])
    for index, (line, item) in enumerate(zip(order.lines, items, strict=True)):
        if item is None:
            raise DomainError(
                f"Unknown item '{line.item_code}'.",
                field=f"lines[{index}].itemCode",
                code=ErrorCode.UNKNOWN_ITEM,
            )
    return [item for item in items if item is not None]


async def _check_store(store_code: str | None) -> None:
    if store_code and (await catalog_lookup.stores_by_codes([store_code]))[0] is None:
        raise DomainError(
            f"Unknown store '{store_code}'.", field="storeCode", code=ErrorCode.UNKNOWN_STORE
        )


async def _find(order: OrderInput) -> Order | None:
    return await Order.get_or_none(channel=order.channel.value, external_no=order.external_no)


async def _insert_order(order: OrderInput, member_id: int | None, total_cents: int) -> int | None:
    """The new order's id, or None when the same order is already recorded."""
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
        total_cents,
        order.coupon_used,
        order.paid_at,
    )
    return row["id"] if row else None


async def _insert_lines(
    order_id: int, order: OrderInput, items: list[Item], amounts: list[int]
) -> None:
    day = dirty.day_of(order.paid_at)  # never the session's zone: the configured business zone
    await OrderLine.bulk_create(
        [
            OrderLine(
                order_id=order_id,
                line_no=i + 1,
                item_id=item.id,
                item_code=item.code,
                category_id=item.category_id,
                brand_id=item.brand_id,
                quantity=li.quantity,
                unit_price_cents=li.unit_price_cents,
                amount_cents=amount,
                business_day=day,
            )
            for i, (li, item, amount) in enumerate(zip(order.lines, items, amounts, strict=True))
        ],
        using_db=db.connection(),
    )


async def _member_for(order: OrderInput) -> int | None:
    if order.member_id is not None:
        member = await members_service.get_live_member(order.member_id)
        result: int | None = member.id
        return result
    if order.identity is not None:
        return await members_service.find_member_id(order.identity)
    return None


async def find_order_id(channel: Channel, external_no: str) -> int | None:
    """The id of an order by its channel and external number, if recorded."""
    rows = await db.values_of(Order.filter(channel=channel.value, external_no=external_no), "id")
    return rows[0] if rows else None


async def replayed_order(stored: dict[str, Any]) -> Recorded:
    """The order a resend names, as recorded the first time."""
    return Recorded(await Order.get(id=stored["id"]), False)
