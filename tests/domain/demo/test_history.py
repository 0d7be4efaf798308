"""A small demo with its history: every area holds data, and the books agree."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from api.seeding import default_end
from domain import db
from domain.campaigns import measure as campaigns_measure
from domain.campaigns.models import Campaign, CampaignStatus
from domain.clock import utc_now
from domain.demo.configure import configure_demo
from domain.demo.generate import generate
from domain.demo.history import build_history
from domain.demo.load import load
from domain.hooks_setup import register_hooks
from domain.ledger import service as ledger_service
from domain.recs import training
from domain.recs.training import RebuildSettings
from tests.helpers import gql, member

pytestmark = pytest.mark.usefixtures("database")

HOME = """query {
  me {
    level { level { rank code } growth }
    pointAccounts { pointType { code } available expiringSoon(withinDays: 30) { points } }
    wallet { balanceCents }
    coupons(first: 20) { edges { node { state } } }
    benefitCards { templateCode status }
  }
}"""


async def _rows(sql: str) -> list[dict[str, Any]]:
    return [dict(r) for r in await db.fetch(sql)]


async def _seeded(database: str) -> list[str]:
    end = default_end()
    await load(database, generate(200, 120, 8, 180, seed=42, end=end))
    register_hooks()
    await configure_demo()
    return await build_history(end, seed=42)


async def test_history_fills_every_area_and_the_books_agree(database: str) -> None:
    # given / when
    done = await _seeded(database)

    # then
    assert len(done) == 8
    assert await ledger_service.verify() == []
    ranks = {r["rank"] for r in await _rows("SELECT DISTINCT rank FROM member_levels")}
    assert 1 in ranks and len(ranks) >= 2
    states = {r["state"] for r in await _rows("SELECT DISTINCT state FROM coupons")}
    assert {"USED", "EXPIRED", "AVAILABLE"} <= states
    kinds = {
        (r["asset"], r["kind"])
        for r in await _rows(
            "SELECT DISTINCT a.asset, e.kind FROM ledger_entries e "
            "JOIN ledger_accounts a ON a.id = e.account_id"
        )
    }
    assert {("POINTS:POINTS", "CREDIT"), ("POINTS:POINTS", "DEBIT")} <= kinds
    assert {("WALLET:PRINCIPAL", "CREDIT"), ("WALLET:PRINCIPAL", "DEBIT")} <= kinds
    drift = await _rows(
        "SELECT a.id FROM ledger_accounts a JOIN ledger_entries e ON e.account_id = a.id "
        "WHERE a.asset LIKE 'WALLET:%' GROUP BY a.id HAVING sum(e.amount) <> max(a.available)"
    )
    assert drift == []
    soon = [
        dict(r)
        for r in await db.fetch(
            "SELECT id FROM ledger_lots WHERE remaining > 0 AND expires_at < $1",
            utc_now() + timedelta(days=30),
        )
    ]
    assert soon
    assert len(await _rows("SELECT id FROM segments")) == 3
    (campaign,) = await Campaign.all()
    assert campaign.status == CampaignStatus.COMPLETED
    arms = {arm.arm: arm for arm in await campaigns_measure.measure(campaign)}
    assert arms["control"].members > 0 and arms["control"].sent == 0
    (treated,) = [arm for name, arm in arms.items() if name != "control"]
    assert treated.uplift is not None and treated.uplift.value > 0
    for table in ("member_cards", "paid_memberships", "wallet_recharges", "point_earnings"):
        assert await _rows(f"SELECT 1 FROM {table} LIMIT 1"), table


async def test_the_recommendation_rebuild_learns_the_demo_tastes(
    database: str, tmp_path: Path
) -> None:
    # given: the generated behaviour alone (too few members at 200 for the model to win)
    await load(database, generate(1000, 120, 8, 180, seed=42, end=default_end()))

    # when
    quick = RebuildSettings(tune_seconds=0.01)  # the first parameters tried already win
    built = await training.rebuild(index_dir=tmp_path, settings=quick)

    # then
    validation = built["model"]["validation"]
    assert built["published"] is True
    assert validation["for_you"]["recall"] > validation["popularity"]["recall"]
    clicks = await _rows("SELECT id FROM events WHERE name = 'rec_click'")
    assert clicks


async def test_a_member_home_shows_the_history(database: str) -> None:
    # given
    await _seeded(database)
    (holder,) = await _rows(
        """SELECT c.member_id FROM member_cards c
            ORDER BY (SELECT count(*) FROM coupons WHERE member_id = c.member_id) DESC,
                     c.member_id LIMIT 1"""
    )

    # when
    result = await gql(HOME, principal=member(holder["member_id"]))

    # then
    assert result.errors is None, result.errors
    home = result.data["me"]
    assert home["level"]["growth"] > 0
    points = {a["pointType"]["code"]: a["available"] for a in home["pointAccounts"]}
    assert points["POINTS"] > 0 and points["GROWTH"] > 0
    assert home["wallet"]["balanceCents"] > 0
    assert home["coupons"]["edges"]
    assert home["benefitCards"][0]["templateCode"] == "PARKING_CARD"
