"""Every hook an area registers on another, listed in one place.

A lower area offers an extension point (members: merge, identity and erase hooks and merge rules;
payments: fulfillers; points and wallet: the member's level) and a higher area fills it, so the
lower one never imports the higher. Processes call `register_hooks()` once at start-up (the API
lifespan, the worker, the CLI commands that write, the tests); nothing registers on import.
"""

from __future__ import annotations

from types import ModuleType

from domain.analytics import merge as analytics_merge
from domain.analytics import rollups as analytics_rollups
from domain.audience import membership as audience_membership
from domain.audience.facts import Fact
from domain.benefits import cards as benefit_cards
from domain.benefits import merge as benefits_merge
from domain.campaigns import inbox as campaigns_inbox
from domain.campaigns import merge as campaigns_merge
from domain.campaigns import variables as campaign_variables
from domain.coupons import merge as coupons_merge
from domain.coupons import sales as coupon_sales
from domain.engagement import mall as mall_exchange
from domain.engagement import mall_goods, mall_merge, referrals
from domain.engagement import merge as engagement_merge
from domain.engagement.mall_rules import Audience
from domain.ledger import merge as ledger_merge
from domain.levels import merge as levels_merge
from domain.levels import paid as paid_plans
from domain.levels import reads as levels_reads
from domain.levels import service as levels_service
from domain.members import hooks as member_hooks
from domain.members import merge as members_merge
from domain.members import verification
from domain.orders import merge as orders_merge
from domain.orders import service as orders_service
from domain.payments import merge as payments_merge
from domain.payments import service as payments
from domain.payments.models import ProductKind
from domain.points import merge as points_merge
from domain.points import settlement as points_settlement
from domain.recs import merge as recs_merge
from domain.recs import service as recs_service
from domain.segments import facts as segment_facts
from domain.segments import service as segments_service
from domain.tags import merge as tags_merge
from domain.wallet import merge as wallet_merge
from domain.wallet import service as wallet_service

MERGE_AREAS: dict[str, ModuleType] = {
    "members": members_merge,
    "orders": orders_merge,
    "ledger": ledger_merge,
    "points": points_merge,
    "wallet": wallet_merge,
    "levels": levels_merge,
    "benefits": benefits_merge,
    "coupons": coupons_merge,
    "payments": payments_merge,
    "campaigns": campaigns_merge,
    "tags": tags_merge,
    "recs": recs_merge,
    "engagement": engagement_merge,
    "mall": mall_merge,
    "analytics": analytics_merge,
}
"""Areas owning member columns: each merge module has MERGE_RULES and move_on_merge."""


def register_hooks() -> None:
    """Register every area's hooks. Each registry is keyed, so a second call changes nothing."""
    analytics_rollups.register_dirty_sources()
    for area, module in MERGE_AREAS.items():
        member_hooks.declare_merge_rules(area, *module.MERGE_RULES)
        member_hooks.register_merge_hook(area, module.move_on_merge)
    member_hooks.register_identity_hook("orders", orders_service.attach_on_identity)
    member_hooks.register_erase_hook("orders", orders_service.forget_on_erase)
    member_hooks.register_erase_hook("member_phone_verifications", verification.forget_codes)
    member_hooks.register_erase_hook("referrals", referrals.forget_on_erase)
    payments.register_fulfiller(ProductKind.PLAN, paid_plans.fulfil_purchase)
    payments.register_fulfiller(ProductKind.CARD, benefit_cards.fulfil_purchase)
    payments.register_fulfiller(ProductKind.COUPON, coupon_sales.fulfil_purchase)
    payments.register_fulfiller(ProductKind.MALL, mall_exchange.fulfil_purchase)
    mall_goods.register_audience_lookup(_mall_audience)
    points_settlement.register_level_multiplier(levels_service.earning_multiplier)
    wallet_service.register_level_lookup(levels_service.level_code)
    audience_membership.register(
        includes=segments_service.definition_includes,
        check=lambda data, field: segments_service.check_audience(data, field=field),
    )
    member_hooks.register_erase_hook("member_inbox_messages", campaigns_inbox.forget_on_erase)
    campaign_variables.register_recommender(recs_service.top_item_names)
    segment_facts.register_source(Fact.LEVEL, levels_reads.level_members)
    segment_facts.register_source(Fact.PAID_PLAN, levels_reads.plan_holders)


async def _mall_audience(member_id: int) -> Audience:
    """A member's level and saved segments, for the mall's audience checks."""
    segments = await segments_service.member_segments(member_id)
    return Audience(await levels_service.level_code(member_id), frozenset(s.id for s in segments))
