"""The metric catalogue: measures and dimensions the `metrics` query answers, and which rollup
columns hold them. Pure data.

A measure is additive when its rollup values can be summed across any rows (every sum here); a
non-additive one (distinct buyers) is answered only from a rollup at its own grain, never summed
from a coarser one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Grain(StrEnum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


MONTHLY_GRAINS = (Grain.MONTH, Grain.QUARTER, Grain.YEAR)


@dataclass(frozen=True)
class Measure:
    """A number the catalogue offers, with its SQL per rollup that holds it."""

    name: str
    label_zh: str
    label_en: str
    sql: dict[str, str]
    additive: bool = True


@dataclass(frozen=True)
class Dimension:
    """A column results can be grouped and filtered by, per rollup that holds it."""

    name: str
    label_zh: str
    label_en: str
    column: dict[str, str]


_LINES = ("sales_daily", "category_daily", "item_monthly")
_MONEY = (*_LINES, "member_monthly")


def _store(attribute: str) -> dict[str, str]:
    """A store attribute looked up by the rollup row's store code ('' when unknown)."""
    lookup = (
        f"COALESCE((SELECT d.{attribute} FROM analytics.dim_store d"
        " WHERE d.store_code = {table}.store_code), '')"
    )
    return {
        rollup: lookup.format(table=table)
        for rollup, table in (
            ("sales_daily", "analytics_sales_daily"),
            ("coupon_daily", "analytics_coupon_daily"),
        )
    }


def _sum(column: str, rollups: tuple[str, ...]) -> dict[str, str]:
    return {rollup: f"sum({column})" for rollup in rollups}


# An item's unit cost as kept today (analytics.dim_item), for the item rollup's rows.
_COST = (
    "(SELECT d.cost_cents FROM analytics.dim_item d"
    " WHERE d.item_id = analytics_item_monthly.item_id)"
)
_NET_QUANTITY = "(quantity - refunded_quantity)"


def _points(kind: str, sign: str = "-") -> dict[str, str]:
    return {"points_daily": f"COALESCE({sign}sum(amount) FILTER (WHERE kind = '{kind}'), 0)"}


MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        Measure(
            "sales.orders", "订单数", "Orders", _sum("orders", ("sales_daily", "member_monthly"))
        ),
        Measure("sales.lines", "订单行数", "Order lines", _sum("lines", _LINES)),
        Measure("sales.quantity", "销售数量", "Quantity sold", _sum("quantity", _LINES)),
        Measure(
            "sales.amountCents", "实付金额（分）", "Amount paid (fen)", _sum("amount_cents", _MONEY)
        ),
        Measure(
            "sales.refundedCents",
            "退款金额（分）",
            "Refunded (fen)",
            _sum("refunded_cents", _MONEY),
        ),
        Measure("sales.netCents", "净销售额（分）", "Net sales (fen)", _sum("net_cents", _MONEY)),
        Measure(
            "sales.costCents",
            "销售成本（分）",
            "Cost of goods sold (fen, items with a cost)",
            {"item_monthly": f"COALESCE(sum({_NET_QUANTITY} * {_COST}), 0)"},
        ),
        Measure(
            "sales.costedNetCents",
            "有成本商品净销售额（分）",
            "Net sales of items with a cost (fen)",
            {"item_monthly": f"COALESCE(sum(net_cents) FILTER (WHERE {_COST} IS NOT NULL), 0)"},
        ),
        Measure(
            "sales.grossMarginCents",
            "毛利（分）",
            "Gross margin (fen, items with a cost)",
            {"item_monthly": f"COALESCE(sum(net_cents - {_NET_QUANTITY} * {_COST}), 0)"},
        ),
        Measure(
            "members.buyers",
            "购买会员数（去重）",
            "Distinct member buyers",
            {"member_monthly": "count(DISTINCT member_id)"},
            additive=False,
        ),
        Measure("members.new", "新会员数", "New members", _sum("new_members", ("members_daily",))),
        Measure(
            "points.entries", "积分分录数", "Point entries", _sum("entries", ("points_daily",))
        ),
        Measure(
            "points.net", "积分净变动", "Net point movement", _sum("amount", ("points_daily",))
        ),
        Measure("points.issued", "发放积分", "Points issued", _points("CREDIT", "")),
        Measure("points.redeemed", "消耗积分", "Points redeemed", _points("DEBIT")),
        Measure("points.expired", "过期积分", "Points expired", _points("EXPIRE")),
        Measure("coupons.issued", "发券数", "Coupons issued", _sum("issued", ("coupon_daily",))),
        Measure("coupons.claimed", "领券数", "Coupons claimed", _sum("claimed", ("coupon_daily",))),
        Measure("coupons.used", "核销数", "Coupons used", _sum("used", ("coupon_daily",))),
        Measure(
            "coupons.expired", "过期券数", "Coupons expired", _sum("expired", ("coupon_daily",))
        ),
        Measure(
            "coupons.discountCents",
            "券优惠金额（分）",
            "Coupon discount (fen)",
            _sum("discount_cents", ("coupon_daily",)),
        ),
        Measure("events.count", "事件数", "Events", _sum("events", ("event_daily",))),
    )
}

DIMENSIONS: dict[str, Dimension] = {
    d.name: d
    for d in (
        Dimension(
            "store.code",
            "门店编码",
            "Store code",
            {"sales_daily": "store_code", "coupon_daily": "store_code"},
        ),
        Dimension("store.region", "门店大区", "Store region", _store("region")),
        Dimension("store.city", "门店城市", "Store city", _store("city")),
        Dimension("order.channel", "下单渠道", "Sales channel", {"sales_daily": "channel"}),
        Dimension("order.isMember", "是否会员订单", "Member order", {"sales_daily": "is_member"}),
        Dimension("order.couponUsed", "是否用券", "Coupon used", {"sales_daily": "coupon_used"}),
        Dimension("item.category", "类目 ID", "Category id", {"category_daily": "category_id"}),
        Dimension("item.id", "商品 ID", "Item id", {"item_monthly": "item_id"}),
        Dimension(
            "member.channel", "注册渠道", "Registration channel", {"members_daily": "channel"}
        ),
        Dimension(
            "member.sourceStore", "来源门店", "Source store", {"members_daily": "source_store"}
        ),
        Dimension("points.type", "积分类型", "Point type", {"points_daily": "point_type"}),
        Dimension("points.kind", "分录类型", "Entry kind", {"points_daily": "kind"}),
        Dimension(
            "coupon.template", "券模板 ID", "Coupon template id", {"coupon_daily": "template_id"}
        ),
        Dimension("event.name", "事件名称", "Event name", {"event_daily": "name"}),
        Dimension("event.channel", "事件渠道", "Event channel", {"event_daily": "channel"}),
    )
}
