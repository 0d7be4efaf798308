"""Pure wallet rules: the recharge bonus, and how payments and refunds split between principal
(money the member paid in, refundable) and bonus (value the brand gave), in whole cents that
always add up exactly and never exceed either side.

Rounding: in a proportional split the bonus share is rounded down and principal takes the rest,
so the brand's gift is never drawn faster than its share; refunds follow the same rule
cumulatively, and a full refund returns exactly what each side paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import InsufficientBalance, require_non_negative_int, require_positive_int


class PaymentMode(StrEnum):
    PROPORTIONAL = "PROPORTIONAL"
    PRINCIPAL_FIRST = "PRINCIPAL_FIRST"


@dataclass(frozen=True)
class RechargeRule:
    """Paying at least `pay_cents` earns `bonus_cents`, for the listed levels and channels
    (empty: all) within [starts_at, ends_at) (None: open)."""

    id: int
    pay_cents: int
    bonus_cents: int
    level_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    priority: int = 0

    def __post_init__(self) -> None:
        require_positive_int(self.pay_cents, "pay_cents")
        require_non_negative_int(self.bonus_cents, "bonus_cents")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise DomainError(
                "ends_at must be after starts_at.", field="ends_at", code=ErrorCode.INVALID_WINDOW
            )

    def applies(self, amount_cents: int, level_id: int | None, channel: str, at: datetime) -> bool:
        """Whether this rule covers a recharge of this amount, member level, channel and time."""
        return (
            self.pay_cents <= amount_cents
            and (not self.level_ids or level_id in self.level_ids)
            and (not self.channels or channel in self.channels)
            and (self.starts_at is None or self.starts_at <= at)
            and (self.ends_at is None or at < self.ends_at)
        )


def pick_recharge_bonus(
    rules: Iterable[RechargeRule],
    amount_cents: int,
    level_id: int | None,
    channel: str,
    at: datetime,
) -> tuple[int | None, int]:
    """(rule id, bonus cents) of the one rule that applies; bonuses never stack.

    Best rule: the highest threshold not above the amount; among equal thresholds the higher
    priority, then the larger bonus, then the lower id (the older rule). (None, 0) if none fits.
    """
    require_positive_int(amount_cents, "amount_cents")
    fitting = [rule for rule in rules if rule.applies(amount_cents, level_id, channel, at)]
    best = max(fitting, key=lambda r: (r.pay_cents, r.priority, r.bonus_cents, -r.id), default=None)
    return (best.id, best.bonus_cents) if best else (None, 0)


def split_payment(
    principal_available: int, bonus_available: int, amount: int, mode: PaymentMode
) -> tuple[int, int]:
    """(principal part, bonus part) of a payment; raise InsufficientBalance if not covered.

    PROPORTIONAL draws bonus in the ratio of the current balances, rounded down, principal the
    rest (never above its balance: ceil(amount * p / (p + b)) <= p when amount <= p + b).
    PRINCIPAL_FIRST draws bonus only once principal is used up.
    """
    require_non_negative_int(principal_available, "principal_available")
    require_non_negative_int(bonus_available, "bonus_available")
    require_positive_int(amount, "amount")
    total = principal_available + bonus_available
    if total < amount:
        raise InsufficientBalance(
            f"Wallet balance {total} does not cover {amount}.",
            field="amount",
            available=total,
            requested=amount,
        )
    if mode == PaymentMode.PRINCIPAL_FIRST:
        principal_part = min(principal_available, amount)
        return principal_part, amount - principal_part
    if mode != PaymentMode.PROPORTIONAL:
        raise DomainError(f"Unknown payment mode {mode}.", field="mode")
    bonus_part = amount * bonus_available // total
    return amount - bonus_part, bonus_part


def split_refund(
    paid_principal: int,
    paid_bonus: int,
    refunded_principal_before: int,
    refunded_bonus_before: int,
    refund_amount: int,
) -> tuple[int, int]:
    """(principal back, bonus back) for a refund, in the payment's proportion cumulatively:
    refunds adding up to the whole payment return exactly what each side paid."""
    for name, value in (
        ("paid_principal", paid_principal),
        ("paid_bonus", paid_bonus),
        ("refunded_principal_before", refunded_principal_before),
        ("refunded_bonus_before", refunded_bonus_before),
    ):
        require_non_negative_int(value, name)
    require_positive_int(refund_amount, "refund_amount")
    principal_left = paid_principal - refunded_principal_before
    bonus_left = paid_bonus - refunded_bonus_before
    if principal_left < 0 or bonus_left < 0 or refund_amount > principal_left + bonus_left:
        raise DomainError(
            f"Refund {refund_amount} exceeds the {max(principal_left + bonus_left, 0)} left.",
            field="refund_amount",
            code=ErrorCode.REFUND_EXCEEDS_PAID,
        )
    paid = paid_principal + paid_bonus
    refunded_after = refunded_principal_before + refunded_bonus_before + refund_amount
    bonus_target = paid_bonus * refunded_after // paid
    # Clamped so earlier refunds split another way still converge; principal stays within what
    # is left because floor(paid_bonus * after / paid) >= after - paid_principal.
    bonus_back = min(max(bonus_target - refunded_bonus_before, 0), refund_amount, bonus_left)
    return refund_amount - bonus_back, bonus_back
