"""The metrics planner without a database: rollup choice, SQL shape, errors with their field."""

from __future__ import annotations

from datetime import date

import pytest

from domain.analytics.catalog import Grain
from domain.analytics.planner import (
    Compare,
    Filter,
    FilterOp,
    MetricsQuery,
    OrderBy,
    Window,
    compare_window,
    plan,
)
from domain.errors import DomainError

MARCH = Window(Grain.MONTH, date(2026, 3, 1), date(2026, 3, 31))


@pytest.mark.parametrize(
    ("_case", "query", "rollup"),
    [
        ("sales by day", MetricsQuery(("sales.netCents",), window=MARCH), "sales_daily"),
        (
            "by category",
            MetricsQuery(("sales.netCents",), ("item.category",), MARCH),
            "category_daily",
        ),
        (
            "by item, whole months",
            MetricsQuery(("sales.quantity",), ("item.id",), MARCH),
            "item_monthly",
        ),
        (
            "distinct buyers",
            MetricsQuery(("members.buyers", "sales.orders"), window=MARCH),
            "member_monthly",
        ),
        ("points", MetricsQuery(("points.issued",), ("points.type",)), "points_daily"),
    ],
)
def test_the_first_rollup_holding_everything_answers(
    _case: str, query: MetricsQuery, rollup: str
) -> None:
    assert plan(query).rollup.name == rollup


def test_the_sql_groups_filters_orders_and_limits() -> None:
    # when
    chosen = plan(
        MetricsQuery(
            ("sales.netCents",),
            ("store.code",),
            Window(Grain.WEEK, date(2026, 3, 2), date(2026, 3, 15)),
            filters=(Filter("order.isMember", FilterOp.EQ, ("true",)),),
            order=(OrderBy("sales.netCents", descending=True),),
            limit=10,
        )
    )
    # then
    assert chosen.sql == (
        "SELECT date_trunc('week', day)::date AS c0, store_code AS c1, sum(net_cents) AS c2"
        " FROM analytics_sales_daily WHERE day >= $1 AND day <= $2"
        " AND (is_member::text = ANY($3::text[])) GROUP BY 1, 2 ORDER BY c2 DESC, c0, c1 LIMIT $4"
    )
    assert chosen.params == [date(2026, 3, 2), date(2026, 3, 15), ["true"], 11]
    assert chosen.columns == [
        ("time", "TIME"),
        ("store.code", "DIMENSION"),
        ("sales.netCents", "MEASURE"),
    ]


@pytest.mark.parametrize(
    ("_case", "query", "code", "field"),
    [
        ("unknown measure", MetricsQuery(("sales.x",)), "UNKNOWN_MEASURE", "measures[0]"),
        (
            "unknown dimension",
            MetricsQuery(("sales.orders",), ("store.x",)),
            "UNKNOWN_DIMENSION",
            "dimensions[0]",
        ),
        (
            "unknown filter",
            MetricsQuery(("sales.orders",), filters=(Filter("x", FilterOp.IN, ("a",)),)),
            "UNKNOWN_DIMENSION",
            "filters[0].dimension",
        ),
        (
            "two rollups",
            MetricsQuery(("sales.orders", "events.count")),
            "NOT_COVERED",
            "measures",
        ),
        (
            "distinct buyers by day",
            MetricsQuery(
                ("members.buyers",), window=Window(Grain.DAY, date(2026, 3, 1), date(2026, 3, 31))
            ),
            "NOT_COVERED",
            "time",
        ),
        (
            "items over part of a month",
            MetricsQuery(
                ("sales.quantity",),
                ("item.id",),
                Window(Grain.MONTH, date(2026, 3, 2), date(2026, 3, 31)),
            ),
            "NOT_COVERED",
            "time",
        ),
        (
            "reversed window",
            MetricsQuery(
                ("sales.orders",), window=Window(Grain.DAY, date(2026, 3, 2), date(2026, 3, 1))
            ),
            "INVALID_WINDOW",
            "time",
        ),
        (
            "compare without window",
            MetricsQuery(("sales.orders",), compare=Compare.PREVIOUS_PERIOD),
            "INVALID_WINDOW",
            "compare",
        ),
        ("too many rows", MetricsQuery(("sales.orders",), limit=10_001), "TOO_MANY", "limit"),
        (
            "too many dimensions",
            MetricsQuery(("points.net",), ("points.type",) * 6),
            "TOO_MANY",
            "dimensions",
        ),
        ("no measure", MetricsQuery(()), "REQUIRED", "measures"),
        (
            "order by what was not asked",
            MetricsQuery(("sales.orders",), order=(OrderBy("sales.netCents"),)),
            "INVALID",
            "order[0].by",
        ),
    ],
)
def test_bad_queries_are_refused_with_code_and_field(
    _case: str, query: MetricsQuery, code: str, field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        plan(query)
    assert (refused.value.code, refused.value.field) == (code, field)


@pytest.mark.parametrize(
    ("_case", "window", "compare", "expected"),
    [
        (
            "days",
            (date(2026, 3, 10), date(2026, 3, 16)),
            Compare.PREVIOUS_PERIOD,
            (date(2026, 3, 3), date(2026, 3, 9)),
        ),
        (
            "a month",
            (date(2026, 3, 1), date(2026, 3, 31)),
            Compare.PREVIOUS_PERIOD,
            (date(2026, 2, 1), date(2026, 2, 28)),
        ),
        (
            "a quarter",
            (date(2026, 4, 1), date(2026, 6, 30)),
            Compare.PREVIOUS_PERIOD,
            (date(2026, 1, 1), date(2026, 3, 31)),
        ),
        (
            "last year",
            (date(2028, 2, 1), date(2028, 2, 29)),
            Compare.SAME_PERIOD_LAST_YEAR,
            (date(2027, 2, 1), date(2027, 2, 28)),
        ),
        (
            "leap day",
            (date(2028, 2, 29), date(2028, 3, 1)),
            Compare.SAME_PERIOD_LAST_YEAR,
            (date(2027, 2, 28), date(2027, 3, 1)),
        ),
    ],
)
def test_compared_windows(
    _case: str, window: tuple[date, date], compare: Compare, expected: tuple[date, date]
) -> None:
    shifted = compare_window(Window(Grain.DAY, *window), compare)
    assert shifted is not None and (shifted.first, shifted.last) == expected


def test_every_column_has_its_own_alias() -> None:
    chosen = plan(MetricsQuery(("points.issued", "points.expired"), ("points.type", "points.kind")))
    assert chosen.sql.startswith(
        "SELECT point_type AS c0, kind AS c1, COALESCE(sum(amount) FILTER (WHERE kind = 'CREDIT'),"
        " 0) AS c2, COALESCE(-sum(amount) FILTER (WHERE kind = 'EXPIRE'), 0) AS c3 FROM"
    )
