"""Loaders of campaign relations."""

from __future__ import annotations

from domain.campaigns import measure
from domain.campaigns.measure import ArmReport
from schema.loaders import BatchLoader


class CampaignEffect(BatchLoader[int, list[ArmReport]]):
    """The per-arm reports of each campaign, measured in one statement for all of them."""

    async def fetch(self, keys: list[int]) -> list[list[ArmReport]]:
        reports = await measure.measure_many(keys)
        return [reports[i] for i in keys]
