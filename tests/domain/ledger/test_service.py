"""The ledger core on real PostgreSQL: races, replays, expiry, freezes and reversals."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.ledger.service import Meta

pytestmark = pytest.mark.usefixtures("database")
_members = itertools.count(1)
META = Meta(source="test", reason="test", operator="test")


async def _account(allow_negative: bool = False) -> Account:
    return await ledger.open_account(next(_members), "POINTS:P", allow_negative=allow_negative)


async def _balances(account_id: int) -> tuple[int, int]:
    account = await Account.get(id=account_id)
    return account.available, account.frozen


async def _assert_consistent(account_id: int) -> None:
    assert await ledger.verify(account_id) == []
    assert await ledger.lots_consistent(account_id)


@pytest.mark.slow
async def test_200_concurrent_redemptions_of_10_on_100_exactly_10_succeed() -> None:
    # given 100 points
    account = await _account()
    await ledger.credit(account.id, 100, "earn-1", META)

    # when 200 redemptions of 10 race
    async def redeem(i: int) -> str:
        try:
            await ledger.debit(
                account.id, 10, f"redeem-{i}", META, insufficient=ErrorCode.INSUFFICIENT_POINTS
            )
            return "ok"
        except DomainError as error:
            return error.code.value

    outcomes = await asyncio.gather(*(redeem(i) for i in range(200)))
    # then exactly 10 succeed and the balance equals the entries
    assert outcomes.count("ok") == 10
    assert outcomes.count("INSUFFICIENT_POINTS") == 190
    assert await _balances(account.id) == (0, 0)
    await _assert_consistent(account.id)


@pytest.mark.slow
async def test_earn_and_redeem_racing_never_lose_or_double_value() -> None:
    account = await _account()
    await ledger.credit(account.id, 50, "seed", META)
    tasks = [ledger.credit(account.id, 5, f"earn-{i}", META) for i in range(40)]
    tasks += [ledger.debit(account.id, 5, f"spend-{i}", META) for i in range(40)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    spent = sum(1 for r in results[40:] if not isinstance(r, Exception))
    assert all(not isinstance(r, Exception) or isinstance(r, DomainError) for r in results)
    available, _ = await _balances(account.id)
    assert available == 50 + 40 * 5 - spent * 5
    await _assert_consistent(account.id)


async def test_the_same_key_twice_changes_the_balance_once() -> None:
    account = await _account()
    first = await ledger.credit(account.id, 30, "order:1", META)
    again = await asyncio.gather(
        *(ledger.credit(account.id, 30, "order:1", META) for _ in range(10))
    )
    assert all(m.replayed and m.entry.id == first.entry.id for m in again)
    spend = await ledger.debit(account.id, 10, "redeem:1", META)
    replay = await ledger.debit(account.id, 10, "redeem:1", META)
    assert replay.replayed and replay.entry.id == spend.entry.id
    assert await _balances(account.id) == (20, 0)


async def test_debits_take_lots_expiring_soonest_first() -> None:
    account = await _account()
    now = utc_now()
    await ledger.credit(account.id, 10, "late", META, expires_at=now + timedelta(days=90))
    await ledger.credit(account.id, 10, "never", META)
    await ledger.credit(account.id, 10, "soon", META, expires_at=now + timedelta(days=10))
    await ledger.debit(account.id, 15, "spend", META)
    lots = {lot["source"]: lot["remaining"] for lot in await _lots(account.id)}
    assert lots == {"soon": 0, "late": 5, "never": 10}


async def _lots(account_id: int) -> list[dict]:
    from domain import db

    return await db.fetch(
        "SELECT l.remaining, e.idempotency_key AS source FROM ledger_lots l "
        "JOIN ledger_entries e ON e.id = l.entry_id WHERE l.account_id = $1",
        account_id,
    )


async def test_expiry_runs_twice_safely_and_decay_carries_a_share() -> None:
    account = await _account()
    past = utc_now() - timedelta(seconds=1)
    later = utc_now() + timedelta(days=365)
    await ledger.credit(
        account.id, 100, "old", META, expires_at=past, carry_percent=20, carry_expires_at=later
    )
    await ledger.credit(account.id, 7, "fresh", META)
    assert await ledger.expire_due(account.id) == 80
    assert await ledger.expire_due(account.id) == 0
    assert await _balances(account.id) == (27, 0)
    await _assert_consistent(account.id)


async def test_expired_lots_are_never_spent_even_before_the_job_runs() -> None:
    account = await _account()
    await ledger.credit(account.id, 50, "old", META, expires_at=utc_now() - timedelta(hours=1))
    with pytest.raises(DomainError) as error:
        await ledger.debit(account.id, 10, "spend", META)
    assert error.value.code is ErrorCode.INSUFFICIENT_BALANCE
    # the refused debit wrote nothing, not even the expiry; the expiry job does that
    assert await _balances(account.id) == (50, 0)
    assert await ledger.expire_due(account.id) == 50
    assert await _balances(account.id) == (0, 0)


async def test_freeze_then_unfreeze_or_consume() -> None:
    account = await _account()
    await ledger.credit(account.id, 100, "earn", META)
    await ledger.freeze(account.id, 60, "freeze:o1", META)
    assert await _balances(account.id) == (40, 60)
    with pytest.raises(DomainError):
        await ledger.debit(account.id, 50, "spend", META)
    await ledger.unfreeze(account.id, "freeze:o1", "unfreeze:o1", META, amount=20)
    await ledger.consume_frozen(account.id, "freeze:o1", "pay:o1", META)
    assert await _balances(account.id) == (60, 0)
    with pytest.raises(DomainError) as error:
        await ledger.unfreeze(account.id, "freeze:o1", "unfreeze:o1b", META)
    assert error.value.code is ErrorCode.INSUFFICIENT_FROZEN
    await _assert_consistent(account.id)


@pytest.mark.parametrize(
    ("_case", "allow_negative", "expected"),
    [
        ("negative allowed", True, (-20, 0)),
        ("shortfall recorded", False, (0, 20)),
    ],
)
async def test_reversing_spent_value(
    _case: str, allow_negative: bool, expected: tuple[int, int]
) -> None:
    account = await _account(allow_negative=allow_negative)
    await ledger.credit(account.id, 50, "order:9", META)
    await ledger.debit(account.id, 30, "spend", META)
    movement = await ledger.reverse(account.id, "order:9", 40, "refund:9", META)
    available, _ = await _balances(account.id)
    assert (available, movement.entry.shortfall) == expected
    await _assert_consistent(account.id)
    if allow_negative:  # a later credit repays the debt first
        await ledger.credit(account.id, 30, "order:10", META)
        assert await _balances(account.id) == (10, 0)
        await _assert_consistent(account.id)


@pytest.mark.parametrize("amount", [0, -5, 1.5, True])
async def test_bad_amounts_are_refused_and_nothing_is_written(amount) -> None:
    account = await _account()
    with pytest.raises(DomainError) as error:
        await ledger.credit(account.id, amount, "bad", META)
    assert (error.value.code, error.value.field) == (ErrorCode.INVALID_AMOUNT, "amount")
    assert await _balances(account.id) == (0, 0)


async def test_batch_expiry_keeps_every_account_consistent() -> None:
    from domain.points import expiry as points_expiry

    past = utc_now() - timedelta(minutes=1)
    accounts = []
    for i in range(20):
        account = await _account()
        await ledger.credit(
            account.id,
            10 + i,
            f"old-{i}",
            META,
            expires_at=past,
            carry_percent=50 if i % 4 == 0 else 0,
            carry_expires_at=utc_now() + timedelta(days=30),
        )
        await ledger.credit(account.id, 5, f"fresh-{i}", META)
        accounts.append(account)
    result = await points_expiry.expire_all_due(batch=7)
    carried = sum((10 + i) * 50 // 100 for i in range(0, 20, 4))
    assert result == {"accounts": 20, "expired": sum(10 + i for i in range(20)) - carried}
    assert await ledger.verify() == []
    for account in accounts:
        assert await ledger.lots_consistent(account.id)
    assert await points_expiry.expire_all_due() == {"accounts": 0, "expired": 0}


async def test_merging_members_moves_their_lots_with_expiry_and_keeps_the_books() -> None:
    from domain.members import merging as members_merging
    from tests.factories import make_member

    older = await make_member(registered_days_ago=5)
    newer = await make_member()
    expires = utc_now() + timedelta(days=30)
    for member, amount in ((older, 100), (newer, 50)):
        account = await ledger.open_account(member.id, "POINTS:P")
        await ledger.credit(account.id, amount, f"gift-{member.id}", META, expires_at=expires)
    await members_merging.merge_members(
        survivor_id=older.id, absorbed_id=newer.id, reason="same person", operator="test"
    )
    survivor = await Account.get(member_id=older.id, asset="POINTS:P")
    absorbed = await Account.get(member_id=newer.id, asset="POINTS:P")
    assert (survivor.available, absorbed.available) == (150, 0)
    assert await ledger.verify() == []
    moved = await ledger.debit(survivor.id, 150, "spend-all", META)
    assert moved.entry.amount == -150
