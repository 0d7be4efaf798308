"""Result types of the analysis models."""

from __future__ import annotations

from datetime import date

import strawberry

from domain.analytics import breakage, ltv


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
class LevelMove:
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
