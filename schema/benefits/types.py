"""Benefit grants and cards as clients see them, and the payloads the mutations share."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeAlias, TypeVar

import strawberry

from domain.access import Role
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from schema.context import Info
from schema.errors import UserError
from schema.node import Node
from schema.payments.types import PurchaseType
from schema.relay import encode_id

BenefitKindEnum: TypeAlias = BenefitKind
strawberry.enum(BenefitKind, name="BenefitKind")
RedeemMethodEnum: TypeAlias = RedeemMethod
strawberry.enum(RedeemMethod, name="RedeemMethod")


@strawberry.type(name="BenefitGrant")
class GrantType(Node):
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
            id=strawberry.ID(encode_id("BenefitGrant", g.id)),
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
class CardType(Node):
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
            id=strawberry.ID(encode_id("MemberCard", c.id)),
            template_code=c.template_code,
            status=c.status,
            activated_on=c.activated_on,
            ends_on=c.ends_on,
            price_cents=c.price_cents,
            refunded_cents=c.refunded_cents,
            drops_total=c.drops_total,
            drops_left=c.drops_left,
        )


@strawberry.type
class BenefitPayload:
    ok: bool
    id: strawberry.ID | None
    errors: list[UserError]


@strawberry.type
class CardPayload:
    card: CardType | None
    errors: list[UserError]
    purchase: PurchaseType | None = strawberry.field(
        default=None, description="The payment; PENDING until confirmPayment for EXTERNAL."
    )


def own_member(info: Info) -> int | None:
    """Members act only on their own grants and cards; staff and service on any."""
    principal = info.context.principal
    return principal.member_id if principal and principal.role is Role.MEMBER else None


async def card_type(card_id: int) -> CardType:
    """A card as its holder sees it, with the drops left."""
    card = await cards_service.get_card(card_id)
    held = [c for c in await cards_service.cards_of(card.member_id) if c.id == card_id]
    return CardType.from_card(held[0])


B = TypeVar("B", bound=BenefitPayload)


def ok_payload(cls: type[B], id_: int | str | None = None, **changed: Any) -> B:
    """A successful benefit payload with the id concerned, if one, and the changed object."""
    return cls(ok=True, id=strawberry.ID(str(id_)) if id_ else None, errors=[], **changed)


async def grant_type(grant_id: int) -> GrantType:
    """A grant as its holder sees it, with what remains."""
    grant = await benefits_service.get_grant(grant_id)
    held = await benefits_service.grants_of(grant.member_id, include_spent=True)
    return GrantType.from_grant(next(g for g in held if g.id == grant_id))
