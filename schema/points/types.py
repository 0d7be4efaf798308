"""Point types, balances, statement lines and reports."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.ledger.models import Account
from domain.members.models import Channel
from domain.points import reports
from domain.points.holdings import Expiring
from domain.points.models import EarnPeriod, PointKind, PointType, Receipt, ReceiptStatus
from domain.points.pending import Pending
from schema.node import Node
from schema.points.expiry import ExpiryPolicyType
from schema.relay import encode_id

PointKindEnum: TypeAlias = PointKind
strawberry.enum(PointKind, name="PointKind")
ReceiptStatusEnum: TypeAlias = ReceiptStatus
strawberry.enum(ReceiptStatus, name="ReceiptStatus")
EarnPeriodEnum: TypeAlias = EarnPeriod
strawberry.enum(EarnPeriod, name="EarnPeriod")


@strawberry.type(name="EarnLimit")
class EarnLimitType:
    points: int
    period: EarnPeriodEnum


@strawberry.input
class EarnLimitInput:
    points: int
    period: EarnPeriodEnum


@strawberry.type(name="ChannelReturnWindow")
class ChannelReturnWindowType:
    channel: Channel
    days: int


@strawberry.input
class ChannelReturnWindowInput:
    channel: Channel
    days: int


@strawberry.type(name="PointType")
class PointTypeType:
    code: str
    name: str
    kind: PointKindEnum
    expiry_policy: ExpiryPolicyType = strawberry.field(description="When its points expire.")
    allow_negative: bool
    cents_per_point: str = strawberry.field(description="Cash value of one point, as a fraction.")
    earn_limit: EarnLimitType | None
    pending_days: int
    pending_days_by_channel: list[ChannelReturnWindowType]

    @classmethod
    def from_model(cls, t: PointType) -> PointTypeType:
        limit = (
            EarnLimitType(points=t.earn_limit, period=EarnPeriod(t.earn_limit_period))
            if t.earn_limit is not None and t.earn_limit_period is not None
            else None
        )
        return cls(
            code=t.code,
            name=t.name,
            kind=PointKind(t.kind),
            expiry_policy=ExpiryPolicyType.from_json(t.expiry_policy),
            allow_negative=t.allow_negative,
            cents_per_point=f"{t.cents_per_point_num}/{t.cents_per_point_den}",
            earn_limit=limit,
            pending_days=t.pending_days,
            pending_days_by_channel=[
                ChannelReturnWindowType(channel=Channel(c), days=int(d))
                for c, d in sorted((t.pending_days_by_channel or {}).items())
            ],
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
class PointEntryType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the ledger entry.")
    kind: str
    amount: int = strawberry.field(description="Effect on available points.")
    frozen_delta: int
    shortfall: int = strawberry.field(description="Points a reversal could not take back.")
    source: str
    reason: str
    created_at: datetime

    @classmethod
    def from_line(cls, line: reports.StatementLine) -> PointEntryType:
        return cls(
            id=strawberry.ID(encode_id("PointEntry", line.id)),
            kind=line.kind,
            amount=line.amount,
            frozen_delta=line.frozen_delta,
            shortfall=line.shortfall,
            source=line.source,
            reason=line.reason,
            created_at=line.created_at,
        )


@strawberry.type(name="PointStatementTotals")
class PointStatementTotalsType:
    earned: int
    spent: int
    expired: int
    frozen: int
    unfrozen: int
    adjusted: int
    reversed: int

    @classmethod
    def from_totals(cls, t: reports.StatementTotals) -> PointStatementTotalsType:
        return cls(
            earned=t.earned,
            spent=t.spent,
            expired=t.expired,
            frozen=t.frozen,
            unfrozen=t.unfrozen,
            adjusted=t.adjusted,
            reversed=t.reversed,
        )


@strawberry.type(name="ExpiringPoints")
class ExpiringPointsType:
    point_type: str
    expires_at: datetime
    points: int

    @classmethod
    def from_expiring(cls, e: Expiring) -> ExpiringPointsType:
        return cls(point_type=e.point_type, expires_at=e.expires_at, points=e.points)


@strawberry.type(name="PendingPoints")
class PendingPointsType:
    point_type: str
    order_id: strawberry.ID
    points: int
    earned_at: datetime
    releases_at: datetime

    @classmethod
    def from_pending(cls, p: Pending) -> PendingPointsType:
        return cls(
            point_type=p.point_type,
            order_id=strawberry.ID(encode_id("Order", p.order_id)),
            points=p.points,
            earned_at=p.earned_at,
            releases_at=p.releases_at,
        )


@strawberry.type(name="PointsLiability")
class PointsLiabilityType:
    point_type: str
    points: int
    holders: int
    cents: int

    @classmethod
    def from_report(cls, r: reports.Liability) -> PointsLiabilityType:
        return cls(point_type=r.point_type, points=r.points, holders=r.holders, cents=r.cents)


@strawberry.type(name="PointsClearingLine")
class PointsClearingLineType:
    point_type: str
    funding_party: str
    issued: int
    redeemed: int
    expired: int
    reversed: int

    @classmethod
    def from_report(cls, r: reports.ClearingLine) -> PointsClearingLineType:
        return cls(
            point_type=r.point_type,
            funding_party=r.funding_party,
            issued=r.issued,
            redeemed=r.redeemed,
            expired=r.expired,
            reversed=r.reversed,
        )


@strawberry.type(name="Receipt")
class ReceiptType(Node):
    store_code: str
    receipt_no: str
    amount_cents: int
    purchased_at: datetime
    status: ReceiptStatusEnum
    points: int | None
    review_reason: str | None

    @classmethod
    def from_model(cls, r: Receipt) -> ReceiptType:
        return cls(
            id=strawberry.ID(encode_id("Receipt", r.id)),
            store_code=r.store_code,
            receipt_no=r.receipt_no,
            amount_cents=r.amount_cents,
            purchased_at=r.purchased_at,
            status=ReceiptStatus(r.status),
            points=r.points,
            review_reason=r.review_reason,
        )
