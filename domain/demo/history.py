"""A past for the demo after its configuration: points from the seeded orders, levels from
that growth, redemptions and soon-expiring points, wallets, coupons, cards and plans."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from domain.demo import activity, coupon_history, points_history


async def build_history(end: datetime, seed: int) -> list[str]:
    """Give every configured area its history, deterministically for a seed; returns what it
    did, one line per area."""
    rng = np.random.default_rng(seed)
    settled = await points_history.settle_orders()
    levels = await points_history.evaluate_levels()
    redeemed = await activity.redeem_points(rng)
    expiring = await activity.grant_expiring_points(rng, end)
    wallets = await activity.use_wallets(rng)
    bought = await activity.sell_cards_and_plans(rng)
    coupons = await coupon_history.issue_coupons(rng, end)
    return [
        "points from orders " + ", ".join(f"{k} {v:,}" for k, v in settled.items()),
        f"levels for {levels['members']:,} members, {levels['upgraded']:,} upgraded",
        f"{redeemed:,} redemptions, {expiring:,} soon-expiring bonuses",
        f"{wallets['recharged']:,} wallet recharges, {wallets['paid']:,} wallet payments",
        f"{bought['cards']:,} benefit cards, {bought['plans']:,} paid plans",
        "coupons " + ", ".join(f"{k} {v:,}" for k, v in sorted(coupons.items())),
    ]
