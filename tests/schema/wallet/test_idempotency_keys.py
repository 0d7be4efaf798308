"""Idempotency keys belong to their caller: no one else's outcome, no changed replays."""

from __future__ import annotations

import asyncio

import pytest

from domain.wallet import service as wallet_service
from domain.wallet.models import Payment
from tests.factories import make_member
from tests.helpers import gql, member
from tests.schema.wallet.test_wallet import PAY, _recharged

pytestmark = pytest.mark.usefixtures("database")


def _pay(amount: int, key: str, order: str = "o1") -> dict:
    return {"i": {"amountCents": amount, "orderRef": order, "idempotencyKey": key}}


async def _balance(member_id: int) -> int:
    balances = await wallet_service.balances(member_id)
    return balances.principal + balances.bonus


async def test_another_members_key_gets_nothing_of_the_first_outcome() -> None:
    # given member A paid 1,234 with key "k"; member B has an empty wallet
    payer = await _recharged()
    first = await gql(PAY, _pay(1_234, "k"), member(payer))
    assert first.data["payWithWallet"]["errors"] == []
    other = await make_member()
    # when B sends the same key and the same request
    replay = await gql(PAY, _pay(1_234, "k"), member(other.id))
    # then B is charged on its own account, which cannot pay: no "paid" reply
    assert replay.data["payWithWallet"]["payment"] is None
    assert replay.data["payWithWallet"]["errors"] == [
        {"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}
    ]
    assert await Payment.filter(member_id=other.id).count() == 0
    assert await Payment.filter(member_id=payer).count() == 1


async def test_a_replay_with_different_parameters_is_refused() -> None:
    payer = await _recharged()
    await gql(PAY, _pay(1_000, "k"), member(payer))
    before = await _balance(payer)
    changed = await gql(PAY, _pay(2_000, "k"), member(payer))
    assert changed.data["payWithWallet"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    other_order = await gql(PAY, _pay(1_000, "k", order="o2"), member(payer))
    assert other_order.data["payWithWallet"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await _balance(payer) == before
    assert await Payment.filter(member_id=payer).count() == 1


async def test_concurrent_copies_all_get_the_one_outcome() -> None:
    payer = await _recharged()  # 55,000 in all
    results = await asyncio.gather(
        *(gql(PAY, _pay(10_000, "same"), member(payer)) for _ in range(20))
    )
    payments = [r.data["payWithWallet"]["payment"] for r in results]
    assert all(r.data["payWithWallet"]["errors"] == [] for r in results)
    assert len({p["id"] for p in payments}) == 1
    assert await _balance(payer) == 45_000


async def test_a_failed_first_request_is_the_answer_to_its_replays() -> None:
    payer = await _recharged()  # 55,000
    first = await gql(PAY, _pay(60_000, "big"), member(payer))
    assert first.data["payWithWallet"]["errors"][0]["code"] == "INSUFFICIENT_BALANCE"
    await wallet_service.recharge(
        member_id=payer, amount_cents=10_000, channel="APP", key="more", operator="t"
    )
    replay = await gql(PAY, _pay(60_000, "big"), member(payer))
    assert replay.data["payWithWallet"]["errors"][0]["code"] == "INSUFFICIENT_BALANCE"
    assert await Payment.filter(member_id=payer).count() == 0
    fresh = await gql(PAY, _pay(60_000, "big-2"), member(payer))
    assert fresh.data["payWithWallet"]["errors"] == []
