"""Business counters for dashboards: points moved, coupons claimed, campaign messages sent.

Process-local Prometheus counters, exposed by the API's /metrics and the worker's metrics
port; a dashboard sums them over processes. They are for watching rates, not for accounting:
exact figures come from the ledger and the analytics rollups. Points are counted when their
entry is written, so a transaction rolled back afterwards may have counted.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

POINTS_MOVED = Counter(
    "crm_ledger_amount_total",
    "Amounts written to member accounts, by asset (point type code or wallet part) and entry "
    "kind (CREDIT = issued, DEBIT = redeemed or paid, EXPIRE = expired, ...)",
    ["asset", "kind"],
)
COUPONS_CLAIMED = Counter("crm_coupons_claimed_total", "Coupons members claimed (committed)")
CAMPAIGN_MESSAGES = Counter(
    "crm_campaign_messages_total",
    "Campaign messages by channel and outcome",
    ["channel", "outcome"],
)


def ledger_written(asset: str, kind: str, amount: int) -> None:
    """An entry of `amount` (signed) was written to an account of `asset`."""
    if amount:
        POINTS_MOVED.labels(asset=asset, kind=kind).inc(abs(amount))


RECONCILE_MISMATCHES = Gauge(
    "crm_analytics_reconcile_mismatches",
    "Mismatches the last reconcile found per rollup (measure totals plus rows on one side only); "
    "the target is 0",
    ["rollup"],
)


def reconcile_checked(rollup: str, mismatches: int) -> None:
    """A reconcile of `rollup` found `mismatches` (also set from the database at each scrape)."""
    RECONCILE_MISMATCHES.labels(rollup=rollup).set(mismatches)
