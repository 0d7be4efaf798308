"""Coupon queries and mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from domain.access import Role
from domain.catalog import lookup as catalog
from domain.coupons import pricing, redemption, reports
from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon, CouponKind, TemplateState
from domain.errors import DomainError, ErrorCode
from domain.levels import service as levels_service
from domain.orders import stats as order_stats
from schema.context import Info
from schema.coupons.types import (
    AnalyticsReportType,
    AnalyticsType,
    CouponKindEnum,
    CouponType,
    QuotedCouponType,
    QuotedLineType,
    QuoteType,
    SettlementType,
    TemplateStateEnum,
    TemplateType,
)
from schema.errors import UserError
from schema.members.queries import query_error
from schema.permissions import (
    IsMember,
    IsMemberOrService,
    IsMemberStaffOrService,
    IsStaff,
    IsStaffOrBI,
    IsStaffOrService,
)
from schema.points.queries import target_member
from schema.relay import decode_id


@strawberry.input
class CartLineInput:
    line_id: str
    item_code: str
    quantity: int
    unit_price_cents: int
    category_code: str | None = None
    brand_code: str | None = None


@strawberry.input
class CartInput:
    lines: list[CartLineInput]
    channel: str = "MINI_PROGRAM"
    scene: str = "ONLINE"
    store_code: str | None = None


@strawberry.input
class DefineCouponTemplateInput:
    code: str
    name: str
    kind: CouponKindEnum  # type: ignore[valid-type]
    total_stock: int
    amount_off_cents: int = 0
    threshold_cents: int = 0
    percent_off: int = 0
    cap_cents: int | None = None
    exchange_item_code: str | None = None
    fixed_starts_at: datetime | None = None
    fixed_ends_at: datetime | None = None
    valid_days: int | None = None
    start_after_days: int = 0
    rules: JSON = strawberry.field(
        default_factory=dict,
        description="channels, scenes, stores, include_/exclude_items|categories|brands, "
        "min_spend_cents, weekdays (1-7), hours [from, to), levels, new_members_only",
    )
    stackable: bool = False
    stack_group: str = ""
    cost_share: JSON = strawberry.field(default_factory=lambda: {"platform": 100})
    per_member_limit: int = 1
    per_day_limit: int | None = None
    claim_starts_at: datetime | None = None
    claim_ends_at: datetime | None = None
    points_price: int | None = None
    refund_restores: bool = True
    state: TemplateStateEnum = TemplateState.DRAFT  # type: ignore[valid-type]


@strawberry.type
class CouponPayload:
    coupon: CouponType | None
    errors: list[UserError]


@strawberry.type
class IssuedToMember:
    member_id: strawberry.ID
    coupon: CouponType | None
    error: UserError | None


@strawberry.type
class IssueCouponsPayload:
    results: list[IssuedToMember]
    errors: list[UserError]


@strawberry.type
class ReservePayload:
    quote: QuoteType | None
    errors: list[UserError]


@strawberry.type
class CouponsPayload:
    coupons: list[CouponType]
    errors: list[UserError]


@strawberry.type
class TemplatePayload:
    template: TemplateType | None
    errors: list[UserError]


async def _coupons(coupons: list[Coupon]) -> list[CouponType]:
    templates = await coupons_service.templates_by_ids([c.template_id for c in coupons])
    return [CouponType.from_models(c, templates[c.template_id]) for c in coupons]


async def _cart(member_id: int, cart: CartInput) -> pricing.Cart:
    classes = await catalog.item_classes([line.item_code for line in cart.lines])
    level, _ = await levels_service.current(member_id)
    (stats,) = await order_stats.stats_of([member_id])
    return pricing.Cart(
        lines=tuple(
            pricing.CartLine(
                line.line_id,
                line.item_code,
                line.category_code or classes.get(line.item_code, (None, None))[0],
                line.brand_code or classes.get(line.item_code, (None, None))[1],
                line.quantity,
                line.unit_price_cents,
            )
            for line in cart.lines
        ),
        channel=cart.channel,
        scene=cart.scene,
        store_code=cart.store_code,
        level_code=level.code if level else None,
        is_new_member=stats is None or stats.order_count == 0,
        at=datetime.now().astimezone(),
    )


def _quote(q: pricing.Quote, coupons: list[CouponType], ids: list[int]) -> QuoteType:
    by_id = dict(zip(ids, coupons, strict=True))
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
            )
            for i, c in by_id.items()
        ],
        lines=[QuotedLineType(line_id=k, discount_cents=v) for k, v in sorted(q.per_line.items())],
    )


def _fail(error: DomainError) -> CouponPayload:
    return CouponPayload(coupon=None, errors=[UserError.from_domain(error)])


@strawberry.type
class CouponsQuery:
    @strawberry.field(
        description="The claim centre: coupons the member may claim now.",
        permission_classes=[IsMember],
    )
    async def claimable_coupons(self, info: Info) -> list[TemplateType]:
        member_id = info.context.principal.member_id  # type: ignore[union-attr]
        assert member_id is not None
        level, _ = await levels_service.current(member_id)
        (stats,) = await order_stats.stats_of([member_id])
        templates = await coupons_service.claimable(
            member_id, level.code if level else None, stats is None or stats.order_count == 0
        )
        return [TemplateType.from_model(t) for t in templates]

    @strawberry.field(
        description="The member's coupons, soonest expiring first.",
        permission_classes=[IsMemberStaffOrService],
    )
    async def my_coupons(
        self, info: Info, member_id: strawberry.ID | None = None, states: list[str] | None = None
    ) -> list[CouponType]:
        try:
            member = await target_member(info.context.principal, member_id)
        except DomainError as error:
            raise query_error(error) from error
        return await _coupons(await coupons_service.coupons_of(member, states))

    @strawberry.field(
        description="Checkout quote: each usable coupon with its discount, the "
        "best combination under the stacking rules, apportioned to lines.",
        permission_classes=[IsMemberOrService],
    )
    async def quote_coupons(
        self, info: Info, cart: CartInput, member_id: strawberry.ID | None = None
    ) -> QuoteType:
        try:
            member = await target_member(info.context.principal, member_id)
            q, coupons = await redemption.quote(member, await _cart(member, cart))
        except DomainError as error:
            raise query_error(error) from error
        return _quote(q, await _coupons(coupons), [c.id for c in coupons])

    @strawberry.field(
        description="Coupon discounts used in a period by store and funding party.",
        permission_classes=[IsStaffOrBI],
    )
    async def coupon_settlement(self, since: datetime, until: datetime) -> list[SettlementType]:
        return [SettlementType(**r) for r in await reports.settlement(since, until)]

    @strawberry.field(
        description="Per template: issued, claimed, used, expired, rates, sales "
        "driven, AOV and repeat rate with and without coupons, new-member share.",
        permission_classes=[IsStaffOrBI],
    )
    async def coupon_analytics(self, since: datetime, until: datetime) -> AnalyticsReportType:
        if until <= since:
            raise query_error(
                DomainError(
                    "until must be after since.", field="until", code=ErrorCode.INVALID_WINDOW
                )
            )
        rows = await reports.analytics(since, until)
        base = await reports.baseline_orders(since, until)
        return AnalyticsReportType(
            templates=[
                AnalyticsType(
                    template=r["template"],
                    kind=r["kind"],
                    face_value_cents=r["face_value_cents"],
                    issued=r["issued"],
                    claimed=r["claimed"],
                    used=r["used"],
                    expired=r["expired"],
                    claim_rate=r["claimed"] / r["total_stock"] if r["total_stock"] else 0.0,
                    use_rate=r["used"] / r["issued"] if r["issued"] else 0.0,
                    sales_cents=int(r["sales_cents"]),
                    average_order_cents=int(r["average_order_cents"]),
                    repeat_rate=r["repeat_users"] / r["users"] if r["users"] else 0.0,
                    new_member_share=r["new_users"] / r["users"] if r["users"] else 0.0,
                )
                for r in rows
            ],
            average_order_with_coupon_cents=int(base.get("aov_with") or 0),
            average_order_without_coupon_cents=int(base.get("aov_without") or 0),
            repeat_rate_with_coupon=float(base.get("repeat_with") or 0),
            repeat_rate_without_coupon=float(base.get("repeat_without") or 0),
        )


@strawberry.type
class CouponsMutation:
    @strawberry.mutation(
        description="Claim a coupon (limited-time grab); idempotent on "
        "idempotencyKey. Errors: OUT_OF_STOCK, COUPON_LIMIT_REACHED, "
        "COUPON_PAUSED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsMember],
    )
    async def claim_coupon(
        self, info: Info, template_code: str, idempotency_key: str
    ) -> CouponPayload:
        member_id = info.context.principal.member_id  # type: ignore[union-attr]
        assert member_id is not None
        try:
            coupon = await coupons_service.claim(
                member_id=member_id,
                template_code=template_code,
                key=f"{member_id}:{idempotency_key}",
            )
        except DomainError as error:
            return _fail(error)
        return CouponPayload(coupon=(await _coupons([coupon]))[0], errors=[])

    @strawberry.mutation(
        description="Exchange points for a coupon; the points debit and the "
        "issue succeed or fail together. Errors: INSUFFICIENT_POINTS, "
        "OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, INVALID_STATE.",
        permission_classes=[IsMember],
    )
    async def exchange_coupon(
        self, info: Info, template_code: str, idempotency_key: str
    ) -> CouponPayload:
        member_id = info.context.principal.member_id  # type: ignore[union-attr]
        assert member_id is not None
        try:
            coupon = await coupons_service.exchange(
                member_id=member_id,
                template_code=template_code,
                key=f"{member_id}:{idempotency_key}",
            )
        except DomainError as error:
            return _fail(error)
        return CouponPayload(coupon=(await _coupons([coupon]))[0], errors=[])

    @strawberry.mutation(
        description="Issue to one member or a list (at most 1,000), each "
        "idempotent on idempotencyKey; source ISSUE or PURCHASE. Errors per "
        "member: OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED.",
        permission_classes=[IsStaffOrService],
    )
    async def issue_coupons(
        self,
        info: Info,
        template_code: str,
        member_ids: list[strawberry.ID],
        idempotency_key: str,
        source: str = "ISSUE",
    ) -> IssueCouponsPayload:
        try:
            ids = [decode_id(m, "Member", f"memberIds[{i}]") for i, m in enumerate(member_ids)]
            outcomes = await coupons_service.issue_many(
                template_code=template_code,
                member_ids=ids,
                key=idempotency_key,
                source=source,
                operator=info.context.principal.subject if info.context.principal else "",
            )
        except DomainError as error:
            return IssueCouponsPayload(results=[], errors=[UserError.from_domain(error)])
        issued = await _coupons([o.coupon for o in outcomes if o.coupon])
        by_member = {
            c.id: t for c, t in zip([o.coupon for o in outcomes if o.coupon], issued, strict=True)
        }
        return IssueCouponsPayload(
            results=[
                IssuedToMember(
                    member_id=strawberry.ID(str(o.member_id)),
                    coupon=by_member.get(o.coupon.id) if o.coupon else None,
                    error=UserError.from_domain(o.error) if o.error else None,
                )
                for o in outcomes
            ],
            errors=[],
        )

    @strawberry.mutation(
        description="Lock coupons to an order at creation; they must apply "
        "together to the cart. Errors: COUPON_USED, EXPIRED, "
        "COUPON_NOT_APPLICABLE, NOT_FOUND, INVALID_AMOUNT (cart lines).",
        permission_classes=[IsMemberOrService],
    )
    async def reserve_coupons(
        self,
        info: Info,
        coupon_ids: list[strawberry.ID],
        order_ref: str,
        cart: CartInput,
        member_id: strawberry.ID | None = None,
    ) -> ReservePayload:
        try:
            member = await target_member(info.context.principal, member_id)
            ids = [int(c) if str(c).isdigit() else -1 for c in coupon_ids]
            q = await redemption.reserve(
                member_id=member,
                coupon_ids=ids,
                order_ref=order_ref,
                cart=await _cart(member, cart),
            )
        except DomainError as error:
            return ReservePayload(quote=None, errors=[UserError.from_domain(error)])
        coupons = await _coupons(list(await Coupon.filter(id__in=ids).order_by("id")))
        return ReservePayload(quote=_quote(q, coupons, sorted(ids)), errors=[])

    @strawberry.mutation(
        description="The order was paid: its coupons become used.",
        permission_classes=[IsStaffOrService],
    )
    async def confirm_coupons(
        self, order_ref: str, store_code: str | None = None, order_total_cents: int | None = None
    ) -> CouponsPayload:
        coupons = await redemption.confirm(
            order_ref=order_ref, store_code=store_code, order_total_cents=order_total_cents
        )
        return CouponsPayload(coupons=await _coupons(coupons), errors=[])

    @strawberry.mutation(
        description="The order was cancelled: its coupons are available again.",
        permission_classes=[IsMemberOrService],
    )
    async def release_coupons(self, info: Info, order_ref: str) -> CouponsPayload:
        coupons = await redemption.release(order_ref=order_ref)
        principal = info.context.principal
        if principal and principal.role is Role.MEMBER:
            coupons = [c for c in coupons if c.member_id == principal.member_id]
        return CouponsPayload(coupons=await _coupons(coupons), errors=[])

    @strawberry.mutation(
        description="The order was refunded: its coupons come back where the "
        "template allows and they are still valid.",
        permission_classes=[IsStaffOrService],
    )
    async def restore_coupons(self, order_ref: str) -> CouponsPayload:
        return CouponsPayload(
            coupons=await _coupons(await redemption.restore(order_ref=order_ref)), errors=[]
        )

    @strawberry.mutation(
        description="Create or change a template. Errors: INVALID_PERCENTAGE, "
        "INVALID_THRESHOLD, INVALID_AMOUNT, INVALID_WINDOW, REQUIRED.",
        permission_classes=[IsStaff.with_scope("coupons:config")],
    )
    async def define_coupon_template(self, input: DefineCouponTemplateInput) -> TemplatePayload:
        values = {
            k: getattr(input, k)
            for k in (
                "code",
                "name",
                "total_stock",
                "amount_off_cents",
                "threshold_cents",
                "percent_off",
                "cap_cents",
                "exchange_item_code",
                "fixed_starts_at",
                "fixed_ends_at",
                "valid_days",
                "start_after_days",
                "stackable",
                "stack_group",
                "per_member_limit",
                "per_day_limit",
                "claim_starts_at",
                "claim_ends_at",
                "points_price",
                "refund_restores",
            )
        }
        values.update(
            kind=CouponKind(input.kind),
            state=TemplateState(input.state),
            rules=dict(input.rules or {}),
            cost_share=dict(input.cost_share or {}),
        )
        try:
            template = await coupons_service.define_template(**values)
        except DomainError as error:
            return TemplatePayload(template=None, errors=[UserError.from_domain(error)])
        return TemplatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Activate, pause or end a template. Errors: NOT_FOUND.",
        permission_classes=[IsStaff.with_scope("coupons:write")],
    )
    async def set_coupon_template_state(
        self,
        code: str,
        state: TemplateStateEnum,  # type: ignore[valid-type]
    ) -> TemplatePayload:
        try:
            template = await coupons_service.set_state(code, TemplateState(state))
        except DomainError as error:
            return TemplatePayload(template=None, errors=[UserError.from_domain(error)])
        return TemplatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Void an unused coupon with a reason. Errors: INVALID_STATE, REQUIRED.",
        permission_classes=[IsStaff.with_scope("coupons:write")],
    )
    async def void_coupon(self, coupon_id: strawberry.ID, reason: str) -> CouponPayload:
        try:
            if not str(coupon_id).isdigit():
                raise DomainError(
                    "Malformed coupon id.", field="couponId", code=ErrorCode.INVALID_ID
                )
            coupon = await coupons_service.void(coupon_id=int(coupon_id), reason=reason)
        except DomainError as error:
            return _fail(error)
        return CouponPayload(coupon=(await _coupons([coupon]))[0], errors=[])
