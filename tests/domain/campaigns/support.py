"""Campaigns for the channel, receipt, cap and preview tests: running, no quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from domain.campaigns import service as campaigns_service
from domain.campaigns.models import Campaign, CampaignMode
from domain.points import config as points_config
from domain.points.models import PointKind

AT = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)  # noon in Shanghai


async def points_type() -> None:
    """The POINTS type the rewards credit."""
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )


def spec(**overrides: Any) -> campaigns_service.CampaignInput:
    """A one-shot campaign to everyone giving 100 points, sending at any hour."""
    values: dict[str, Any] = {
        "name": "Spring",
        "owner": "t",
        "starts_at": AT - timedelta(days=1),
        "ends_at": AT + timedelta(days=7),
        "mode": CampaignMode.ONE_SHOT,
        "audience": {"kind": "EVERYONE"},
        "rewards": [{"kind": "POINTS", "points": 100}],
        "quiet_start": "00:00",
        "quiet_end": "00:00",
        **overrides,
    }
    return campaigns_service.CampaignInput(**values)


async def running(**overrides: Any) -> Campaign:
    """A created campaign set running (no job)."""
    await points_type()
    campaign = await campaigns_service.create(spec(**overrides))
    await Campaign.filter(id=campaign.id).update(status="RUNNING")
    return await Campaign.get(id=campaign.id)
