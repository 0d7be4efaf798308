"""Pure wallet arithmetic: which recharge rule applies, and how a payment or refund splits
between principal and bonus, in whole cents that always add up exactly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Rule:
    id: int
    pay_cents: int
    bonus_cents: int
    level_codes: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    priority: int = 0


def pick_rule(
    rules: Sequence[Rule], amount: int, level_code: str | None, channel: str, at: datetime
) -> Rule | None:
    """The applicable rule with the highest threshold not above the amount (then priority,
    then the larger bonus): one rule per recharge, bonuses never stack."""
    fitting = [
        r
        for r in rules
        if r.pay_cents <= amount
        and (not r.level_codes or level_code in r.level_codes)
        and (not r.channels or channel in r.channels)
        and (r.starts_at is None or r.starts_at <= at)
        and (r.ends_at is None or at < r.ends_at)
    ]
    return max(fitting, key=lambda r: (r.pay_cents, r.priority, r.bonus_cents, -r.id), default=None)


def split_payment(principal: int, bonus: int, amount: int, mode: str) -> tuple[int, int] | None:
    """(principal part, bonus part) of a payment, or None when the balances do not cover it.
    PROPORTIONAL uses bonus in the ratio of the balances (rounded down, principal takes the
    rest); PRINCIPAL_FIRST uses bonus only when principal runs out."""
    if amount <= 0 or principal + bonus < amount:
        return None
    if mode == "PRINCIPAL_FIRST":
        from_principal = min(principal, amount)
        return from_principal, amount - from_principal
    from_bonus = amount * bonus // (principal + bonus)
    from_principal = amount - from_bonus
    if from_principal > principal:  # rounding pushed principal past its balance
        from_principal, from_bonus = principal, amount - principal
    return from_principal, from_bonus


def split_refund(
    paid_principal: int, paid_bonus: int, refunded_before: int, amount: int
) -> tuple[int, int]:
    """Give a refund back in the payment's proportion, cumulatively, so refunds adding up to
    the whole payment return exactly what each side paid."""
    paid = paid_principal + paid_bonus
    after = refunded_before + amount
    bonus_after = paid_bonus * after // paid
    bonus_before = paid_bonus * refunded_before // paid
    bonus = bonus_after - bonus_before
    return amount - bonus, bonus
