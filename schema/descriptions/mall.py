# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Descriptions of the points mall: goods kinds, limit periods and exchange states."""

DESCRIPTIONS: dict[str, str] = {
    "MallGoodsKind.GOODS": "Physical goods: shipped by staff; the points are consumed on shipment.",
    "MallGoodsKind.COUPON": "A coupon template: coupons are issued and the points consumed once paid.",
    "MallGoodsKind.BENEFIT": "A catalogue benefit: granted and the points consumed once paid.",
    "MallLimitPeriod.DAY": "A business day.",
    "MallLimitPeriod.WEEK": "A business week, Monday to Sunday.",
    "MallLimitPeriod.MONTH": "A calendar month of the business time zone.",
    "MallOrderStatus.PENDING_PAYMENT": "Points frozen and stock taken; the cash part waits for confirmPayment (cancelled when it lapses).",
    "MallOrderStatus.PENDING_SHIPMENT": "Paid physical goods waiting for shipment; points still frozen.",
    "MallOrderStatus.SHIPPED": "On its way with a tracking number; points consumed.",
    "MallOrderStatus.DELIVERED": "Arrived (final).",
    "MallOrderStatus.COMPLETED": "Coupons or benefit granted and points consumed (final).",
    "MallOrderStatus.CANCELLED": "Cancelled: points, stock and any paid cash went back once (final).",
}
