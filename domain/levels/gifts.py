"""Level gifts on the calendar: birthday gifts once a year, monthly packs once a month."""

from __future__ import annotations

from datetime import date

from domain import db
from domain.benefits import service as benefits_service
from domain.clock import birthdays_on, business_today
from domain.levels.ladder import ladder
from domain.members import reads as members_reads


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
