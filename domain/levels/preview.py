"""A proposed ladder tried on the members, without writing: who would move up, who would fall
below their level's new threshold, by level, store and channel, and what the upgrade gifts cost.

Growth is counted as the ladder's growth policy counts it now (RESET: credited since the member's
period began; CARRY: the balance). Members above their new threshold move up at once when the
ladder is applied; members below it keep their level until their next review, as today.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from domain import db
from domain.benefits import service as benefits_service
from domain.clock import business_zone, utc_now
from domain.levels import rules
from domain.levels.basis import Slots, measure_sql
from domain.levels.ladder import LevelInput, validate
from domain.members import reads as members_reads


@dataclass(frozen=True, slots=True)
class RankMove:
    """Members at `from_rank` today whose growth places them at `to_rank` on the proposal."""

    from_rank: int
    to_rank: int
    members: int


@dataclass(frozen=True, slots=True)
class MoveCounts:
    """Moves of the members of one store or channel."""

    key: str
    up: int
    down: int
    stay: int


@dataclass(frozen=True, slots=True)
class GiftCost:
    """Upgrade gifts of one benefit the moves up would grant, and their cost."""

    benefit: str
    quantity: int
    cost_cents: int


@dataclass(frozen=True, slots=True)
class LadderPreview:
    members: int
    up: int
    down: int
    stay: int
    moves: list[RankMove]
    by_store: list[MoveCounts]
    by_channel: list[MoveCounts]
    gifts: list[GiftCost]
    gift_cost_cents: int


def ranked_sql(growth_policy: str, basis: str) -> str:
    """Live members with today's rank and the rank their measure reaches on a ladder:
    `member_id, channel, source_store, rank, target`. $1 growth asset, $2 business zone,
    $3 ranks, $4 their reach thresholds, $5 now."""
    growth = measure_sql(
        basis,
        growth_policy,
        Slots(
            member="o.member_id",
            asset="$1",
            since="(ml.period_started_on::timestamp AT TIME ZONE $2)",
            now="$5",
        ),
    )
    return f"""
        SELECT g.*, COALESCE((SELECT max(l.rank) FROM unnest($3::int[], $4::bigint[])
                                AS l(rank, reach) WHERE l.reach <= g.growth), 1) AS target
          FROM (SELECT o.member_id, o.channel, o.source_store, COALESCE(ml.rank, 1) AS rank,
                       COALESCE({growth}, 0) AS growth
                  FROM ({members_reads.live_origins_sql()}) o
                  LEFT JOIN member_levels ml ON ml.member_id = o.member_id) g"""


def _grouped_sql(growth_policy: str, basis: str) -> str:
    """Members by (today's rank, proposed rank, store, channel)."""
    return f"""SELECT rank, target, source_store, channel, count(*) AS members
                 FROM ({ranked_sql(growth_policy, basis)}) r GROUP BY 1, 2, 3, 4"""


def _direction(from_rank: int, to_rank: int) -> str:
    return "up" if to_rank > from_rank else "down" if to_rank < from_rank else "stay"


def _counts(rows: Sequence[dict[str, Any]], key: str) -> list[MoveCounts]:
    tally: dict[str, Counter[str]] = {}
    for r in rows:
        tally.setdefault(str(r[key]), Counter())[_direction(r["rank"], r["target"])] += int(
            r["members"]
        )
    return [MoveCounts(k, c["up"], c["down"], c["stay"]) for k, c in sorted(tally.items())]


async def _gift_costs(levels: list[LevelInput], moves: list[RankMove]) -> list[GiftCost]:
    gifts_of = {item.spec.rank: item.upgrade_gifts for item in levels}
    quantity: Counter[str] = Counter()
    for move in moves:
        for rank in rules.upgrades_between(move.from_rank, move.to_rank):
            for gift in gifts_of.get(rank, ()):
                quantity[str(gift["benefit"])] += int(gift.get("quantity", 1)) * move.members
    known = await benefits_service.active_benefits(list(quantity))
    return [
        GiftCost(code, count, count * int(known[code].unit_cost_cents) if code in known else 0)
        for code, count in sorted(quantity.items())
    ]


async def preview(
    levels: list[LevelInput],
    *,
    growth_point_type: str,
    growth_policy: str,
    basis: str = "GROWTH",
) -> LadderPreview:
    """Try a proposed ladder on every live member; writes nothing."""
    await validate(
        levels, growth_point_type=growth_point_type, growth_policy=growth_policy, basis=basis
    )
    specs = [item.spec for item in levels]
    rows = [
        dict(r)
        for r in await db.fetch(
            _grouped_sql(growth_policy, basis),
            f"POINTS:{growth_point_type}",
            str(business_zone()),
            [s.rank for s in specs],
            [s.reach_growth for s in specs],
            utc_now(),
        )
    ]
    pairs: Counter[tuple[int, int]] = Counter()
    for r in rows:
        pairs[(int(r["rank"]), int(r["target"]))] += int(r["members"])
    moves = [RankMove(f, t, n) for (f, t), n in sorted(pairs.items())]
    by_direction: Counter[str] = Counter()
    for move in moves:
        by_direction[_direction(move.from_rank, move.to_rank)] += move.members
    gifts = await _gift_costs(levels, [m for m in moves if m.to_rank > m.from_rank])
    return LadderPreview(
        members=sum(by_direction.values()),
        up=by_direction["up"],
        down=by_direction["down"],
        stay=by_direction["stay"],
        moves=moves,
        by_store=_counts(rows, "source_store"),
        by_channel=_counts(rows, "channel"),
        gifts=gifts,
        gift_cost_cents=sum(g.cost_cents for g in gifts),
    )
