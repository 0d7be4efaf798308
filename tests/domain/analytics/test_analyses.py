"""The analysis models against plain SQL (or counts by hand) on small fixtures: distribution,
level migration, points breakage and member LTV, and their GraphQL shape."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest

from domain import db, jobs
from domain.analytics import breakage, distribution, ltv, migration
from domain.analytics.distribution import Band, Measure
from domain.catalog.models import Item, Store
from domain.clock import business_zone, utc_now
from domain.errors import DomainError
from domain.levels.models import Level, LevelChange
from domain.members.models import Channel, Member
from domain.orders import recording, refunds
from domain.points import config as points_config
from domain.points import expiry
from domain.points import movements as points_movements
from domain.points.models import PointKind
from domain.tags.models import MemberTags, TagDefinition, TagKind, TagRun, TagRunStatus
from tests.factories import make_member
from tests.helpers import BI, gql

pytestmark = pytest.mark.usefixtures("database")

TODAY = date(2026, 4, 1)


def _at(day: date, hour: int = 12) -> datetime:
    """Noon of a business day (UTC+8) in UTC."""
    return datetime(day.year, day.month, day.day, hour - 8, tzinfo=UTC)


async def _order(number: str, member_id: int, day: date, cents: int, store: str = "S1") -> None:
    async with jobs.deferred_scope():
        await recording.record_order(
            recording.OrderInput(
                channel=Channel.POS,
                external_no=number,
                paid_at=_at(day),
                lines=[recording.LineInput("SKU-1", 1, cents)],
                member_id=member_id,
                store_code=store,
            )
        )


async def _buyers() -> tuple[Member, Member, Member]:
    """A: two orders at S1 (net 100 + 300, last on 10 March); B: one at S2 (50, on 20 March),
    C: none; A holds 100 points."""
    await Item.create(code="SKU-1", name="One", price_cents=100)
    await Store.create(code="S1", name="One")
    await Store.create(code="S2", name="Two")
    a, b, c = await make_member(), await make_member(), await make_member()
    await _order("O-1", a.id, date(2026, 3, 1), 100)
    await _order("O-2", a.id, date(2026, 3, 10), 300)
    await _order("O-3", b.id, date(2026, 3, 20), 50, store="S2")
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await points_movements.credit_points(
        member_id=a.id, point_type_code="POINTS", points=100, key="k", reason="t", operator="t"
    )
    return a, b, c


async def _naive(measure: str, edges: list[int], store: str | None = None) -> list[int]:
    """Counts per band [-inf, e1), [e1, e2) ... [ek, inf) computed in Python from raw rows."""
    orders = await db.fetch(
        "SELECT o.member_id, o.id, o.store_code, (o.paid_at AT TIME ZONE $1)::date AS day,"
        " sum(ol.amount_cents - ol.refunded_cents) AS net"
        " FROM orders o JOIN order_lines ol ON ol.order_id = o.id GROUP BY 1, 2, 3, 4",
        business_zone().key,
    )
    members = [m.id for m in await Member.filter(status="ACTIVE")]
    values = []
    for member in members:
        mine = [o for o in orders if o["member_id"] == member and store in (None, o["store_code"])]
        if store and not mine:
            continue
        values.append(len(mine) if measure == "orders" else sum(o["net"] for o in mine))
    bounds = [None, *edges, None]
    return [
        sum(1 for v in values if (lo is None or v >= lo) and (hi is None or v < hi))
        for lo, hi in itertools.pairwise(bounds)
    ]


async def test_distribution_of_orders_matches_plain_counts() -> None:
    # given
    await _buyers()
    # when
    found = await distribution.distribution(measure=Measure.ORDERS, today=TODAY, edges=[1, 2])
    at_store = await distribution.distribution(
        measure=Measure.ORDERS, today=TODAY, edges=[1, 2], store_code="S1"
    )
    # then
    assert found.bands == [Band(None, 1, 1), Band(1, 2, 1), Band(2, None, 1)]
    assert [b.members for b in found.bands] == await _naive("orders", [1, 2])
    assert [b.members for b in at_store.bands] == await _naive("orders", [1, 2], "S1") == [0, 0, 1]
    assert (found.members, found.without_value) == (3, 0)


async def test_distribution_by_quantiles_days_and_segment() -> None:
    # given
    a, b, _ = await _buyers()
    # when
    spend = await distribution.distribution(measure=Measure.SPEND, today=TODAY, quantiles=2)
    days = await distribution.distribution(
        measure=Measure.DAYS_SINCE_LAST_ORDER, today=TODAY, edges=[15, 30]
    )
    points = await distribution.distribution(
        measure=Measure.POINTS_BALANCE, today=TODAY, edges=[1], member_ids=[a.id, b.id]
    )
    # then spend values 0, 50, 400: edges at the minimum and the median
    assert spend.bands == [Band(0, 50, 1), Band(50, None, 2)]
    assert [b.members for b in spend.bands] == (await _naive("spend", [0, 50]))[1:]
    # A last ordered 22 days ago, B 12; C never
    assert days.bands == [Band(None, 15, 1), Band(15, 30, 1), Band(30, None, 0)]
    assert days.without_value == 1
    assert points.bands == [Band(None, 1, 1), Band(1, None, 1)]


@pytest.mark.parametrize(
    ("_case", "edges", "quantiles", "field"),
    [
        ("neither", None, None, "buckets"),
        ("both", [1], 2, "buckets"),
        ("falling edges", [2, 1], None, "buckets.edges"),
        ("too many edges", list(range(51)), None, "buckets.edges"),
        ("one quantile", None, 1, "buckets.quantiles"),
    ],
)
def test_bad_buckets_are_refused(
    _case: str, edges: list[int] | None, quantiles: int | None, field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        distribution.check_edges(edges, quantiles)
    assert refused.value.field == field


async def test_level_migration_from_first_to_last_level_in_the_span() -> None:
    # given
    for rank, code in ((1, "SILVER"), (2, "GOLD")):
        await Level.create(
            rank=rank, code=code, name=code, reach_growth=rank, keep_growth=0, validity_months=12
        )
    changes = [
        (1, 0, 1, date(2026, 3, 1)),
        (1, 1, 2, date(2026, 3, 5)),  # member 1: none -> GOLD
        (2, 2, 1, date(2026, 3, 2)),  # member 2: GOLD -> SILVER
        (3, 1, 2, date(2026, 3, 2)),
        (3, 2, 1, date(2026, 3, 31)),  # member 3: SILVER -> GOLD -> SILVER
        (4, 0, 1, date(2026, 4, 1)),  # after the span
    ]
    for n, (member, before, after, day) in enumerate(changes):
        await LevelChange.create(
            member_id=member,
            from_rank=before,
            to_rank=after,
            kind="UPGRADE" if after > before else "DOWNGRADE",
            reason="test",
            idempotency_key=f"k{n}",
            changed_at=_at(day, 23),  # 23:00 in Shanghai: still that business day
        )
    # when
    moves = await migration.level_migration(date(2026, 3, 1), date(2026, 3, 31))
    # then
    assert [(m.from_level, m.to_level, m.members) for m in moves] == [
        (None, "GOLD", 1),
        ("SILVER", "SILVER", 1),
        ("GOLD", "SILVER", 1),
    ]
    with pytest.raises(DomainError):
        await migration.level_migration(date(2026, 3, 2), date(2026, 3, 1))


async def test_points_breakage_by_issue_month_conserves_points() -> None:
    # given a lot that expired and one partly redeemed
    member = await make_member()
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 30},
    )
    old, recent = utc_now() - timedelta(days=40), utc_now() - timedelta(days=5)
    for key, points, earned in (("old", 100, old), ("recent", 50, recent)):
        await points_movements.credit_points(
            member_id=member.id,
            point_type_code="POINTS",
            points=points,
            key=key,
            reason="t",
            operator="t",
            earned_at=earned,
        )
    await expiry.expire_all_due()
    await points_movements.redeem(
        member_id=member.id, point_type_code="POINTS", points=20, key="r", purpose="t", operator="t"
    )
    # when
    first, last = old.date() - timedelta(days=1), utc_now().date() + timedelta(days=1)
    months = await breakage.points_breakage("POINTS", first, last)
    # then
    expected: dict[date, list[int]] = {}
    for earned, row in ((old, [1, 100, 0, 100, 0, 0]), (recent, [1, 50, 20, 0, 0, 30])):
        month = earned.astimezone(business_zone()).date().replace(day=1)
        expected[month] = [x + y for x, y in zip(expected.get(month, [0] * 6), row, strict=True)]
    got = {
        m.month: [m.lots, m.issued, m.redeemed, m.expired, m.reversed, m.outstanding]
        for m in months
    }
    assert got == expected
    assert all(m.issued == m.redeemed + m.expired + m.reversed + m.outstanding for m in months)


async def _cohorts() -> tuple[Member, Member, Member]:
    await Item.create(code="SKU-1", name="One", price_cents=100)
    await Store.create(code="S1", name="One")
    first = await make_member(channel=Channel.POS)
    second = await make_member(channel=Channel.APP)
    third = await make_member(channel=Channel.POS)
    for member, day in ((first, 5), (second, 20)):
        await Member.filter(id=member.id).update(registered_at=_at(date(2026, 1, day)))
    await Member.filter(id=third.id).update(registered_at=_at(date(2026, 2, 3)))
    await _order("L-1", first.id, date(2026, 1, 6), 100)
    await _order("L-2", first.id, date(2026, 3, 6), 200)
    await _order("L-3", third.id, date(2026, 2, 4), 80)
    await _order("L-4", first.id, date(2026, 4, 2), 999)  # after the day asked about
    async with jobs.deferred_scope():
        await refunds.refund_order(
            channel=Channel.POS,
            external_no="L-3",
            refund_no="R-3",
            refunded_at=_at(date(2026, 2, 5)),
            lines=None,
        )
    return first, second, third


async def test_member_ltv_by_channel_observed_and_expected() -> None:
    # given three members in two monthly cohorts, and a published customer-value run
    first, second, _ = await _cohorts()
    await TagDefinition.create(
        code="customer_value_365d",
        name="CLV",
        owner="t",
        kind=TagKind.MODEL,
        rule={"model": "customer_value", "days": 365},
    )
    run = await TagRun.create(
        as_of=TODAY, status=TagRunStatus.PUBLISHED, numbers=["x", "customer_value_365d"]
    )
    for member, value in ((first, 1234.4), (second, float("nan"))):
        await MemberTags.create(
            member_id=member.id,
            run_id=run.id,
            codes=[],
            numbers=[0.0, value],
            updated_at=_at(TODAY),
        )
    # when
    found = await ltv.member_ltv(
        first=date(2026, 1, 1), last=date(2026, 3, 31), grain=ltv.CohortGrain.MONTH, today=TODAY
    )
    # then: the refunded order counts nothing, the order after `today` is left out
    assert [
        (r.cohort, r.group, r.members, r.observed_cents, r.expected_future_cents, r.scored_members)
        for r in found.rows
    ] == [
        (date(2026, 1, 1), "APP", 1, 0, None, 0),
        (date(2026, 1, 1), "POS", 1, 300, 1234, 1),
        (date(2026, 2, 1), "POS", 1, 0, None, 0),
    ]
    assert found.horizon_days == 365


async def test_reports_through_graphql() -> None:
    # given
    await _cohorts()
    # when
    result = await gql(
        """{ memberLtv(input: {grain: QUARTER, from: "2026-01-01", to: "2026-03-31"}) {
               horizonDays rows { cohort group members observedCents observedPerMemberCents } }
             distribution(input: {measure: ORDERS, buckets: {edges: [1]}}) {
               members withoutValue bands { lower upper members } }
             levelMigration(from: "2026-01-01", to: "2026-01-31") { members }
             pointsBreakage(from: "2026-01-01", to: "2026-01-31") { issued } }""",
        principal=BI,
    )
    bad = await gql(
        '{ levelMigration(from: "2026-02-01", to: "2026-01-31") { members } }', principal=BI
    )
    # then
    assert result.errors is None
    assert result.data["memberLtv"] == {
        "horizonDays": None,
        "rows": [
            {
                "cohort": "2026-01-01",
                "group": "APP",
                "members": 1,
                "observedCents": 0,
                "observedPerMemberCents": 0,
            },
            {
                "cohort": "2026-01-01",
                "group": "POS",
                "members": 2,
                "observedCents": 1299,  # today is later than every order here
                "observedPerMemberCents": 649,
            },
        ],
    }
    assert result.data["distribution"] == {
        "members": 3,
        "withoutValue": 0,
        "bands": [
            {"lower": None, "upper": 1, "members": 1},
            {"lower": 1, "upper": None, "members": 2},
        ],
    }
    assert result.data["levelMigration"] == [] and result.data["pointsBreakage"] == []
    assert bad.errors is not None
    assert bad.errors[0].extensions["code"] == "INVALID_WINDOW"
