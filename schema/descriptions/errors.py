# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Descriptions of the stable error codes (`ErrorCode`), and the codes of the mutations whose
description in code does not list them."""

from domain.errors import ErrorCode

DESCRIPTIONS: dict[str, str] = {
    # generic input and access
    "ErrorCode.INVALID": "The value is malformed or breaks a rule of its field; the message says which.",
    "ErrorCode.REQUIRED": "A value that this call needs is missing or blank.",
    "ErrorCode.NOT_FOUND": "The named object does not exist or is not visible to the caller (the two are not told apart).",
    "ErrorCode.INVALID_ID": "Not a valid ID: neither a global ID of the expected type nor a plain number from 1 to 2^63-1.",
    "ErrorCode.INVALID_AMOUNT": "An amount (fen or points) or count is zero, negative or outside its allowed range.",
    "ErrorCode.TOO_MANY": "A list is longer than allowed (batches hold at most 100 items unless stated), or a page size is out of range.",
    "ErrorCode.TOO_LARGE": "A value is over its limit: text longer than its column, a recharge over the wallet limit.",
    "ErrorCode.DUPLICATE": "The same code, line or ID appears twice in one input.",
    "ErrorCode.CONFLICT": "The change collides with existing data: an idempotency key replayed with different content, a built-in definition, a newer version.",
    "ErrorCode.FORBIDDEN": "The caller may not act on this object (another member's data, a missing scope).",
    "ErrorCode.UNAUTHENTICATED": "No valid token; also returned as a top-level error with `extensions.code`.",
    "ErrorCode.INVALID_STATE": "The object is not in a state that allows this (already cancelled, already used, not active).",
    "ErrorCode.INVALID_WINDOW": "A time window or duration is wrong: start after end, a slot in the past, a non-positive number of days.",
    "ErrorCode.EXPIRED": "The object or code is past its end (a verification code, a member code, a benefit, a card).",
    "ErrorCode.IDEMPOTENCY_KEY_REUSED": "The idempotency key was already used for a different request; use a new key for a new request.",
    "ErrorCode.RATE_LIMITED": "Too many requests of this kind for this phone, member or caller in the current window; try later.",
    # members
    "ErrorCode.INVALID_PHONE": "Not a mainland China mobile number (11 digits starting with 1, optional +86).",
    "ErrorCode.IDENTITY_TAKEN": "The identity (phone, openid, union id, card number) already belongs to another member.",
    "ErrorCode.MEMBER_ERASED": "The member was erased (personal data anonymised); nothing more can be done for them.",
    "ErrorCode.INVALID_MEMBER_CODE": "The member code (QR or bar code shown at the till) is malformed or its signature is wrong.",
    "ErrorCode.INVALID_CODE": "The verification code is wrong, or none was requested for this phone.",
    "ErrorCode.TOO_MANY_ATTEMPTS": "Too many wrong verification codes; request a new code.",
    # catalogue, orders, events
    "ErrorCode.UNKNOWN_ITEM": "No catalogue item has this code.",
    "ErrorCode.UNKNOWN_STORE": "No store has this code.",
    "ErrorCode.UNKNOWN_EVENT": "The behaviour event name is not defined (see defineEvent).",
    "ErrorCode.INVALID_PROPERTIES": "The event's properties do not match its defined property schema, or the schema itself is invalid.",
    "ErrorCode.ORDER_NOT_FOUND": "No order with this channel and order number.",
    "ErrorCode.REFUND_EXCEEDS_PAID": "The refund (with earlier refunds) would return more than the order or line was paid.",
    # ledgers
    "ErrorCode.UNKNOWN_POINT_TYPE": "No point type has this code.",
    "ErrorCode.INSUFFICIENT_POINTS": "The member's available points are fewer than asked for; nothing was spent.",
    "ErrorCode.INSUFFICIENT_FROZEN": "Fewer points are frozen under this hold than asked to unfreeze.",
    "ErrorCode.INSUFFICIENT_BALANCE": "The wallet balance (fen) is less than the amount; nothing was taken.",
    "ErrorCode.WALLET_LOCKED": "The wallet is locked by staff; payments and recharges are refused until it is unlocked.",
    "ErrorCode.WALLET_CLOSED": "The wallet is closed for good.",
    "ErrorCode.DUPLICATE_RECEIPT": "This receipt (store and receipt number) was already submitted.",
    "ErrorCode.LEDGER_DRIFT": "Reserved for the ledger check (a cached balance differing from the sum of its entries); no operation returns it today.",
    "ErrorCode.RECEIPT_MATCHES_ORDER": "The receipt is an order the system already recorded, which earned its points already.",
    # levels, benefits, cards
    "ErrorCode.INVALID_LADDER": "The level ladder is inconsistent: thresholds not increasing, codes repeated, ranks with gaps.",
    "ErrorCode.PLAN_OVERLAP": "The member already holds a paid plan for this period.",
    "ErrorCode.BENEFIT_EXHAUSTED": "The benefit grant has no uses left.",
    # coupons
    "ErrorCode.OUT_OF_STOCK": "The coupon template's stock (total or today's) or the mall goods' stock is used up.",
    "ErrorCode.COUPON_LIMIT_REACHED": "The member already holds as many coupons of this template as allowed (per member or per day).",
    "ErrorCode.COUPON_NOT_APPLICABLE": "The coupon does not apply to this cart: threshold, items, stores, channel or time.",
    "ErrorCode.COUPON_USED": "The coupon was already used or reserved by another order.",
    "ErrorCode.COUPON_PAUSED": "The coupon template is paused; it cannot be claimed, issued or used now.",
    "ErrorCode.INVALID_PERCENTAGE": "A percentage is out of its range (a coupon's percentOff is 1 to 99), or cost shares are not whole percentages adding up to 100.",
    "ErrorCode.INVALID_THRESHOLD": "A spending threshold is negative or below the amount off.",
    "ErrorCode.INVALID_COST_SHARE": "Reserved for cost shares; today cost shares that do not add up to 100 are reported as INVALID_PERCENTAGE.",
    # tags, segments
    "ErrorCode.UNKNOWN_TAG": "No tag has this code.",
    "ErrorCode.SEGMENT_CYCLE": "The segment refers, directly or through others, to itself.",
    "ErrorCode.DEFINITION_TOO_COMPLEX": "The audience definition is nested too deeply or has too many conditions.",
    # campaigns
    "ErrorCode.BUDGET_EXHAUSTED": "The campaign's budget (rewards or fen) is spent.",
    "ErrorCode.UNKNOWN_VARIABLE": "The message template uses a variable that does not exist.",
    # recommendations
    "ErrorCode.UNKNOWN_SLOT": "No recommendation slot has this code.",
    # payments
    "ErrorCode.PAYMENT_METHOD_NOT_ACCEPTED": "This product cannot be paid with that method.",
    "ErrorCode.PAYMENT_AMOUNT_MISMATCH": "The amount the payment provider reports differs from the purchase's price.",
    "ErrorCode.PAYMENT_NO_USED": "The payment number was already used for another purchase.",
    # analytics
    "ErrorCode.UNKNOWN_MEASURE": "The metrics query names a measure the metric catalogue does not have (see metricCatalog).",
    "ErrorCode.UNKNOWN_DIMENSION": "The metrics query names a dimension the metric catalogue does not have.",
    "ErrorCode.NOT_COVERED": "No rollup holds this combination of measures and dimensions, or a monthly rollup was asked for days.",
    "ErrorCode.NOT_ON_SALE": "The mall goods is retired or outside its sale window.",
    "ErrorCode.NOT_ELIGIBLE": "The mall goods is offered only to other levels or segments.",
    "ErrorCode.PURCHASE_LIMIT_REACHED": "The member's limit of this mall goods (in total or this period) would be passed.",
    "ErrorCode.UNKNOWN_INVITE_CODE": "No member has this invite code.",
    "ErrorCode.SELF_REFERRAL": "The person registering is the owner of the invite code.",
    "ErrorCode.REFERRAL_LOOP": "The referrer was invited, directly or further up, by the person registering.",
    "ErrorCode.SAME_DEVICE_AS_REFERRER": "The registration names a device the referrer uses.",
    "ErrorCode.PHONE_PREFIX_BATCH": "Too many invitees of this referrer today share the phone's first 7 digits.",
    "ErrorCode.UNKNOWN_PROMO_CODE": "No promo code is spelled this way.",
    "ErrorCode.PROMO_CODE_EXPIRED": "The promo code's campaign has not started, has ended or was retired.",
    "ErrorCode.PROMO_CODE_USED_UP": "The promo code was redeemed as many times as it may be.",
    "ErrorCode.PROMO_CODE_LIMIT_REACHED": "The member redeemed this campaign's codes as many times as one member may.",
}

# Appended to a mutation's description as `Errors: ...` (an empty tuple reads `Errors: none.`).
_IDEMPOTENT_ORDER = (
    ErrorCode.INVALID,
    ErrorCode.INVALID_ID,
    ErrorCode.NOT_FOUND,
    ErrorCode.FORBIDDEN,
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    ErrorCode.CONFLICT,
)
MUTATION_ERRORS: dict[str, tuple[ErrorCode, ...]] = {
    "computeTags": (),
    "rebuildRecommendationIndex": (),
    "issueCoupons": (
        ErrorCode.NOT_FOUND,
        ErrorCode.TOO_MANY,
        ErrorCode.INVALID_ID,
        ErrorCode.INVALID,
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
    ),
    "confirmCoupons": _IDEMPOTENT_ORDER,
    "releaseCoupons": _IDEMPOTENT_ORDER,
    "restoreCoupons": _IDEMPOTENT_ORDER,
}
