"""Issuing coupons under stock and limits, to one member or a staff list.

Issuing is one transaction: the (template, member) pair is locked, the idempotency key and the
member's limit checked, then one guarded UPDATE takes stock (`issued < total_stock`, the day's
count under the per-day limit, the template ACTIVE) before the coupon row is written. Nothing is
half written; every way of getting a coupon is idempotent on its request key.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError

from domain import db, dirty
from domain.clock import business_today, utc_now
from domain.coupons import eligibility
from domain.coupons.models import Coupon, CouponTemplate, TemplateState
from domain.coupons.service import coupons_by_ids
from domain.coupons.templates import (  # noqa: F401  (the area's public surface)
    define_template,
    set_state,
    spec_of,
    template_by_code,
    templates_by_ids,
    templates_page,
)
from domain.errors import Conflict, DomainError, ErrorCode, InvalidState
from domain.webhooks import outbox

MAX_ISSUE_BATCH = 1000


def template_refusal(template: CouponTemplate) -> DomainError | None:
    """Why a template issues nothing now, from its state."""
    if template.state == TemplateState.PAUSED:
        return DomainError(
            "The coupon is paused.", field="templateCode", code=ErrorCode.COUPON_PAUSED
        )
    if template.state != TemplateState.ACTIVE:
        return InvalidState(f"The coupon is {template.state}.", field="templateCode")
    return None


async def issue_coupon(
    *, member_id: int, template_code: str, key: str, source: str, operator: str
) -> Coupon:
    """Give a member a coupon of a template. Idempotent on `key`; OUT_OF_STOCK,
    COUPON_LIMIT_REACHED, COUPON_PAUSED. Usable inside a caller's transaction."""
    template = await template_by_code(template_code)
    coupon, _ = await issue_for_key(member_id, template, key=key, source=source, operator=operator)
    return coupon


async def issue_for_key(
    member_id: int, template: CouponTemplate, *, key: str, source: str, operator: str
) -> tuple[Coupon, bool]:
    """The coupon of `key`, and whether this call issued it (False: it existed)."""
    async with db.transaction():
        # Serialises one member's requests for one template: the limit count and the key
        # check below cannot race with the same member's other claims.
        await db.fetch("SELECT pg_advisory_xact_lock($1, $2)", template.id, member_id % 2**31)
        existing = await Coupon.get_or_none(idempotency_key=key[:200])
        if existing is not None:
            return existing, False
        held = await db.fetch_one(
            "SELECT count(*) AS n FROM coupons WHERE template_id = $1 AND member_id = $2 "
            "AND state <> 'VOID'",
            template.id,
            member_id,
        )
        if held and int(held["n"]) >= template.per_member_limit:
            raise DomainError(
                "This coupon's limit per member is reached.",
                field="templateCode",
                code=ErrorCode.COUPON_LIMIT_REACHED,
            )
        now = utc_now()
        taken = await db.fetch_one(
            """UPDATE coupon_templates SET issued = issued + 1,
                      day_issued = CASE WHEN issued_day = $2 THEN day_issued + 1 ELSE 1 END,
                      issued_day = $2
                WHERE id = $1 AND state = 'ACTIVE' AND issued < total_stock
                  AND (per_day_limit IS NULL OR issued_day IS DISTINCT FROM $2
                       OR day_issued < per_day_limit)
            RETURNING id""",
            template.id,
            business_today(now),
        )
        if taken is None:
            fresh = await CouponTemplate.get(id=template.id)
            raise template_refusal(fresh) or DomainError(
                "Out of stock.", field="templateCode", code=ErrorCode.OUT_OF_STOCK
            )
        starts, ends = eligibility.validity(
            now,
            fixed_starts_at=template.fixed_starts_at,
            fixed_ends_at=template.fixed_ends_at,
            valid_days=template.valid_days,
            start_after_days=template.start_after_days,
        )
        try:
            coupon = await Coupon.create(
                template_id=template.id,
                member_id=member_id,
                code=secrets.token_hex(8).upper(),
                valid_from=starts,
                valid_until=ends,
                source=source[:50],
                operator=operator[:100],
                idempotency_key=key[:200],
            )
        except IntegrityError as error:  # the key was used for another member or template
            raise Conflict("This request key was already used.", field="idempotencyKey") from error
        await dirty.mark_moments("coupons", [coupon.created_at])
        await outbox.emit(
            "coupon.issued",
            {
                "memberId": member_id,
                "couponId": coupon.id,
                "template": template.code,
                "source": source,
                "validUntil": ends.isoformat() if ends else None,
            },
            at=now,
        )
        return coupon, True


@dataclass(frozen=True)
class IssueOutcome:
    member_id: int
    coupon: Coupon | None
    error: DomainError | None


async def issue_many(
    *, template_code: str, member_ids: list[int], key: str, source: str, operator: str
) -> list[IssueOutcome]:
    """Staff issue to one member or a list (each idempotent on `key` and the member); failures
    are per member, the others are issued."""
    if not member_ids or len(member_ids) > MAX_ISSUE_BATCH:
        raise DomainError(
            f"Give 1..{MAX_ISSUE_BATCH} members.",
            field="memberIds",
            code=ErrorCode.TOO_MANY if member_ids else ErrorCode.REQUIRED,
        )
    if not key or len(key) > 200:
        raise DomainError("idempotencyKey is 1..200 characters.", field="idempotencyKey")
    await template_by_code(template_code)
    outcomes = []
    for member_id in dict.fromkeys(member_ids):
        try:
            coupon = await issue_coupon(
                member_id=member_id,
                template_code=template_code,
                key=f"issue:{member_id}:{template_code}:{key}",  # a cut long key keeps the member
                source=source,
                operator=operator,
            )
            outcomes.append(IssueOutcome(member_id, coupon, None))
        except DomainError as error:
            outcomes.append(IssueOutcome(member_id, None, error))
    return outcomes


def remember_issued(outcomes: list[IssueOutcome]) -> dict[str, Any]:
    """What a replay of issue_many needs: each member's coupon id or error."""
    return {
        "outcomes": [
            {
                "member": o.member_id,
                "coupon": o.coupon.id if o.coupon else None,
                "error": None
                if o.error is None
                else {
                    "code": o.error.code.value,
                    "field": o.error.field,
                    "message": o.error.message,
                },
            }
            for o in outcomes
        ]
    }


async def recall_issued(stored: dict[str, Any]) -> list[IssueOutcome]:
    """The outcomes of an earlier issue_many, for its replay."""
    rows = stored["outcomes"]
    coupons = await coupons_by_ids([r["coupon"] for r in rows if r["coupon"] is not None])
    by_id = {c.id: c for c in coupons if c is not None}
    return [
        IssueOutcome(
            r["member"],
            by_id.get(r["coupon"]) if r["coupon"] is not None else None,
            None
            if r["error"] is None
            else DomainError(
                r["error"]["message"], field=r["error"]["field"], code=ErrorCode(r["error"]["code"])
            ),
        )
        for r in rows
    ]
