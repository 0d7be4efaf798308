"""The demo configuration applies through the services and can run on an empty database."""

from __future__ import annotations

import pytest

from domain import db
from domain.coupons.models import CouponTemplate
from domain.demo.configure import configure_demo
from domain.engagement.mall_models import MallGoods
from domain.engagement.models import SignInRule, Task
from domain.engagement.promo_codes_models import PromoCode
from domain.engagement.referrals_models import ReferralRule
from domain.levels.models import Level
from domain.points.models import PointType
from domain.wallet.models import GiftCard

pytestmark = pytest.mark.usefixtures("database")


async def test_demo_configuration_sets_up_every_area() -> None:
    done = await configure_demo()
    assert len(done) == 10
    assert await SignInRule.filter(active=True).count() == 1
    assert sorted(t.code for t in await Task.all()) == [
        "DAILY_REVIEW",
        "FIRST_ORDER",
        "MONTHLY_3_ORDERS",
    ]
    assert await GiftCard.filter(batch="demo").count() == 3
    assert [t.code for t in await PointType.all().order_by("code")] == ["GROWTH", "POINTS"]
    assert await Level.all().count() == 3
    assert await CouponTemplate.all().count() == 3
    assert await ReferralRule.filter(active=True).count() == 1
    assert await PromoCode.all().count() == 101
    assert [g.kind for g in await MallGoods.all().order_by("id")] == ["GOODS", "COUPON", "BENEFIT"]
    queued = await db.fetch("SELECT name FROM jobs ORDER BY name")
    assert [r["name"] for r in queued] == ["recs.rebuild", "tags.compute_all"]
