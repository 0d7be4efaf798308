"""Birthday gifts: once a year on the member's birthday; Feb 29 birthdays on Feb 28 in common years."""

from __future__ import annotations

from datetime import date

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, BenefitKind, RedeemMethod
from domain.clock import birthdays_on
from domain.levels import gifts as levels_gifts
from domain.levels import ladder as levels_ladder
from domain.levels import rules
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member


def test_feb_29_is_kept_on_feb_28_in_common_years_only() -> None:
    assert birthdays_on(date(2027, 2, 28)) == ["02-28", "02-29"]
    assert birthdays_on(date(2028, 2, 28)) == ["02-28"]
    assert birthdays_on(date(2028, 2, 29)) == ["02-29"]
    assert birthdays_on(date(2027, 3, 1)) == ["03-01"]


async def _ladder_with_birthday_gift() -> None:
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    await benefits_service.define_benefit(
        code="CAKE", name="Cake", kind=BenefitKind.SERVICE, redeem_method=RedeemMethod.HANDOUT
    )
    silver = levels_ladder.LevelInput(
        spec=rules.LevelSpec(1, "SILVER", "Silver", 0, 0, 0),
        birthday_benefits=({"benefit": "CAKE", "quantity": 1},),
    )
    await levels_ladder.define_levels([silver], growth_point_type="GROWTH", growth_policy="RESET")


@pytest.mark.usefixtures("database")
async def test_leap_day_members_get_their_gift_every_year() -> None:
    # given members born on Feb 28, Feb 29 and Mar 1
    await _ladder_with_birthday_gift()
    feb28 = await make_member(birthday=date(1990, 2, 28))
    feb29 = await make_member(birthday=date(1992, 2, 29))
    await make_member(birthday=date(1990, 3, 1))

    async def cakes() -> dict[int, int]:
        grants = await BenefitGrant.filter(source="birthday")
        return {m: sum(1 for g in grants if g.member_id == m) for m in (feb28.id, feb29.id)}

    # when the job runs on Feb 28 of a common year (twice: it is keyed by year)
    assert await levels_gifts.grant_birthday_gifts(date(2027, 2, 28)) == 2
    await levels_gifts.grant_birthday_gifts(date(2027, 2, 28))
    # then both Feb 28 and Feb 29 members got one gift
    assert await cakes() == {feb28.id: 1, feb29.id: 1}
    # and in a leap year the Feb 29 member waits for Feb 29
    assert await levels_gifts.grant_birthday_gifts(date(2028, 2, 28)) == 1
    assert await levels_gifts.grant_birthday_gifts(date(2028, 2, 29)) == 1
    assert await cakes() == {feb28.id: 2, feb29.id: 2}
