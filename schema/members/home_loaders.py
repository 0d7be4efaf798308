"""Typed loaders behind the member home fields of `Member`: each reads many members at once,
so a page of members costs the same statements as one member."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponTemplate
from domain.levels import paid as paid_service
from domain.levels import progress as levels_progress
from domain.levels import service as levels_service
from domain.orders import service as orders_service
from domain.orders.models import Order
from domain.points import holdings as points_holdings
from domain.wallet import service as wallet_service
from schema.loaders import BatchLoader

# (member id, states, after coupon id, limit)
CouponPageKey = tuple[int, tuple[str, ...], int | None, int]


class LevelProgressLoader(BatchLoader[int, levels_progress.Progress]):
    async def fetch(self, keys: list[int]) -> Sequence[levels_progress.Progress]:
        return await levels_progress.progress_of(keys)


class PrivilegesLoader(BatchLoader[int, levels_service.Privileges]):
    async def fetch(self, keys: list[int]) -> Sequence[levels_service.Privileges]:
        return await levels_service.privileges_of(keys)


class PointHoldingsLoader(BatchLoader[int, list[points_holdings.Holding]]):
    async def fetch(self, keys: list[int]) -> Sequence[list[points_holdings.Holding]]:
        return await points_holdings.holdings_of(keys)


class ExpiringPointsLoader(BatchLoader[tuple[int, int], list[points_holdings.Expiring]]):
    """Keyed by (member id, within days)."""

    async def fetch(self, keys: list[tuple[int, int]]) -> Sequence[list[points_holdings.Expiring]]:
        by_window: dict[int, list[int]] = defaultdict(list)
        for member_id, days in keys:
            by_window[days].append(member_id)
        found: dict[tuple[int, int], list[points_holdings.Expiring]] = {}
        for days, members in by_window.items():
            for member_id, rows in zip(
                members, await points_holdings.expiring_of(members, days), strict=True
            ):
                found[(member_id, days)] = rows
        return [found[k] for k in keys]


class WalletLoader(BatchLoader[int, wallet_service.Balances]):
    async def fetch(self, keys: list[int]) -> Sequence[wallet_service.Balances]:
        return await wallet_service.balances_of(keys)


class CouponPageLoader(BatchLoader[CouponPageKey, list[Coupon]]):
    async def fetch(self, keys: list[CouponPageKey]) -> Sequence[list[Coupon]]:
        by_page: dict[tuple[tuple[str, ...], int | None, int], list[int]] = defaultdict(list)
        for member_id, states, after, limit in keys:
            by_page[(states, after, limit)].append(member_id)
        found: dict[CouponPageKey, list[Coupon]] = {}
        for (states, after, limit), members in by_page.items():
            pages = await coupons_service.member_coupon_pages(
                members, states=list(states), after=after, limit=limit
            )
            for member_id, page in zip(members, pages, strict=True):
                found[(member_id, states, after, limit)] = page
        return [found[k] for k in keys]


class CouponTemplateLoader(BatchLoader[int, CouponTemplate]):
    async def fetch(self, keys: list[int]) -> Sequence[CouponTemplate]:
        found = await coupons_templates.templates_by_ids(keys)
        return [found[k] for k in keys]


class BenefitCardsLoader(BatchLoader[int, list[cards_service.HeldCard]]):
    async def fetch(self, keys: list[int]) -> Sequence[list[cards_service.HeldCard]]:
        return await cards_service.cards_of_members(keys)


class BenefitGrantsLoader(BatchLoader[int, list[benefits_service.HeldGrant]]):
    async def fetch(self, keys: list[int]) -> Sequence[list[benefits_service.HeldGrant]]:
        return await benefits_service.grants_of_members(keys)


class PaidMembershipsLoader(BatchLoader[int, list[paid_service.HeldMembership]]):
    async def fetch(self, keys: list[int]) -> Sequence[list[paid_service.HeldMembership]]:
        return await paid_service.memberships_of_members(keys)


class RecentOrdersLoader(BatchLoader[tuple[int, int], list[Order]]):
    """Keyed by (member id, how many)."""

    async def fetch(self, keys: list[tuple[int, int]]) -> Sequence[list[Order]]:
        by_limit: dict[int, list[int]] = defaultdict(list)
        for member_id, limit in keys:
            by_limit[limit].append(member_id)
        found: dict[tuple[int, int], list[Order]] = {}
        for limit, members in by_limit.items():
            pages = await orders_service.recent_orders_of(members, limit)
            for member_id, page in zip(members, pages, strict=True):
                found[(member_id, limit)] = page
        return [found[k] for k in keys]
