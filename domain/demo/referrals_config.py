"""The demo's referral rule and promo campaigns, one of each kind, set up as staff would."""

from __future__ import annotations

from datetime import timedelta

from domain.clock import utc_now
from domain.coupons import templates as coupons_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.engagement import promo_codes, referrals_config
from domain.engagement.promo_codes_models import PromoKind
from domain.engagement.promo_codes_rules import CodeFormat
from domain.engagement.referrals_rules import Party, RewardSpec, Stage

OPERATOR = "demo"


async def configure_referrals_and_promo_codes() -> str:
    """A referral rule paying points, growth and a coupon, a shared code and 100 unique codes."""
    await coupons_templates.define_template(
        code="FRIEND_20",
        name="20 off 100 for friends",
        kind=CouponKind.THRESHOLD_OFF,
        amount_off_cents=2000,
        threshold_cents=10000,
        total_stock=100_000,
        valid_days=30,
        state=TemplateState.ACTIVE,
    )
    await referrals_config.define_rule(
        point_type="POINTS",
        growth_point_type="GROWTH",
        rewards={
            (Stage.REGISTERED, Party.REFERRER): RewardSpec(points=100),
            (Stage.REGISTERED, Party.INVITEE): RewardSpec(coupon="FRIEND_20"),
            (Stage.FIRST_ORDER, Party.REFERRER): RewardSpec(points=500, growth=200),
            (Stage.FIRST_ORDER, Party.INVITEE): RewardSpec(points=200),
        },
        monthly_cap=20,
        prefix_limit=3,
        operator=OPERATOR,
    )
    now = utc_now()
    starts_at, ends_at = now - timedelta(days=1), now + timedelta(days=90)
    await promo_codes.define_campaign(
        promo_codes.CampaignInput(
            name="Winter shared code",
            kind=PromoKind.SHARED,
            coupon_template="FRIEND_20",
            per_member_limit=1,
            code="WINTER2026",
            total_limit=5_000,
            starts_at=starts_at,
            ends_at=ends_at,
        ),
        operator=OPERATOR,
    )
    unique = await promo_codes.define_campaign(
        promo_codes.CampaignInput(
            name="Store flyers",
            kind=PromoKind.UNIQUE,
            coupon_template="FRIEND_20",
            per_member_limit=1,
            starts_at=starts_at,
            ends_at=ends_at,
        ),
        operator=OPERATOR,
    )
    await promo_codes.generate_codes(unique.id, CodeFormat(prefix="FLY-"), 100)
    return "referral rule, coupon template FRIEND_20, promo code WINTER2026 and 100 FLY- codes"
