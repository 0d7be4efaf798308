"""Benefits granted to members, and benefit cards they hold."""

from __future__ import annotations

import itertools
from datetime import timedelta

from domain.benefits import card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, CardStatus, MemberCard, RedeemMethod
from domain.clock import business_today

_numbers = itertools.count(1)


async def grant_benefit_and_card(member_id: int) -> None:
    """A new service benefit granted twice over, and an active card of a new template that
    drops it monthly."""
    n = next(_numbers)
    code = f"BENEFIT{n}"
    await benefits_service.define_benefit(
        code=code, name="Parking", kind=BenefitKind.SERVICE, redeem_method=RedeemMethod.SCAN
    )
    await benefits_service.grant(
        member_id=member_id, benefit_code=code, quantity=2, source="test", key=f"grant-{n}"
    )
    template = await card_templates.define_template(
        code=f"CARD{n}",
        name="Card",
        price_cents=100,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": code, "quantity": 1}],
    )
    today = business_today()
    await MemberCard.create(
        member_id=member_id,
        template_id=template.id,
        idempotency_key=f"card-{n}",
        channel="APP",
        price_cents=100,
        status=CardStatus.ACTIVE,
        activated_on=today,
        ends_on=today + timedelta(days=90),
    )
