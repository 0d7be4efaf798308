"""A campaign's own audience definition: checked and stored in its canonical form, evaluated
for a run, and asked about one member when a trigger fires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.audience import dsl
from domain.campaigns import audience
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import CampaignMode
from domain.errors import DomainError
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_catalogue, make_member, make_order

pytestmark = pytest.mark.usefixtures("database")
NOW = datetime.now(UTC)
BUYERS = {
    "behaviour": {
        "source": "ORDER",
        "metric": "COUNT",
        "op": "GTE",
        "value": 1.0,
        "window_days": 30,
    }
}


def _spec(setting: dict) -> campaigns_service.CampaignInput:
    return campaigns_service.CampaignInput(
        name="Own audience",
        owner="t",
        starts_at=NOW - timedelta(hours=1),
        ends_at=NOW + timedelta(days=7),
        mode=CampaignMode.ONE_SHOT,
        audience=setting,
        rewards=[{"kind": "POINTS", "points": 10}],
    )


async def test_a_definition_audience_holds_the_members_it_describes() -> None:
    # given two members, one of whom bought in the last 30 days
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await make_catalogue()
    buyer, idle = await make_member(), await make_member()
    await make_order(buyer.id, days_ago=2)
    # when a campaign targets buyers by its own definition
    campaign = await campaigns_service.create(
        _spec({"kind": "DEFINITION", "definition": {"and": [BUYERS]}})
    )
    # then the definition is stored in its canonical form, a run goes to the buyer only, and a
    # trigger finds the buyer in the audience and the idle member not
    assert campaign.audience == {
        "kind": "DEFINITION",
        "definition": dsl.to_dict(dsl.from_dict({"and": [BUYERS]})),
    }
    assert (await audience.member_ids(campaign)).tolist() == [buyer.id]
    assert await audience.includes(campaign, buyer.id)
    assert not await audience.includes(campaign, idle.id)


async def test_a_bad_definition_audience_is_refused_at_its_path() -> None:
    bad = {"not": {"behaviour": {**BUYERS["behaviour"], "window_days": 0}}}
    with pytest.raises(DomainError) as refused:
        await campaigns_service.create(_spec({"kind": "DEFINITION", "definition": bad}))
    assert refused.value.field == "audience.definition.not.behaviour.window_days"
