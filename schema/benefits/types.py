"""Benefit grant and benefit card types shared by the benefit operations and the member."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service


@strawberry.type(name="BenefitGrant")
class GrantType:
    id: strawberry.ID
    benefit_code: str
    name: str
    quantity: int
    used: int
    remaining: int
    source: str
    expires_at: datetime | None
    status: str
    usable: bool

    @classmethod
    def from_grant(cls, g: benefits_service.HeldGrant) -> GrantType:
        return cls(
            id=strawberry.ID(str(g.id)),
            benefit_code=g.benefit_code,
            name=g.name,
            quantity=g.quantity,
            used=g.used,
            remaining=g.remaining,
            source=g.source,
            expires_at=g.expires_at,
            status=g.status,
            usable=g.usable,
        )


@strawberry.type(name="MemberCard")
class CardType:
    id: strawberry.ID
    template_code: str
    status: str
    activated_on: date | None
    ends_on: date | None
    price_cents: int
    refunded_cents: int
    drops_total: int
    drops_left: int

    @classmethod
    def from_card(cls, c: cards_service.HeldCard) -> CardType:
        return cls(
            id=strawberry.ID(str(c.id)),
            template_code=c.template_code,
            status=c.status,
            activated_on=c.activated_on,
            ends_on=c.ends_on,
            price_cents=c.price_cents,
            refunded_cents=c.refunded_cents,
            drops_total=c.drops_total,
            drops_left=c.drops_left,
        )
