# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Descriptions of the payments area: purchases of plans, cards and coupons."""

DESCRIPTIONS: dict[str, str] = {
    "PaymentMethod.WALLET": "Paid from the member's stored-value wallet at once.",
    "PaymentMethod.POINTS": "Paid with spendable points at once.",
    "PaymentMethod.EXTERNAL": "Paid through the brand's payment system; PENDING until confirmPayment.",
    "ProductKind": "What a purchase buys.",
    "ProductKind.PLAN": "A paid membership plan.",
    "ProductKind.CARD": "A benefit card.",
    "ProductKind.COUPON": "A priced coupon.",
    "ProductKind.MALL": "The cash part of a points mall exchange.",
    "Purchase.productKind": "What is bought.",
    "Purchase.method": "How it is paid.",
    "Purchase.status": "Pending, paid, expired or refunded.",
    "PurchaseStatus": "Where a purchase stands.",
    "PurchaseStatus.PENDING": "Waiting for the external payment (30 minutes by default, PAYMENT_PENDING_MINUTES).",
    "PurchaseStatus.PAID": "Paid; the product was given.",
    "PurchaseStatus.EXPIRED": "Not paid in time; nothing was given.",
    "PurchaseStatus.REFUNDED": "Paid and then refunded.",
    "BuyCouponInput": "Input of buyCoupon.",
    "BuyCouponPayload": "What buyCoupon returns.",
    "ConfirmPaymentInput": "Input of confirmPayment.",
    "ConfirmPaymentPayload": "What confirmPayment returns.",
    "Query.purchase(id:)": "The purchase's global ID.",
}
