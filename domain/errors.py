"""Domain-owned error codes and the exception every business rule raises."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable codes clients switch on. Add new codes at the end of their group; never rename."""

    # generic input and access
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    INVALID_ID = "INVALID_ID"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    TOO_MANY = "TOO_MANY"
    TOO_LARGE = "TOO_LARGE"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    FORBIDDEN = "FORBIDDEN"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    INVALID_STATE = "INVALID_STATE"
    INVALID_WINDOW = "INVALID_WINDOW"
    EXPIRED = "EXPIRED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RATE_LIMITED = "RATE_LIMITED"
    # members
    INVALID_PHONE = "INVALID_PHONE"
    IDENTITY_TAKEN = "IDENTITY_TAKEN"
    MEMBER_ERASED = "MEMBER_ERASED"
    INVALID_MEMBER_CODE = "INVALID_MEMBER_CODE"
    INVALID_CODE = "INVALID_CODE"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS"
    # catalogue, orders, events
    UNKNOWN_ITEM = "UNKNOWN_ITEM"
    UNKNOWN_STORE = "UNKNOWN_STORE"
    UNKNOWN_EVENT = "UNKNOWN_EVENT"
    INVALID_PROPERTIES = "INVALID_PROPERTIES"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    REFUND_EXCEEDS_PAID = "REFUND_EXCEEDS_PAID"
    # ledgers
    UNKNOWN_POINT_TYPE = "UNKNOWN_POINT_TYPE"
    INSUFFICIENT_POINTS = "INSUFFICIENT_POINTS"
    INSUFFICIENT_FROZEN = "INSUFFICIENT_FROZEN"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    WALLET_LOCKED = "WALLET_LOCKED"
    WALLET_CLOSED = "WALLET_CLOSED"
    DUPLICATE_RECEIPT = "DUPLICATE_RECEIPT"
    LEDGER_DRIFT = "LEDGER_DRIFT"
    RECEIPT_MATCHES_ORDER = "RECEIPT_MATCHES_ORDER"
    # levels, benefits, cards
    INVALID_LADDER = "INVALID_LADDER"
    PLAN_OVERLAP = "PLAN_OVERLAP"
    BENEFIT_EXHAUSTED = "BENEFIT_EXHAUSTED"
    # coupons
    OUT_OF_STOCK = "OUT_OF_STOCK"
    COUPON_OUT_OF_STOCK = "OUT_OF_STOCK"  # alias kept for readability in coupon code
    COUPON_LIMIT_REACHED = "COUPON_LIMIT_REACHED"
    COUPON_NOT_APPLICABLE = "COUPON_NOT_APPLICABLE"
    COUPON_USED = "COUPON_USED"
    COUPON_PAUSED = "COUPON_PAUSED"
    INVALID_PERCENTAGE = "INVALID_PERCENTAGE"
    INVALID_THRESHOLD = "INVALID_THRESHOLD"
    INVALID_COST_SHARE = "INVALID_COST_SHARE"
    # tags, segments
    UNKNOWN_TAG = "UNKNOWN_TAG"
    SEGMENT_CYCLE = "SEGMENT_CYCLE"
    DEFINITION_TOO_COMPLEX = "DEFINITION_TOO_COMPLEX"
    # campaigns
    BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED"
    UNKNOWN_VARIABLE = "UNKNOWN_VARIABLE"
    # recommendations
    UNKNOWN_SLOT = "UNKNOWN_SLOT"
    # payments
    PAYMENT_METHOD_NOT_ACCEPTED = "PAYMENT_METHOD_NOT_ACCEPTED"
    PAYMENT_AMOUNT_MISMATCH = "PAYMENT_AMOUNT_MISMATCH"
    PAYMENT_NO_USED = "PAYMENT_NO_USED"
    # analytics
    UNKNOWN_MEASURE = "UNKNOWN_MEASURE"
    UNKNOWN_DIMENSION = "UNKNOWN_DIMENSION"
    NOT_COVERED = "NOT_COVERED"
    # points mall
    NOT_ON_SALE = "NOT_ON_SALE"
    NOT_ELIGIBLE = "NOT_ELIGIBLE"
    PURCHASE_LIMIT_REACHED = "PURCHASE_LIMIT_REACHED"
    # engagement: referrals and promo codes
    UNKNOWN_INVITE_CODE = "UNKNOWN_INVITE_CODE"
    SELF_REFERRAL = "SELF_REFERRAL"
    REFERRAL_LOOP = "REFERRAL_LOOP"
    SAME_DEVICE_AS_REFERRER = "SAME_DEVICE_AS_REFERRER"
    PHONE_PREFIX_BATCH = "PHONE_PREFIX_BATCH"
    UNKNOWN_PROMO_CODE = "UNKNOWN_PROMO_CODE"
    PROMO_CODE_EXPIRED = "PROMO_CODE_EXPIRED"
    PROMO_CODE_USED_UP = "PROMO_CODE_USED_UP"
    PROMO_CODE_LIMIT_REACHED = "PROMO_CODE_LIMIT_REACHED"


class DomainError(Exception):
    """A business rule refused the operation; nothing was written."""

    code: ErrorCode = ErrorCode.INVALID

    def __init__(
        self, message: str, *, field: str | None = None, code: ErrorCode | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code}, field={self.field!r}, {self.message!r})"


class NotFound(DomainError):
    code = ErrorCode.NOT_FOUND


class InvalidAmount(DomainError):
    code = ErrorCode.INVALID_AMOUNT


class Forbidden(DomainError):
    code = ErrorCode.FORBIDDEN


class InvalidState(DomainError):
    code = ErrorCode.INVALID_STATE


class Conflict(DomainError):
    code = ErrorCode.CONFLICT


class InvalidInput(DomainError):
    """Several problems of one input; `errors` holds every one with its field, the first leads."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__(errors[0].message, field=errors[0].field, code=errors[0].code)
        self.errors = errors


class Problems:
    """Collects the problems of one input so that all of them are reported at once."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def add(self, error: DomainError) -> None:
        """Record a problem (an InvalidInput contributes each of its problems)."""
        self.errors.extend(error.errors if isinstance(error, InvalidInput) else [error])

    @contextlib.contextmanager
    def collect(self) -> Iterator[None]:
        """Run one check: a DomainError it raises is recorded and the next check still runs."""
        try:
            yield
        except DomainError as error:
            self.add(error)

    def raise_if_any(self) -> None:
        """Raise the problems collected so far: the one alone, or InvalidInput for several."""
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise InvalidInput(list(self.errors))
