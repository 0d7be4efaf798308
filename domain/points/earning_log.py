"""The point_earnings log: what each rule earned a member on a business day, for daily caps."""

from __future__ import annotations

from datetime import date

from domain import db


async def record_earning(
    member_id: int,
    point_type_id: int,
    source: str,
    kind: str,
    rule_id: int | None,
    points: int,
    day: date,
) -> None:
    """Log what one rule earned from one source (once per source and rule)."""
    await db.execute(
        "INSERT INTO point_earnings (member_id, point_type_id, source, rule_id, rule_kind, "
        "points, business_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now()) "
        "ON CONFLICT DO NOTHING",
        member_id,
        point_type_id,
        source,
        rule_id,
        kind,
        points,
        day,
    )


async def order_points_today(member_id: int, point_type_id: int, day: date) -> dict[int, int]:
    """Points each order rule has earned the member on a business day."""
    rows = await db.fetch(
        "SELECT rule_id, sum(points) AS points FROM point_earnings WHERE member_id = $1 "
        "AND point_type_id = $2 AND business_day = $3 AND rule_kind = 'ORDER' GROUP BY rule_id",
        member_id,
        point_type_id,
        day,
    )
    return {int(r["rule_id"]): int(r["points"]) for r in rows if r["rule_id"] is not None}


async def event_bonuses_on(member_id: int, rule_id: int, day: date) -> int:
    """How many times an event bonus rule has paid the member on a business day."""
    used = await db.fetch_one(
        "SELECT count(*) AS n FROM point_earnings WHERE member_id = $1 AND rule_kind = 'EVENT' "
        "AND rule_id = $2 AND business_day = $3",
        member_id,
        rule_id,
        day,
    )
    return int(used["n"]) if used else 0
