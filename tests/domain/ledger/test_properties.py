"""Property tests: random sequences of ledger operations against a model of the lots.

The model applies the same rules in Python (soonest expiry first, then oldest, then id); after
every sequence the database must agree with it lot by lot, which proves FIFO-by-expiry, and the
account must satisfy available + frozen = sum of entries with no lot below zero.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import db
from domain.clock import utc_now
from domain.errors import DomainError
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.ledger.service import Meta

META = Meta(source="prop")
_members = itertools.count(10_000)

operation = st.one_of(
    st.tuples(st.just("earn"), st.integers(1, 50), st.sampled_from([None, 5, 30, 400])),
    st.tuples(st.just("redeem"), st.integers(1, 60), st.none()),
    st.tuples(st.just("freeze"), st.integers(1, 40), st.none()),
    st.tuples(st.just("unfreeze"), st.integers(0, 5), st.none()),
    st.tuples(st.just("refund"), st.integers(0, 5), st.integers(1, 30)),
    st.tuples(st.just("expire"), st.integers(1, 40), st.none()),
)


@pytest.fixture
async def loop(database: str) -> AsyncIterator[asyncio.AbstractEventLoop]:
    yield asyncio.get_running_loop()


class Model:
    """The lots as the rules say they should be."""

    def __init__(self) -> None:
        self.lots: dict[str, dict] = {}  # credit key -> {remaining, expires_in_days, order}
        self.frozen: dict[str, list[tuple[str, int]]] = {}
        self.available = 0
        self.frozen_total = 0

    def spendable(self, day: int) -> list[str]:
        keys = [
            k
            for k, lot in self.lots.items()
            if lot["remaining"] > 0 and (lot["exp"] is None or lot["exp"] > day)
        ]
        return sorted(
            keys,
            key=lambda k: (
                self.lots[k]["exp"] is None,
                self.lots[k]["exp"] or 0,
                self.lots[k]["order"],
            ),
        )

    def take(self, amount: int, day: int) -> list[tuple[str, int]] | None:
        keys = self.spendable(day)
        if sum(self.lots[k]["remaining"] for k in keys) < amount:
            return None
        takes = []
        for k in keys:
            if amount == 0:
                break
            t = min(amount, self.lots[k]["remaining"])
            self.lots[k]["remaining"] -= t
            amount -= t
            takes.append((k, t))
        return takes


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(operation, min_size=1, max_size=25))
def test_random_sequences_keep_the_books(loop: asyncio.AbstractEventLoop, ops: list) -> None:
    loop.run_until_complete(_run(ops))


async def _run(ops: list) -> None:
    account = await ledger.open_account(next(_members), "POINTS:P")
    model = Model()
    base = utc_now()
    day = 0
    for step, (name, amount, extra) in enumerate(ops):
        key = f"{name}-{step}"
        try:
            if name == "earn":
                expires = None if extra is None else base + timedelta(days=extra, hours=1)
                await ledger.credit(account.id, amount, key, META, expires_at=expires)
                model.lots[key] = {"remaining": amount, "exp": extra, "order": step}
                model.available += amount
            elif name == "redeem":
                if model.take(amount, day) is None:
                    with pytest.raises(DomainError):
                        await ledger.debit(account.id, amount, key, META)
                    continue
                await ledger.debit(account.id, amount, key, META)
                model.available -= amount
            elif name == "freeze":
                takes = model.take(amount, day)
                if takes is None:
                    with pytest.raises(DomainError):
                        await ledger.freeze(account.id, amount, key, META)
                    continue
                await ledger.freeze(account.id, amount, key, META)
                model.frozen[key] = takes
                model.available -= amount
                model.frozen_total += amount
            elif name == "unfreeze" and model.frozen:
                freeze_key = sorted(model.frozen)[amount % len(model.frozen)]
                await ledger.unfreeze(account.id, freeze_key, key, META)
                for lot_key, t in reversed(model.frozen.pop(freeze_key)):
                    model.lots[lot_key]["remaining"] += t
                    model.available += t
                    model.frozen_total -= t
            elif name == "refund" and model.lots:
                credit_key = sorted(model.lots)[amount % len(model.lots)]
                movement = await ledger.reverse(account.id, credit_key, extra, key, META)
                own = model.lots[credit_key]
                order = (
                    [credit_key]
                    if own["remaining"] > 0 and (own["exp"] is None or own["exp"] > day)
                    else []
                )
                keys = order + [k for k in model.spendable(day) if k != credit_key]
                need = extra
                for k in keys:
                    t = min(need, model.lots[k]["remaining"])
                    model.lots[k]["remaining"] -= t
                    need -= t
                model.available -= extra - need
                assert movement.entry.shortfall == need
        except DomainError:
            raise
        await _assert_books(account.id, model)
    # finally expire everything due "in 1000 days" and check again
    await ledger.expire_due(account.id, base + timedelta(days=1000))
    for lot in model.lots.values():
        if lot["exp"] is not None:
            model.available -= lot["remaining"]
            lot["remaining"] = 0
    await _assert_books(account.id, model)


async def _assert_books(account_id: int, model: Model) -> None:
    account = await Account.get(id=account_id)
    assert (account.available, account.frozen) == (model.available, model.frozen_total)
    assert await ledger.verify(account_id) == []
    assert await ledger.lots_consistent(account_id)
    rows = await db.fetch(
        "SELECT e.idempotency_key AS key, l.remaining FROM ledger_lots l "
        "JOIN ledger_entries e ON e.id = l.entry_id WHERE l.account_id = $1",
        account_id,
    )
    assert {r["key"]: r["remaining"] for r in rows} == {
        k: lot["remaining"] for k, lot in model.lots.items()
    }
