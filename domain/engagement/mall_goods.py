"""Mall goods: staff define, change and retire them (with configuration history); members see
what they may exchange now, with the stock left and their own remaining limit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain import config_history, db
from domain.benefits import service as benefits_service
from domain.clock import business_today
from domain.coupons import templates as coupon_templates
from domain.engagement import mall_rules
from domain.engagement.mall_models import GoodsKind, LimitPeriod, MallGoods
from domain.engagement.mall_rules import Audience, Terms
from domain.errors import DomainError, ErrorCode, NotFound, Problems
from domain.points import config as points_config
from domain.points.models import PointKind

HISTORY_TYPE = "MallGoods"
MAX_AUDIENCE_ENTRIES = 50
MAX_POINTS = 100_000_000
MAX_CENTS = 100_000_000
MAX_STOCK = 10_000_000

AudienceLookup = Callable[[int], Awaitable[Audience]]
_audience_lookup: AudienceLookup | None = None


def register_audience_lookup(lookup: AudienceLookup) -> None:
    """Levels and segments tell the mall who a member is (for audience checks)."""
    global _audience_lookup
    _audience_lookup = lookup


async def audience_of(member_id: int) -> Audience:
    """The member's level and segments (nobody's, when no lookup is registered)."""
    if _audience_lookup is None:
        return Audience(None, frozenset())
    return await _audience_lookup(member_id)


@dataclass(frozen=True, slots=True)
class GoodsInput:
    """What staff send to define or change a goods (by its code)."""

    code: str
    name: str
    kind: GoodsKind
    points_price: int
    stock: int
    point_type: str = "POINTS"
    cash_cents: int = 0
    target_code: str | None = None
    limit_total: int | None = None
    limit_per_period: int | None = None
    limit_period: LimitPeriod | None = None
    sale_starts_at: datetime | None = None
    sale_ends_at: datetime | None = None
    segment_ids: list[int] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)


def terms_of(goods: MallGoods) -> Terms:
    """The selling terms of a goods row as plain data."""
    return Terms(
        active=goods.active,
        sale_starts_at=goods.sale_starts_at,
        sale_ends_at=goods.sale_ends_at,
        segment_ids=tuple(goods.segment_ids),
        levels=tuple(goods.levels),
        limit_total=goods.limit_total,
        limit_per_period=goods.limit_per_period,
        limit_period=LimitPeriod(goods.limit_period) if goods.limit_period else None,
    )


def _text(problems: Problems, value: str, name: str, limit: int) -> None:
    if not value.strip() or len(value) > limit or not value.isprintable():
        problems.add(DomainError(f"{name} is 1 to {limit} printable characters.", field=name))


def _whole(problems: Problems, value: int | None, name: str, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        problems.add(
            DomainError(f"{name} is {low} to {high:,}.", field=name, code=ErrorCode.INVALID_AMOUNT)
        )


async def _check_target(problems: Problems, data: GoodsInput) -> None:
    if data.kind == GoodsKind.GOODS:
        if data.target_code:
            problems.add(DomainError("Physical goods name no target.", field="targetCode"))
        return
    if not data.target_code:
        problems.add(
            DomainError(
                "Name the coupon template or benefit.", field="targetCode", code=ErrorCode.REQUIRED
            )
        )
        return
    with problems.collect():
        if data.kind == GoodsKind.COUPON:
            await coupon_templates.template_by_code(data.target_code, field="targetCode")
        else:
            await benefits_service.get_benefit(data.target_code, field="targetCode")


async def _check(data: GoodsInput) -> None:
    problems = Problems()
    _text(problems, data.code, "code", 50)
    _text(problems, data.name, "name", 100)
    _whole(problems, data.points_price, "pointsPrice", 1, MAX_POINTS)
    _whole(problems, data.cash_cents, "cashCents", 0, MAX_CENTS)
    _whole(problems, data.stock, "stock", 0, MAX_STOCK)
    _whole(problems, data.limit_total, "limitTotal", 1, MAX_STOCK)
    _whole(problems, data.limit_per_period, "limitPerPeriod", 1, MAX_STOCK)
    if (data.limit_per_period is None) != (data.limit_period is None):
        problems.add(
            DomainError("limitPerPeriod and limitPeriod go together.", field="limitPeriod")
        )
    if data.sale_starts_at and data.sale_ends_at and data.sale_ends_at <= data.sale_starts_at:
        problems.add(
            DomainError(
                "The sale must end after it starts.",
                field="saleEndsAt",
                code=ErrorCode.INVALID_WINDOW,
            )
        )
    if len(data.segment_ids) > MAX_AUDIENCE_ENTRIES or len(data.levels) > MAX_AUDIENCE_ENTRIES:
        problems.add(
            DomainError(
                f"At most {MAX_AUDIENCE_ENTRIES} segments and levels.",
                field="audience",
                code=ErrorCode.TOO_MANY,
            )
        )
    with problems.collect():
        try:
            point_type = await points_config.get_type(data.point_type)
        except DomainError as error:
            raise DomainError(error.message, field="pointType", code=error.code) from error
        if point_type.kind != PointKind.SPENDABLE:
            raise DomainError(
                "Goods are priced in spendable points.",
                field="pointType",
                code=ErrorCode.UNKNOWN_POINT_TYPE,
            )
    await _check_target(problems, data)
    problems.raise_if_any()


def _values(data: GoodsInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "kind": data.kind,
        "target_code": data.target_code if data.kind != GoodsKind.GOODS else None,
        "point_type": data.point_type,
        "points_price": data.points_price,
        "cash_cents": data.cash_cents,
        "stock": data.stock,
        "limit_total": data.limit_total,
        "limit_per_period": data.limit_per_period,
        "limit_period": data.limit_period,
        "sale_starts_at": data.sale_starts_at,
        "sale_ends_at": data.sale_ends_at,
        "segment_ids": sorted(set(data.segment_ids)),
        "levels": sorted(set(data.levels)),
    }


async def define_goods(data: GoodsInput) -> MallGoods:
    """Define a goods, or change the one with this code (its kind stays; stock never below
    what is sold). Every problem is reported at once; the change is recorded in history."""
    await _check(data)
    async with db.transaction():
        before = await MallGoods.filter(code=data.code).select_for_update().first()
        if before is None:
            goods = await MallGoods.create(code=data.code, **_values(data))
            await config_history.record(
                HISTORY_TYPE, goods.id, before=None, after=config_history.snapshot(goods)
            )
            return goods
        if before.kind != data.kind:
            raise DomainError("A goods keeps its kind.", field="kind", code=ErrorCode.INVALID_STATE)
        if data.stock < before.sold:
            raise DomainError(
                f"stock cannot go below the {before.sold} already sold.",
                field="stock",
                code=ErrorCode.INVALID_AMOUNT,
            )
        await MallGoods.filter(id=before.id).update(**_values(data), active=True)
        goods = await MallGoods.get(id=before.id)
        await config_history.record(
            HISTORY_TYPE,
            goods.id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(goods),
        )
        return goods


async def retire_goods(goods_id: int) -> MallGoods:
    """Take a goods off sale for good (orders already placed go on). Retiring twice is a no-op."""
    return await config_history.retire_row(MallGoods, goods_id, HISTORY_TYPE, active=False)


async def get_goods(goods_id: int, field: str = "goodsId") -> MallGoods:
    """A goods by id, or NOT_FOUND."""
    goods = await MallGoods.get_or_none(id=goods_id)
    if goods is None:
        raise NotFound("No such goods.", field=field)
    return goods


async def goods_by_ids(ids: Sequence[int]) -> list[MallGoods | None]:
    """Goods aligned to ids (None where unknown)."""
    return await db.rows_by_ids(MallGoods, ids)


async def goods_page(*, active: bool | None, after_id: int | None, limit: int) -> list[MallGoods]:
    """Goods newest first (keyset on id), optionally only active or retired ones."""
    query = MallGoods.all()
    if active is not None:
        query = query.filter(active=active)
    if after_id is not None:
        query = query.filter(id__lt=after_id)
    return list(await query.order_by("-id").limit(limit))


@dataclass(frozen=True, slots=True)
class Offer:
    """A goods the member may exchange now: stock left and the member's own remaining limit
    (None: unlimited)."""

    goods: MallGoods
    stock_left: int
    limit_left: int | None


async def bought_units(member_id: int, goods: MallGoods, now: datetime) -> tuple[int, int]:
    """Units of the goods the member holds in orders not cancelled: ever, and this period."""
    start = business_today(now)
    if goods.limit_period:
        start = mall_rules.period_start(LimitPeriod(goods.limit_period), start)
    row = await db.fetch_one(
        """SELECT COALESCE(sum(quantity), 0) AS total,
                  COALESCE(sum(quantity) FILTER (WHERE day >= $3), 0) AS period
             FROM mall_orders
            WHERE member_id = $1 AND goods_id = $2 AND status <> 'CANCELLED'""",
        member_id,
        goods.id,
        start,
    )
    return (int(row["total"]), int(row["period"])) if row else (0, 0)


async def _units_by_day(member_id: int, goods_ids: list[int]) -> dict[int, list[tuple[Any, int]]]:
    """The member's units per goods and business day, in orders not cancelled (one query)."""
    rows = await db.fetch(
        """SELECT goods_id, day, sum(quantity) AS units FROM mall_orders
            WHERE member_id = $1 AND goods_id = ANY($2::bigint[]) AND status <> 'CANCELLED'
            GROUP BY goods_id, day""",
        member_id,
        goods_ids,
    )
    found: dict[int, list[tuple[Any, int]]] = {}
    for row in rows:
        found.setdefault(int(row["goods_id"]), []).append((row["day"], int(row["units"])))
    return found


async def offers(member_id: int, *, now: datetime) -> list[Offer]:
    """What the member may exchange now (on sale, in their audience, in stock, limit not
    reached), newest first."""
    audience = await audience_of(member_id)
    today = business_today(now)
    candidates = [
        goods
        for goods in await MallGoods.filter(active=True).order_by("-id")
        if goods.stock > goods.sold
        and mall_rules.on_sale(terms_of(goods), now)
        and mall_rules.admits(terms_of(goods), audience)
    ]
    units = await _units_by_day(member_id, [g.id for g in candidates]) if candidates else {}
    found = []
    for goods in candidates:
        terms = terms_of(goods)
        days = units.get(goods.id, [])
        start = mall_rules.period_start(terms.limit_period, today) if terms.limit_period else today
        limit_left = mall_rules.remaining_limit(
            terms, sum(n for _, n in days), sum(n for day, n in days if day >= start)
        )
        if limit_left != 0:
            found.append(Offer(goods, goods.stock - goods.sold, limit_left))
    return found
