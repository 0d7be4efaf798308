"""Cohorts, funnels, paths and attribution against hand-computed answers and plain SQL over the
raw tables, on a data set with a merged member and business-day boundaries."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain import db
from domain.analytics import attribution, cohorts, funnels, paths
from domain.analytics.attribution_rules import AttributionModel
from domain.analytics.funnel_sql import Step, StepFilter
from domain.errors import DomainError, ErrorCode
from tests.domain.analytics.behaviour_data import seed

NOW = datetime(2026, 4, 1, tzinfo=UTC)
MARCH_1, MARCH_2 = date(2026, 3, 1), date(2026, 3, 2)


def _query(**overrides: object) -> cohorts.CohortQuery:
    values: dict[str, object] = {
        "cohort": cohorts.CohortBy.FIRST_ORDER,
        "grain": cohorts.CohortGrain.MONTH,
        "measure": cohorts.CohortMeasure.MEMBERS,
        "first": date(2026, 1, 1),
        "last": date(2026, 3, 31),
    }
    values.update(overrides)
    return cohorts.CohortQuery(**values)  # type: ignore[arg-type]


async def _plain_cohorts(query: cohorts.CohortQuery) -> list[tuple[date, int, list[int]]]:
    """The same matrix from the raw orders, order lines and members, computed in Python."""
    lines = await db.fetch(
        "SELECT o.member_id, (o.paid_at AT TIME ZONE 'Asia/Shanghai')::date AS day,"
        " ol.amount_cents - ol.refunded_cents AS net"
        " FROM orders o JOIN order_lines ol ON ol.order_id = o.id WHERE o.member_id IS NOT NULL"
    )
    members = await db.fetch(
        "SELECT id, (registered_at AT TIME ZONE 'Asia/Shanghai')::date AS day FROM members"
        " WHERE status <> 'MERGED'"
    )
    grain = query.grain
    starts: dict[int, date] = {}
    if query.cohort is cohorts.CohortBy.REGISTRATION:
        starts = {r["id"]: r["day"] for r in members}
    else:
        live = {r["id"] for r in members}
        for r in lines:
            if r["member_id"] in live:
                day = r["day"]
                starts[r["member_id"]] = min(starts.get(r["member_id"], day), day)
    first = cohorts.period_start(query.first, grain)
    last = cohorts.period_start(query.last, grain)
    chosen = {m: cohorts.period_start(d, grain) for m, d in starts.items()}
    chosen = {m: p for m, p in chosen.items() if first <= p <= last}
    width = cohorts.period_offset(first, last, grain) + 1
    cells: dict[tuple[date, int], dict[int, int]] = {}
    for r in lines:
        period = cohorts.period_start(r["day"], grain)
        cohort = chosen.get(r["member_id"])
        if cohort is None or not cohort <= period <= last:
            continue
        cell = cells.setdefault((cohort, cohorts.period_offset(cohort, period, grain)), {})
        cell[r["member_id"]] = cell.get(r["member_id"], 0) + int(r["net"])
    out = []
    for cohort in sorted(set(chosen.values())):
        size = sum(1 for p in chosen.values() if p == cohort)
        n = width - cohorts.period_offset(first, cohort, grain)
        cells_of = [cells.get((cohort, k), {}) for k in range(n)]
        if query.measure is cohorts.CohortMeasure.MEMBERS:
            values = [len(c) for c in cells_of]
        else:
            values = [sum(c.values()) for c in cells_of]
            if query.measure is cohorts.CohortMeasure.CUMULATIVE_NET:
                values = [sum(values[: k + 1]) for k in range(n)]
        out.append((cohort, size, values))
    return out


async def test_first_order_cohorts_by_month_from_the_rollup(database: str) -> None:
    # given a merged member whose absorbed half ordered first, and an order at 23:30 on 31 Jan
    await seed()
    # when
    members = await cohorts.cohort_retention(_query())
    ltv = await cohorts.cohort_retention(_query(measure=cohorts.CohortMeasure.CUMULATIVE_NET))
    # then a's cohort is January (the absorbed member's order of 5 January), b's February
    assert members.source == "member_monthly"
    assert [(r.cohort, r.size, r.values) for r in members.rows] == [
        (date(2026, 1, 1), 1, [1, 1, 1]),
        (date(2026, 2, 1), 1, [1, 1]),
    ]
    assert [(r.values, r.ratios) for r in ltv.rows] == [
        ([1700, 2200, 2600], [1700.0, 2200.0, 2600.0]),
        ([2000, 2300], [2000.0, 2300.0]),
    ]


@pytest.mark.parametrize(
    ("_case", "cohort", "grain", "measure"),
    [
        ("first order, month, net", "FIRST_ORDER", "MONTH", "NET"),
        ("first order, week, members", "FIRST_ORDER", "WEEK", "MEMBERS"),
        ("registration, week, cumulative", "REGISTRATION", "WEEK", "CUMULATIVE_NET"),
        ("registration, month, members", "REGISTRATION", "MONTH", "MEMBERS"),
    ],
)
async def test_cohorts_equal_plain_sql_over_raw_tables(
    database: str, _case: str, cohort: str, grain: str, measure: str
) -> None:
    # given
    await seed()
    query = _query(
        cohort=cohorts.CohortBy(cohort),
        grain=cohorts.CohortGrain(grain),
        measure=cohorts.CohortMeasure(measure),
        first=date(2026, 1, 7),
        last=date(2026, 3, 12),
    )
    # when
    matrix = await cohorts.cohort_retention(query)
    # then
    assert [(r.cohort, r.size, r.values) for r in matrix.rows] == await _plain_cohorts(query)
    assert matrix.rows


async def test_event_cohorts_and_refused_queries(database: str) -> None:
    # given
    seeded = await seed()
    # when members registered in March come back with a view (d registered 1 March 01:00)
    matrix = await cohorts.cohort_retention(
        _query(
            cohort=cohorts.CohortBy.REGISTRATION,
            event_name="view",
            first=MARCH_1,
            last=date(2026, 3, 31),
        )
    )
    # then
    assert [(r.cohort, r.size, r.values) for r in matrix.rows] == [(MARCH_1, 1, [1])]
    assert matrix.source == "events" and seeded.d
    for query, field, code in (
        (_query(first=MARCH_2, last=MARCH_1), "from", ErrorCode.INVALID_WINDOW),
        (
            _query(grain=cohorts.CohortGrain.WEEK, last=date(2029, 1, 1)),
            "to",
            ErrorCode.INVALID_WINDOW,
        ),
        (
            _query(event_name="view", measure=cohorts.CohortMeasure.NET),
            "measure",
            ErrorCode.INVALID,
        ),
    ):
        with pytest.raises(DomainError) as refused:
            await cohorts.cohort_retention(query)
        assert (refused.value.field, refused.value.code) == (field, code)


STEPS = (Step("view"), Step("cart"), Step("pay"))


def _definition(**overrides: object) -> funnels.FunnelDefinition:
    values: dict[str, object] = {"steps": STEPS, "window_seconds": 86400}
    values.update(overrides)
    return funnels.FunnelDefinition(**values)  # type: ignore[arg-type]


async def _funnel(first: date, last: date, **overrides: object) -> funnels.FunnelResult:
    answer = await funnels.run_funnel(_definition(**overrides), first, last, now=NOW)
    assert answer.result is not None
    return answer.result


async def test_funnel_steps_in_order_within_the_window_by_business_day(database: str) -> None:
    # given a's view at 23:30 on 1 March and b's at 00:30 on 2 March; d did cart before view
    await seed()
    # when
    first_day = await _funnel(MARCH_1, MARCH_1)
    two_days = await _funnel(MARCH_1, MARCH_2, breakdown="CHANNEL")
    app_views = await _funnel(
        MARCH_1, MARCH_2, steps=(Step("view", (StepFilter("channel", ("APP",)),)), *STEPS[1:])
    )
    short = await _funnel(MARCH_1, MARCH_2, window_seconds=30 * 60)
    # then
    assert [s.members for s in first_day.steps] == [2, 1, 1]
    assert [s.members for s in two_days.steps] == [3, 1, 1]
    assert [s.conversion for s in two_days.steps] == [1.0, 1 / 3, 1 / 3]
    assert [s.step_conversion for s in two_days.steps] == [1.0, 1 / 3, 1.0]
    assert [(g.value, [s.members for s in g.steps]) for g in two_days.groups] == [
        ("APP", [1, 1, 1]),
        ("POS", [1, 0, 0]),
        ("WEB", [1, 0, 0]),
    ]
    assert [s.members for s in app_views.steps] == [2, 1, 1]
    assert [s.members for s in short.steps] == [3, 0, 0]  # a's cart came 40 minutes later


async def test_funnel_of_unknown_events_counts_zero_and_bad_input_is_refused(
    database: str,
) -> None:
    # given
    await seed()
    # when
    result = await _funnel(MARCH_1, MARCH_2, steps=(Step("nothing"), Step("view")))
    # then
    assert [s.members for s in result.steps] == [0, 0]
    cases = [
        (_definition(steps=tuple(Step("view") for _ in range(11))), "steps", ErrorCode.TOO_MANY),
        (_definition(steps=()), "steps", ErrorCode.REQUIRED),
        (_definition(window_seconds=10), "windowMinutes", ErrorCode.INVALID_WINDOW),
        (
            _definition(steps=(Step("view", (StepFilter("bad key!", ("x",)),)),)),
            "steps[0].filters[0].property",
            ErrorCode.INVALID,
        ),
    ]
    for definition, field, code in cases:
        with pytest.raises(DomainError) as refused:
            await funnels.run_funnel(definition, MARCH_1, MARCH_2, now=NOW)
        assert (refused.value.field, refused.value.code) == (field, code)


async def test_user_paths_after_and_before_an_anchor(database: str) -> None:
    # given
    await seed()
    # when
    after = await paths.user_paths("view", paths.PathDirection.FROM, 2, MARCH_1, date(2026, 3, 31))
    before = await paths.user_paths("pay", paths.PathDirection.TO, 5, MARCH_1, date(2026, 3, 31))
    # then (the merged member's ad on 1 March 09:00 belongs to a)
    assert [(p.events, p.paths, p.members) for p in after] == [
        (["cart", "ad"], 1, 1),
        (["cart", "pay"], 1, 1),
        (["pay"], 1, 1),
    ]
    assert [(p.events, p.paths) for p in before] == [
        (["ad", "view", "cart"], 1),
        (["cart", "view"], 1),
    ]
    with pytest.raises(DomainError) as refused:
        await paths.user_paths("view", paths.PathDirection.FROM, 6, MARCH_1, MARCH_2)
    assert (refused.value.field, refused.value.code) == ("depth", ErrorCode.TOO_MANY)


async def test_attribution_credits_net_sales_by_model(database: str) -> None:
    # given touches "ad": the absorbed member's (wx, 1 March) now a's; b's dy (8 March) and wx
    # (9 March) before b's order of 10 March; a's order of 2 March
    await seed()
    first, last = MARCH_1, date(2026, 3, 31)
    # when
    results = {
        model: await attribution.attribution(model, ["ad"], 7, first, last, "utm")
        for model in AttributionModel
    }

    # then
    def credits(model: AttributionModel) -> list[tuple[str, int]]:
        return [(s.source, s.credit_cents) for s in results[model].sources]

    assert credits(AttributionModel.FIRST) == [("ad:wx", 400), ("ad:dy", 300)]
    assert credits(AttributionModel.LAST) == [("ad:wx", 700)]
    assert credits(AttributionModel.LINEAR) == [("ad:wx", 550), ("ad:dy", 150)]
    assert credits(AttributionModel.POSITION_BASED) == credits(AttributionModel.LINEAR)
    for result in results.values():
        assert (result.attributed_orders, result.attributed_net_cents) == (2, 700)
        assert sum(s.credit_cents for s in result.sources) == result.attributed_net_cents
    raw = await db.fetch_one(
        "SELECT count(*) AS n, sum(total_cents - refunded_cents) AS net FROM orders"
        " WHERE paid_at >= '2026-02-28T16:00Z' AND paid_at < '2026-03-31T16:00Z'"
    )
    assert raw is not None
    total = results[AttributionModel.LAST]
    assert total.attributed_net_cents + total.unattributed_net_cents == raw["net"]
    assert total.attributed_orders + total.unattributed_orders == raw["n"]
