"""A small demo with its history: every area holds data, and the books agree."""

from __future__ import annotations

import pytest

from api.seeding import default_end
from domain import db
from domain.demo.configure import configure_demo
from domain.demo.generate import generate
from domain.demo.history import build_history
from domain.demo.load import load
from domain.hooks_setup import register_hooks
from domain.ledger import service as ledger_service

pytestmark = pytest.mark.usefixtures("database")


async def _count(sql: str) -> int:
    row = await db.fetch_one(f"SELECT count(*) AS n FROM ({sql}) AS t")
    return int(row["n"]) if row else 0


async def test_history_fills_every_area(database: str) -> None:
    # given
    end = default_end()
    await load(database, generate(200, 120, 8, 180, seed=42, end=end))
    register_hooks()
    await configure_demo()

    # when
    done = await build_history(end, seed=42)

    # then
    print(done)
    assert await ledger_service.verify() == []
