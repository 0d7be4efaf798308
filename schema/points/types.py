"""Point types, balances, statement lines and reports."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from domain.ledger.models import Account
from domain.points.models import PointKind, PointType, Receipt, ReceiptStatus

PointKindEnum = strawberry.enum(PointKind, name="PointKind")
ReceiptStatusEnum = strawberry.enum(ReceiptStatus, name="ReceiptStatus")


@strawberry.type(name="PointType")
class PointTypeType:
    code: str
    name: str
    kind: PointKindEnum  # type: ignore[valid-type]
    expiry_policy: JSON
    allow_negative: bool
    cents_per_point: str = strawberry.field(description="Cash value of one point, as a fraction.")

    @classmethod
    def from_model(cls, t: PointType) -> PointTypeType:
        return cls(
            code=t.code,
            name=t.name,
            kind=PointKind(t.kind),
            expiry_policy=t.expiry_policy,
            allow_negative=t.allow_negative,
            cents_per_point=f"{t.cents_per_point_num}/{t.cents_per_point_den}",
        )


@strawberry.type(name="PointAccount", description="A member's balance of one point type.")
class PointAccountType:
    point_type: PointTypeType
    available: int
    frozen: int

    @classmethod
    def from_models(cls, t: PointType, account: Account | None) -> PointAccountType:
        return cls(
            point_type=PointTypeType.from_model(t),
            available=account.available if account else 0,
            frozen=account.frozen if account else 0,
        )


@strawberry.type(name="PointEntry", description="One movement of points.")
class PointEntryType:
    id: strawberry.ID
    kind: str
    amount: int = strawberry.field(description="Effect on available points.")
    frozen_delta: int
    shortfall: int = strawberry.field(description="Points a reversal could not take back.")
    source: str
    reason: str
    created_at: datetime


@strawberry.type(name="PointStatementTotals")
class PointStatementTotalsType:
    earned: int
    spent: int
    expired: int
    frozen: int
    unfrozen: int
    adjusted: int
    reversed: int


@strawberry.type(name="ExpiringPoints")
class ExpiringPointsType:
    point_type: str
    expires_at: datetime
    points: int


@strawberry.type(name="PointsLiability")
class PointsLiabilityType:
    point_type: str
    points: int
    holders: int
    cents: int


@strawberry.type(name="PointsClearingLine")
class PointsClearingLineType:
    point_type: str
    funding_party: str
    issued: int
    redeemed: int
    expired: int
    reversed: int


@strawberry.type(name="Receipt")
class ReceiptType:
    id: strawberry.ID
    store_code: str
    receipt_no: str
    amount_cents: int
    purchased_at: datetime
    status: ReceiptStatusEnum  # type: ignore[valid-type]
    points: int | None
    review_reason: str | None

    @classmethod
    def from_model(cls, r: Receipt) -> ReceiptType:
        return cls(
            id=strawberry.ID(str(r.id)),
            store_code=r.store_code,
            receipt_no=r.receipt_no,
            amount_cents=r.amount_cents,
            purchased_at=r.purchased_at,
            status=ReceiptStatus(r.status),
            points=r.points,
            review_reason=r.review_reason,
        )
