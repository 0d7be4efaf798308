"""Promo-code types and inputs: campaigns, code formats, imports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.engagement import promo_codes
from domain.engagement.promo_codes_models import PromoCampaign, PromoKind
from domain.engagement.promo_codes_rules import UNAMBIGUOUS, CodeFormat
from schema.coupons.mutations.payloads import CouponPayload
from schema.errors import UserError
from schema.loaders import BatchLoader
from schema.node import Node
from schema.relay import encode_id

PromoKindEnum: TypeAlias = PromoKind
strawberry.enum(PromoKind, name="PromoKind", description="How a promo campaign's codes are shared.")


@strawberry.type(name="PromoCampaign", description="A campaign of promo codes unlocking a coupon.")
class PromoCampaignType(Node):
    name: str = strawberry.field(description="What staff call it.")
    kind: PromoKindEnum = strawberry.field(description="Shared code or unique codes.")
    coupon_template: str = strawberry.field(description="Code of the coupon template unlocked.")
    per_member_limit: int = strawberry.field(description="Redemptions one member may make.")
    starts_at: datetime = strawberry.field(description="Codes redeem from this instant.")
    ends_at: datetime = strawberry.field(description="Codes redeem until this instant.")
    retired: bool = strawberry.field(description="Retired: its codes no longer redeem.")
    codes: int = strawberry.field(description="How many codes the campaign has.")
    redeemed: int = strawberry.field(description="Redemptions so far.")

    @classmethod
    def from_model(cls, campaign: PromoCampaign, usage: tuple[int, int]) -> PromoCampaignType:
        return cls(
            id=strawberry.ID(encode_id("PromoCampaign", campaign.id)),
            name=campaign.name,
            kind=campaign.kind,
            coupon_template=campaign.coupon_template,
            per_member_limit=campaign.per_member_limit,
            starts_at=campaign.starts_at,
            ends_at=campaign.ends_at,
            retired=campaign.retired,
            codes=usage[0],
            redeemed=usage[1],
        )


class PromoUsageLoader(BatchLoader[int, tuple[int, int]]):
    """(codes, redemptions) of campaigns, one query per batch."""

    async def fetch(self, keys: list[int]) -> Sequence[tuple[int, int]]:
        return await promo_codes.usage_of(keys)


@strawberry.input(description="A promo campaign to define.")
class DefinePromoCampaignInput:
    name: str = strawberry.field(description="1 to 100 characters.")
    kind: PromoKindEnum = strawberry.field(description="Shared code or unique codes.")
    coupon_template: str = strawberry.field(description="Code of the coupon template unlocked.")
    starts_at: datetime = strawberry.field(description="Codes redeem from this instant.")
    ends_at: datetime = strawberry.field(description="Codes redeem until this instant.")
    per_member_limit: int = strawberry.field(
        default=1, description="Redemptions one member may make (1 to 100)."
    )
    code: str | None = strawberry.field(
        default=None, description="SHARED: the code (3 to 32 of A-Z, 0-9, - and _; case-blind)."
    )
    total_limit: int | None = strawberry.field(
        default=None, description="SHARED: redemptions of the code in all."
    )

    def to_spec(self) -> promo_codes.CampaignInput:
        return promo_codes.CampaignInput(
            name=self.name,
            kind=PromoKind(self.kind),
            coupon_template=self.coupon_template,
            per_member_limit=self.per_member_limit,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            code=self.code,
            total_limit=self.total_limit,
        )


@strawberry.input(description="Unique codes to generate for a campaign.")
class GeneratePromoCodesInput:
    campaign_id: strawberry.ID = strawberry.field(description="A live UNIQUE campaign.")
    count: int = strawberry.field(description="How many codes (1 to 100,000).")
    prefix: str = strawberry.field(default="", description="Put before each code.")
    charset: str = strawberry.field(
        default=UNAMBIGUOUS,
        description="Characters of the random part (10 or more of A-Z, 0-9); the default "
        "leaves out look-alikes such as 0/O, 1/I/L, 2/Z, 5/S, 8/B.",
    )
    length: int = strawberry.field(default=8, description="Length of the random part.")

    def to_format(self) -> CodeFormat:
        return CodeFormat(
            prefix=self.prefix.upper(), charset=self.charset.upper(), length=self.length
        )


@strawberry.input(description="Unique codes to import for a campaign.")
class ImportPromoCodesInput:
    campaign_id: strawberry.ID = strawberry.field(description="A live UNIQUE campaign.")
    csv: str = strawberry.field(
        description="CSV text: one code per line in the first column; a `code` header is "
        "skipped. At most 100,000 codes."
    )


@strawberry.type(name="RejectedPromoCode", description="An import line that was not loaded.")
class RejectedPromoCodeType:
    line: int = strawberry.field(description="Line number in the CSV, from 1.")
    reason: str = strawberry.field(description="Why it was refused.")


@strawberry.input(description="A promo code to redeem.")
class RedeemPromoCodeInput:
    code: str = strawberry.field(description="The code as the member typed it (case-blind).")
    idempotency_key: str = strawberry.field(
        description="The client's key for this redemption; a retry with it returns the first "
        "outcome."
    )


@strawberry.type(description="What definePromoCampaign returns.")
class DefinePromoCampaignPayload:
    campaign: PromoCampaignType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What retirePromoCampaign returns.")
class RetirePromoCampaignPayload:
    campaign: PromoCampaignType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What generatePromoCodes returns.")
class GeneratePromoCodesPayload:
    generated: int = strawberry.field(default=0, description="Codes added.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What importPromoCodes returns.")
class ImportPromoCodesPayload:
    loaded: int = strawberry.field(default=0, description="Codes added.")
    rejected: list[RejectedPromoCodeType] = strawberry.field(
        default_factory=list, description="Lines not loaded, with their reasons."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What redeemPromoCode returns: the coupon it unlocked.")
class RedeemPromoCodePayload(CouponPayload):
    pass
