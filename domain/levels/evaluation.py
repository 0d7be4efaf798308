"""The nightly set-based retention evaluation: at the end of a validity, keep or downgrade."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import numpy as np

from domain import db
from domain.clock import business_day_start, business_today, business_zone
from domain.levels import rules
from domain.levels.basis import Slots, measure_sql
from domain.levels.ladder import ladder, settings, spec_of
from domain.levels.models import LevelSettings
from domain.webhooks import outbox

BATCH = 50_000


def _period_measure(config: LevelSettings) -> str:
    """The ladder's measure of the member in the evaluation batch, over the member's period."""
    return measure_sql(
        config.basis,
        config.growth_policy,
        Slots(
            member="ml.member_id",
            asset="$2",
            since="(ml.period_started_on::timestamp AT TIME ZONE $4)",
            now="$5",
        ),
    )


async def evaluate_due(
    today: date | None = None, progress: Callable[[int, str], Awaitable[None]] | None = None
) -> dict[str, int]:
    """At the end of a level's validity: keep if the retain condition holds, else downgrade one
    level (or to the configured level). Set-based over batches; each batch is one transaction
    and moves the period forward, so a re-run finds nothing due. Every change is logged."""
    today = today or business_today()
    levels = await ladder()
    if not levels:
        return {"evaluated": 0, "kept": 0, "downgraded": 0}
    config = await settings()
    specs = [spec_of(x) for x in levels]
    validity = {x.rank: x.validity_months for x in levels}
    totals = {"evaluated": 0, "kept": 0, "downgraded": 0}
    while True:
        async with db.transaction():
            rows = await db.fetch(
                f"""SELECT ml.member_id, ml.rank, ml.period_ends_on,
                           COALESCE({_period_measure(config)}, 0) AS growth
                     FROM member_levels ml
                    WHERE ml.period_ends_on <= $1
                    ORDER BY ml.member_id LIMIT $3 FOR UPDATE OF ml SKIP LOCKED""",
                today,
                f"POINTS:{config.growth_point_type}",
                BATCH,
                _zone(),
                business_day_start(today),
            )
            if not rows:
                break
            await _apply_evaluation(rows, specs, validity, config, today, totals)
        if progress:
            await progress(50, f"{totals['evaluated']} members evaluated")
    return totals


def _zone() -> str:
    return str(business_zone())


async def _apply_evaluation(
    rows: list[dict[str, Any]],
    specs: list[rules.LevelSpec],
    validity: dict[int, int],
    config: LevelSettings,
    today: date,
    totals: dict[str, int],
) -> None:
    members = np.array([r["member_id"] for r in rows], dtype=np.int64)
    ranks = np.array([r["rank"] for r in rows], dtype=np.int64)
    growths = np.array([int(r["growth"]) for r in rows], dtype=np.int64)
    outcome = rules.evaluate_retention_bulk(
        ranks, growths, specs, rules.GrowthPolicy(config.growth_policy)
    )
    new_ranks = outcome.ranks.astype(np.int64)
    ends = [
        rules.period_end(today, validity[int(r)]) if validity[int(r)] else None for r in new_ranks
    ]
    await db.execute(
        """UPDATE member_levels ml SET rank = t.rank, period_started_on = $4,
                  period_ends_on = t.ends_on,
                  reached_on = CASE WHEN t.rank <> ml.rank THEN $4 ELSE ml.reached_on END,
                  updated_at = now()
             FROM unnest($1::bigint[], $2::int[], $3::date[]) AS t(member_id, rank, ends_on)
            WHERE ml.member_id = t.member_id""",
        members.tolist(),
        new_ranks.tolist(),
        ends,
        today,
    )
    kinds = np.where(new_ranks < ranks, "DOWNGRADE", "KEEP")
    await db.execute(
        """INSERT INTO level_changes (member_id, from_rank, to_rank, kind, reason,
                                      idempotency_key, changed_at)
           SELECT t.member_id, t.from_rank, t.to_rank, t.kind,
                  'period end: growth ' || t.growth, 'eval:' || t.member_id || ':' || t.ends,
                  now()
             FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::bigint[],
                         $6::text[]) AS t(member_id, from_rank, to_rank, kind, growth, ends)
           ON CONFLICT (idempotency_key) DO NOTHING""",
        members.tolist(),
        ranks.tolist(),
        new_ranks.tolist(),
        kinds.tolist(),
        growths.tolist(),
        [str(r["period_ends_on"]) for r in rows],
    )
    for member_id, old, new in zip(
        members.tolist(), ranks.tolist(), new_ranks.tolist(), strict=True
    ):
        if new < old:
            await outbox.emit(
                "level.changed",
                {"memberId": member_id, "fromRank": old, "toRank": new, "kind": "DOWNGRADE"},
                at=business_day_start(today),
            )
    downgraded = int((new_ranks < ranks).sum())
    totals["evaluated"] += len(rows)
    totals["downgraded"] += downgraded
    totals["kept"] += len(rows) - downgraded
