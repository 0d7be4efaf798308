"""Every template variable renders the member's value; an unknown one is refused where it is."""

from __future__ import annotations

import pytest

from domain.campaigns import notify, rewards
from domain.campaigns import service as campaigns_service
from domain.catalog.models import Store
from domain.clock import utc_now
from domain.errors import DomainError
from domain.levels import ladder as levels_ladder
from domain.levels import rules as level_rules
from domain.members.models import Member
from tests.domain.campaigns.support import points_type, running, spec
from tests.factories import make_member
from tests.factories.coupons import issue_coupons, make_template
from tests.factories.points import credit, make_point_types

pytestmark = pytest.mark.usefixtures("database")
EVERY = (
    "{name}|{level}|{amount}|{store}|{points}|{expiringPoints}|{coupon}|{recommendedItems}"
    "|{campaign}"
)


async def _member() -> int:
    await points_type()
    await levels_ladder.define_levels(
        [levels_ladder.LevelInput(spec=level_rules.LevelSpec(1, "SILVER", "Silver", 0, 0, 0))],
        growth_point_type="POINTS",
        growth_policy="RESET",
    )
    await Store.create(code="BJ01", name="Sanlitun", city="Beijing")
    member = await make_member(name="Wang Fang")
    await Member.filter(id=member.id).update(source_store="BJ01", consent_push=True)
    (expiring,) = await make_point_types(1, expiry_days=5)
    await credit(member.id, expiring, 40)
    return member.id


async def _render(campaign_rewards: list[dict], member_id: int) -> str:
    campaign = await running(rewards=campaign_rewards, message={"channel": "INBOX", "body": EVERY})
    unit = await rewards.unit_cost(campaign.rewards)
    (planned,) = await notify.plan(campaign, {}, [member_id], campaign.rewards, unit, utc_now())
    return planned.body


async def test_every_variable_renders_with_a_rewarded_coupon() -> None:
    member_id = await _member()
    await make_template("SPRING", name="Spring 5 off", amount_off_cents=500)
    body = await _render(
        [{"kind": "COUPON", "template": "SPRING"}, {"kind": "POINTS", "points": 30}], member_id
    )
    # no recommendation index is published: the list is empty
    assert body == "Wang Fang|Silver|5.30|Sanlitun|30|40|Spring 5 off||Spring"  # 30 points: 0.30


async def test_the_coupon_is_one_the_member_holds_when_none_is_rewarded() -> None:
    member_id = await _member()
    await issue_coupons(member_id, 1)  # a template named ISSUED<n>
    body = await _render([{"kind": "POINTS", "points": 30}], member_id)
    assert body.split("|")[6].startswith("ISSUED")


@pytest.mark.parametrize(
    ("_case", "overrides", "field"),
    [
        ("message", {"message": {"channel": "INBOX", "body": "Hi {nickname}"}}, "message.body"),
        (
            "variant",
            {"variants": [{"code": "a", "percent": 100, "body": "{points} {bonus}"}]},
            "variants[0].body",
        ),
        ("attribute", {"message": {"channel": "INBOX", "body": "{name.upper}"}}, "message.body"),
    ],
)
async def test_unknown_variables_are_refused_at_their_path(
    _case: str, overrides: dict, field: str
) -> None:
    await points_type()
    with pytest.raises(DomainError) as refused:
        await campaigns_service.create(spec(**overrides))
    assert (refused.value.code.value, refused.value.field) == ("UNKNOWN_VARIABLE", field)
