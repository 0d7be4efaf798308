"""Benefit card drops: each period's benefits made once, on activation or by the periodic job."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta

from domain import db
from domain.benefits import rules
from domain.benefits import service as benefits_service
from domain.benefits.models import CardDrop, CardStatus, CardTemplate, MemberCard
from domain.clock import business_day_end
from domain.periods import add_months


async def distribute_card(card: MemberCard, template: CardTemplate, today: date) -> int:
    """Make the card's due drops that were not made yet (each period exactly once)."""
    assert card.activated_on and card.ends_on
    terms = rules.CardTerms(
        card.activated_on, card.ends_on, rules.Every(template.every), card.price_cents
    )
    done = set(await db.values_of(CardDrop.filter(card_id=card.id), "period_key"))
    made = 0
    for period in rules.due_periods(terms, today, done):
        row = await db.fetch_one(
            "INSERT INTO benefit_card_drops (card_id, period_key, distributed_at) "
            "VALUES ($1, $2, now()) ON CONFLICT DO NOTHING RETURNING id",
            card.id,
            period.key,
        )
        if row is None:
            continue  # another run made this drop
        expires = business_day_end(
            min(_next_start(period.starts_on, template.every), card.ends_on) - timedelta(days=1)
        )
        for drop in template.drops:
            await benefits_service.grant(
                member_id=card.member_id,
                benefit_code=drop["benefit"],
                quantity=drop["quantity"],
                source=f"card:{card.id}",
                key=f"card:{card.id}:{period.key}:{drop['benefit']}",
                expires_at=expires,
            )
        made += 1
    return made


def _next_start(start: date, every: str) -> date:
    if every == "MONTH":
        return add_months(start, 1)
    return start + timedelta(days=7 if every == "WEEK" else 1)


async def distribute_due(
    *,
    today: date,
    progress: Callable[[int, str], Awaitable[None]] | None = None,
) -> dict[str, int]:
    """The periodic job for business date `today`: every active card's due drops, exactly once
    per period even when the job runs again."""
    templates = {t.id: t for t in await CardTemplate.all()}
    cards = await MemberCard.filter(status=CardStatus.ACTIVE, ends_on__gt=today)
    made = 0
    for index, card in enumerate(cards):
        async with db.transaction():
            locked = await MemberCard.filter(id=card.id).select_for_update().first()
            if locked and locked.status == CardStatus.ACTIVE:
                made += await distribute_card(locked, templates[locked.template_id], today)
        if progress and index % 500 == 0:
            await progress(int(index * 100 / max(1, len(cards))), f"{index} cards")
    return {"cards": len(cards), "drops": made}
