"""The daily gifts job works on the business day it was deferred for, not the wall clock's."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import db, jobs
from domain.benefits import card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, CardDrop, MemberCard, RedeemMethod
from domain.jobs import Job
from domain.wallet import service as wallet_service
from tests.factories import make_member
from tests.helpers import gql, member, pk, run_jobs

pytestmark = pytest.mark.usefixtures("database")

BUY = """mutation($i: PurchaseBenefitCardInput!) {
  purchaseBenefitCard(input: $i) { card { id } errors { code } } }"""


async def test_daily_gifts_job_drops_the_cards_due_on_its_business_day(redis_client) -> None:
    # given a monthly card bought today, its first drop made at purchase
    await benefits_service.define_benefit(
        code="PARKING", name="Parking", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    await card_templates.define_template(
        code="PARK3",
        name="Parking",
        price_cents=9_000,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": "PARKING", "quantity": 3}],
    )
    m = await make_member()
    await wallet_service.recharge(
        member_id=m.id, amount_cents=9_000, channel="APP", key="r", operator="t"
    )
    bought = await gql(
        BUY,
        {"i": {"templateCode": "PARK3", "idempotencyKey": "c1", "paymentMethod": "WALLET"}},
        member(m.id),
    )
    card_id = pk(bought.data["purchaseBenefitCard"]["card"]["id"])
    activated_on = (await MemberCard.get(id=card_id)).activated_on
    assert activated_on is not None
    # when the job for the business day 40 days later runs (twice, as a redelivery would)
    day = activated_on + timedelta(days=40)
    async with jobs.deferred_scope(), db.transaction():
        job = await jobs.defer("levels.daily_gifts", day=day.isoformat())
        again = await jobs.defer("levels.daily_gifts", day=day.isoformat())
    await run_jobs(redis_client)
    # then the second period's drop is made once, whatever today is
    assert await CardDrop.filter(card_id=card_id).count() == 2
    results = [(await Job.get(id=j.id)) for j in (job, again)]
    assert sorted((r.status, (r.result or {})["drops"]) for r in results) == [
        ("DONE", 0),
        ("DONE", 1),
    ]
