"""Levels held: upgrades inside the job that credited the growth, history, distributions, the
privileges a level gives, and what points and wallet ask of a member's level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction

from domain import db
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.clock import business_day_start, business_today, utc_now
from domain.errors import DomainError
from domain.levels import rules
from domain.levels.basis import Slots, measure_sql
from domain.levels.ladder import ladder, settings, spec_of
from domain.levels.models import Level, LevelSettings, MemberLevel, PaidMembership, PaidPlan
from domain.members import reads as members_reads
from domain.points import config as points_config
from domain.webhooks import outbox


async def _growth(member_id: int, since: date, config: LevelSettings) -> int:
    """What counts now on the ladder's basis: growth earned since the period began (RESET) or
    the balance (CARRY); or net spend, orders, days of tenure."""
    measure = measure_sql(
        config.basis, config.growth_policy, Slots(member="$1", asset="$2", since="$3", now="$4")
    )
    row = await db.fetch_one(
        f"SELECT COALESCE({measure}, 0) AS measure",
        member_id,
        f"POINTS:{config.growth_point_type}",
        business_day_start(since),
        utc_now(),
    )
    return int(row["measure"]) if row else 0


async def _member_level(member_id: int) -> MemberLevel:
    today = business_today()
    await db.execute(
        "INSERT INTO member_levels (member_id, rank, reached_on, period_started_on, "
        "period_ends_on, updated_at) VALUES ($1, 1, $2, $2, NULL, now()) "
        "ON CONFLICT (member_id) DO NOTHING",
        member_id,
        today,
    )
    found = await MemberLevel.filter(member_id=member_id).select_for_update().first()
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class GrowthOutcome:
    """The member's rank after applying growth (None without a ladder); `from_rank` is set
    when this call upgraded."""

    member_id: int
    rank: int | None
    growth: int | None = None
    from_rank: int | None = None


async def apply_growth(member_id: int) -> GrowthOutcome:
    """Upgrade at once when growth reaches a threshold; each passed level's gifts are granted
    once. Called in the same job that credited the growth; safe to run twice."""
    levels = await ladder()
    if not levels:
        return GrowthOutcome(member_id, None)
    config = await settings()
    today = business_today()
    async with db.transaction():
        current = await _member_level(member_id)
        growth = await _growth(member_id, current.period_started_on, config)
        target = rules.level_for_growth([spec_of(x) for x in levels], growth)
        if target <= current.rank:
            return GrowthOutcome(member_id, current.rank, growth)
        by_rank = {x.rank: x for x in levels}
        validity = by_rank[target].validity_months
        await MemberLevel.filter(member_id=member_id).update(
            rank=target,
            reached_on=today,
            period_ends_on=rules.period_end(today, validity) if validity else None,
        )
        await outbox.emit(
            "level.changed",
            {"memberId": member_id, "fromRank": current.rank, "toRank": target, "kind": "UPGRADE"},
            at=utc_now(),
        )
        await _log(
            member_id,
            current.rank,
            target,
            "UPGRADE",
            f"growth {growth}",
            f"up:{member_id}:{target}:{today}",
        )
        for rank in rules.upgrades_between(current.rank, target):
            for gift in by_rank[rank].upgrade_gifts:
                await benefits_service.grant(
                    member_id=member_id,
                    benefit_code=gift["benefit"],
                    quantity=int(gift.get("quantity", 1)),
                    source=f"level:{rank}",
                    key=f"level-gift:{member_id}:{rank}:{gift['benefit']}",
                )
    return GrowthOutcome(member_id, target, growth, current.rank)


async def _log(
    member_id: int, from_rank: int, to_rank: int, kind: str, reason: str, key: str
) -> None:
    await db.execute(
        "INSERT INTO level_changes (member_id, from_rank, to_rank, kind, reason, "
        "idempotency_key, changed_at) VALUES ($1, $2, $3, $4, $5, $6, now()) "
        "ON CONFLICT (idempotency_key) DO NOTHING",
        member_id,
        from_rank,
        to_rank,
        kind,
        reason[:200],
        key,
    )


async def current(member_id: int) -> tuple[Level | None, MemberLevel | None]:
    """The member's level (rank 1 without a row) and its period."""
    row = await MemberLevel.get_or_none(member_id=member_id)
    level = await Level.get_or_none(rank=row.rank if row else 1)
    return level, row


@dataclass(frozen=True, slots=True)
class LevelHistoryEntry:
    from_rank: int
    to_rank: int
    kind: str
    reason: str
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class LevelCount:
    rank: int
    members: int


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: date
    counts: list[LevelCount]


async def history(member_id: int) -> list[LevelHistoryEntry]:
    """Every change of the member's level, newest first."""
    rows = await db.fetch(
        "SELECT from_rank, to_rank, kind, reason, changed_at FROM level_changes "
        "WHERE member_id = $1 ORDER BY changed_at DESC, id DESC",
        member_id,
    )
    return [LevelHistoryEntry(**r) for r in rows]


async def distribution(at: datetime) -> list[LevelCount]:
    """Members per level at a past instant, rebuilt from the history."""
    rows = await db.fetch(
        f"""WITH last AS (SELECT DISTINCT ON (member_id) member_id, to_rank FROM level_changes
                           WHERE changed_at <= $1 ORDER BY member_id, changed_at DESC, id DESC)
            SELECT COALESCE(l.to_rank, 1) AS rank, count(*) AS members
              FROM ({members_reads.registered_by_sql("$1")}) m
              LEFT JOIN last l ON l.member_id = m.id
             GROUP BY 1 ORDER BY 1""",
        at,
    )
    return [LevelCount(int(r["rank"]), int(r["members"])) for r in rows]


async def trend(since: date, until: date, step_days: int) -> list[TrendPoint]:
    """The distribution at the end of every step in a period."""
    if step_days <= 0 or until < since or (until - since).days / step_days > 400:
        raise DomainError("Choose a period and a step giving at most 400 points.", field="stepDays")
    points, day = [], since
    while day <= until:
        counts = await distribution(business_day_start(day + timedelta(days=1)))
        points.append(TrendPoint(day, counts))
        day += timedelta(days=step_days)
    return points


@dataclass(frozen=True)
class Privileges:
    level_code: str | None
    discount_percent: int
    free_shipping: bool
    multiplier: Fraction


async def privileges(member_id: int) -> Privileges:
    """What the member's level, paid plan and cards give now (best discount; multipliers
    multiply)."""
    (found,) = await privileges_of([member_id])
    return found


async def privileges_of(member_ids: Sequence[int]) -> list[Privileges]:
    """`privileges` of many members, aligned to the ids, in two statements."""
    today = business_today()
    rows = await db.fetch(
        """SELECT m.id AS member_id, l.code, l.discount_percent, l.multiplier_percent,
                  l.free_shipping, p.discount_percent AS plan_discount,
                  p.multiplier_percent AS plan_multiplier
             FROM unnest($1::bigint[]) AS m(id)
             LEFT JOIN member_levels ml ON ml.member_id = m.id
             LEFT JOIN levels l ON l.rank = COALESCE(ml.rank, 1)
             LEFT JOIN LATERAL (
                   SELECT pp.discount_percent, pp.multiplier_percent
                     FROM paid_memberships pm JOIN paid_plans pp ON pp.id = pm.plan_id
                    WHERE pm.member_id = m.id AND pm.status = 'ACTIVE'
                      AND pm.starts_on <= $2 AND pm.ends_on > $2
                    LIMIT 1) p ON true""",
        list(member_ids),
        today,
    )
    by_member = {int(r["member_id"]): r for r in rows}
    cards = await cards_service.active_privileges_of(member_ids)
    out = []
    for member_id, (card_discount, card_multiplier) in zip(member_ids, cards, strict=True):
        r = by_member[member_id]
        discount = max(r["discount_percent"] or 0, r["plan_discount"] or 0, card_discount)
        multiplier = Fraction(r["multiplier_percent"] or 100, 100)
        multiplier *= Fraction(r["plan_multiplier"] or 100, 100)
        multiplier *= Fraction(card_multiplier, 100)
        out.append(Privileges(r["code"], discount, bool(r["free_shipping"]), multiplier))
    return out


async def active_plan(member_id: int) -> PaidPlan | None:
    """The plan of the member's active paid membership, if any."""
    membership = await PaidMembership.filter(
        member_id=member_id,
        status="ACTIVE",
        starts_on__lte=business_today(),
        ends_on__gt=business_today(),
    ).first()
    return await PaidPlan.get(id=membership.plan_id) if membership else None


async def earning_multiplier(member_id: int, point_type_code: str) -> Fraction:
    """How the member's level, plan and cards multiply earnings of a spendable point type."""
    point_type = await points_config.get_type(point_type_code)
    if point_type.kind != "SPENDABLE":
        return Fraction(1)
    return (await privileges(member_id)).multiplier


async def level_code(member_id: int) -> str | None:
    """The code of the member's level (the base level without a row), None with no ladder."""
    level, _ = await current(member_id)
    return level.code if level else None
