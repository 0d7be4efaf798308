"""Promo-code operations: staff define, list and retire campaigns and add codes; members
redeem a code for its coupon."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.clock import utc_now
from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon
from domain.engagement import promo_codes, promo_codes_redeem
from domain.engagement.promo_codes_models import PromoCampaign
from schema.access import actor, target_member
from schema.args import After, First
from schema.context import Info
from schema.coupons.mutations.payloads import one_coupon, remember_coupon
from schema.engagement.promo_code_types import (
    DefinePromoCampaignInput,
    DefinePromoCampaignPayload,
    GeneratePromoCodesInput,
    GeneratePromoCodesPayload,
    ImportPromoCodesInput,
    ImportPromoCodesPayload,
    PromoCampaignType,
    RedeemPromoCodeInput,
    RedeemPromoCodePayload,
    RejectedPromoCodeType,
    RetirePromoCampaignPayload,
)
from schema.errors import returns_errors
from schema.idempotency import Replay, run_once
from schema.permissions import IsMember, IsStaff
from schema.relay import Connection, decode_id, keyset_page


async def campaign_types(campaigns: list[PromoCampaign]) -> list[PromoCampaignType]:
    """Campaigns with their code and redemption counts (one query for all)."""
    usage = await promo_codes.usage_of([c.id for c in campaigns])
    return [PromoCampaignType.from_model(c, u) for c, u in zip(campaigns, usage, strict=True)]


async def _one(campaign: PromoCampaign) -> PromoCampaignType:
    return (await campaign_types([campaign]))[0]


@strawberry.type
class PromoCodesQuery:
    @strawberry.field(
        description="Promo campaigns, newest first, with their code and redemption counts.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_READ)],
    )
    async def promo_campaigns(
        self, first: First = None, after: After = None
    ) -> Connection[PromoCampaignType]:
        pages: dict[int, PromoCampaignType] = {}

        async def fetch(before_id: int | None, limit: int) -> list[PromoCampaign]:
            rows = await promo_codes.campaigns_page(before_id=before_id, limit=limit)
            pages.update((c.id, t) for c, t in zip(rows, await campaign_types(rows), strict=True))
            return rows

        return await keyset_page(
            fetch, first=first, after=after, key=lambda c: c.id, wrap=lambda c: pages[c.id]
        )


@strawberry.type
class PromoCodesMutation:
    @strawberry.mutation(
        description="Define a promo campaign: a SHARED code with a total, or UNIQUE codes added "
        "by generatePromoCodes and importPromoCodes; each redemption issues a coupon of the "
        "template. Errors: INVALID, NOT_FOUND (template), INVALID_WINDOW, DUPLICATE (the "
        "shared code exists), every problem at once.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    @returns_errors
    async def define_promo_campaign(
        self, info: Info, input: DefinePromoCampaignInput
    ) -> DefinePromoCampaignPayload:
        campaign = await promo_codes.define_campaign(input.to_spec(), operator=actor(info))
        return DefinePromoCampaignPayload(campaign=await _one(campaign))

    @strawberry.mutation(
        description="Retire a promo campaign: its codes stop redeeming; coupons given stay. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    @returns_errors
    async def retire_promo_campaign(self, campaign_id: strawberry.ID) -> RetirePromoCampaignPayload:
        campaign = await promo_codes.get_campaign(
            decode_id(campaign_id, "PromoCampaign", "campaignId")
        )
        retired = await promo_codes.retire_campaign(campaign.id)
        return RetirePromoCampaignPayload(campaign=await _one(retired))

    @strawberry.mutation(
        description="Generate random unique codes for a UNIQUE campaign, unique across all "
        "campaigns. Errors: INVALID (format too small for the count, bad charset or prefix), "
        "TOO_MANY, INVALID_STATE (shared or retired campaign), NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    @returns_errors
    async def generate_promo_codes(
        self, input: GeneratePromoCodesInput
    ) -> GeneratePromoCodesPayload:
        generated = await promo_codes.generate_codes(
            decode_id(input.campaign_id, "PromoCampaign", "campaignId"),
            input.to_format(),
            input.count,
        )
        return GeneratePromoCodesPayload(generated=generated)

    @strawberry.mutation(
        description="Import unique codes from CSV text into a UNIQUE campaign: malformed "
        "codes, repeats and codes that exist are reported by line, the rest load. Errors: "
        "TOO_MANY, INVALID_STATE, NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    @returns_errors
    async def import_promo_codes(self, input: ImportPromoCodesInput) -> ImportPromoCodesPayload:
        outcome = await promo_codes.import_codes(
            decode_id(input.campaign_id, "PromoCampaign", "campaignId"), input.csv
        )
        return ImportPromoCodesPayload(
            loaded=outcome.loaded,
            rejected=[
                RejectedPromoCodeType(line=p.line, reason=p.reason) for p in outcome.rejected
            ],
        )

    @strawberry.mutation(
        description="Redeem a promo code for the coupon it unlocks; idempotent on "
        "idempotencyKey. At most PROMO_CODE_ATTEMPTS_PER_MINUTE tries a minute (10). Errors: "
        "RATE_LIMITED, UNKNOWN_PROMO_CODE, PROMO_CODE_EXPIRED, PROMO_CODE_USED_UP, "
        "PROMO_CODE_LIMIT_REACHED, OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, "
        "COUPON_NOT_APPLICABLE (the template's audience), "
        "IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def redeem_promo_code(
        self, info: Info, input: RedeemPromoCodeInput
    ) -> RedeemPromoCodePayload:
        member_id = await target_member(info, None)
        now = utc_now()
        await promo_codes_redeem.check_attempts(member_id, now)

        async def redeem(key: str) -> Coupon:
            done = await promo_codes_redeem.redeem(
                member_id=member_id, code=input.code, key=key, now=now
            )
            return await coupons_service.get_coupon(done.coupon_id)

        coupon = await run_once(
            info,
            "redeemPromoCode",
            input.idempotency_key,
            {"code": input.code.strip().upper()},
            redeem,
            Replay(remember_coupon, lambda done: coupons_service.get_coupon(done["id"])),
        )
        return await one_coupon(RedeemPromoCodePayload, coupon)
