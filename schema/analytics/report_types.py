"""Result types of the analysis models."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import strawberry

from domain.analytics import abc, breakage, ltv


@strawberry.type(description="Members whose value is in [lower, upper).")
class DistributionBand:
    lower: int | None = strawberry.field(description="Inclusive lower edge; null: open.")
    upper: int | None = strawberry.field(description="Exclusive upper edge; null: open.")
    members: int = strawberry.field(description="Members in the band.")


@strawberry.type(description="Members per band of one number.")
class DistributionResult:
    measure: str = strawberry.field(description="The measure distributed.")
    bands: list[DistributionBand] = strawberry.field(description="Bands, lowest first.")
    members: int = strawberry.field(description="Members counted, with or without a value.")
    without_value: int = strawberry.field(
        description="Members without a value (DAYS_SINCE_LAST_ORDER: never ordered)."
    )


@strawberry.type(description="Members from one value of a tag to another.")
class TagTransitionCell:
    from_value: str | None = strawberry.field(
        description="Value in the earlier run; null: none; '(not a member)': not yet a member."
    )
    to_value: str | None = strawberry.field(
        description="Value in the later run; null: none; '(not a member)': merged or erased."
    )
    members: int = strawberry.field(description="Members who made this move.")


@strawberry.type(description="A tag's value-to-value matrix between two consecutive runs.")
class TagTransitionMatrix:
    tag: str = strawberry.field(description="The tag's code.")
    from_run: int = strawberry.field(description="The earlier run's id.")
    to_run: int = strawberry.field(description="The later run's id.")
    from_as_of: date = strawberry.field(description="Business day of the earlier run.")
    to_as_of: date = strawberry.field(description="Business day of the later run.")
    cells: list[TagTransitionCell] = strawberry.field(description="Non-empty cells.")


@strawberry.type(description="Members moved from one level to another over the span.")
class LevelMigrationCell:
    from_rank: int = strawberry.field(description="Rank before the span's changes (0: none).")
    to_rank: int = strawberry.field(description="Rank after them.")
    from_level: str | None = strawberry.field(description="Code of the earlier level.")
    to_level: str | None = strawberry.field(description="Code of the later level.")
    members: int = strawberry.field(description="Members who moved so.")


@strawberry.type(description="Point lots issued in one business month and what became of them.")
class BreakageRow:
    month: date = strawberry.field(description="First day of the issue month.")
    lots: int = strawberry.field(description="Lots issued.")
    issued: int = strawberry.field(description="Points issued.")
    redeemed: int = strawberry.field(description="Points of these lots redeemed or paid.")
    expired: int = strawberry.field(description="Points of these lots expired.")
    reversed: int = strawberry.field(description="Points taken back (refunded orders).")
    outstanding: int = strawberry.field(description="Points still held (frozen included).")
    breakage_percent: float | None = strawberry.field(
        description="expired / (redeemed + expired) x 100; null until any settled."
    )

    @classmethod
    def from_domain(cls, row: breakage.IssueMonth) -> BreakageRow:
        """The GraphQL shape of an issue month."""
        rate = row.breakage
        return cls(
            month=row.month,
            lots=row.lots,
            issued=row.issued,
            redeemed=row.redeemed,
            expired=row.expired,
            reversed=row.reversed,
            outstanding=row.outstanding,
            breakage_percent=round(float(rate) * 100, 2) if rate is not None else None,
        )


@strawberry.type(description="One cohort of one group.")
class LtvRow:
    cohort: date = strawberry.field(description="First day of the cohort period.")
    group: str = strawberry.field(description="Registration channel, or the segment's id.")
    members: int = strawberry.field(description="Live members of the cohort in the group.")
    observed_cents: int = strawberry.field(description="Their net spend so far, fen.")
    observed_per_member_cents: int = strawberry.field(
        description="Observed net spend per member, fen (rounded down)."
    )
    expected_future_cents: int | None = strawberry.field(
        description="Expected spend over the model's horizon of the members it scored, fen; "
        "null when no tag run scored the model."
    )
    scored_members: int = strawberry.field(description="Members the model scored.")

    @classmethod
    def from_domain(cls, row: ltv.LtvRow, group: str) -> LtvRow:
        """The GraphQL shape of a row, with the group as shown."""
        return cls(
            cohort=row.cohort,
            group=group,
            members=row.members,
            observed_cents=row.observed_cents,
            observed_per_member_cents=row.observed_per_member,
            expected_future_cents=row.expected_future_cents,
            scored_members=row.scored_members,
        )


@strawberry.type(description="Observed and expected member value by cohort.")
class LtvResult:
    rows: list[LtvRow] = strawberry.field(description="Rows by cohort, then group.")
    horizon_days: int | None = strawberry.field(
        description="The horizon of the expected spend (the model tag's days)."
    )


@strawberry.type(description="An item or category in an ABC analysis.")
class AbcRow:
    key: int = strawberry.field(description="Item or category id (0: none).")
    code: str | None = strawberry.field(description="Item or category code.")
    name: str | None = strawberry.field(description="Item or category name.")
    net_cents: int = strawberry.field(description="Net sales, fen.")
    net_share_percent: float = strawberry.field(description="Share of all net sales, %.")
    net_cumulative_percent: float = strawberry.field(
        description="Cumulative share up to this row, largest first, %."
    )
    net_class: str = strawberry.field(description="A, B or C by net sales.")
    margin_cents: int | None = strawberry.field(
        description="Gross margin of lines whose item has a cost, fen; null when none had."
    )
    margin_class: str | None = strawberry.field(description="A, B or C by gross margin.")
    margin_cumulative_percent: float | None = strawberry.field(
        description="Cumulative share of gross margin up to this row, largest first, %."
    )
    fully_costed: bool = strawberry.field(description="Every line's item had a cost.")

    @classmethod
    def from_domain(cls, row: abc.AbcRow) -> AbcRow:
        """The GraphQL shape of a row."""
        return cls(
            key=row.key,
            code=row.code,
            name=row.name,
            net_cents=row.net_cents,
            net_share_percent=_percent(row.net.share),
            net_cumulative_percent=_percent(row.net.cumulative),
            net_class=row.net.grade,
            margin_cents=row.margin_cents,
            margin_class=row.margin.grade if row.margin else None,
            margin_cumulative_percent=_percent(row.margin.cumulative) if row.margin else None,
            fully_costed=row.fully_costed,
        )


def _percent(share: Fraction) -> float:
    return round(float(share) * 100, 2)


@strawberry.type(description="Items or categories by net sales with their ABC classes.")
class AbcResult:
    rows: list[AbcRow] = strawberry.field(description="Largest net sales first.")
    truncated: bool = strawberry.field(description="More than 10,000 rows matched.")
