"""Demo member activity through the areas' services: point redemptions and soon-expiring
bonus points, wallet recharges and payments, benefit cards and paid plans bought from the
wallet. A few hundred calls each, so per-row service cost is fine; the choices come from a
seeded generator, so the same seed gives the same activity."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from domain import db
from domain.benefits import card_templates
from domain.benefits import cards as cards_service
from domain.errors import DomainError
from domain.ledger import batch as ledger_batch
from domain.ledger.service import Meta
from domain.levels import paid as paid_service
from domain.levels.paid import Action
from domain.payments.models import PaymentMethod
from domain.points import movements
from domain.wallet import service as wallet_service

OPERATOR = "demo"


async def _ids(sql: str, *args: object) -> np.ndarray:
    return np.array([int(r["id"]) for r in await db.fetch(sql, *args)], dtype=np.int64)


def _share(rng: np.random.Generator, ids: np.ndarray, share: float) -> list[int]:
    """A seeded sample of about `share` of the ids, in id order."""
    picked: list[int] = ids[rng.random(len(ids)) < share].tolist()
    return picked


async def redeem_points(rng: np.random.Generator) -> int:
    """Some members with points spend part of them; returns how many redeemed."""
    rows = await db.fetch(
        "SELECT member_id, available FROM ledger_accounts WHERE asset = 'POINTS:POINTS' "
        "AND available >= 500 ORDER BY member_id"
    )
    done = 0
    for row in rows:
        if rng.random() >= 0.3:
            continue
        points = int(row["available"] * rng.uniform(0.2, 0.6)) // 100 * 100
        await movements.redeem(
            member_id=int(row["member_id"]),
            point_type_code="POINTS",
            points=points,
            key=f"demo:{row['member_id']}",
            purpose="cash deduction",
            operator=OPERATOR,
        )
        done += 1
    return done


async def grant_expiring_points(rng: np.random.Generator, end: datetime) -> int:
    """Sign-in bonuses that expire within the next four weeks, so "expiring soon" shows."""
    holders = await _ids(
        "SELECT member_id AS id FROM ledger_accounts WHERE asset = 'POINTS:POINTS' ORDER BY 1"
    )
    granted = 0
    for days, points in ((6, 100), (13, 200), (20, 150), (27, 300)):
        members = _share(rng, holders, 0.08)
        if not members:
            continue
        async with db.transaction():
            done = await ledger_batch.credit_batch(
                members,
                "POINTS:POINTS",
                points,
                [f"demo-sign-in:{m}:{days}" for m in members],
                Meta(source="sign-in", reason="sign-in bonus", operator=OPERATOR),
                expires_at=end + timedelta(days=days),
            )
        granted += len(done)
    return granted


async def use_wallets(rng: np.random.Generator) -> dict[str, int]:
    """Buyers top up their wallet (with the bonus rule) and pay part of it back out."""
    await wallet_service.define_recharge_rule(
        name="Top up 500, get 50", pay_cents=50_000, bonus_cents=5_000
    )
    buyers = await _ids("SELECT DISTINCT member_id AS id FROM orders ORDER BY 1")
    recharged = paid = 0
    for member_id in _share(rng, buyers, 0.15):
        amount = int(rng.choice([20_000, 50_000, 100_000]))
        await wallet_service.recharge(
            member_id=member_id,
            amount_cents=amount,
            channel="APP",
            key=f"demo:{member_id}",
            operator=OPERATOR,
        )
        recharged += 1
        if rng.random() < 0.6:
            await wallet_service.pay(
                member_id=member_id,
                amount_cents=int(amount * rng.uniform(0.1, 0.5)),
                order_ref=f"DEMO-W{member_id}",
                key=f"demo:{member_id}",
                operator=OPERATOR,
            )
            paid += 1
    return {"recharged": recharged, "paid": paid}


async def sell_cards_and_plans(rng: np.random.Generator) -> dict[str, int]:
    """A benefit card and a paid plan, bought from the wallet by some members who topped up."""
    await card_templates.define_template(
        code="PARKING_CARD",
        name="Parking card",
        price_cents=9_900,
        validity_months=6,
        every="MONTH",
        drops=[{"benefit": "PARKING_HOUR", "quantity": 2}],
    )
    await paid_service.define_plan(
        code="PLUS",
        name="Plus membership",
        audience="all",
        tier=1,
        price_cents=19_900,
        validity_days=365,
        multiplier_percent=150,
        discount_percent=5,
        benefits=[{"benefit": "PARKING_HOUR", "quantity": 4}],
    )
    wallets = await _ids(
        "SELECT member_id AS id FROM ledger_accounts WHERE asset = 'WALLET:PRINCIPAL' "
        "AND available >= 20000 ORDER BY 1"
    )
    cards = plans = 0
    for member_id in wallets.tolist():
        draw = rng.random()
        try:
            if draw < 0.35:
                await cards_service.purchase(
                    member_id=member_id,
                    template_code="PARKING_CARD",
                    key=f"demo:{member_id}",
                    channel="APP",
                    method=PaymentMethod.WALLET,
                    operator=OPERATOR,
                )
                cards += 1
            elif draw < 0.6:
                await paid_service.buy(
                    member_id=member_id,
                    action=Action.PURCHASE,
                    plan_code="PLUS",
                    method=PaymentMethod.WALLET,
                    key=f"demo:{member_id}",
                    operator=OPERATOR,
                )
                plans += 1
        except DomainError:  # a wallet the bonus split left short; the member just skips
            continue
    return {"cards": cards, "plans": plans}
