"""Members redeem a promo code for the coupon it unlocks.

Exact under concurrency: one member's redemptions of one campaign are serialised by an advisory
lock (the per-member count cannot race), and the code's uses are taken by one guarded UPDATE
(`used < max_uses`) at the end of the transaction that issues the coupon, so a refusal takes
nothing and the code's row is locked only until commit.
Attempts are counted per member and minute in Redis before anything is read, which bounds how
fast a member can guess codes.
"""

from __future__ import annotations

from datetime import datetime

from domain import config, db
from domain.cache import redis
from domain.coupons import claiming as coupons_claiming
from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupon_templates
from domain.engagement.promo_codes_models import PromoCampaign, PromoCode, PromoRedemption
from domain.engagement.promo_codes_rules import is_valid_code, normalise_code
from domain.errors import DomainError, ErrorCode
from domain.idempotency import IdempotencyKeyReused


async def check_attempts(member_id: int, now: datetime) -> None:
    """Count an attempt; RATE_LIMITED past the per-minute allowance."""
    key = f"promo:attempts:{member_id}:{int(now.timestamp()) // 60}"
    client = redis()
    count = await client.incr(key)
    if count == 1:
        await client.expire(key, 120)
    if count > config.PROMO_CODE_ATTEMPTS_PER_MINUTE.get():
        raise DomainError(
            "Too many promo codes tried; wait a minute.", field="code", code=ErrorCode.RATE_LIMITED
        )


async def find_code(raw: str, now: datetime) -> tuple[PromoCode, PromoCampaign]:
    """The code and its campaign if redeemable now: UNKNOWN_PROMO_CODE, PROMO_CODE_EXPIRED."""
    code = normalise_code(raw)
    row = await PromoCode.get_or_none(code=code) if is_valid_code(code) else None
    if row is None:
        raise DomainError("Unknown promo code.", field="code", code=ErrorCode.UNKNOWN_PROMO_CODE)
    campaign = await PromoCampaign.get(id=row.campaign_id)
    if campaign.retired or not campaign.starts_at <= now < campaign.ends_at:
        raise DomainError(
            "This promo code is not valid now.", field="code", code=ErrorCode.PROMO_CODE_EXPIRED
        )
    return row, campaign


def _used_up() -> DomainError:
    return DomainError(
        "This promo code is used up.", field="code", code=ErrorCode.PROMO_CODE_USED_UP
    )


async def redeem(*, member_id: int, code: str, key: str, now: datetime) -> PromoRedemption:
    """Redeem a code for its coupon; idempotent on `key` (a replay returns the first
    redemption; keys belong to the member). PROMO_CODE_LIMIT_REACHED, PROMO_CODE_USED_UP and
    the coupon's own refusals (its audience: COUPON_NOT_APPLICABLE)."""
    row, campaign = await find_code(code, now)
    async with db.transaction():
        await db.fetch(
            "SELECT pg_advisory_xact_lock(hashtext($1), $2)",
            f"promo-campaign:{campaign.id}",
            member_id % 2**31,
        )
        done = await PromoRedemption.get_or_none(key=key[:200])
        if done is not None:
            if done.member_id != member_id or done.code_id != row.id:
                raise IdempotencyKeyReused(
                    "This key was used for another code.", field="idempotencyKey"
                )
            return done
        held = await PromoRedemption.filter(campaign_id=campaign.id, member_id=member_id).count()
        if held >= campaign.per_member_limit:
            raise DomainError(
                "You have redeemed this promotion as often as allowed.",
                field="code",
                code=ErrorCode.PROMO_CODE_LIMIT_REACHED,
            )
        if row.used >= row.max_uses:  # read before the lock: most refusals of a used-up code
            raise _used_up()
        template = await coupon_templates.template_by_code(campaign.coupon_template)
        await coupons_claiming.require_audience(template, member_id)
        coupon, _ = await coupons_issuing.issue_for_key(
            member_id, template, key=f"promo:{key}", source="promo-code", operator="member"
        )
        # Taken last, so the code's row (every redeemer's) stays locked only until commit.
        taken = await db.execute(
            "UPDATE promo_codes SET used = used + 1 WHERE id = $1 AND used < max_uses", row.id
        )
        if not taken:
            raise _used_up()
        return await PromoRedemption.create(
            campaign_id=campaign.id,
            code_id=row.id,
            member_id=member_id,
            coupon_id=coupon.id,
            key=key[:200],
            created_at=now,
            using_db=db.connection(),
        )
