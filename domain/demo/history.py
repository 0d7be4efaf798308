"""A past for the demo after its configuration: saved segments and a measured campaign, points
from the seeded orders, levels from that growth, redemptions and soon-expiring points, wallets,
coupons, cards and plans. Segments need Redis installed in `domain.cache`."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from domain.demo import activity, campaign_history, coupon_history, points_history


async def build_history(end: datetime, seed: int) -> list[str]:
    """Give every configured area its history, deterministically for a seed; returns what it
    did, one line per area."""
    rng = np.random.default_rng(seed)
    segments = await campaign_history.save_segments()
    # Before settlement, so that the orders the campaign brought back earn points too.
    responses = await campaign_history.run_win_back(rng, segments["Regular buyers"], end)
    settled = await points_history.settle_orders()
    levels = await points_history.evaluate_levels()
    redeemed = await activity.redeem_points(rng)
    expiring = await activity.grant_expiring_points(rng, end)
    wallets = await activity.use_wallets(rng)
    bought = await activity.sell_cards_and_plans(rng)
    coupons = await coupon_history.issue_coupons(rng, end)
    return [
        f"segments {', '.join(segments)}",
        f"a win-back campaign with a control group, {responses:,} orders it brought back",
        "points earned by the orders " + ", ".join(f"{k} {v:,}" for k, v in settled.items()),
        f"levels for {levels['members']:,} members, {levels['upgraded']:,} upgraded",
        f"{redeemed:,} redemptions, {expiring:,} soon-expiring bonuses",
        f"{wallets['recharged']:,} wallet recharges, {wallets['paid']:,} wallet payments",
        f"{bought['cards']:,} benefit cards, {bought['plans']:,} paid plans",
        "coupons " + ", ".join(f"{k} {v:,}" for k, v in sorted(coupons.items())),
    ]
