"""Coupons: issuing under stock and limits (grab, exchange for points, purchase, staff lists,
campaigns), the claim centre, the member's coupons, void and expiry.

Issuing is one transaction: the (template, member) pair is locked, the idempotency key and the
member's limit checked, then one guarded UPDATE takes stock (`issued < total_stock`, the day's
count under the per-day limit, the template ACTIVE) before the coupon row is written. Nothing is
half written; every way of getting a coupon is idempotent on its request key.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError

from domain import db, idempotency
from domain.clock import business_today, utc_now
from domain.coupons import claims, eligibility
from domain.coupons.models import Coupon, CouponTemplate, TemplateState

# The area's public surface: the template functions, re-exported (`x as x`) for callers.
from domain.coupons.templates import define_template as define_template
from domain.coupons.templates import set_state as set_state
from domain.coupons.templates import spec_of as spec_of
from domain.coupons.templates import template_by_code as template_by_code
from domain.coupons.templates import templates_by_ids as templates_by_ids
from domain.coupons.templates import templates_page as templates_page
from domain.errors import Conflict, DomainError, ErrorCode, InvalidAmount, InvalidState
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind

MAX_ISSUE_BATCH = 1000


def _refusal(template: CouponTemplate) -> DomainError | None:
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
    coupon, _ = await _issue(member_id, template, key=key, source=source, operator=operator)
    return coupon


async def _issue(
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
            raise _refusal(fresh) or DomainError(
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
        return coupon, True


@dataclass(frozen=True)
class Claimed:
    coupon: Coupon
    issued: bool  # False when the answer is an earlier claim's coupon


def _require_claimable(template: CouponTemplate) -> None:
    refusal = _refusal(template)
    if refusal:
        raise refusal
    now = utc_now()
    if (template.claim_starts_at and now < template.claim_starts_at) or (
        template.claim_ends_at and now >= template.claim_ends_at
    ):
        raise InvalidState("Not open for claiming now.", field="templateCode")
    if template.points_price or template.price_cents:
        raise InvalidState("This coupon is exchanged or bought, not claimed.", field="templateCode")


async def claim(*, member_id: int, template_code: str, key: str) -> Coupon:
    """A member claims a free coupon in its claim window (the grab), through the Redis gate
    when it is on. Runs once per (member, key): copies and replays get the first outcome,
    another template under the same key is IDEMPOTENCY_KEY_REUSED."""
    template = await template_by_code(template_code)
    gated = claims.gate_enabled()

    async def attempt(scoped_key: str) -> Claimed:
        _require_claimable(template)
        if gated and not await claims.admit(template.id):
            raise DomainError("Out of stock.", field="templateCode", code=ErrorCode.OUT_OF_STOCK)
        coupon, issued = await _issue(
            member_id, template, key=f"claim:{scoped_key}", source="CLAIM", operator="member"
        )
        return Claimed(coupon, issued)

    # The record is kept here rather than in the API layer: the gate may count a claim only
    # once it has committed, which is when run_once returns.
    claimed = await idempotency.run_once(
        principal=None,
        scope=f"member:{member_id}",
        operation="claimCoupon",
        key=key,
        request={"member": member_id, "template": template.id},
        call=attempt,
        remember=lambda done: {"id": done.coupon.id},
        recall=_replayed_claim,
    )
    if gated and claimed.issued:
        await claims.count_issued(template.id)
    return claimed.coupon


async def _replayed_claim(stored: dict[str, Any]) -> Claimed:
    return Claimed(await Coupon.get(id=stored["id"]), False)


async def get_coupon(coupon_id: int) -> Coupon:
    """A coupon by id."""
    return await Coupon.get(id=coupon_id)


def price_of(template: CouponTemplate) -> payments.Price:
    """A template's price: its purchase price in cents and its points exchange price."""
    return payments.Price(
        template.price_cents or 0, template.points_price, template.point_type_code
    )


async def exchange(*, member_id: int, template_code: str, key: str) -> Coupon:
    """Exchange points for a coupon: the points debit and the coupon issue commit together.
    Idempotent on (member, key); INSUFFICIENT_POINTS leaves stock and points untouched."""
    template = await template_by_code(template_code)
    if not template.points_price:
        raise InvalidState("This coupon is not exchanged for points.", field="templateCode")
    full_key = f"exchange:{template_code}:{member_id}:{key}"
    async with db.transaction():
        existing = await Coupon.get_or_none(idempotency_key=full_key[:200])
        if existing is not None:
            return existing
        # Points first: the template row's lock is then held only for the issue itself.
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.COUPON,
            product_code=template.code,
            price=price_of(template),
            method=PaymentMethod.POINTS,
            key=f"coupon:{full_key}",
            operator=f"member:{member_id}",
        )
        coupon = await issue_coupon(
            member_id=member_id,
            template_code=template_code,
            key=full_key,
            source="POINTS",
            operator="member",
        )
        await payments.set_fulfilment(bought.id, coupon.id)
        return coupon


async def purchase(
    *, member_id: int, template_code: str, payment_no: str, paid_cents: int, operator: str
) -> Coupon:
    """A member bought a coupon (payment taken by the brand's system). Idempotent on the
    payment number; the amount paid must be the template's price; PAYMENT_NO_USED when the
    number paid for something else."""
    template = await template_by_code(template_code)
    if not template.price_cents:
        raise InvalidState("This coupon is not for sale.", field="templateCode")
    if paid_cents != template.price_cents:
        raise InvalidAmount(f"The price is {template.price_cents} cents.", field="paidCents")
    if not payment_no or len(payment_no) > 64:
        raise DomainError("paymentNo is 1..64 characters.", field="paymentNo")
    async with db.transaction():
        earlier = await payments.purchase_by_payment_no(payment_no)
        if earlier is not None:
            if (earlier.member_id, earlier.product_kind, earlier.product_code) != (
                member_id,
                ProductKind.COUPON,
                template.code,
            ) or earlier.fulfilment_id is None:
                raise DomainError(
                    "This payment number paid another purchase.",
                    field="paymentNo",
                    code=ErrorCode.PAYMENT_NO_USED,
                )
            return await Coupon.get(id=earlier.fulfilment_id)
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.COUPON,
            product_code=template.code,
            price=price_of(template),
            method=PaymentMethod.EXTERNAL,
            key=f"coupon:purchase:{payment_no}",
            operator=operator,
            captured_payment_no=payment_no,
        )
        coupon = await issue_coupon(
            member_id=member_id,
            template_code=template_code,
            key=f"purchase:{payment_no}",
            source="PURCHASE",
            operator=operator,
        )
        await payments.set_fulfilment(bought.id, coupon.id)
        return coupon


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


async def claimable(
    member_id: int | None, level_code: str | None, is_new: bool
) -> list[CouponTemplate]:
    """The claim centre: active templates open now with stock (today's too), under the
    member's limit, whose level and new-member rules the member meets. Without a member (a
    visitor) no claims count against the limit."""
    now = utc_now()
    rows = await db.fetch(
        """SELECT t.id FROM coupon_templates t
            WHERE t.state = 'ACTIVE' AND t.issued < t.total_stock AND t.price_cents IS NULL
              AND (t.per_day_limit IS NULL OR t.issued_day IS DISTINCT FROM $3
                   OR t.day_issued < t.per_day_limit)
              AND (t.claim_starts_at IS NULL OR t.claim_starts_at <= $2)
              AND (t.claim_ends_at IS NULL OR t.claim_ends_at > $2)
              AND (SELECT count(*) FROM coupons c WHERE c.template_id = t.id
                     AND c.member_id = $1 AND c.state <> 'VOID') < t.per_member_limit
            ORDER BY t.id""",
        member_id,
        now,
        business_today(now),
    )
    templates = await CouponTemplate.filter(id__in=[r["id"] for r in rows]).order_by("id")
    return [
        t
        for t in templates
        if (not t.rules.get("levels") or level_code in t.rules["levels"])
        and (not t.rules.get("new_members_only") or is_new)
    ]


async def coupons_of(member_ids: list[int]) -> list[list[Coupon]]:
    """Each member's coupons in every state, soonest expiring first, aligned to the ids."""
    grouped: dict[int, list[Coupon]] = {i: [] for i in member_ids}
    for coupon in await Coupon.filter(member_id__in=list(grouped)).order_by("valid_until", "id"):
        grouped[coupon.member_id].append(coupon)
    return [grouped[i] for i in member_ids]


async def member_coupons(
    member_id: int, *, states: list[str] | None, after: int | None, limit: int
) -> list[Coupon]:
    """A page of a member's coupons, newest first (keyset on id)."""
    query = Coupon.filter(member_id=member_id)
    if states:
        query = query.filter(state__in=states)
    if after is not None:
        query = query.filter(id__lt=after)
    return list(await query.order_by("-id").limit(limit))


async def member_coupon_pages(
    member_ids: Sequence[int], *, states: list[str] | None, after: int | None, limit: int
) -> list[list[Coupon]]:
    """`member_coupons` for many members, aligned to the ids: one statement for one member,
    two for any number (the page ids by a window over each member's coupons, then the rows)."""
    if len(member_ids) == 1:
        return [await member_coupons(member_ids[0], states=states, after=after, limit=limit)]
    rows = await db.fetch(
        """SELECT id FROM (
             SELECT id, row_number() OVER (PARTITION BY member_id ORDER BY id DESC) AS n
               FROM coupons
              WHERE member_id = ANY($1::bigint[])
                AND (cardinality($2::text[]) = 0 OR state = ANY($2::text[]))
                AND ($3::bigint IS NULL OR id < $3)) page
           WHERE n <= $4""",
        list(member_ids),
        list(states or []),
        after,
        limit,
    )
    grouped: dict[int, list[Coupon]] = {m: [] for m in member_ids}
    ids = [int(r["id"]) for r in rows]
    for coupon in await Coupon.filter(id__in=ids).order_by("-id") if ids else []:
        grouped[coupon.member_id].append(coupon)
    return [grouped[m] for m in member_ids]


async def coupons_by_ids(ids: list[int]) -> list[Coupon | None]:
    """Coupons aligned to ids."""
    found = await Coupon.in_bulk(list(set(ids)), "id")
    return [found.get(i) for i in ids]


async def void(*, coupon_id: int, reason: str, operator: str) -> Coupon:
    """Void an available coupon with a reason (a coupon locked to an order is released
    first). INVALID_STATE otherwise."""
    if not reason.strip() or len(reason) > 200:
        raise DomainError(
            "A reason of 1..200 characters is required.", field="reason", code=ErrorCode.REQUIRED
        )
    changed = await db.execute(
        "UPDATE coupons SET state = 'VOID', void_reason = $2 WHERE id = $1 AND state = 'AVAILABLE'",
        coupon_id,
        f"{reason.strip()} ({operator})"[:200],
    )
    if not changed:
        exists = await Coupon.exists(id=coupon_id)
        if not exists:
            raise DomainError("No such coupon.", field="couponId", code=ErrorCode.NOT_FOUND)
        raise InvalidState("Only available coupons can be voided.", field="couponId")
    return await Coupon.get(id=coupon_id)


async def expire_due(batch: int = 10_000) -> int:
    """Mark available coupons past their validity as expired, in batches (state-driven, safe
    to repeat)."""
    total = 0
    while True:
        count = await db.execute(
            """UPDATE coupons SET state = 'EXPIRED' WHERE id IN (
                   SELECT id FROM coupons WHERE state = 'AVAILABLE' AND valid_until <= $1
                    LIMIT $2 FOR UPDATE SKIP LOCKED)""",
            utc_now(),
            batch,
        )
        total += count
        if count < batch:
            return total
