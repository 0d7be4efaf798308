"""The order job pays a referral's first-order rewards once: for the first paid order of the
invitee, not for later ones, and not again when the job runs twice."""

from __future__ import annotations

from typing import Any

import pytest

from domain import db, jobs
from domain.clock import utc_now
from domain.engagement import referrals, referrals_config
from domain.engagement.referrals_models import Referral, ReferralReward
from domain.engagement.referrals_rules import Party, RewardSpec, Stage
from domain.members import registration as members_registration
from domain.members.models import Channel, IdentityKind
from domain.members.rules import normalise_identity
from domain.points import reads as points_reads
from tests.factories import make_member
from tests.factories.activity import make_catalogue, make_order
from tests.factories.members import next_phone
from tests.factories.points import make_point_types
from tests.helpers import run_jobs

pytestmark = pytest.mark.usefixtures("database")


async def test_the_first_paid_order_rewards_the_referrer_once(redis_client: Any) -> None:
    # given a referral rule paying the referrer 200 points for the invitee's first order
    (code,) = await make_point_types(1, expiry_days=3650)
    await make_catalogue()
    await referrals_config.define_rule(
        point_type=code,
        growth_point_type=None,
        rewards={(Stage.FIRST_ORDER, Party.REFERRER): RewardSpec(points=200)},
        monthly_cap=0,
        prefix_limit=3,
        operator="staff",
    )
    referrer = await make_member()
    registration, _ = await referrals.register_invited(
        invite_code=await referrals.invite_code_of(referrer.id),
        channel=Channel.MINI_PROGRAM,
        identities=[normalise_identity(IdentityKind.PHONE, next_phone(), None)],
        profile=members_registration.Profile(),
        source=members_registration.Source(),
        operator="test",
        now=utc_now(),
    )
    invitee = registration.member.id
    # when two orders are processed, and the first order's job runs again
    first = await make_order(invitee, days_ago=0.1)
    await make_order(invitee, days_ago=0.05)
    await run_jobs(redis_client)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("orders.process", order_id=first)
    await run_jobs(redis_client)
    # then the referrer is paid once, for the first order processed
    balances = {
        t.code: a.available if a else 0 for t, a in await points_reads.balances(referrer.id)
    }
    assert balances.get(code) == 200
    assert await ReferralReward.filter(stage="FIRST_ORDER").count() == 1
    referral = await Referral.get(invitee_id=invitee)
    assert referral.first_order_id is not None and referral.first_order_at is not None
