"""Coupon queries: claim centre, the member's coupons, checkout quote, templates, reports."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.coupons import pricing, redemption, reports
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponState, CouponTemplate, TemplateState
from domain.errors import DomainError, ErrorCode
from domain.levels import service as levels_service
from domain.orders import stats as order_stats
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.coupons.inputs import CartInput
from schema.coupons.types import (
    AnalyticsDimension,
    AnalyticsReportType,
    AnalyticsType,
    CouponStateEnum,
    CouponType,
    QuotedCouponType,
    QuotedLineType,
    QuoteType,
    SettlementType,
    TemplateStateEnum,
    TemplateType,
)
from schema.paging import page_by_key, page_by_position
from schema.permissions import (
    IsMemberOrService,
    IsMemberOrVisitor,
    IsMemberStaffOrService,
    IsStaffOrBI,
)
from schema.relay import Connection, keyset_page


async def coupon_types(coupons: list[Coupon]) -> list[CouponType]:
    """Coupons with their templates (one query for all templates)."""
    templates = await coupons_templates.templates_by_ids([c.template_id for c in coupons])
    return [CouponType.from_models(c, templates[c.template_id]) for c in coupons]


def quote_type(q: pricing.Quote, coupons: list[CouponType], ids: list[int]) -> QuoteType:
    """The API form of a quote over the listed coupons."""
    return QuoteType(
        total_discount_cents=q.total_discount,
        coupons=[
            QuotedCouponType(
                coupon=c,
                applicable=i not in q.reasons,
                reason=q.reasons.get(i),
                standalone_discount_cents=q.standalone.get(i, 0),
                chosen=i in q.chosen,
                discount_cents=q.per_coupon.get(i, 0),
                lines=[
                    QuotedLineType(line_id=k, discount_cents=v)
                    for k, v in sorted(q.allocation.get(i, {}).items())
                ],
            )
            for i, c in zip(ids, coupons, strict=True)
        ],
        lines=[QuotedLineType(line_id=k, discount_cents=v) for k, v in sorted(q.per_line.items())],
    )


def _window(since: datetime, until: datetime) -> None:
    if until <= since:
        raise DomainError(
            "until must be after since.", field="until", code=ErrorCode.INVALID_WINDOW
        )


def _rate(part: int | None, whole: int | None) -> float | None:
    if part is None or whole is None:
        return None
    return part / whole if whole else 0.0


@strawberry.type
class CouponsQuery:
    @strawberry.field(
        description="The claim centre: coupons the member may claim, exchange or buy now. A "
        "visitor sees what a new member without a level could claim (to read; claiming needs a "
        "member).",
        permission_classes=[IsMemberOrVisitor],
    )
    async def claimable_coupons(
        self, info: Info, first: First = None, after: After = None
    ) -> Connection[TemplateType]:
        principal = info.context.principal
        if principal is not None and principal.is_visitor:
            templates = await coupons_service.claimable(None, None, True)
        else:
            member_id = await target_member(info, None)
            level = await levels_service.level_code(member_id)
            (stats,) = await order_stats.stats_of([member_id])
            templates = await coupons_service.claimable(
                member_id, level, stats is None or stats.order_count == 0
            )
        return await page_by_key(
            templates, first=first, after=after, key=lambda t: t.id, wrap=TemplateType.from_model
        )

    @strawberry.field(
        description="The member's coupons, newest first. Members read their own; staff and "
        "service name the member. Errors: NOT_FOUND, FORBIDDEN.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.COUPONS_READ)],
    )
    async def my_coupons(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        states: list[CouponStateEnum] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[CouponType]:
        member = await target_member(info, member_id)
        wanted = [CouponState(s).value for s in states or []]

        async def fetch(after_id: int | None, limit: int) -> list[CouponType]:
            rows = await coupons_service.member_coupons(
                member, states=wanted, after=after_id, limit=limit
            )
            return await coupon_types(rows)

        return await keyset_page(fetch, first=first, after=after, key=_coupon_key, wrap=lambda c: c)

    @strawberry.field(
        description="Checkout quote: each coupon the member holds with its discount or why "
        "it does not apply, the best combination under the stacking rules, and the discount "
        "apportioned to lines in cents. Errors: INVALID_AMOUNT, DUPLICATE, TOO_MANY.",
        permission_classes=[IsMemberOrService],
    )
    async def quote_coupons(
        self, info: Info, cart: CartInput, member_id: strawberry.ID | None = None
    ) -> QuoteType:
        member = await target_member(info, member_id)
        domain_cart = await redemption.cart_for(
            member,
            cart.domain_lines(),
            level_code=await levels_service.level_code(member),
            channel=cart.channel,
            scene=str(cart.scene.value),
            store_code=cart.store_code,
        )
        q, coupons = await redemption.quote(member, domain_cart)
        return quote_type(q, await coupon_types(coupons), [c.id for c in coupons])

    @strawberry.field(
        description="Coupon templates, newest first.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.COUPONS_READ)],
    )
    async def coupon_templates(
        self,
        state: TemplateStateEnum | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[TemplateType]:
        async def fetch(after_id: int | None, limit: int) -> list[CouponTemplate]:
            return await coupons_templates.templates_page(
                state=TemplateState(state).value if state else None, after=after_id, limit=limit
            )

        return await keyset_page(
            fetch,
            first=first,
            after=after,
            key=lambda t: t.id,
            wrap=TemplateType.from_model,
        )

    @strawberry.field(
        description="Coupon discounts used in a period by store and template, split by "
        "funding party (platform, merchant, brand) exactly.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.COUPONS_READ, Scope.ANALYTICS_READ)],
    )
    async def coupon_settlement(
        self, since: datetime, until: datetime, first: First = None, after: After = None
    ) -> Connection[SettlementType]:
        _window(since, until)
        lines = await reports.settlement(since, until)
        return await page_by_position(
            lines, first=first, after=after, wrap=SettlementType.from_line
        )

    @strawberry.field(
        description="Coupons issued in a period, by template, kind, face value or store of "
        "use: issued, claimed, used, expired, claim and use rates, sales driven, AOV and repeat "
        "rate with and without coupons, share of new members among users.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.COUPONS_READ, Scope.ANALYTICS_READ)],
    )
    async def coupon_analytics(
        self,
        since: datetime,
        until: datetime,
        by: AnalyticsDimension = "TEMPLATE",
    ) -> AnalyticsReportType:
        _window(since, until)
        dimension = getattr(by, "value", by)
        rows = await reports.analytics(since, until, dimension)
        base = await reports.baseline_orders(since, until)
        store = dimension == "STORE"
        return AnalyticsReportType(
            rows=[_analytics_row(r, store) for r in rows],
            average_order_with_coupon_cents=base.average_order_with_cents,
            average_order_without_coupon_cents=base.average_order_without_cents,
            repeat_rate_with_coupon=base.repeat_rate_with,
            repeat_rate_without_coupon=base.repeat_rate_without,
        )


def _coupon_key(coupon: CouponType) -> int:
    from schema.relay import decode_id

    return decode_id(str(coupon.id), "Coupon", "after")


def _analytics_row(r: reports.CohortLine, store: bool) -> AnalyticsType:
    issued = None if store else r.issued
    claimed = None if store else r.claimed
    return AnalyticsType(
        key=r.key,
        issued=issued,
        claimed=claimed,
        used=r.used,
        expired=None if store else r.expired,
        claim_rate=_rate(claimed, None if store else r.offered or 0),
        use_rate=_rate(r.used, issued),
        sales_cents=r.sales_cents,
        average_order_cents=r.average_order_cents,
        repeat_rate=_rate(r.repeat_users, r.users) or 0.0,
        new_member_share=_rate(r.new_users, r.users) or 0.0,
    )
