"""One registry of the types `node(id:)` can fetch: rows by ids, who may see a row, its type.

Visibility follows each type's own root field: a member sees only their own orders, coupons,
cards, grants, memberships, purchases, payments, receipts, mall exchanges, point and wallet
entries, timeline entries and appointments (and themself); staff need the read (or
configuration) scope of the area; service and BI roles see what their root fields show them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from domain import jobs
from domain.access import Principal, Role, Scope
from domain.benefits import cards as cards_service
from domain.benefits import catalogue as benefits_catalogue
from domain.benefits import service as benefits_service
from domain.campaigns import inbox as campaigns_inbox
from domain.campaigns import service as campaigns_service
from domain.catalog import service as catalog_service
from domain.coupons import service as coupons_service
from domain.engagement import mall_reads, promo_codes
from domain.levels import paid as paid_service
from domain.levels import plan_catalogue
from domain.members import service as members_service
from domain.orders import service as orders_service
from domain.orders import timeline as timeline_service
from domain.payments import service as payments_service
from domain.points import catalogue as points_catalogue
from domain.points import receipts as receipts_service
from domain.points import reports as points_reports
from domain.segments import lists as identity_lists
from domain.segments import service as segments_service
from domain.tags import definitions as tag_definitions
from domain.wallet import recharge_rules
from domain.wallet import service as wallet_service
from schema.benefits.config_types import AppointmentType, BenefitType, CardTemplateType
from schema.benefits.types import CardType, GrantType
from schema.campaigns.inbox import InboxMessageType
from schema.campaigns.types import CampaignType, StrategyType
from schema.catalog.types import BrandType, CategoryType, ItemType, StoreType
from schema.context import Info
from schema.coupons.types import CouponType
from schema.engagement.mall_types import MallOrderType
from schema.engagement.promo_code_types import PromoCampaignType, PromoUsageLoader
from schema.jobs.types import JobType
from schema.levels.config_operations import PaidPlanType
from schema.levels.types import PaidMembershipType
from schema.members.home_loaders import CouponTemplateLoader
from schema.members.timeline_types import TimelineEntryType, timeline_ref
from schema.members.types import MemberType
from schema.node import Node
from schema.orders.types import OrderType, RefundType
from schema.payments.types import ExternalRefundType, PurchaseType
from schema.points.config_types import EarningRuleType, EventBonusType, PromotionType
from schema.points.types import PointEntryType, ReceiptType
from schema.segments.types import IdentityListType, SegmentType, SnapshotType
from schema.tags.types import TagCategoryType, TagType
from schema.wallet.config_operations import RechargeRuleType
from schema.wallet.types import PaymentType, WalletEntryType

Visible = Callable[[Principal, Any], bool]


@dataclass(frozen=True)
class NodeKind:
    """How to fetch rows of one type by ids (aligned, None where unknown), check a row against
    the caller, and turn it into its GraphQL object."""

    fetch: Callable[[list[int]], Awaitable[Sequence[Any]]]
    visible: Visible
    wrap: Callable[[Info, Any], Node | Awaitable[Node]]


def members_own(scope: Scope | tuple[Scope, ...], owner: Callable[[Any], int | None]) -> Visible:
    """A member sees their own rows; staff with (one of) the scope(s) and service see all; BI
    none."""
    scopes = scope if isinstance(scope, tuple) else (scope,)

    def visible(principal: Principal, row: Any) -> bool:
        if principal.role is Role.MEMBER:
            return principal.member_id is not None and owner(row) == principal.member_id
        if principal.role is Role.STAFF:
            return any(principal.has_scope(s) for s in scopes)
        return principal.role is Role.SERVICE

    return visible


def staff_or_bi(scope: Scope) -> Visible:
    """Staff with the scope and BI see rows; members and service none."""
    return lambda principal, _row: principal.role is Role.BI or principal.has_scope(scope)


def staff_or_service(scope: Scope) -> Visible:
    """Staff with the scope and service see rows; members and BI none."""
    return lambda principal, _row: principal.role is Role.SERVICE or principal.has_scope(scope)


def members_own_and_staff(scope: Scope, owner: Callable[[Any], int | None]) -> Visible:
    """A member sees their own rows, staff with the scope see all; service and BI none."""

    def visible(principal: Principal, row: Any) -> bool:
        if principal.role is Role.MEMBER:
            return principal.member_id is not None and owner(row) == principal.member_id
        return principal.role is Role.STAFF and principal.has_scope(scope)

    return visible


def staff_only(*scopes: Scope) -> Visible:
    """Only staff holding one of the scopes see rows."""
    return lambda principal, _row: any(principal.has_scope(scope) for scope in scopes)


def anyone(scope: Scope) -> Visible:
    """Every signed-in role sees rows (the catalogue); staff need the scope."""
    return lambda principal, _row: principal.role is not Role.STAFF or principal.has_scope(scope)


async def _promo_campaign(info: Info, campaign: Any) -> Node:
    usage = await info.context.loaders.of(PromoUsageLoader).load(campaign.id)
    return PromoCampaignType.from_model(campaign, usage)


async def _coupon(info: Info, coupon: Any) -> Node:
    template = await info.context.loaders.of(CouponTemplateLoader).load(coupon.template_id)
    return CouponType.from_models(coupon, template)


def _member_of(row: Any) -> int | None:
    member_id: int | None = row.member_id
    return member_id


def _held_owner(held: tuple[int, Any]) -> int:
    return held[0]


async def _timeline_rows(numbers: list[int]) -> Sequence[Any]:
    return await timeline_service.entries_by_refs([timeline_ref(n) for n in numbers])


NODE_KINDS: dict[str, NodeKind] = {
    "Member": NodeKind(
        members_service.members_by_ids,
        members_own(Scope.MEMBERS_READ, lambda m: m.id),
        lambda info, m: MemberType.from_model(m, info.context.principal),
    ),
    "Order": NodeKind(
        orders_service.orders_by_ids,
        members_own(Scope.ORDERS_READ, _member_of),
        lambda _info, o: OrderType.from_model(o),
    ),
    "Refund": NodeKind(
        orders_service.refunds_by_ids,
        members_own(Scope.ORDERS_READ, lambda r: r.order.member_id),
        lambda _info, r: RefundType.from_model(r),
    ),
    "InboxMessage": NodeKind(
        campaigns_inbox.messages_by_ids,
        members_own(Scope.CAMPAIGNS_READ, _member_of),
        lambda _info, m: InboxMessageType.from_model(m),
    ),
    "Coupon": NodeKind(
        coupons_service.coupons_by_ids, members_own(Scope.COUPONS_READ, _member_of), _coupon
    ),
    "BenefitGrant": NodeKind(
        benefits_service.held_grants_by_ids,
        members_own(Scope.BENEFITS_READ, _held_owner),
        lambda _info, held: GrantType.from_grant(held[1]),
    ),
    "MemberCard": NodeKind(
        cards_service.held_cards_by_ids,
        members_own(Scope.BENEFITS_READ, _held_owner),
        lambda _info, held: CardType.from_card(held[1]),
    ),
    "PaidMembership": NodeKind(
        paid_service.memberships_by_ids,
        members_own(Scope.LEVELS_READ, lambda h: h.membership.member_id),
        lambda _info, h: PaidMembershipType.from_membership(h.membership, h.plan_code),
    ),
    "Purchase": NodeKind(
        payments_service.purchases_by_ids,
        members_own(Scope.PAYMENTS_READ, _member_of),
        lambda _info, p: PurchaseType.from_model(p),
    ),
    "WalletPayment": NodeKind(
        wallet_service.payments_by_ids,
        members_own(Scope.WALLET_READ, _member_of),
        lambda _info, p: PaymentType.from_model(p),
    ),
    "MallOrder": NodeKind(
        mall_reads.orders_by_ids,
        members_own_and_staff(Scope.POINTS_READ, _member_of),
        lambda _info, o: MallOrderType.from_model(o),
    ),
    "ExternalRefund": NodeKind(
        payments_service.external_refunds_by_ids,
        staff_or_service(Scope.PAYMENTS_READ),
        lambda _info, r: ExternalRefundType.from_model(r),
    ),
    "Receipt": NodeKind(
        receipts_service.receipts_by_ids,
        members_own(Scope.POINTS_READ, _member_of),
        lambda _info, r: ReceiptType.from_model(r),
    ),
    "Campaign": NodeKind(
        campaigns_service.campaigns_by_ids,
        staff_or_bi(Scope.CAMPAIGNS_READ),
        lambda _info, c: CampaignType.from_model(c),
    ),
    "Segment": NodeKind(
        segments_service.segments_by_ids,
        staff_or_bi(Scope.SEGMENTS_READ),
        lambda _info, s: SegmentType.from_model(s),
    ),
    "SegmentSnapshot": NodeKind(
        segments_service.snapshots_by_ids,
        staff_or_bi(Scope.SEGMENTS_READ),
        lambda _info, s: SnapshotType.from_model(s),
    ),
    "StrategyNote": NodeKind(
        campaigns_service.strategy_notes_by_ids,
        staff_or_bi(Scope.CAMPAIGNS_READ),
        lambda _info, s: StrategyType.from_model(s),
    ),
    "Tag": NodeKind(
        tag_definitions.tags_by_ids,
        staff_or_bi(Scope.TAGS_READ),
        lambda _info, t: TagType.from_model(t),
    ),
    "TagCategory": NodeKind(
        tag_definitions.categories_by_ids,
        staff_or_bi(Scope.TAGS_READ),
        lambda _info, c: TagCategoryType.from_model(c),
    ),
    "Item": NodeKind(
        catalog_service.items_by_ids,
        anyone(Scope.CATALOG_READ),
        lambda _info, i: ItemType.from_model(i),
    ),
    "Store": NodeKind(
        catalog_service.stores_by_ids,
        anyone(Scope.CATALOG_READ),
        lambda _info, s: StoreType.from_model(s),
    ),
    "Category": NodeKind(
        catalog_service.categories_by_ids,
        anyone(Scope.CATALOG_READ),
        lambda _info, c: CategoryType.from_model(c),
    ),
    "Brand": NodeKind(
        catalog_service.brands_by_ids,
        anyone(Scope.CATALOG_READ),
        lambda _info, b: BrandType.from_model(b),
    ),
    "PromoCampaign": NodeKind(
        promo_codes.campaigns_by_ids, staff_only(Scope.COUPONS_READ), _promo_campaign
    ),
    "Job": NodeKind(
        jobs.jobs_by_ids, staff_only(Scope.JOBS_READ), lambda _info, j: JobType.from_model(j)
    ),
    "PointEntry": NodeKind(
        points_reports.lines_by_ids,
        members_own(Scope.POINTS_READ, _held_owner),
        lambda _info, held: PointEntryType.from_line(held[1]),
    ),
    "WalletEntry": NodeKind(
        wallet_service.movements_by_ids,
        members_own(Scope.WALLET_READ, _held_owner),
        lambda _info, held: WalletEntryType.from_movement(held[1]),
    ),
    "TimelineEntry": NodeKind(
        _timeline_rows,
        members_own(Scope.MEMBERS_READ, _held_owner),
        lambda _info, held: TimelineEntryType.from_entry(held[1]),
    ),
    "Appointment": NodeKind(
        benefits_catalogue.appointments_by_ids,
        members_own((Scope.BENEFITS_READ, Scope.BENEFITS_CONFIG), _held_owner),
        lambda _info, held: AppointmentType.from_model(held[1]),
    ),
    "EarningRule": NodeKind(
        points_catalogue.earning_rules_by_ids,
        staff_only(Scope.POINTS_READ, Scope.POINTS_CONFIG),
        lambda _info, r: EarningRuleType.from_model(r),
    ),
    "Promotion": NodeKind(
        points_catalogue.promotions_by_ids,
        staff_only(Scope.POINTS_READ, Scope.POINTS_CONFIG),
        lambda _info, p: PromotionType.from_model(p),
    ),
    "EventBonus": NodeKind(
        points_catalogue.event_bonuses_by_ids,
        staff_only(Scope.POINTS_READ, Scope.POINTS_CONFIG),
        lambda _info, r: EventBonusType.from_model(r),
    ),
    "Benefit": NodeKind(
        benefits_catalogue.benefits_by_ids,
        staff_only(Scope.BENEFITS_READ, Scope.BENEFITS_CONFIG),
        lambda _info, b: BenefitType.from_model(b),
    ),
    "BenefitCardTemplate": NodeKind(
        benefits_catalogue.card_templates_by_ids,
        staff_only(Scope.BENEFITS_READ, Scope.BENEFITS_CONFIG),
        lambda _info, t: CardTemplateType.from_model(t),
    ),
    "PaidPlan": NodeKind(
        plan_catalogue.paid_plans_by_ids,
        staff_only(Scope.LEVELS_READ, Scope.LEVELS_CONFIG),
        lambda _info, p: PaidPlanType.from_model(p),
    ),
    "RechargeRule": NodeKind(
        recharge_rules.recharge_rules_by_ids,
        staff_only(Scope.WALLET_READ, Scope.WALLET_CONFIG),
        lambda _info, r: RechargeRuleType.from_model(r),
    ),
    "IdentityList": NodeKind(
        identity_lists.identity_lists_by_ids,
        staff_only(Scope.SEGMENTS_READ, Scope.SEGMENTS_WRITE),
        lambda _info, found: IdentityListType.from_model(found),
    ),
}
