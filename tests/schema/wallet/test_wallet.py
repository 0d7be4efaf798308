"""The wallet through GraphQL: recharge bonuses, payments racing, refunds, lock and close."""

from __future__ import annotations

import asyncio

import pytest

from domain.ledger import service as ledger
from domain.wallet import service as wallet_service
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

RECHARGE = """mutation($i: RechargeWalletInput!) { rechargeWallet(input: $i) {
  wallet { principalCents bonusCents balanceCents } recharge { bonusCents } errors { code field } } }"""
PAY = """mutation($i: PayWithWalletInput!) { payWithWallet(input: $i) {
  wallet { principalCents bonusCents } payment { id principalCents bonusCents } errors { code field } } }"""
REFUND = """mutation($i: RefundWalletPaymentInput!) { refundWalletPayment(input: $i) {
  wallet { principalCents bonusCents } refund { principalCents bonusCents } errors { code field } } }"""


async def _recharged(amount: int = 50_000) -> int:
    await wallet_service.define_recharge_rule(name="500+50", pay_cents=50_000, bonus_cents=5_000)
    m = await make_member()
    result = await gql(
        RECHARGE,
        {
            "i": {
                "memberId": encode_id("Member", m.id),
                "amountCents": amount,
                "channel": "APP",
                "idempotencyKey": "top-up-1",
            }
        },
        SERVICE,
    )
    assert result.data["rechargeWallet"]["errors"] == []
    return m.id


async def test_recharge_with_bonus_is_idempotent() -> None:
    member_id = await _recharged()
    again = await gql(
        RECHARGE,
        {
            "i": {
                "memberId": encode_id("Member", member_id),
                "amountCents": 50_000,
                "channel": "APP",
                "idempotencyKey": "top-up-1",
            }
        },
        SERVICE,
    )
    assert again.data["rechargeWallet"]["wallet"] == {
        "principalCents": 50_000,
        "bonusCents": 5_000,
        "balanceCents": 55_000,
    }


async def test_concurrent_payments_never_overdraw() -> None:
    member_id = await _recharged()  # 55,000 in all
    results = await asyncio.gather(
        *(
            gql(
                PAY,
                {"i": {"amountCents": 10_000, "orderRef": f"o{i}", "idempotencyKey": f"p{i}"}},
                member(member_id),
            )
            for i in range(20)
        )
    )
    ok = [r for r in results if not r.data["payWithWallet"]["errors"]]
    assert len(ok) == 5
    assert all(
        r.data["payWithWallet"]["errors"]
        == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
        for r in results
        if r not in ok
    )
    balances = await wallet_service.balances(member_id)
    assert balances.principal + balances.bonus == 5_000
    assert await ledger.verify() == []


async def test_payment_uses_bonus_in_proportion_and_refund_gives_it_back() -> None:
    member_id = await _recharged()
    paid = await gql(
        PAY,
        {"i": {"amountCents": 11_000, "orderRef": "o1", "idempotencyKey": "pay-1"}},
        member(member_id),
    )
    payment = paid.data["payWithWallet"]["payment"]
    assert {k: payment[k] for k in ("principalCents", "bonusCents")} == {
        "principalCents": 10_000,
        "bonusCents": 1_000,
    }
    replay = await gql(
        PAY,
        {"i": {"amountCents": 11_000, "orderRef": "o1", "idempotencyKey": "pay-1"}},
        member(member_id),
    )
    assert replay.data["payWithWallet"]["wallet"] == {"principalCents": 40_000, "bonusCents": 4_000}
    part = await gql(
        REFUND,
        {"i": {"paymentId": payment["id"], "amountCents": 5_500, "idempotencyKey": "r1"}},
        SERVICE,
    )
    assert part.data["refundWalletPayment"]["refund"] == {
        "principalCents": 5_000,
        "bonusCents": 500,
    }
    too_much = await gql(
        REFUND,
        {"i": {"paymentId": payment["id"], "amountCents": 6_000, "idempotencyKey": "r2"}},
        SERVICE,
    )
    assert too_much.data["refundWalletPayment"]["errors"] == [
        {"code": "REFUND_EXCEEDS_PAID", "field": "amountCents"}
    ]
    rest = await gql(
        REFUND,
        {"i": {"paymentId": payment["id"], "amountCents": 5_500, "idempotencyKey": "r3"}},
        SERVICE,
    )
    assert rest.data["refundWalletPayment"]["wallet"] == {
        "principalCents": 50_000,
        "bonusCents": 5_000,
    }


async def test_locked_and_closed_wallets_refuse_payments() -> None:
    member_id = await _recharged()
    status = """mutation($i: SetWalletStatusInput!) { setWalletStatus(input: $i) {
      wallet { status principalCents bonusCents } errors { code } } }"""
    await gql(
        status, {"i": {"memberId": encode_id("Member", member_id), "status": "LOCKED"}}, STAFF
    )
    locked = await gql(
        PAY, {"i": {"amountCents": 100, "orderRef": "o", "idempotencyKey": "x"}}, member(member_id)
    )
    assert locked.data["payWithWallet"]["errors"] == [
        {"code": "WALLET_LOCKED", "field": "memberId"}
    ]
    closed = await gql(
        status, {"i": {"memberId": encode_id("Member", member_id), "status": "CLOSED"}}, STAFF
    )
    assert closed.data["setWalletStatus"]["wallet"] == {
        "status": "CLOSED",
        "principalCents": 0,
        "bonusCents": 0,
    }
    again = await gql(
        RECHARGE,
        {
            "i": {
                "memberId": encode_id("Member", member_id),
                "amountCents": 100,
                "channel": "APP",
                "idempotencyKey": "t2",
            }
        },
        SERVICE,
    )
    assert again.data["rechargeWallet"]["errors"][0]["code"] == "WALLET_CLOSED"


@pytest.mark.parametrize("amount", [0, -100])
async def test_bad_amounts_change_nothing(amount: int) -> None:
    member_id = await _recharged()
    result = await gql(
        PAY,
        {"i": {"amountCents": amount, "orderRef": "o", "idempotencyKey": "bad"}},
        member(member_id),
    )
    assert result.data["payWithWallet"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "amountCents"}
    ]
    balances = await wallet_service.balances(member_id)
    assert (balances.principal, balances.bonus) == (50_000, 5_000)
