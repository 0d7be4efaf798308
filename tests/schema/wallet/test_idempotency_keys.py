"""Idempotency keys belong to their caller: no one else's outcome, no changed replays."""

from __future__ import annotations

import asyncio

import pytest

from domain.wallet import service as wallet_service
from domain.wallet.models import Payment, PaymentRefund, Recharge
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, gql, member
from tests.schema.wallet.test_wallet import PAY, RECHARGE, _recharged

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


REFUND_ONE = """mutation($i: RefundWalletPaymentInput!) { refundWalletPayment(input: $i) {
  refund { amountCents principalCents bonusCents } payment { refundedCents }
  errors { code field } } }"""


async def _paid(amount: int = 11_000) -> tuple[int, str]:
    payer = await _recharged()  # 55,000 in all
    paid = await gql(PAY, _pay(amount, "pay-1"), member(payer))
    return payer, paid.data["payWithWallet"]["payment"]["id"]


async def test_concurrent_copies_of_a_refund_refund_once() -> None:
    # given a payment of 11,000
    payer, payment_id = await _paid()
    refund = {"i": {"paymentId": payment_id, "amountCents": 11_000, "idempotencyKey": "r-1"}}
    # when the order system sends the same full refund 20 times at once
    results = await asyncio.gather(*(gql(REFUND_ONE, refund, SERVICE) for _ in range(20)))
    # then all 20 get the same answer and the money came back once
    answers = [r.data["refundWalletPayment"] for r in results]
    assert all(a["errors"] == [] for a in answers), [a["errors"] for a in answers]
    assert {(a["refund"]["amountCents"], a["refund"]["principalCents"]) for a in answers} == {
        (11_000, 10_000)
    }
    assert await PaymentRefund.all().count() == 1
    assert await _balance(payer) == 55_000


async def test_a_refund_replayed_with_another_amount_is_refused() -> None:
    payer, payment_id = await _paid()
    first = {"i": {"paymentId": payment_id, "amountCents": 1_100, "idempotencyKey": "r-1"}}
    assert (await gql(REFUND_ONE, first, SERVICE)).data["refundWalletPayment"]["errors"] == []
    before = await _balance(payer)
    changed = {"i": {"paymentId": payment_id, "amountCents": 2_200, "idempotencyKey": "r-1"}}
    result = await gql(REFUND_ONE, changed, SERVICE)
    assert result.data["refundWalletPayment"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert await _balance(payer) == before
    assert await PaymentRefund.all().count() == 1


async def test_a_recharge_replayed_with_another_amount_is_refused() -> None:
    # given a recharge of 50,000 with key top-up-1 (in _recharged)
    payer = await _recharged()
    changed = {
        "i": {
            "memberId": encode_id("Member", payer),
            "amountCents": 60_000,
            "channel": "APP",
            "idempotencyKey": "top-up-1",
        }
    }
    # when the same caller sends the key again with another amount
    result = await gql(RECHARGE, changed, SERVICE)
    # then it is refused and nothing was added
    assert result.data["rechargeWallet"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert await _balance(payer) == 55_000
    assert await Recharge.filter(member_id=payer).count() == 1
