"""What a ladder's thresholds count: growth points, net spend, orders or tenure.

Every place that places members on the ladder (an upgrade after an order, the nightly review,
member progress, a ladder preview) embeds the same scalar SQL, so they all agree. Spend and
orders count from the start of the member's level period under the RESET policy and over the
whole history under CARRY, as growth does; tenure counts days since registration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.ledger import reads as ledger_reads
from domain.levels import rules
from domain.members import reads as members_reads
from domain.orders import reads as orders_reads


class TierBasis(StrEnum):
    """What reachGrowth and keepGrowth of a ladder count."""

    GROWTH = "GROWTH"
    SPEND = "SPEND"
    ORDERS = "ORDERS"
    TENURE = "TENURE"


@dataclass(frozen=True)
class Slots:
    """The SQL expressions a measure is built from: the member, the growth asset, the start of
    the member's period (an instant; NULL counts from the beginning) and now (an instant)."""

    member: str
    asset: str
    since: str
    now: str


def measure_sql(basis: str, policy: str, slots: Slots) -> str:
    """A scalar subquery of a member's measure on the ladder's basis (NULL when nothing).
    Every slot appears in it with its type, whether the basis uses it or not, so a statement
    can pass the same parameters whatever the basis."""
    typed = (
        f"SELECT {slots.asset}::text AS asset_, {slots.since}::timestamptz AS since_, "
        f"{slots.now}::timestamptz AS now_"
    )
    return f"(SELECT {_measure(basis, policy, slots)} FROM ({typed}) AS slots_)"


def _measure(basis: str, policy: str, slots: Slots) -> str:
    since = (
        "'-infinity'::timestamptz"
        if policy == rules.GrowthPolicy.CARRY
        else f"COALESCE({slots.since}, '-infinity'::timestamptz)"
    )
    if basis == TierBasis.SPEND:
        return orders_reads.net_spend_since_sql(slots.member, since)
    if basis == TierBasis.ORDERS:
        return orders_reads.orders_since_sql(slots.member, since)
    if basis == TierBasis.TENURE:
        return members_reads.tenure_days_sql(slots.member, slots.now)
    if policy == rules.GrowthPolicy.CARRY:
        return ledger_reads.available_sql(slots.member, slots.asset)
    return ledger_reads.growth_sql(slots.member, slots.asset, since)
