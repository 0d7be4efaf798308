"""Distribution of members over bands of one measure (orders, net spend, points balance, days
since the last order), with explicit band edges or edges at quantiles of the values."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain import clock, db
from domain.analytics.sources import MEMBER_VALUES
from domain.errors import DomainError, ErrorCode

MAX_EDGES = 50
MAX_QUANTILES = 20


class Measure(StrEnum):
    ORDERS = "orders"
    SPEND = "spend"
    POINTS_BALANCE = "points_balance"
    DAYS_SINCE_LAST_ORDER = "days_since_last_order"


@dataclass(frozen=True)
class Band:
    """Members whose value is in [lower, upper); None is open-ended."""

    lower: int | None
    upper: int | None
    members: int


@dataclass(frozen=True)
class Distribution:
    """The bands, the members counted and those without a value (never ordered)."""

    measure: Measure
    bands: list[Band]
    members: int
    without_value: int


def check_edges(edges: list[int] | None, quantiles: int | None) -> None:
    """Exactly one of explicit ascending edges (1-50) or a quantile count (2-20)."""
    if (edges is None) == (quantiles is None):
        raise DomainError("Give either edges or quantiles.", field="buckets")
    if edges is not None:
        if not 1 <= len(edges) <= MAX_EDGES:
            raise DomainError(
                f"1 to {MAX_EDGES} edges.", field="buckets.edges", code=ErrorCode.TOO_MANY
            )
        if any(b <= a for a, b in itertools.pairwise(edges)):
            raise DomainError("Edges must rise strictly.", field="buckets.edges")
    if quantiles is not None and not 2 <= quantiles <= MAX_QUANTILES:
        raise DomainError(f"2 to {MAX_QUANTILES} quantiles.", field="buckets.quantiles")


def bands_of(edges: list[int], counts: dict[int, int], *, open_below: bool) -> list[Band]:
    """Bands between the edges from width_bucket counts (0 = below the first edge)."""
    bounds: list[int | None] = [None, *edges, None]
    first = 0 if open_below else 1
    return [Band(bounds[i], bounds[i + 1], counts.get(i, 0)) for i in range(first, len(edges) + 1)]


async def distribution(
    *,
    measure: Measure,
    today: date,
    edges: list[int] | None = None,
    quantiles: int | None = None,
    store_code: str | None = None,
    member_ids: list[int] | None = None,
) -> Distribution:
    """Count live members per band of `measure` (members of a segment, buyers at a store)."""
    check_edges(edges, quantiles)
    values = f"SELECT {measure.value} AS v FROM ({MEMBER_VALUES}) mv"
    params = [clock.business_zone().key, today, store_code, member_ids]
    if quantiles is not None:
        fractions = [i / quantiles for i in range(quantiles)]
        row = await db.fetch_one(
            f"SELECT percentile_disc($5::float8[]) WITHIN GROUP (ORDER BY v) AS q"
            f" FROM ({values}) x WHERE v IS NOT NULL",
            *params,
            fractions,
        )
        found = (row or {}).get("q") or []
        edges = sorted({int(q) for q in found if q is not None})
    rows = await db.fetch(
        f"SELECT CASE WHEN v IS NULL THEN -1 ELSE width_bucket(v, $5::bigint[]) END AS b,"
        f" count(*) AS n FROM ({values}) x GROUP BY 1",
        *params,
        edges or [0],
    )
    counts = {int(r["b"]): int(r["n"]) for r in rows}
    without = counts.pop(-1, 0)
    bands = bands_of(edges, counts, open_below=quantiles is None) if edges else []
    return Distribution(measure, bands, sum(counts.values()) + without, without)
