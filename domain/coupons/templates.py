"""Coupon templates: definition with its checks, the state machine, lookups."""

from __future__ import annotations

from typing import Any

from domain import config_history, db
from domain.audience import membership
from domain.coupons import claims
from domain.coupons.eligibility import Spec, validate_spec, validate_window
from domain.coupons.models import CouponTemplate, TemplateState
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound

TRANSITIONS = {
    TemplateState.DRAFT: {TemplateState.ACTIVE, TemplateState.ENDED},
    TemplateState.ACTIVE: {TemplateState.PAUSED, TemplateState.ENDED},
    TemplateState.PAUSED: {TemplateState.ACTIVE, TemplateState.ENDED},
    TemplateState.ENDED: set(),
}
# What a coupon is worth and where it applies: fixed once coupons of the template exist.
FROZEN_WHEN_ISSUED = (
    "kind",
    "amount_off_cents",
    "threshold_cents",
    "percent_off",
    "cap_cents",
    "exchange_item_code",
    "rules",
    "stackable",
    "stack_group",
    "cost_share",
    "fixed_starts_at",
    "fixed_ends_at",
    "valid_days",
    "start_after_days",
)
CAMEL = {
    "total_stock": "totalStock",
    "per_member_limit": "perMemberLimit",
    "per_day_limit": "perDayLimit",
    "points_price": "pointsPrice",
    "price_cents": "priceCents",
}


def spec_of(template: CouponTemplate) -> Spec:
    """The pricing view of a template."""
    return Spec(
        kind=str(template.kind),
        amount_off_cents=template.amount_off_cents,
        threshold_cents=template.threshold_cents,
        percent_off=template.percent_off,
        cap_cents=template.cap_cents,
        exchange_item_code=template.exchange_item_code,
        rules=template.rules,
        stackable=template.stackable,
        stack_group=template.stack_group,
        template_id=template.id,
    )


def _check(values: dict[str, Any]) -> None:
    spec = Spec(
        kind=str(values["kind"]),
        amount_off_cents=values.get("amount_off_cents") or 0,
        threshold_cents=values.get("threshold_cents") or 0,
        percent_off=values.get("percent_off") or 0,
        cap_cents=values.get("cap_cents"),
        exchange_item_code=values.get("exchange_item_code"),
        rules=values.get("rules") or {},
    )
    validate_spec(spec, values["cost_share"])
    validate_window(
        fixed_starts_at=values.get("fixed_starts_at"),
        fixed_ends_at=values.get("fixed_ends_at"),
        valid_days=values.get("valid_days"),
        start_after_days=values.get("start_after_days") or 0,
    )
    for name in ("total_stock", "per_member_limit", "per_day_limit", "points_price", "price_cents"):
        value = values.get(name)
        if value is not None and value <= 0:
            raise DomainError(
                f"{CAMEL[name]} must be positive.", field=CAMEL[name], code=ErrorCode.INVALID_AMOUNT
            )
    starts, ends = values.get("claim_starts_at"), values.get("claim_ends_at")
    if starts and ends and ends <= starts:
        raise DomainError(
            "claimEndsAt must be after claimStartsAt.",
            field="claimEndsAt",
            code=ErrorCode.INVALID_WINDOW,
        )


async def define_template(**values: Any) -> CouponTemplate:
    """Create a template (DRAFT unless a state is given) or change one by code; checked whole
    before anything is written. Once coupons exist, their value and rules cannot change."""
    values["cost_share"] = values.get("cost_share") or {"platform": 100}
    values["rules"] = values.get("rules") or {}
    code = values.pop("code")
    if not code or len(code) > 50:
        raise DomainError("code is 1..50 characters.", field="code", code=ErrorCode.INVALID)
    _check(values)
    if "audience" in values["rules"]:
        values["rules"]["audience"] = await membership.check(
            values["rules"]["audience"], "rules.audience"
        )
    state = values.pop("state", None)
    async with db.transaction():
        current = await CouponTemplate.filter(code=code).select_for_update().first()
        if current is None:
            template = await CouponTemplate.create(
                code=code, state=state or TemplateState.DRAFT, **values
            )
            await _record(None, template)
            return template
        if current.issued > 0:
            for name in FROZEN_WHEN_ISSUED:
                if name in values and values[name] != getattr(current, name):
                    raise InvalidState(
                        "Coupons of this template exist; its value and rules are fixed.",
                        field=name,
                    )
        if values["total_stock"] < current.issued:
            raise DomainError(
                f"totalStock cannot go below the {current.issued} already issued.",
                field="totalStock",
                code=ErrorCode.INVALID_AMOUNT,
            )
        await CouponTemplate.filter(id=current.id).update(**values)
        if state is not None and state != current.state:
            await _transition(current, TemplateState(state))
        changed = await CouponTemplate.get(id=current.id)
        await _record(current, changed)
    await claims.reset_gate(current.id)
    return changed


async def _record(before: CouponTemplate | None, after: CouponTemplate) -> None:
    """History of a template change; ending it is its retirement."""
    action = None
    if after.state == TemplateState.ENDED and (before is None or before.state != after.state):
        action = config_history.ConfigChangeAction.RETIRE
    await config_history.record(
        "CouponTemplate",
        after.code,
        before=config_history.snapshot(before),
        after=config_history.snapshot(after),
        action=action,
    )


async def _transition(template: CouponTemplate, state: TemplateState) -> None:
    if state not in TRANSITIONS[TemplateState(template.state)]:
        raise InvalidState(f"A {template.state} template cannot become {state}.", field="state")
    await CouponTemplate.filter(id=template.id, state=template.state).update(state=state)


async def set_state(code: str, state: TemplateState) -> CouponTemplate:
    """Activate, pause, resume or end a template (ENDED is final). Idempotent."""
    async with db.transaction():
        template = await CouponTemplate.filter(code=code).select_for_update().first()
        if template is None:
            raise NotFound(f"Unknown coupon template '{code}'.", field="code")
        if template.state != state:
            await _transition(template, state)
        changed = await CouponTemplate.get(id=template.id)
        await _record(template, changed)
    await claims.reset_gate(template.id)
    return changed


async def template_by_code(code: str, field: str = "templateCode") -> CouponTemplate:
    """A template by code, or NOT_FOUND."""
    template = await CouponTemplate.get_or_none(code=code)
    if template is None:
        raise NotFound(f"Unknown coupon template '{code}'.", field=field)
    return template


async def templates_by_ids(ids: list[int]) -> dict[int, CouponTemplate]:
    """Templates by id."""
    return await CouponTemplate.in_bulk(list(set(ids)), "id")


async def templates_page(
    *, state: str | None, after: int | None, limit: int
) -> list[CouponTemplate]:
    """Templates newest first (keyset on id), optionally in one state."""
    query = CouponTemplate.all()
    if state:
        query = query.filter(state=state)
    if after is not None:
        query = query.filter(id__lt=after)
    return list(await query.order_by("-id").limit(limit))


async def find_template(code: str) -> CouponTemplate | None:
    """One template by code, or None."""
    return await CouponTemplate.get_or_none(code=code)
