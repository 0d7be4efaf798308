"""Referral types: the share of an invite, an invitee, the rule, a report line."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.engagement import referrals_config, referrals_reads
from domain.engagement.referrals_models import ReferralRule
from domain.engagement.referrals_rules import Party, RewardSpec, SharePayload, Stage
from schema.errors import UserError
from schema.relay import encode_id

ReferralStageEnum: TypeAlias = Stage
strawberry.enum(Stage, name="ReferralStage", description="When a referral pays.")
ReferralPartyEnum: TypeAlias = Party
strawberry.enum(Party, name="ReferralParty", description="Who a referral reward goes to.")


@strawberry.type(name="InviteShare", description="What a member shares to invite others.")
class InviteShareType:
    code: str = strawberry.field(description="The member's invite code: 8 characters, stable.")
    path: str = strawberry.field(
        description="The mini-program page to open, with the code in its `scene` parameter."
    )
    scene: str = strawberry.field(
        description="The scene of a mini-program code (`i=CODE`, at most 32 characters)."
    )
    qr_text: str = strawberry.field(
        description="The text to encode in an ordinary QR code: INVITE_SHARE_URL and the code."
    )

    @classmethod
    def from_share(cls, share: SharePayload) -> InviteShareType:
        return cls(code=share.code, path=share.path, scene=share.scene, qr_text=share.qr_text)


@strawberry.type(name="Invitee", description="A member who registered with the referrer's code.")
class InviteeType:
    id: strawberry.ID = strawberry.field(description="Global id of the referral.")
    phone: str | None = strawberry.field(description="The invitee's phone, masked (138****5678).")
    registered_at: datetime = strawberry.field(description="When the invitee registered.")
    first_order_at: datetime | None = strawberry.field(
        description="When the invitee's first paid order was processed; null before it."
    )
    points: int = strawberry.field(description="Points this referral paid the referrer.")
    growth: int = strawberry.field(description="Growth this referral paid the referrer.")
    coupons: int = strawberry.field(description="Coupons this referral gave the referrer.")

    @classmethod
    def from_view(cls, view: referrals_reads.InviteeView) -> InviteeType:
        return cls(
            id=strawberry.ID(encode_id("Referral", view.id)),
            phone=view.phone,
            registered_at=view.registered_at,
            first_order_at=view.first_order_at,
            points=view.points,
            growth=view.growth,
            coupons=view.coupons,
        )


@strawberry.type(name="ReferralReward", description="What one party gets at one stage.")
class ReferralRewardType:
    stage: ReferralStageEnum = strawberry.field(description="When it is paid.")
    party: ReferralPartyEnum = strawberry.field(description="Who gets it.")
    points: int = strawberry.field(description="Points of the rule's point type.")
    growth: int = strawberry.field(description="Points of the rule's growth point type.")
    coupon_template: str | None = strawberry.field(description="Code of the coupon template.")


@strawberry.type(name="ReferralRule", description="How referrals are rewarded.")
class ReferralRuleType:
    point_type: str = strawberry.field(description="The point type rewards are paid in.")
    growth_point_type: str | None = strawberry.field(
        description="The point type growth rewards are paid in; null: no growth rewards."
    )
    rewards: list[ReferralRewardType] = strawberry.field(
        description="Every stage and party with something to pay."
    )
    monthly_cap: int = strawberry.field(
        description="Referrals per stage a referrer is rewarded for per business month (0: no "
        "cap); invitees are rewarded past it."
    )
    prefix_limit: int = strawberry.field(
        description="Invitees of one referrer per business day that may share a phone's first "
        "7 digits."
    )

    @classmethod
    def from_model(cls, rule: ReferralRule) -> ReferralRuleType:
        rewards = [
            _reward(stage, party, spec)
            for (stage, party), spec in referrals_config.rewards_of(rule).items()
            if not spec.empty
        ]
        return cls(
            point_type=rule.point_type,
            growth_point_type=rule.growth_point_type,
            rewards=rewards,
            monthly_cap=rule.monthly_cap,
            prefix_limit=rule.prefix_limit,
        )


def _reward(stage: Stage, party: Party, spec: RewardSpec) -> ReferralRewardType:
    return ReferralRewardType(
        stage=stage,
        party=party,
        points=spec.points,
        growth=spec.growth,
        coupon_template=spec.coupon,
    )


@strawberry.type(name="ReferrerReportLine", description="One referrer's figures over a period.")
class ReferrerReportLineType:
    referrer_id: strawberry.ID = strawberry.field(description="Global id of the referrer.")
    invited: int = strawberry.field(description="Invitees who registered with the code.")
    registered: int = strawberry.field(
        description="Of those, members still active (not erased or merged away)."
    )
    first_orders: int = strawberry.field(description="Invitees' first paid orders in the period.")
    reward_points: int = strawberry.field(description="Points paid to both parties.")
    reward_growth: int = strawberry.field(description="Growth paid to both parties.")
    reward_coupons: int = strawberry.field(description="Coupons issued to both parties.")
    capped_rewards: int = strawberry.field(
        description="Referrer rewards withheld by the monthly cap."
    )

    @classmethod
    def from_line(cls, line: referrals_reads.ReferrerLine) -> ReferrerReportLineType:
        return cls(
            referrer_id=strawberry.ID(encode_id("Member", line.referrer_id)),
            invited=line.invited,
            registered=line.registered,
            first_orders=line.first_orders,
            reward_points=line.points,
            reward_growth=line.growth,
            reward_coupons=line.coupons,
            capped_rewards=line.capped,
        )


@strawberry.input(description="What one party gets at one stage.")
class ReferralRewardInput:
    points: int = strawberry.field(default=0, description="Points (0 to 1,000,000).")
    growth: int = strawberry.field(
        default=0, description="Growth points (0 to 1,000,000); needs growthPointType."
    )
    coupon_template: str | None = strawberry.field(
        default=None, description="Code of a coupon template to issue."
    )

    def to_spec(self) -> RewardSpec:
        return RewardSpec(self.points, self.growth, self.coupon_template)


@strawberry.input(description="What a stage pays each party; omitted parties get nothing.")
class ReferralStageInput:
    referrer: ReferralRewardInput | None = strawberry.field(
        default=None, description="The referrer's reward."
    )
    invitee: ReferralRewardInput | None = strawberry.field(
        default=None, description="The invitee's reward."
    )


@strawberry.input(description="The referral rule.")
class DefineReferralRuleInput:
    point_type: str = strawberry.field(description="Point type code points are paid in.")
    growth_point_type: str | None = strawberry.field(
        default=None, description="Point type code growth is paid in (a GROWTH type)."
    )
    registered: ReferralStageInput | None = strawberry.field(
        default=None, description="Rewards when the invitee registers."
    )
    first_order: ReferralStageInput | None = strawberry.field(
        default=None, description="Rewards at the invitee's first paid order."
    )
    monthly_cap: int = strawberry.field(
        default=0, description="Referrals per stage a referrer is rewarded for a month (0: none)."
    )
    prefix_limit: int = strawberry.field(
        default=3,
        description="Invitees of one referrer a day that may share a phone's first 7 digits.",
    )

    def rewards(self) -> referrals_config.Rewards:
        found: referrals_config.Rewards = {}
        for stage, given in (
            (Stage.REGISTERED, self.registered),
            (Stage.FIRST_ORDER, self.first_order),
        ):
            if given is None:
                continue
            for party, reward in ((Party.REFERRER, given.referrer), (Party.INVITEE, given.invitee)):
                if reward is not None:
                    found[(stage, party)] = reward.to_spec()
        return found


@strawberry.type(description="What defineReferralRule returns.")
class DefineReferralRulePayload:
    rule: ReferralRuleType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
