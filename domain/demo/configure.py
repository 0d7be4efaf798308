"""A ready-made configuration for the demo: point types and earning rules, a level ladder
with benefits, coupon templates, points mall goods, recommendation slots, and the first tag
and index runs (as outbox jobs the worker picks up). Uses each area's services, like an
operator would."""

from __future__ import annotations

from datetime import timedelta

from domain import db
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.clock import utc_now
from domain.coupons import templates as coupons_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.demo.engagement_config import configure_engagement
from domain.demo.mall import configure_mall
from domain.demo.referrals_config import configure_referrals_and_promo_codes
from domain.levels import ladder as levels_ladder
from domain.levels import rules as level_rules
from domain.points import config as points_config
from domain.points.models import PointKind
from domain.recs import service as recs_service
from domain.recs import slots
from domain.tags import runs as tags_runs


async def configure_demo() -> list[str]:
    """Set up the demo's configuration; returns what it did."""
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "ANNUAL", "month": 12, "day": 31, "years_after": 1},
    )
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    for code in ("POINTS", "GROWTH"):
        await points_config.define_rule(code, name="1 per yuan", points=1, per_cents=100)
    now = utc_now()
    await points_config.define_promotion(
        "POINTS",
        name="Member day",
        numerator=2,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=365),
        days_of_month=[8],
    )
    await benefits_service.define_benefit(
        code="GIFT_POINTS_200",
        name="200 points",
        kind=BenefitKind.POINTS,
        redeem_method=RedeemMethod.AUTO,
        config={"points": 200},
    )
    await benefits_service.define_benefit(
        code="PARKING_HOUR",
        name="Free parking hour",
        kind=BenefitKind.CUSTOM,
        redeem_method=RedeemMethod.SCAN,
        unit_cost_cents=1000,
    )
    await levels_ladder.define_levels(
        [
            levels_ladder.LevelInput(level_rules.LevelSpec(1, "SILVER", "Silver", 0, 0, 0)),
            levels_ladder.LevelInput(
                level_rules.LevelSpec(2, "GOLD", "Gold", 2_000, 1_000, 12),
                multiplier_percent=120,
                discount_percent=5,
                upgrade_gifts=({"benefit": "GIFT_POINTS_200"},),
                monthly_benefits=({"benefit": "PARKING_HOUR", "quantity": 2},),
            ),
            levels_ladder.LevelInput(
                level_rules.LevelSpec(3, "DIAMOND", "Diamond", 10_000, 5_000, 12),
                multiplier_percent=150,
                discount_percent=10,
                free_shipping=True,
            ),
        ],
        growth_point_type="GROWTH",
        growth_policy="RESET",
    )
    await coupons_templates.define_template(
        code="NEW_50",
        name="50 off 300",
        kind=CouponKind.THRESHOLD_OFF,
        amount_off_cents=5000,
        threshold_cents=30000,
        total_stock=10_000,
        valid_days=30,
        state=TemplateState.ACTIVE,
    )
    await coupons_templates.define_template(
        code="BEAUTY_15",
        name="15% off beauty",
        kind=CouponKind.PERCENT_OFF,
        percent_off=15,
        cap_cents=10000,
        total_stock=1_000,
        valid_days=14,
        rules={"include_categories": ["BEAUTY", "SKINCARE", "MAKEUP"]},
        state=TemplateState.ACTIVE,
    )
    await slots.configure_slot(
        slots.SlotConfig(
            code="home_feed",
            title="For you",
            strategies=(
                slots.StrategyWeight(slots.Strategy.FOR_YOU, 2.0),
                slots.StrategyWeight(slots.Strategy.POPULAR, 1.0),
            ),
            size=20,
            rules=slots.SlotRules(max_per_category=3, exclude_bought_days=7),
        )
    )
    await slots.configure_slot(
        slots.SlotConfig(
            code="item_page",
            title="Similar items",
            strategies=(slots.StrategyWeight(slots.Strategy.SIMILAR_ITEMS),),
            size=10,
        )
    )
    mall = await configure_mall()
    referrals = await configure_referrals_and_promo_codes()
    async with db.transaction():
        await tags_runs.start_compute(key="demo:tags")
        await recs_service.start_rebuild()
    return [
        "point types POINTS and GROWTH with rules and a member day",
        "levels SILVER, GOLD, DIAMOND",
        "coupon templates NEW_50 and BEAUTY_15",
        "slots home_feed and item_page",
        mall,
        "first tag and recommendation runs queued",
        *await configure_engagement(),
        referrals,
    ]
