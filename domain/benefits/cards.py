"""Benefit cards: templates, purchase and activation, periodic drops exactly once per period,
pro-rata refunds that void the drops not yet made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain import db
from domain.benefits import rules
from domain.benefits import service as benefits_service
from domain.benefits.card_drops import distribute_card
from domain.benefits.models import CardDrop, CardStatus, CardTemplate, MemberCard
from domain.clock import business_today
from domain.errors import InvalidState, NotFound
from domain.payments import refunds as payment_refunds
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind, Purchase, PurchaseStatus
from domain.periods import add_months


@dataclass(frozen=True)
class CardOrder:
    """A card order's purchase (None for a free card) and card (None while payment is pending)."""

    purchase: Purchase | None
    card: MemberCard | None


async def _template(code: str) -> CardTemplate:
    template = await CardTemplate.get_or_none(code=code, active=True)
    if template is None:
        raise NotFound(f"Unknown card '{code}'.", field="templateCode")
    return template


async def _issue(
    member_id: int, template: CardTemplate, key: str, channel: str, activate: bool
) -> MemberCard:
    card = await MemberCard.create(
        member_id=member_id,
        template_id=template.id,
        idempotency_key=key,
        channel=channel,
        price_cents=template.price_cents,
        status=CardStatus.PENDING,
    )
    if activate:
        await _activate(card, template)
    return card


async def purchase(
    *,
    member_id: int,
    template_code: str,
    key: str,
    channel: str,
    method: PaymentMethod,
    operator: str,
    activate: bool = True,
    now: datetime | None = None,
) -> CardOrder:
    """Sell a card, paid by `method` (activated once paid unless asked otherwise): from the
    wallet or with points at once; EXTERNAL leaves a PENDING purchase that issues the card when
    the payment is confirmed. A free card is issued at once. Idempotent on `key`."""
    template = await _template(template_code)
    async with db.transaction():
        existing = await MemberCard.get_or_none(idempotency_key=key)
        if existing is not None:
            return CardOrder(await payments.purchase_of(ProductKind.CARD, existing.id), existing)
        paid_before = await payments.find_purchase(member_id, f"card:{key}")
        if paid_before is not None:
            return await order_of(paid_before)
        if template.price_cents == 0:
            card = await _issue(member_id, template, key, channel, activate)
            return CardOrder(None, await MemberCard.get(id=card.id))
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.CARD,
            product_code=template.code,
            price=payments.Price(
                template.price_cents, template.points_price, template.point_type_code
            ),
            method=method,
            key=f"card:{key}",
            operator=operator,
            details={"channel": channel, "activate": activate},
            now=now,
        )
        if bought.status != PurchaseStatus.PAID:
            return CardOrder(bought, None)
        card = await _issue(member_id, template, key, channel, activate)
        await payments.set_fulfilment(bought.id, card.id)
        return CardOrder(await payments.get_purchase(bought.id), await MemberCard.get(id=card.id))


async def order_of(bought: Purchase) -> CardOrder:
    """A card purchase with the card it issued, if it did."""
    card = None
    if bought.fulfilment_id is not None:
        card = await MemberCard.get_or_none(id=bought.fulfilment_id)
    return CardOrder(bought, card)


async def fulfil_purchase(bought: Purchase) -> int:
    """A confirmed external payment issues the card it paid for."""
    template = await CardTemplate.get(code=bought.product_code)
    card = await _issue(
        bought.member_id,
        template,
        f"purchase:{bought.id}",
        str(bought.details.get("channel", "APP")),
        bool(bought.details.get("activate", True)),
    )
    result: int = card.id
    return result


async def activate(*, card_id: int, member_id: int | None) -> MemberCard:
    """Activate a paid card bought for later (e.g. a gift); validity starts today."""
    async with db.transaction():
        card = await MemberCard.filter(id=card_id).select_for_update().first()
        if card is None or (member_id is not None and card.member_id != member_id):
            raise NotFound("No such card.", field="cardId")
        if card.status != CardStatus.PENDING:
            raise InvalidState("The card is already active or refunded.", field="cardId")
        await _activate(card, await CardTemplate.get(id=card.template_id))
    return await MemberCard.get(id=card_id)


async def _activate(card: MemberCard, template: CardTemplate) -> None:
    today = business_today()
    await MemberCard.filter(id=card.id).update(
        status=CardStatus.ACTIVE,
        activated_on=today,
        ends_on=add_months(today, template.validity_months),
    )
    card.status, card.activated_on = CardStatus.ACTIVE, today
    card.ends_on = add_months(today, template.validity_months)
    await distribute_card(card, template, today)


async def refund(*, card_id: int, member_id: int | None, operator: str = "") -> MemberCard:
    """Refund the unused part of a card pro rata (rounded down) the way it was paid; drops not
    yet made are void and the unused grants of those made are withdrawn. EXPIRED after the
    card's end."""
    async with db.transaction():
        card = await MemberCard.filter(id=card_id).select_for_update().first()
        if card is None or (member_id is not None and card.member_id != member_id):
            raise NotFound("No such card.", field="cardId")
        template = await CardTemplate.get(id=card.template_id)
        if card.status == CardStatus.REFUNDED:
            raise InvalidState("The card was already refunded.", field="cardId")
        if not template.refundable:
            raise InvalidState("This card cannot be refunded.", field="cardId")
        bought = await payments.purchase_of(ProductKind.CARD, card.id)
        paid = payment_refunds.paid_amount(bought) if bought else 0
        if card.status == CardStatus.PENDING:
            amount = paid
        else:
            assert card.activated_on and card.ends_on
            done = set(await db.values_of(CardDrop.filter(card_id=card.id), "period_key"))
            outcome = rules.card_refund(
                rules.CardTerms(card.activated_on, card.ends_on, rules.Every(template.every), paid),
                business_today(),
                done,
            )
            amount = outcome.amount_cents
        if bought is not None:
            await payment_refunds.refund(
                purchase_id=bought.id,
                amount=amount,
                key=f"card:{card.id}",
                reason="benefit card refunded",
                operator=operator,
            )
        await benefits_service.withdraw_unused(
            member_id=card.member_id, key_prefix=f"card:{card.id}:", reason="card refunded"
        )
        refunded_cents = amount if bought and bought.method != PaymentMethod.POINTS else 0
        await MemberCard.filter(id=card.id).update(
            status=CardStatus.REFUNDED, refunded_cents=refunded_cents
        )
    return await MemberCard.get(id=card_id)


async def get_card(card_id: int) -> MemberCard:
    """A card by id."""
    return await MemberCard.get(id=card_id)


@dataclass(frozen=True, slots=True)
class HeldCard:
    """A member's card with the drops its period holds and those still to come."""

    id: int
    template_code: str
    status: str
    activated_on: date | None
    ends_on: date | None
    price_cents: int
    refunded_cents: int
    drops_total: int
    drops_left: int


async def cards_of(member_id: int) -> list[HeldCard]:
    """A member's cards with what remains of their drops, newest first."""
    (held,) = await cards_of_members([member_id])
    return held


async def cards_of_members(member_ids: Sequence[int]) -> list[list[HeldCard]]:
    """`cards_of` for many members in one statement, aligned to the ids."""
    rows = await db.fetch(
        """SELECT c.member_id, c.id, t.code, c.status, c.activated_on, c.ends_on, c.price_cents,
                  c.refunded_cents, t.every,
                  (SELECT count(*) FROM benefit_card_drops d WHERE d.card_id = c.id) AS drops_made
             FROM member_cards c JOIN benefit_card_templates t ON t.id = c.template_id
            WHERE c.member_id = ANY($1::bigint[]) ORDER BY c.id DESC""",
        list(member_ids),
    )
    grouped: dict[int, list[HeldCard]] = {m: [] for m in member_ids}
    for row in rows:
        grouped[int(row["member_id"])].append(_held_card(row))
    return [grouped[m] for m in member_ids]


def _held_card(row: dict[str, Any]) -> HeldCard:
    total = 0
    if row["activated_on"] and row["ends_on"]:
        every = rules.Every(row["every"])
        total = len(rules.period_keys(row["activated_on"], row["ends_on"], every))
    active = row["status"] == CardStatus.ACTIVE
    return HeldCard(
        id=row["id"],
        template_code=row["code"],
        status=row["status"],
        activated_on=row["activated_on"],
        ends_on=row["ends_on"],
        price_cents=row["price_cents"],
        refunded_cents=row["refunded_cents"],
        drops_total=total,
        drops_left=max(0, total - row["drops_made"]) if active else 0,
    )


async def active_privileges_of(member_ids: Sequence[int]) -> list[tuple[int, int]]:
    """Per member, aligned to the ids: (best discount percent, best multiplier percent) of the
    member's active cards, (0, 100) without one."""
    rows = await db.fetch(
        """SELECT c.member_id, max(t.discount_percent) AS discount,
                  max(t.multiplier_percent) AS multiplier
             FROM member_cards c JOIN benefit_card_templates t ON t.id = c.template_id
            WHERE c.member_id = ANY($1::bigint[]) AND c.status = 'ACTIVE' AND c.ends_on > $2
            GROUP BY c.member_id""",
        list(member_ids),
        business_today(),
    )
    found = {int(r["member_id"]): (int(r["discount"]), int(r["multiplier"])) for r in rows}
    return [found.get(m, (0, 100)) for m in member_ids]


async def held_cards_by_ids(ids: Sequence[int]) -> list[tuple[int, HeldCard] | None]:
    """(member id, card with its drops) aligned to card ids, in one statement."""
    rows = await db.fetch(
        """SELECT c.member_id, c.id, t.code, c.status, c.activated_on, c.ends_on, c.price_cents,
                  c.refunded_cents, t.every,
                  (SELECT count(*) FROM benefit_card_drops d WHERE d.card_id = c.id) AS drops_made
             FROM member_cards c JOIN benefit_card_templates t ON t.id = c.template_id
            WHERE c.id = ANY($1::bigint[])""",
        list(set(ids)),
    )
    found = {int(row["id"]): (int(row["member_id"]), _held_card(row)) for row in rows}
    return [found.get(i) for i in ids]
