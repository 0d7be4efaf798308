"""Referral operations: a member's invite and invitees, staff's rule and report."""

from __future__ import annotations

from datetime import date

import strawberry

from domain.access import Scope
from domain.engagement import referrals, referrals_config, referrals_reads
from domain.errors import DomainError, ErrorCode
from schema.access import actor, target_member
from schema.args import After, First
from schema.context import Info
from schema.engagement.referral_types import (
    DefineReferralRuleInput,
    DefineReferralRulePayload,
    InviteeType,
    InviteShareType,
    ReferralRuleType,
    ReferrerReportLineType,
)
from schema.errors import returns_errors
from schema.paging import page_by_position
from schema.permissions import IsMemberOrStaff, IsStaff
from schema.relay import Connection, decode_id, keyset_page


@strawberry.type
class ReferralsQuery:
    @strawberry.field(
        description="The member's invite code and what to share (made on first use, stable "
        "after). Errors: NOT_FOUND, MEMBER_ERASED.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.MEMBERS_READ)],
    )
    async def my_invite(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> InviteShareType:
        member = await target_member(info, member_id)
        return InviteShareType.from_share(await referrals.share_of(member))

    @strawberry.field(
        description="The members who registered with the member's code, newest first, phones "
        "masked, with what each paid the referrer.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.MEMBERS_READ)],
    )
    async def my_referrals(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        member_id: strawberry.ID | None = None,
    ) -> Connection[InviteeType]:
        member = await target_member(info, member_id)

        async def fetch(before_id: int | None, limit: int) -> list[referrals_reads.InviteeView]:
            return await referrals_reads.invitees_page(member, before_id=before_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda v: v.id, wrap=InviteeType.from_view
        )

    @strawberry.field(
        description="The referral rule in force, or null when referrals pay nothing.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def referral_rule(self) -> ReferralRuleType | None:
        rule = await referrals_config.active_rule()
        return ReferralRuleType.from_model(rule) if rule else None

    @strawberry.field(
        description="Referrals by referrer over business days `since`..`until` (at most 366): "
        "invitees, those still members, first orders, rewards paid and withheld by the cap; "
        "busiest referrers first. Errors: INVALID_WINDOW, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def referral_report(
        self,
        since: date,
        until: date,
        referrer_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[ReferrerReportLineType]:
        if not 0 <= (until - since).days < referrals_reads.MAX_REPORT_DAYS:
            raise DomainError(
                "until is on or after since, at most 366 days on.",
                field="until",
                code=ErrorCode.INVALID_WINDOW,
            )
        referrer = decode_id(referrer_id, "Member", "referrerId") if referrer_id else None
        lines = await referrals_reads.report(start=since, end=until, referrer_id=referrer)
        return await page_by_position(
            lines, first=first, after=after, wrap=ReferrerReportLineType.from_line
        )


@strawberry.type
class ReferralsMutation:
    @strawberry.mutation(
        description="Replace the referral rule: rewards for referrer and invitee when the "
        "invitee registers and at the first paid order, the monthly cap, the phone-prefix "
        "limit. Errors: UNKNOWN_POINT_TYPE, NOT_FOUND (coupon template), INVALID, "
        "INVALID_AMOUNT, REQUIRED (every problem at once).",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def define_referral_rule(
        self, info: Info, input: DefineReferralRuleInput
    ) -> DefineReferralRulePayload:
        rule = await referrals_config.define_rule(
            point_type=input.point_type,
            growth_point_type=input.growth_point_type,
            rewards=input.rewards(),
            monthly_cap=input.monthly_cap,
            prefix_limit=input.prefix_limit,
            operator=actor(info),
        )
        return DefineReferralRulePayload(rule=ReferralRuleType.from_model(rule))
