"""What referrals look like to the referrer (their invitees) and to staff (a report)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain import db
from domain.access import mask_phone
from domain.clock import business_day_start
from domain.members import reads as members_reads
from domain.members import service as members_service
from domain.members.models import IdentityKind

MAX_REPORT_DAYS = 366


@dataclass(frozen=True, slots=True)
class InviteeView:
    """One referral as the referrer sees it: a masked phone and what it paid the referrer."""

    id: int
    phone: str | None
    registered_at: datetime
    first_order_at: datetime | None
    points: int
    growth: int
    coupons: int


@dataclass(frozen=True, slots=True)
class ReferrerLine:
    """One referrer's figures over a period."""

    referrer_id: int
    invited: int
    registered: int
    first_orders: int
    points: int
    growth: int
    coupons: int
    capped: int


async def invitees_page(
    referrer_id: int, *, before_id: int | None, limit: int
) -> list[InviteeView]:
    """The referrer's invitees, newest first, with the referrer's rewards of each."""
    rows = await db.fetch(
        """SELECT r.id, r.invitee_id, r.registered_at, r.first_order_at,
                  COALESCE(sum(w.points), 0) AS points, COALESCE(sum(w.growth), 0) AS growth,
                  count(w.coupon_id) AS coupons
             FROM referrals r
             LEFT JOIN referral_rewards w ON w.referral_id = r.id AND w.party = 'REFERRER'
            WHERE r.referrer_id = $1 AND ($2::bigint IS NULL OR r.id < $2)
            GROUP BY r.id ORDER BY r.id DESC LIMIT $3""",
        referrer_id,
        before_id,
        limit,
    )
    identities = await members_service.identities_of([int(r["invitee_id"]) for r in rows])
    phones = [
        next((i.value for i in found if i.kind == IdentityKind.PHONE), None) for found in identities
    ]
    return [
        InviteeView(
            id=int(r["id"]),
            phone=mask_phone(phone),
            registered_at=r["registered_at"],
            first_order_at=r["first_order_at"],
            points=int(r["points"]),
            growth=int(r["growth"]),
            coupons=int(r["coupons"]),
        )
        for r, phone in zip(rows, phones, strict=True)
    ]


async def report(
    *, start: date, end: date, referrer_id: int | None = None, limit: int = 1000
) -> list[ReferrerLine]:
    """Per referrer over business days `start`..`end`: invitees registered (and still live
    members), first paid orders, rewards paid to both parties and those the cap withheld.
    Busiest referrers first."""
    since, until = business_day_start(start), business_day_start(end + timedelta(days=1))
    rows = await db.fetch(
        f"""WITH people AS (
               SELECT referrer_id,
                      count(*) FILTER (WHERE registered_at >= $1 AND registered_at < $2) AS invited,
                      count(*) FILTER (WHERE registered_at >= $1 AND registered_at < $2
                                         AND invitee_id IN ({members_reads.live_ids_sql()}))
                          AS registered,
                      count(*) FILTER (WHERE first_order_at >= $1 AND first_order_at < $2)
                          AS first_orders
                 FROM referrals
                WHERE ($3::bigint IS NULL OR referrer_id = $3)
                  AND (registered_at >= $1 AND registered_at < $2
                       OR first_order_at >= $1 AND first_order_at < $2)
                GROUP BY referrer_id),
           paid AS (
               SELECT r.referrer_id, sum(w.points) AS points, sum(w.growth) AS growth,
                      count(w.coupon_id) AS coupons, count(*) FILTER (WHERE w.capped) AS capped
                 FROM referral_rewards w JOIN referrals r ON r.id = w.referral_id
                WHERE w.created_at >= $1 AND w.created_at < $2
                  AND ($3::bigint IS NULL OR r.referrer_id = $3)
                GROUP BY r.referrer_id)
           SELECT COALESCE(p.referrer_id, q.referrer_id) AS referrer_id,
                  COALESCE(p.invited, 0) AS invited, COALESCE(p.registered, 0) AS registered,
                  COALESCE(p.first_orders, 0) AS first_orders, COALESCE(q.points, 0) AS points,
                  COALESCE(q.growth, 0) AS growth, COALESCE(q.coupons, 0) AS coupons,
                  COALESCE(q.capped, 0) AS capped
             FROM people p FULL JOIN paid q ON q.referrer_id = p.referrer_id
            ORDER BY invited DESC, referrer_id LIMIT $4""",
        since,
        until,
        referrer_id,
        limit,
    )
    return [ReferrerLine(**{k: int(v) for k, v in row.items()}) for row in rows]
