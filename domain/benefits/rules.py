"""Pure benefit rules: benefit-card drop periods, grant quotas, and card refunds.

A card is held on the half-open business-date range `[activated_on, ends_on)`. Its drops are
anchored on the activation date: period i starts `i` months (weeks, days) after activation, so a
12-month card has exactly 12 monthly drops. Each period has a stable key derived from its start:
"2026-11" (MONTH), "2026-W47" (ISO week, WEEK), "2026-11-15" (DAY). The service stores the key
with each distribution under a unique constraint, so a re-run distributes nothing twice.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from domain.errors import DomainError, ErrorCode, InvalidAmount
from domain.periods import Expired, InvalidWindow, add_months, refund_plan


class BenefitExhausted(DomainError):
    """The grant has fewer uses left than asked for."""

    code = ErrorCode.BENEFIT_EXHAUSTED


class Every(StrEnum):
    """How often a benefit card drops its contents."""

    MONTH = "MONTH"
    WEEK = "WEEK"
    DAY = "DAY"


class DropPeriod(NamedTuple):
    """One drop of a card: its stable key and the business date it becomes due."""

    key: str
    starts_on: date


@dataclass(frozen=True, slots=True)
class CardTerms:
    """A sold benefit card: held on `[activated_on, ends_on)`, dropping every `every`."""

    activated_on: date
    ends_on: date
    every: Every
    price_cents: int = 0


@dataclass(frozen=True, slots=True)
class Grant:
    """A quota of uses of one benefit; `ends_on` is exclusive, None never expires."""

    quantity: int
    used: int = 0
    ends_on: date | None = None

    @property
    def remaining(self) -> int:
        """Uses still available."""
        return self.quantity - self.used


@dataclass(frozen=True, slots=True)
class CardRefund:
    """What refunding a card returns and which undistributed drops it voids."""

    amount_cents: int
    voided_keys: tuple[str, ...]


def _period_start(activated_on: date, every: Every, index: int) -> date:
    if every is Every.MONTH:
        return add_months(activated_on, index)  # from activation each time: no day drift
    return activated_on + timedelta(days=index * (7 if every is Every.WEEK else 1))


def _period_key(starts_on: date, every: Every) -> str:
    if every is Every.MONTH:
        return f"{starts_on.year:04d}-{starts_on.month:02d}"
    if every is Every.WEEK:
        iso = starts_on.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return starts_on.isoformat()


def period_keys(activated_on: date, validity_end: date, every: Every) -> list[DropPeriod]:
    """Every drop period of a card held on `[activated_on, validity_end)`, in order."""
    if validity_end <= activated_on:
        raise InvalidWindow("A card must end after it is activated.", field="endsOn")
    periods: list[DropPeriod] = []
    index = 0
    while (starts_on := _period_start(activated_on, every, index)) < validity_end:
        periods.append(DropPeriod(_period_key(starts_on, every), starts_on))
        index += 1
    return periods


def due_periods(
    card: CardTerms, today: date, already_distributed_keys: Collection[str]
) -> list[DropPeriod]:
    """Periods that have started by `today` and were not distributed yet (catch-up included)."""
    return [
        period
        for period in period_keys(card.activated_on, card.ends_on, card.every)
        if period.starts_on <= today and period.key not in already_distributed_keys
    ]


def redeem(grant: Grant, count: int, today: date) -> Grant:
    """The grant after using it `count` times on business date `today`."""
    if count <= 0:
        raise InvalidAmount("Redeem at least one use.", field="count")
    if grant.ends_on is not None and today >= grant.ends_on:
        raise Expired(f"The benefit expired on {grant.ends_on.isoformat()}.", field="grantId")
    if count > grant.remaining:
        raise BenefitExhausted(
            f"Only {grant.remaining} of {grant.quantity} uses are left.", field="count"
        )
    return replace(grant, used=grant.used + count)


def card_refund(card: CardTerms, at: date, distributed_keys: Collection[str]) -> CardRefund:
    """Pro-rata refund of a card (rounded down) voiding every drop not yet distributed."""
    amount = refund_plan(card.price_cents, card.activated_on, card.ends_on, at, field="card")
    voided = tuple(
        period.key
        for period in period_keys(card.activated_on, card.ends_on, card.every)
        if period.key not in distributed_keys
    )
    return CardRefund(amount_cents=amount, voided_keys=voided)
