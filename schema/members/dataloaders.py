"""Loaders of member relations."""

from __future__ import annotations

from domain.members import service as members_service
from domain.members.models import Identity, Member
from domain.orders import stats as order_stats
from domain.orders.models import MemberStats
from schema.loaders import BatchLoader


class MemberById(BatchLoader[int, Member | None]):
    """Members by id (absorbed ids resolve to the survivor)."""

    async def fetch(self, keys: list[int]) -> list[Member | None]:
        return await members_service.members_by_ids(keys)


class IdentitiesByMember(BatchLoader[int, list[Identity]]):
    """Each member's identities."""

    async def fetch(self, keys: list[int]) -> list[list[Identity]]:
        return await members_service.identities_of(keys)


class StatsByMember(BatchLoader[int, MemberStats | None]):
    """Each member's order statistics."""

    async def fetch(self, keys: list[int]) -> list[MemberStats | None]:
        return await order_stats.stats_of(keys)
