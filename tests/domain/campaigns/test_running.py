"""The running campaign code applies the tested rules: frequency caps in business dates, the
audience of active members, trigger windows on the caller's clock, and the occurrence key in
SQL agreeing with its rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import db
from domain.campaigns import audience, fanout, rules, states, triggers
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import Campaign, CampaignMode
from domain.ledger.models import Account, Lot
from domain.levels.models import LevelChange
from domain.members import erasure as members_erasure
from domain.orders.models import Event, MemberStats
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")
START = datetime(2026, 3, 1, tzinfo=UTC)


def _shanghai(day: int, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time in March 2026 as a UTC instant (UTC+8, no DST)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


async def _campaign(**overrides: object) -> Campaign:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    values: dict = {
        "name": "Rules",
        "owner": "t",
        "starts_at": START,
        "ends_at": START + timedelta(days=60),
        "mode": CampaignMode.TRIGGERED,
        "audience": {"kind": "EVERYONE"},
        "rewards": [{"kind": "POINTS", "points": 10}],
        "trigger": {"kind": "ORDER_PAID"},
        **overrides,
    }
    campaign = await campaigns_service.create(campaigns_service.CampaignInput(**values))
    await campaigns_service.start(campaign.id)
    return campaign


async def test_a_daily_cap_counts_business_dates() -> None:
    # given a campaign that rewards a member at most once per business day
    campaign = await _campaign(frequency={"cap": "EVERY_N_DAYS", "days": 1})
    member = await make_member()
    daily = rules.parse_frequency(campaign.frequency)

    async def reward(thing: str, now: datetime) -> int:
        result = await fanout.reward_batch(
            campaign.id, [member.id], rules.occurrence(daily, thing), frequency=daily, now=now
        )
        return result.rewarded

    # when orders come in late on the 9th, forty minutes later, later that day, and the next day
    rewarded = [
        await reward("order:1", _shanghai(9, 23, 50)),
        await reward("order:2", _shanghai(10, 0, 30)),
        await reward("order:3", _shanghai(10, 23, 0)),
        await reward("order:4", _shanghai(11, 0, 5)),
    ]
    # then one reward per business date, whatever the hours between them
    assert rewarded == [1, 1, 0, 1]
    delivered = await db.fetch(
        "SELECT occurrence, delivered_at FROM campaign_deliveries WHERE campaign_id = $1 "
        "ORDER BY occurrence",
        campaign.id,
    )
    assert [(r["occurrence"], r["delivered_at"]) for r in delivered] == [
        ("order:1", _shanghai(9, 23, 50)),
        ("order:2", _shanghai(10, 0, 30)),
        ("order:4", _shanghai(11, 0, 5)),
    ]


async def test_once_rewards_a_member_once_across_occurrences() -> None:
    campaign = await _campaign()
    member = await make_member()
    once = rules.parse_frequency(campaign.frequency)
    rewarded = [
        (
            await fanout.reward_batch(
                campaign.id,
                [member.id],
                rules.occurrence(once, thing),
                frequency=once,
                now=_shanghai(10, 12),
            )
        ).rewarded
        for thing in ("order:1", "order:2")
    ]
    assert rewarded == [1, 0]


async def test_everyone_is_the_active_members_for_runs_and_triggers() -> None:
    # given three members, one of them erased
    kept = [await make_member(), await make_member()]
    erased = await make_member()
    await members_erasure.erase_member(member_id=erased.id, operator="t")
    campaign = await _campaign(mode=CampaignMode.ONE_SHOT, trigger={})
    # then a run and a trigger agree on who is in the audience
    assert (await audience.member_ids(campaign)).tolist() == sorted(m.id for m in kept)
    assert [await audience.includes(campaign, m.id) for m in [*kept, erased]] == [
        True,
        True,
        False,
    ]


async def test_state_trigger_window_follows_the_callers_clock() -> None:
    # given a cart abandoned for 24 hours qualifies, and a cart filled an hour after the start
    campaign = await _campaign(trigger={"kind": "CART_ABANDONED", "hours": 24})
    member = await make_member()
    await Event.create(
        event_id="cart-1",
        name="add_to_cart",
        occurred_at=START + timedelta(hours=1),
        member_id=member.id,
        properties={},
    )
    # when the scan runs two hours and then a day and two hours after the start
    early = await triggers.scan(now=START + timedelta(hours=2))
    late = await triggers.scan(now=START + timedelta(hours=26))
    again = await triggers.scan(now=START + timedelta(hours=27))
    # then the member qualifies only once the 24 hours have passed on that clock, and once
    assert [early, late, again] == [{str(campaign.id): n} for n in (0, 1, 0)]


async def test_each_state_trigger_finds_its_members_at_the_callers_now() -> None:
    # given one member per state trigger, qualifying at noon on 10 March 2026 in Shanghai
    now = _shanghai(10, 12)
    born = await make_member(birthday=date(1990, 3, 10))
    quiet = await make_member()
    await MemberStats.create(member_id=quiet.id, last_order_at=now - timedelta(days=40))
    holder = await make_member()
    account = await Account.create(member_id=holder.id, asset="POINTS:POINTS", available=5)
    await Lot.create(
        account_id=account.id,
        amount=5,
        remaining=5,
        earned_at=now - timedelta(days=300),
        expires_at=now + timedelta(days=3),
        source="test",
        entry_id=0,
    )
    climber = await make_member()
    change = await LevelChange.create(
        member_id=climber.id,
        from_rank=1,
        to_rank=3,
        kind="UPGRADE",
        reason="test",
        idempotency_key="up-1",
        changed_at=START + timedelta(days=2),
    )
    everyone = sorted(m.id for m in (born, quiet, holder, climber))
    expected = {
        "REGISTERED": [(m, "registered") for m in everyone],
        "BIRTHDAY": [(born.id, "birthday:2026")],
        "INACTIVE": [(quiet.id, f"inactive:{(now - timedelta(days=40)).date()}")],
        "POINTS_EXPIRING": [(holder.id, "expiring:2026-03-10")],
        "LEVEL_REACHED": [(climber.id, f"level:{change.id}")],
    }
    options = {
        "INACTIVE": {"days": 30},
        "POINTS_EXPIRING": {"days": 30},
        "LEVEL_REACHED": {"rank": 2},
    }
    for kind, pairs in expected.items():
        trigger = {"kind": kind, **options.get(kind, {})}
        campaign = await _campaign(name=kind, trigger=trigger)
        frequency = rules.parse_frequency(campaign.frequency)
        # when the scan asks who qualifies
        found = await states.unhandled(campaign, frequency, now, 100)
        # then
        assert sorted(found) == pairs, kind


_things = st.text(
    alphabet=st.characters(exclude_characters="\x00", exclude_categories=["Cs"]),
    max_size=30,
)
_frequencies = st.builds(
    rules.Frequency, cap=st.sampled_from(list(rules.FrequencyCap)), days=st.integers(0, 30)
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(frequency=_frequencies, things=st.lists(_things, min_size=1, max_size=5))
async def test_occurrence_in_sql_agrees_with_the_rule(
    frequency: rules.Frequency, things: list[str]
) -> None:
    rows = await db.fetch(
        f"SELECT {states.occurrence_sql(frequency, 'q.thing')} AS occurrence "
        "FROM unnest($1::text[]) WITH ORDINALITY AS q(thing, n) ORDER BY q.n",
        things,
    )
    assert [r["occurrence"] for r in rows] == [rules.occurrence(frequency, t) for t in things]
