"""What a campaign did, per arm: audience, control, sent, delivered, clicked, converted,
sales, reward cost, uplift and incremental sales against control with confidence intervals,
ROI, new and returning members, retention and the funnel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from domain import db
from domain.campaigns import effect, rules
from domain.campaigns.models import Campaign
from domain.orders import reads as orders_reads


@dataclass
class ArmReport:
    arm: str
    members: int
    sent: int
    delivered: int
    clicked: int
    converted: int
    sales_cents: int
    cost_cents: int
    new_members: int
    retained_7d: int
    retained_next_month: int
    failures: dict[str, int] = field(default_factory=dict)
    """Members not rewarded, by the error code of the reward that failed."""
    uplift: effect.Estimate | None = None
    incremental_sales: effect.CentsEstimate | None = None
    roi: effect.Estimate | None = None


async def measure(campaign: Campaign) -> list[ArmReport]:
    """Per-arm figures; treatment arms carry their effect against the control arm."""
    return (await measure_many([campaign.id]))[campaign.id]


async def measure_many(campaign_ids: list[int]) -> dict[int, list[ArmReport]]:
    """`measure` for several campaigns in one statement, by campaign id."""
    orders, events = orders_reads.orders_sql(), orders_reads.events_sql()
    rows = await db.fetch(
        f"""
        WITH d AS (SELECT cd.campaign_id, cd.member_id, cd.occurrence, cd.arm, cd.delivered_at,
                          cd.cost_cents, c.attribution_days
                     FROM campaign_deliveries cd JOIN campaigns c ON c.id = cd.campaign_id
                    WHERE cd.campaign_id = ANY($1::int[]) AND cd.status IN ('REWARDED', 'CONTROL')),
             conv AS (SELECT d.campaign_id, d.member_id, count(o.id) AS orders,
                             COALESCE(sum(o.total_cents - o.refunded_cents), 0) AS sales
                        FROM d JOIN ({orders}) o ON o.member_id = d.member_id
                         AND o.paid_at > d.delivered_at
                         AND o.paid_at <= d.delivered_at + make_interval(days => d.attribution_days)
                       GROUP BY d.campaign_id, d.member_id)
        SELECT d.campaign_id, d.member_id, d.arm, d.cost_cents,
               COALESCE(conv.orders, 0) AS orders, COALESCE(conv.sales, 0) AS sales,
               NOT EXISTS (SELECT 1 FROM ({orders}) o WHERE o.member_id = d.member_id
                            AND o.paid_at <= d.delivered_at) AS is_new,
               EXISTS (SELECT 1 FROM ({orders}) o WHERE o.member_id = d.member_id
                        AND o.paid_at > d.delivered_at + interval '1 day'
                        AND o.paid_at <= d.delivered_at + interval '8 days') AS kept_7d,
               EXISTS (SELECT 1 FROM ({orders}) o WHERE o.member_id = d.member_id
                        AND date_trunc('month', o.paid_at) =
                            date_trunc('month', d.delivered_at) + interval '1 month') AS kept_month,
               n.status AS notified, n.sent_at IS NOT NULL AS was_sent, EXISTS (
                   SELECT 1 FROM ({events}) e WHERE e.member_id = d.member_id
                    AND e.name = 'campaign_click' AND e.occurred_at >= d.delivered_at
                    AND e.properties ->> 'campaign_id' = d.campaign_id::text) AS clicked
          FROM d LEFT JOIN conv ON conv.campaign_id = d.campaign_id AND conv.member_id = d.member_id
          LEFT JOIN campaign_notifications n
                 ON n.campaign_id = d.campaign_id AND n.member_id = d.member_id
                AND n.occurrence = d.occurrence
        """,
        list(campaign_ids),
    )
    by_campaign: dict[int, list[dict[str, Any]]] = {i: [] for i in campaign_ids}
    for row in rows:
        by_campaign[row["campaign_id"]].append(row)
    failures = await _failures(campaign_ids)
    return {i: _reports(found, failures.get(i, {})) for i, found in by_campaign.items()}


async def _failures(campaign_ids: list[int]) -> dict[int, dict[str, dict[str, int]]]:
    """Per campaign and arm: members whose reward failed, by error code."""
    rows = await db.fetch(
        "SELECT campaign_id, arm, COALESCE(failure_code, 'UNKNOWN') AS code, count(*) AS n "
        "FROM campaign_deliveries WHERE campaign_id = ANY($1::int[]) "
        "AND status = 'REWARD_FAILED' GROUP BY 1, 2, 3",
        list(campaign_ids),
    )
    found: dict[int, dict[str, dict[str, int]]] = {}
    for r in rows:
        arms = found.setdefault(int(r["campaign_id"]), {})
        arms.setdefault(r["arm"], {})[r["code"]] = int(r["n"])
    return found


def _reports(rows: list[dict[str, Any]], failures: dict[str, dict[str, int]]) -> list[ArmReport]:
    arms: dict[str, list[dict[str, Any]]] = {arm: [] for arm in failures}
    for row in rows:
        arms.setdefault(row["arm"], []).append(row)
    reports = {arm: _arm(arm, members) for arm, members in arms.items()}
    for arm, codes in failures.items():
        reports[arm].failures = dict(sorted(codes.items()))
    control = arms.get(rules.CONTROL)
    if control:
        base = effect.ArmData(
            np.array([r["orders"] > 0 for r in control]),
            np.array([r["sales"] for r in control], dtype=float),
        )
        for arm, members in arms.items():
            if arm == rules.CONTROL or len(members) < 2 or len(control) < 2:
                continue
            treated = effect.ArmData(
                np.array([r["orders"] > 0 for r in members]),
                np.array([r["sales"] for r in members], dtype=float),
            )
            try:
                report = effect.measure_effect(treated, base, reports[arm].cost_cents)
            except Exception:  # too little data for an interval; the counts still stand
                continue
            reports[arm].uplift = report.uplift
            reports[arm].incremental_sales = report.incremental_sales
            reports[arm].roi = report.roi
    return sorted(reports.values(), key=lambda r: r.arm)


def _arm(arm: str, members: list[dict[str, Any]]) -> ArmReport:
    return ArmReport(
        arm=arm,
        members=len(members),
        sent=sum(1 for r in members if r["was_sent"]),  # accepted by the provider
        delivered=sum(1 for r in members if r["notified"] == "DELIVERED"),  # by its receipt
        clicked=sum(1 for r in members if r["clicked"]),
        converted=sum(1 for r in members if r["orders"] > 0),
        sales_cents=int(sum(r["sales"] for r in members)),
        cost_cents=int(sum(r["cost_cents"] for r in members)),
        new_members=sum(1 for r in members if r["is_new"]),
        retained_7d=sum(1 for r in members if r["kept_7d"]),
        retained_next_month=sum(1 for r in members if r["kept_month"]),
    )
