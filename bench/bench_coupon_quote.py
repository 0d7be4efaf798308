"""Checkout quote: best_combination for a 50-line cart with 30 held coupons, against the
baseline of computing each coupon's standalone discount only (applicability + discount_for).

    python bench/bench_coupon_quote.py [--runs 2000 --scenarios 20 --seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.coupons.quote import best_combination, discount_for
from domain.coupons.rules import (
    Cart,
    CartLine,
    CostShare,
    CouponKind,
    FixedWindow,
    HeldCoupon,
    Scene,
    TemplateSpec,
    UsageRules,
)

AT = datetime(2025, 6, 4, 4, 0, tzinfo=UTC)
WINDOW = FixedWindow(datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
GROUPS = ["platform", "shop", "brand", "shipping", "member", "event", "payment", "live"]


def make_cart(rng: random.Random, lines: int = 50) -> Cart:
    """A cart of `lines` lines over 8 categories and 12 brands."""
    return Cart(
        lines=[
            CartLine(
                f"l{i}",
                rng.randrange(1, 5000),
                rng.randrange(1, 9),
                rng.randrange(1, 13),
                rng.randint(1, 3),
                rng.randrange(100, 30_000),
            )
            for i in range(lines)
        ],
        store_code="SH01",
        channel="MINI_PROGRAM",
        scene=Scene.ONLINE,
        member_level_id=2,
        is_new_member=False,
        at=AT,
    )


def make_template(rng: random.Random, cart: Cart, stackable_share: float) -> TemplateSpec:
    """A template of a random kind and scope (about a third are not applicable)."""
    kind = rng.choice(list(CouponKind))
    scope = rng.choice(["all", "category", "brand", "exclude", "level"])
    rules = {
        "all": UsageRules(min_spend_cents=rng.choice([0, 10_000, 50_000])),
        "category": UsageRules(include_categories=frozenset(rng.sample(range(1, 9), 2))),
        "brand": UsageRules(include_brands=frozenset(rng.sample(range(1, 13), 3))),
        "exclude": UsageRules(exclude_categories=frozenset({rng.randrange(1, 9)})),
        "level": UsageRules(member_level_ids=frozenset({rng.choice([2, 3])})),
    }[scope]
    face = rng.choice([500, 1000, 2000, 5000, 10_000])
    return TemplateSpec(
        kind=kind,
        validity=WINDOW,
        amount_off_cents=face,
        threshold_cents=face * rng.choice([2, 5, 10, 40]),
        percent_off=rng.choice([5, 10, 12, 15, 20]),
        cap_cents=rng.choice([None, 3000, 8000]) if kind != CouponKind.FREE_ORDER else 5000,
        exchange_item_id=rng.choice(cart.lines).item_id if rng.random() < 0.7 else 0,
        rules=rules,
        stackable=rng.random() < stackable_share,
        stack_group=rng.choice(GROUPS),
        cost_share=CostShare(5000, 3000, 2000),
    )


def make_coupons(
    rng: random.Random, cart: Cart, count: int = 30, stackable_share: float = 0.7
) -> list[HeldCoupon]:
    """`count` held coupons, most of them stackable over eight stack groups."""
    return [
        HeldCoupon(
            i + 1,
            make_template(rng, cart, stackable_share),
            WINDOW.starts_at,
            AT + timedelta(days=rng.randint(1, 60)),
        )
        for i in range(count)
    ]


def standalone_only(coupons: list[HeldCoupon], cart: Cart) -> list[int]:
    """Baseline: each coupon's discount on the gross cart, no combination."""
    gross = [line.amount_cents for line in cart.lines]
    return [discount_for(coupon, cart, gross) for coupon in coupons]


def time_ms(
    work: Callable[[list[HeldCoupon], Cart], object],
    scenarios: list[tuple[list[HeldCoupon], Cart]],
    runs: int,
) -> list[float]:
    """Milliseconds per call, cycling over the scenarios."""
    samples = []
    for run in range(runs):
        coupons, cart = scenarios[run % len(scenarios)]
        started = time.perf_counter()
        work(coupons, cart)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def percentile(samples: list[float], q: float) -> float:
    """The q-quantile (0..1) of the samples."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """Print p50/p99 of best_combination next to the standalone-only baseline."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--scenarios", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rows = []
    for label, share in (("mixed (70% stackable)", 0.7), ("all stackable", 1.0)):
        scenarios = []
        for _ in range(args.scenarios):
            cart = make_cart(rng)
            scenarios.append((make_coupons(rng, cart, stackable_share=share), cart))
        time_ms(best_combination, scenarios, min(200, args.runs))  # warm up
        baseline = time_ms(standalone_only, scenarios, args.runs)
        quoted = time_ms(best_combination, scenarios, args.runs)
        chosen = statistics.mean(len(best_combination(c, cart).applied) for c, cart in scenarios)
        rows.append((label, baseline, quoted, chosen))
    print(f"50-line cart, 30 held coupons, {args.runs} runs over {args.scenarios} scenarios")
    print(f"{'scenario':<24}{'work':<34}{'p50 ms':>9}{'p99 ms':>9}{'p50 ratio':>11}")
    for label, baseline, quoted, chosen in rows:
        base50 = statistics.median(baseline)
        for name, samples in (
            ("standalone discounts (baseline)", baseline),
            (f"best_combination (avg {chosen:.1f} used)", quoted),
        ):
            p50 = statistics.median(samples)
            print(
                f"{label:<24}{name:<34}{p50:>9.3f}{percentile(samples, 0.99):>9.3f}"
                f"{p50 / base50:>10.2f}x"
            )


if __name__ == "__main__":
    main()
