"""Levels: the ladder, upgrades inside the job that credited the growth, the nightly set-based
retention evaluation, history, distributions, and the privileges a level gives."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

import numpy as np

from domain import cache, db
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.clock import birthdays_on, business_day_start, business_today, business_zone
from domain.errors import DomainError
from domain.ledger import reads as ledger_reads
from domain.levels import rules
from domain.levels.models import Level, LevelSettings, MemberLevel, PaidMembership, PaidPlan
from domain.members import reads as members_reads
from domain.points import service as points_service

BATCH = 50_000
# Growth of the level's point type since the member's period began, in the evaluation batch.
_PERIOD_GROWTH = ledger_reads.growth_sql(
    "ml.member_id", "$2", "(ml.period_started_on::timestamp AT TIME ZONE $4)"
)


@dataclass(frozen=True)
class LevelInput:
    spec: rules.LevelSpec
    multiplier_percent: int = 100
    discount_percent: int = 0
    free_shipping: bool = False
    upgrade_gifts: tuple[dict[str, Any], ...] = ()
    monthly_benefits: tuple[dict[str, Any], ...] = ()
    birthday_benefits: tuple[dict[str, Any], ...] = ()


async def settings() -> LevelSettings:
    """Ladder-wide settings (created with defaults on first use)."""
    found = await LevelSettings.first()
    return found or await LevelSettings.create()


async def ladder() -> list[Level]:
    """The levels by rank."""
    return list(await Level.all().order_by("rank"))


@dataclass(frozen=True)
class LadderView:
    """The ladder and the growth settings as reads show them."""

    levels: tuple[Level, ...]
    growth_point_type: str
    growth_policy: str


_VIEW_CACHE_SECONDS = 5.0
_view_cache: list[tuple[float, LadderView]] = []
cache.register_local_cache(_view_cache.clear)


async def ladder_view() -> LadderView:
    """The ladder and growth settings, kept a few seconds per process: they change rarely and
    every member home shows them. Reading creates no settings row (the defaults apply)."""
    now = time.monotonic()
    if _view_cache and _view_cache[0][0] > now:
        return _view_cache[0][1]
    found = await LevelSettings.first()
    view = LadderView(
        tuple(await ladder()),
        found.growth_point_type if found else "GROWTH",
        found.growth_policy if found else rules.GrowthPolicy.RESET.value,
    )
    _view_cache[:] = [(now + _VIEW_CACHE_SECONDS, view)]
    return view


def _spec(level: Level) -> rules.LevelSpec:
    return rules.LevelSpec(
        level.rank,
        level.code,
        level.name,
        level.reach_growth,
        level.keep_growth,
        level.validity_months,
        level.downgrade_to_rank,
    )


async def define_levels(
    levels: list[LevelInput], *, growth_point_type: str, growth_policy: str
) -> list[Level]:
    """Replace the ladder (validated whole: ranks 1..n, increasing thresholds)."""
    rules.validate_ladder([item.spec for item in levels])
    if growth_policy not in rules.GrowthPolicy.__members__:
        raise DomainError("growthPolicy must be RESET or CARRY.", field="growthPolicy")
    await points_service.get_type(growth_point_type, "growthPointType")
    for i, item in enumerate(levels):
        if item.multiplier_percent < 100 or not 0 <= item.discount_percent < 100:
            raise DomainError(
                "multiplierPercent >= 100 and discountPercent 0..99.",
                field=f"levels[{i}].multiplierPercent",
            )
        for gift in (*item.upgrade_gifts, *item.monthly_benefits, *item.birthday_benefits):
            await benefits_service.get_benefit(str(gift.get("benefit")), f"levels[{i}].benefits")
    async with db.transaction():
        await Level.filter(rank__gt=len(levels)).delete()
        for item in levels:
            s = item.spec
            await Level.update_or_create(
                rank=s.rank,
                defaults={
                    "code": f"__{s.rank}",
                    "name": s.name,
                    "reach_growth": s.reach_growth,
                    "keep_growth": s.keep_growth,
                    "validity_months": s.validity_months,
                    "downgrade_to_rank": s.downgrade_to_rank,
                    "multiplier_percent": item.multiplier_percent,
                    "discount_percent": item.discount_percent,
                    "free_shipping": item.free_shipping,
                    "upgrade_gifts": list(item.upgrade_gifts),
                    "monthly_benefits": list(item.monthly_benefits),
                    "birthday_benefits": list(item.birthday_benefits),
                },
            )
        for item in levels:  # codes last: a code may move between ranks
            await Level.filter(rank=item.spec.rank).update(code=item.spec.code)
        config = await settings()
        await LevelSettings.filter(id=config.id).update(
            growth_point_type=growth_point_type, growth_policy=growth_policy
        )
    _view_cache.clear()
    return await ladder()


async def _growth(member_id: int, since: date, config: LevelSettings) -> int:
    """Growth that counts now: earned since the period began (RESET) or the balance (CARRY)."""
    asset = f"POINTS:{config.growth_point_type}"
    if config.growth_policy == rules.GrowthPolicy.CARRY:
        return await ledger_reads.available(member_id, asset)
    return await ledger_reads.growth_since(member_id, asset, business_day_start(since))


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
        target = rules.level_for_growth([_spec(x) for x in levels], growth)
        if target <= current.rank:
            return GrowthOutcome(member_id, current.rank, growth)
        by_rank = {x.rank: x for x in levels}
        validity = by_rank[target].validity_months
        await MemberLevel.filter(member_id=member_id).update(
            rank=target,
            reached_on=today,
            period_ends_on=rules.period_end(today, validity) if validity else None,
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
    specs = [_spec(x) for x in levels]
    validity = {x.rank: x.validity_months for x in levels}
    totals = {"evaluated": 0, "kept": 0, "downgraded": 0}
    while True:
        async with db.transaction():
            rows = await db.fetch(
                f"""SELECT ml.member_id, ml.rank, ml.period_ends_on,
                           COALESCE({_PERIOD_GROWTH}, 0) AS growth
                     FROM member_levels ml
                    WHERE ml.period_ends_on <= $1
                    ORDER BY ml.member_id LIMIT $3 FOR UPDATE OF ml SKIP LOCKED""",
                today,
                f"POINTS:{config.growth_point_type}",
                BATCH,
                _zone(),
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
    downgraded = int((new_ranks < ranks).sum())
    totals["evaluated"] += len(rows)
    totals["downgraded"] += downgraded
    totals["kept"] += len(rows) - downgraded


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
    point_type = await points_service.get_type(point_type_code)
    if point_type.kind != "SPENDABLE":
        return Fraction(1)
    return (await privileges(member_id)).multiplier


async def level_code(member_id: int) -> str | None:
    """The code of the member's level (the base level without a row), None with no ladder."""
    level, _ = await current(member_id)
    return level.code if level else None


async def grant_birthday_gifts(today: date | None = None) -> int:
    """Birthday gifts of each member's level, once a year (the key holds the year)."""
    today = today or business_today()
    born = await members_reads.born_on(birthdays_on(today))
    rows = await db.fetch(
        """SELECT m.id, COALESCE(ml.rank, 1) AS rank FROM unnest($1::bigint[]) AS m(id)
             LEFT JOIN member_levels ml ON ml.member_id = m.id ORDER BY m.id""",
        born,
    )
    gifts = {x.rank: x.birthday_benefits for x in await ladder()}
    granted = 0
    for row in rows:
        for gift in gifts.get(row["rank"], []):
            await benefits_service.grant(
                member_id=row["id"],
                benefit_code=gift["benefit"],
                quantity=int(gift.get("quantity", 1)),
                source="birthday",
                key=f"birthday:{row['id']}:{today.year}:{gift['benefit']}",
            )
            granted += 1
    return granted


async def grant_monthly_benefits(today: date | None = None) -> int:
    """Monthly packs of each member's level, once per month (the key holds the month)."""
    today = today or business_today()
    granted = 0
    for level in await ladder():
        if not level.monthly_benefits:
            continue
        if level.rank == 1:
            rows = await db.fetch(
                f"SELECT m.id AS member_id FROM ({members_reads.live_ids_sql()}) m "
                "LEFT JOIN member_levels ml ON ml.member_id = m.id WHERE COALESCE(ml.rank, 1) = 1"
            )
        else:
            rows = await db.fetch("SELECT member_id FROM member_levels WHERE rank = $1", level.rank)
        for row in rows:
            for gift in level.monthly_benefits:
                await benefits_service.grant(
                    member_id=row["member_id"],
                    benefit_code=gift["benefit"],
                    quantity=int(gift.get("quantity", 1)),
                    source=f"level:{level.rank}",
                    key=f"level-month:{row['member_id']}:{today:%Y-%m}:{gift['benefit']}",
                )
                granted += 1
    return granted
