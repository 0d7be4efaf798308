"""Points: types and rules, settlement of orders and refunds, redemption, freezes, adjustments,
event bonuses and expiry, all on the ledger core."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from domain import cache, db
from domain.clock import business_day_end, business_today, to_business, utc_now
from domain.errors import DomainError, ErrorCode
from domain.ledger import batch as ledger_batch
from domain.ledger import service as ledger
from domain.ledger.models import Account, Entry
from domain.ledger.service import Meta, Movement
from domain.members import service as members_service
from domain.orders import service as orders_service
from domain.points import earning, purchase_match
from domain.points.models import EarningRule, EventBonusRule, PointKind, PointType, Promotion
from domain.points.policy import ExpiryPolicy

DEFAULT_TYPE = "POINTS"
LevelMultiplier = Callable[[int, str], Awaitable[Fraction]]
_level_multipliers: list[LevelMultiplier] = []


def register_level_multiplier(provider: LevelMultiplier) -> None:
    """Levels register how a member's level multiplies a point type's earnings (once each)."""
    if provider not in _level_multipliers:
        _level_multipliers.append(provider)


def asset_of(point_type: PointType) -> str:
    return f"POINTS:{point_type.code}"


_TYPE_CACHE_SECONDS = 5.0
_type_cache: dict[str, tuple[float, PointType | None]] = {}
cache.register_local_cache(_type_cache.clear)


async def get_type(code: str, field: str = "pointType") -> PointType:
    """An active point type by code, or UNKNOWN_POINT_TYPE. Cached for a few seconds per
    process: point types change rarely and are read on every settlement and redemption."""
    now = time.monotonic()
    cached = _type_cache.get(code)
    if cached is not None and cached[0] > now:
        point_type = cached[1]
    else:
        point_type = await PointType.get_or_none(code=code, active=True)
        _type_cache[code] = (now + _TYPE_CACHE_SECONDS, point_type)
    if point_type is None:
        raise DomainError(
            f"Unknown point type '{code}'.", field=field, code=ErrorCode.UNKNOWN_POINT_TYPE
        )
    return point_type


async def list_types() -> list[PointType]:
    """All point types by code."""
    return list(await PointType.all().order_by("code"))


async def account_for(member_id: int, point_type: PointType) -> Account:
    """The member's account of a point type, opened on first use."""
    return await ledger.open_account(
        member_id, asset_of(point_type), allow_negative=point_type.allow_negative
    )


async def define_type(
    *,
    code: str,
    name: str,
    kind: PointKind,
    expiry_policy: dict[str, Any],
    allow_negative: bool = False,
    cents_per_point: tuple[int, int] = (1, 1),
) -> PointType:
    """Create or change a point type (by code)."""
    if not code or len(code) > 30 or not code.replace("_", "").isalnum():
        raise DomainError("code must be 1-30 letters, digits or '_'.", field="code")
    policy = ExpiryPolicy.from_json(expiry_policy)
    numerator, denominator = cents_per_point
    if numerator < 0 or denominator <= 0:
        raise DomainError(
            "centsPerPoint must be a non-negative fraction.",
            field="centsPerPoint",
            code=ErrorCode.INVALID_AMOUNT,
        )
    _type_cache.clear()
    point_type, _ = await PointType.update_or_create(
        code=code.upper(),
        defaults={
            "name": name,
            "kind": kind,
            "expiry_policy": policy.__dict__,
            "allow_negative": allow_negative,
            "cents_per_point_num": numerator,
            "cents_per_point_den": denominator,
        },
    )
    return point_type


async def define_rule(point_type_code: str, **values: Any) -> EarningRule:
    """Create or change an earning rule (by id when given)."""
    point_type = await get_type(point_type_code)
    if values.get("points", 0) < 0:
        raise DomainError(
            "points must not be negative.", field="points", code=ErrorCode.INVALID_AMOUNT
        )
    if values.get("per_cents", 0) <= 0:
        raise DomainError(
            "perCents must be positive.", field="perCents", code=ErrorCode.INVALID_AMOUNT
        )
    for cap in ("per_order_cap", "per_day_cap"):
        if values.get(cap) is not None and values[cap] < 0:
            raise DomainError(
                f"{cap} must not be negative.", field=cap, code=ErrorCode.INVALID_AMOUNT
            )
    rule_id = values.pop("id", None)
    if rule_id:
        await EarningRule.filter(id=rule_id).update(point_type_id=point_type.id, **values)
        return await EarningRule.get(id=rule_id)
    return await EarningRule.create(point_type_id=point_type.id, **values)


async def define_promotion(point_type_code: str, **values: Any) -> Promotion:
    """A time-boxed multiplier (numerator/denominator >= 1)."""
    point_type = await get_type(point_type_code)
    if values["ends_at"] <= values["starts_at"]:
        raise DomainError(
            "endsAt must be after startsAt.", field="endsAt", code=ErrorCode.INVALID_WINDOW
        )
    if values.get("denominator", 1) <= 0 or values["numerator"] < values.get("denominator", 1):
        raise DomainError(
            "The multiplier must be at least 1.", field="numerator", code=ErrorCode.INVALID_AMOUNT
        )
    return await Promotion.create(point_type_id=point_type.id, **values)


async def define_event_bonus(
    point_type_code: str, *, event_name: str, points: int, daily_limit: int
) -> EventBonusRule:
    """Bonus points for an event, at most `daily_limit` times a business day."""
    point_type = await get_type(point_type_code)
    if points <= 0 or daily_limit <= 0:
        raise DomainError(
            "points and dailyLimit must be positive.", field="points", code=ErrorCode.INVALID_AMOUNT
        )
    rule, _ = await EventBonusRule.update_or_create(
        point_type_id=point_type.id,
        event_name=event_name,
        defaults={"points": points, "daily_limit": daily_limit, "active": True},
    )
    return rule


async def _level_factor(member_id: int, code: str) -> Fraction:
    factor = Fraction(1)
    for provider in _level_multipliers:
        factor *= await provider(member_id, code)
    return factor


async def _earned_today(member_id: int, point_type_id: int, day: Any) -> dict[int, int]:
    rows = await db.fetch(
        "SELECT rule_id, sum(points) AS points FROM point_earnings WHERE member_id = $1 "
        "AND point_type_id = $2 AND business_day = $3 AND rule_kind = 'ORDER' GROUP BY rule_id",
        member_id,
        point_type_id,
        day,
    )
    return {int(r["rule_id"]): int(r["points"]) for r in rows if r["rule_id"] is not None}


@dataclass(frozen=True)
class Settled:
    point_type: str
    points: int


async def earn_for_order(order_id: int) -> list[Settled]:
    """Credit the points an order earns, per point type; nothing when an approved receipt
    already earned this purchase. Idempotent on the order."""
    order = await orders_service.get_order(order_id)
    if order is None or order.member_id is None:
        return []
    async with db.transaction():
        if await purchase_match.earned_by_receipt(order):
            return []
    (lines,) = await orders_service.lines_of([order_id])
    settled = []
    for point_type in await PointType.filter(
        active=True, kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]
    ):
        rules = [
            rule_view(r)
            for r in await EarningRule.filter(point_type_id=point_type.id, active=True)
            if (r.starts_at is None or r.starts_at <= order.paid_at)
            and (r.ends_at is None or order.paid_at < r.ends_at)
        ]
        if not rules:
            continue
        points = await _settle_order_type(order, lines, point_type, rules)
        settled.append(Settled(point_type.code, points))
    return settled


def rule_view(r: EarningRule) -> earning.Rule:
    """The pure-rule view of a stored earning rule."""
    return earning.Rule(
        r.id,
        r.points,
        r.per_cents,
        r.channel,
        r.store_code,
        r.category_id,
        r.brand_id,
        r.priority,
        r.rounding,
        r.per_order_cap,
        r.per_day_cap,
    )


async def _settle_order_type(
    order: Any, lines: list[Any], point_type: PointType, rules: list[earning.Rule]
) -> int:
    key = f"order:{order.id}"
    async with db.transaction():
        account = await account_for(order.member_id, point_type)
        await ledger.lock_account(account.id)
        if await Entry.exists(account_id=account.id, idempotency_key=key):
            return 0
        day = to_business(order.paid_at).date()
        promotions = [
            earning.PromotionWindow(
                p.id,
                Fraction(p.numerator, p.denominator),
                p.starts_at,
                p.ends_at,
                tuple(p.days_of_month),
                tuple(p.weekdays),
            )
            for p in await Promotion.filter(point_type_id=point_type.id, active=True)
        ]
        result = earning.compute_order_points(
            rules,
            [earning.Line(li.amount_cents, li.category_id, li.brand_id) for li in lines],
            channel=order.channel,
            store_code=order.store_code,
            paid_at=order.paid_at,
            promotions=promotions,
            level_factor=await _level_factor(order.member_id, point_type.code),
            earned_today=await _earned_today(order.member_id, point_type.id, day),
        )
        if result.total <= 0:
            return 0
        policy = ExpiryPolicy.from_json(point_type.expiry_policy)
        expires = policy.expires_at(order.paid_at)
        await ledger.credit(
            account.id,
            result.total,
            key,
            Meta(
                source=key,
                reason=f"order {order.channel}:{order.external_no}",
                operator="settlement",
            ),
            expires_at=expires,
            earned_at=order.paid_at,
            funding_party=f"store:{order.store_code}" if order.store_code else "platform",
            carry_percent=policy.carry_percent,
            carry_expires_at=policy.carry_expires_at(expires),
        )
        for item in result.by_rule:
            await _record_earning(
                order.member_id, point_type.id, key, "ORDER", item.rule_id, item.points, day
            )
        return result.total


async def _record_earning(
    member_id: int,
    point_type_id: int,
    source: str,
    kind: str,
    rule_id: int | None,
    points: int,
    day: Any,
) -> None:
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


async def reverse_for_refund(refund_id: int) -> list[Settled]:
    """Take back points in proportion to a refund (cumulative over the order's refunds, so the
    whole order refunded takes back exactly what it earned). Idempotent on the refund."""
    refund = await orders_service.get_refund(refund_id)
    if refund is None:
        return []
    order = await orders_service.get_order(refund.order_id)
    if order is None or order.member_id is None:
        return []
    refunds = await orders_service.refunds_of(order.id)
    before = sum(r.amount_cents for r in refunds if r.id < refund.id)
    owner = await members_service.resolve_member_id(order.member_id) or order.member_id
    family = [owner, *await members_service.absorbed_member_ids(owner)]
    out = []
    for point_type in await PointType.filter(kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]):
        found = await _order_credit(family, asset_of(point_type), f"order:{order.id}")
        if found is None:
            continue
        credit_account_id, credit = found
        points = earning.reversal_for_refund(
            credit.amount, order.total_cents, before, refund.amount_cents
        )
        key = f"refund:{refund.id}"
        # A refund reversed before the merge stays reversed on the account it was taken from.
        if points > 0 and not await ledger.find_entry(credit_account_id, key):
            account = await account_for(owner, point_type)
            await ledger.reverse(
                account.id,
                f"order:{order.id}",
                points,
                key,
                Meta(source=f"refund:{refund.id}", reason="order refunded", operator="settlement"),
                credit_account_id=credit_account_id,
            )
        out.append(Settled(point_type.code, -points))
    return out


async def _order_credit(member_ids: list[int], asset: str, key: str) -> tuple[int, Entry] | None:
    """The credit an order earned, on the account of the member or of one it absorbed."""
    accounts = await Account.filter(member_id__in=member_ids, asset=asset).values_list(
        "id", flat=True
    )
    credit = await Entry.filter(account_id__in=list(accounts), idempotency_key=key).first()
    return (credit.account_id, credit) if credit else None


async def bonus_for_events(event_ids: list[int]) -> dict[int, int]:
    """Credit event bonuses (daily limits per rule and business day). Idempotent per event.
    Returns the points credited per member."""
    rows = await db.fetch(
        "SELECT id, name, member_id, occurred_at FROM events WHERE id = ANY($1::bigint[]) "
        "AND member_id IS NOT NULL ORDER BY occurred_at, id",
        event_ids,
    )
    rules: dict[str, list[EventBonusRule]] = {}
    for rule in await EventBonusRule.filter(active=True):
        rules.setdefault(rule.event_name, []).append(rule)
    credited: dict[int, int] = {}
    for event in rows:
        for rule in rules.get(event["name"], []):
            points = await _event_bonus(event, rule)
            if points:
                member = int(event["member_id"])
                credited[member] = credited.get(member, 0) + points
    return credited


async def _event_bonus(event: dict[str, Any], rule: EventBonusRule) -> int:
    point_type = await PointType.get(id=rule.point_type_id)
    key = f"event:{event['id']}:{rule.id}"
    day = to_business(event["occurred_at"]).date()
    async with db.transaction():
        account = await account_for(event["member_id"], point_type)
        await ledger.lock_account(account.id)
        if await Entry.exists(account_id=account.id, idempotency_key=key):
            return 0
        used = await db.fetch_one(
            "SELECT count(*) AS n FROM point_earnings WHERE member_id = $1 AND rule_kind = 'EVENT' "
            "AND rule_id = $2 AND business_day = $3",
            event["member_id"],
            rule.id,
            day,
        )
        if used and int(used["n"]) >= rule.daily_limit:
            return 0
        policy = ExpiryPolicy.from_json(point_type.expiry_policy)
        expires = policy.expires_at(event["occurred_at"])
        await ledger.credit(
            account.id,
            rule.points,
            key,
            Meta(source=key, reason=f"event {event['name']}", operator="bonus"),
            expires_at=expires,
            earned_at=event["occurred_at"],
            carry_percent=policy.carry_percent,
            carry_expires_at=policy.carry_expires_at(expires),
        )
        await _record_earning(
            event["member_id"], point_type.id, key, "EVENT", rule.id, rule.points, day
        )
        result: int = rule.points
        return result


async def credit_points(
    *,
    member_id: int,
    point_type_code: str,
    points: int,
    key: str,
    reason: str,
    operator: str,
    funding_party: str = "platform",
    earned_at: datetime | None = None,
) -> Movement:
    """Grant points (campaigns, level gifts, receipts), expiring by the type's policy."""
    point_type = await get_type(point_type_code)
    account = await account_for(member_id, point_type)
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    earned = earned_at or utc_now()
    expires = policy.expires_at(earned)
    return await ledger.credit(
        account.id,
        points,
        key,
        Meta(source=key, reason=reason, operator=operator),
        expires_at=expires,
        earned_at=earned,
        funding_party=funding_party,
        carry_percent=policy.carry_percent,
        carry_expires_at=policy.carry_expires_at(expires),
    )


@dataclass(frozen=True)
class Redemption:
    movement: Movement
    cash_cents: int


def cash_value(point_type: PointType, points: int) -> int:
    """Cents a number of points is worth (rounded down: never more than the points cover)."""
    return points * point_type.cents_per_point_num // point_type.cents_per_point_den


async def redeem(
    *, member_id: int, point_type_code: str, points: int, key: str, purpose: str, operator: str
) -> Redemption:
    """Spend points (cash deduction, goods, coupons). Idempotent on `key`; INSUFFICIENT_POINTS
    when the balance does not cover them. Usable inside a caller's transaction."""
    ledger.require_positive(points, "points")
    point_type = await get_type(point_type_code)
    if point_type.kind != PointKind.SPENDABLE:
        raise DomainError(
            "Only spendable points can be redeemed.",
            field="pointType",
            code=ErrorCode.UNKNOWN_POINT_TYPE,
        )
    account = await account_for(member_id, point_type)
    movement = await ledger.debit(
        account.id,
        points,
        f"redeem:{key}",
        Meta(source=f"redeem:{key}", reason=purpose, operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
        field="points",
    )
    return Redemption(movement, cash_value(point_type, points))


async def replayed_movement(entry_id: int) -> Movement:
    """The movement an earlier request wrote, as the answer to its replay."""
    return Movement(await Entry.get(id=entry_id), True)


async def replayed_redemption(entry_id: int, cash_cents: int) -> Redemption:
    """The redemption an earlier request wrote, as the answer to its replay."""
    return Redemption(await replayed_movement(entry_id), cash_cents)


async def freeze(
    *, member_id: int, point_type_code: str, points: int, order_ref: str, operator: str
) -> Movement:
    """Set points aside for a pending order."""
    ledger.require_positive(points, "points")
    account = await account_for(member_id, await get_type(point_type_code))
    return await ledger.freeze(
        account.id,
        points,
        f"freeze:{order_ref}",
        Meta(source=order_ref, reason="pending order", operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
    )


async def unfreeze(
    *, member_id: int, point_type_code: str, order_ref: str, consume: bool, operator: str
) -> Movement:
    """Release frozen points (order cancelled) or consume them (order paid)."""
    account = await account_for(member_id, await get_type(point_type_code))
    meta = Meta(
        source=order_ref, reason="order paid" if consume else "order cancelled", operator=operator
    )
    if consume:
        return await ledger.consume_frozen(
            account.id, f"freeze:{order_ref}", f"consume:{order_ref}", meta
        )
    return await ledger.unfreeze(account.id, f"freeze:{order_ref}", f"unfreeze:{order_ref}", meta)


async def adjust(
    *, member_id: int, point_type_code: str, delta: int, key: str, reason: str, operator: str
) -> Movement:
    """A staff correction with its reason (positive expires by the type's policy)."""
    if not reason.strip():
        raise DomainError("A reason is required.", field="reason", code=ErrorCode.REQUIRED)
    point_type = await get_type(point_type_code)
    if isinstance(delta, int) and not isinstance(delta, bool) and delta > 0:
        return await credit_points(
            member_id=member_id,
            point_type_code=point_type.code,
            points=delta,
            key=f"adjust:{key}",
            reason=reason,
            operator=operator,
        )
    account = await account_for(member_id, point_type)
    return await ledger.adjust(
        account.id,
        delta,
        f"adjust:{key}",
        Meta(source="adjust", reason=reason, operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
    )


async def expire_all_due(
    progress: Callable[[int, str], Awaitable[None]] | None = None, batch: int = 500
) -> dict[str, int]:
    """Expire every due lot of every account, in batches (state-driven: safe to run twice)."""
    now = utc_now()
    after, accounts, amount = 0, 0, 0
    while True:
        ids = await ledger_batch.accounts_with_due_lots(now, after, batch)
        if not ids:
            break
        amount += await ledger_batch.expire_due_batch(ids, now)
        for account_id in await ledger_batch.accounts_with_due_lots(now, after, batch, ids):
            amount += await ledger.expire_due(account_id, now)  # lots that carry a share over
        accounts += len(ids)
        after = ids[-1]
        if progress:
            await progress(50, f"{accounts} accounts expired")
    return {"accounts": accounts, "expired": amount}


async def balances(member_id: int) -> list[tuple[PointType, Account | None]]:
    """Every point type with the member's account (None if never used)."""
    types = await list_types()
    accounts = {
        a.asset: a for a in await Account.filter(member_id=member_id, asset__startswith="POINTS:")
    }
    return [(t, accounts.get(asset_of(t))) for t in types]


async def account_of_entry(entry: Entry) -> tuple[PointType, Account]:
    """The point type and account an entry was written to."""
    account = await Account.get(id=entry.account_id)
    return await get_type(account.asset.removeprefix("POINTS:")), account


async def expiring(
    member_id: int, within_days: int, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Points about to expire within N business days of `now`, per type and expiry instant."""
    if within_days <= 0 or within_days > 3660:
        raise DomainError(
            "withinDays must be 1..3660.", field="withinDays", code=ErrorCode.INVALID_WINDOW
        )
    now = now or utc_now()
    until = business_day_end(business_today(now) + timedelta(days=within_days - 1))
    return await db.fetch(
        """SELECT substr(a.asset, 8) AS point_type, l.expires_at, sum(l.remaining) AS points
             FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
            WHERE a.member_id = $1 AND a.asset LIKE 'POINTS:%' AND l.remaining > 0
              AND l.expires_at > $3 AND l.expires_at <= $2
            GROUP BY 1, 2 ORDER BY 2""",
        member_id,
        until,
        now,
    )


async def credit_points_batch(
    *,
    member_ids: list[int],
    point_type_code: str,
    points: int,
    keys: list[str],
    reason: str,
    operator: str,
    funding_party: str = "platform",
) -> list[int]:
    """Grant the same points to many members at once (campaigns); idempotent per key.
    Returns the members credited now. Call inside the caller's transaction."""
    point_type = await get_type(point_type_code)
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    return await ledger_batch.credit_batch(
        member_ids,
        asset_of(point_type),
        points,
        keys,
        Meta(source="campaign", reason=reason, operator=operator),
        expires_at=policy.expires_at(utc_now()),
        funding_party=funding_party,
    )
