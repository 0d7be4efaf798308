"""Where members stand on the ladder: level, growth now, growth to the next level, growth still
needed to keep this one, and when the period ends. Read-only and set-based: a fixed number of
statements whatever the number of members."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from domain import db
from domain.clock import business_day_start, utc_now
from domain.levels.basis import Slots, measure_sql
from domain.levels.ladder import ladder_view
from domain.levels.models import Level, MemberLevel


@dataclass(frozen=True, slots=True)
class Progress:
    """One member's place on the ladder; `level` is None only without a ladder."""

    member_id: int
    level: Level | None
    next_level: Level | None
    growth: int
    growth_to_next: int | None  # None at the top of the ladder
    growth_to_keep: int  # 0 once kept, or when the level never expires
    reached_on: date | None
    period_ends_on: date | None
    basis: str = "GROWTH"  # what `growth` and the thresholds count


def remaining(
    reach_next: int | None, keep: int, expires: bool, growth: int
) -> tuple[int | None, int]:
    """(growth to the next level, growth still needed to keep this one), never negative."""
    to_next = None if reach_next is None else max(0, reach_next - growth)
    return to_next, max(0, keep - growth) if expires else 0


async def progress_of(member_ids: Sequence[int]) -> list[Progress]:
    """Each member's progress, aligned to the ids (members without a level row hold rank 1)."""
    view = await ladder_view()
    levels = {x.rank: x for x in view.levels}
    rows = {r.member_id: r for r in await MemberLevel.filter(member_id__in=list(member_ids))}
    since = [
        business_day_start(rows[m].period_started_on) if m in rows else None for m in member_ids
    ]
    measure = measure_sql(
        view.basis, view.growth_policy, Slots(member="t.m", asset="$3", since="t.since", now="$4")
    )
    measured = await db.fetch(
        f"""SELECT t.m, COALESCE({measure}, 0) AS growth
              FROM unnest($1::bigint[], $2::timestamptz[]) AS t(m, since)""",
        list(member_ids),
        since,
        f"POINTS:{view.growth_point_type}",
        utc_now(),
    )
    growth = {int(r["m"]): int(r["growth"]) for r in measured}
    out = []
    for m in member_ids:
        row = rows.get(m)
        level = levels.get(row.rank if row else 1)
        following = levels.get(level.rank + 1) if level else None
        grown = growth.get(m, 0)
        to_next, to_keep = remaining(
            following.reach_growth if following else None,
            level.keep_growth if level else 0,
            bool(level and level.validity_months and row and row.period_ends_on),
            grown,
        )
        out.append(
            Progress(
                member_id=m,
                level=level,
                next_level=following,
                growth=grown,
                growth_to_next=to_next,
                growth_to_keep=to_keep,
                reached_on=row.reached_on if row else None,
                period_ends_on=row.period_ends_on if row else None,
                basis=view.basis,
            )
        )
    return out
