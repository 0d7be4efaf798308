"""Paid plans are paid before they start: wallet, points, or an external payment confirmed by
the payment system; refunds go back the way the money came and withdraw unused benefits."""

from __future__ import annotations

import asyncio

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, GrantStatus
from domain.levels.models import PaidMembership
from domain.payments.models import ExternalRefund, Purchase
from tests.helpers import SERVICE, STAFF, gql, member
from tests.schema.payments.fixtures import (
    BUY_PLAN,
    CONFIRM,
    PLAN_POINTS,
    PLAN_PRICE,
    REFUND_PLAN,
    member_with,
    plan,
    points_of,
    setup_products,
    wallet_cents,
)

pytestmark = pytest.mark.usefixtures("database")


async def _buy(member_id: int, key: str, method: str, **more: str) -> dict:
    result = await gql(BUY_PLAN, plan(key, method, **more), member(member_id))
    assert result.errors is None, result.errors
    return result.data["purchasePaidPlan"]


def _confirm(purchase_id: str, payment_no: str, amount: int) -> dict:
    return {"i": {"purchaseId": purchase_id, "paymentNo": payment_no, "amountCents": amount}}


async def test_a_member_without_money_or_points_gets_no_plan_by_any_path() -> None:
    # given a member with an empty wallet and no points
    await setup_products()
    m = await member_with()
    # when it tries every way of paying
    by_wallet = await _buy(m, "w", "WALLET")
    by_points = await _buy(m, "p", "POINTS")
    unpriced_points = await _buy(m, "u", "POINTS", code="FAMILY_PLUS")
    external = await _buy(m, "e", "EXTERNAL")
    no_method = await gql(BUY_PLAN, {"i": {"planCode": "FAMILY", "idempotencyKey": "n"}}, member(m))
    # then nothing starts: refusals with their codes, and a PENDING purchase for EXTERNAL
    assert by_wallet["errors"] == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
    assert by_points["errors"] == [{"code": "INSUFFICIENT_POINTS", "field": "points"}]
    assert unpriced_points["errors"] == [
        {"code": "PAYMENT_METHOD_NOT_ACCEPTED", "field": "paymentMethod"}
    ]
    assert external["membership"] is None
    assert external["purchase"]["status"] == "PENDING"
    assert external["purchase"]["amountCents"] == PLAN_PRICE
    assert no_method.data is None and no_method.errors
    assert await PaidMembership.filter(member_id=m).count() == 0
    assert await BenefitGrant.filter(member_id=m).count() == 0
    assert await Purchase.filter(member_id=m).count() == 1


async def test_a_member_cannot_confirm_its_own_payment() -> None:
    await setup_products()
    m = await member_with()
    pending = (await _buy(m, "e", "EXTERNAL"))["purchase"]
    result = await gql(CONFIRM, _confirm(pending["id"], "WX1", PLAN_PRICE), member(m))
    assert result.data is None
    assert result.errors[0].extensions["code"] == "FORBIDDEN"
    assert (await Purchase.get(member_id=m)).status == "PENDING"
    assert await PaidMembership.filter(member_id=m).count() == 0


async def test_renew_and_upgrade_are_paid_too() -> None:
    # given a member with a plan bought from the wallet and nothing left
    await setup_products()
    m = await member_with(cents=PLAN_PRICE)
    assert (await _buy(m, "b", "WALLET"))["membership"]["status"] == "ACTIVE"
    # when it renews or upgrades without money
    renew = await _buy(m, "r", "WALLET", action="RENEW")
    upgrade = await _buy(m, "u", "EXTERNAL", code="FAMILY_PLUS", action="UPGRADE")
    # then the renewal is refused and the upgrade waits for its payment
    assert renew["errors"] == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
    assert upgrade["membership"] is None and upgrade["purchase"]["status"] == "PENDING"
    assert await PaidMembership.filter(member_id=m).count() == 1


async def test_wallet_payment_debits_exactly_the_price_and_starts_the_plan() -> None:
    await setup_products()
    m = await member_with(cents=50_000)
    bought = await _buy(m, "k", "WALLET")
    assert bought["errors"] == []
    assert bought["membership"]["status"] == "ACTIVE"
    assert bought["membership"]["paidCents"] == PLAN_PRICE
    assert bought["purchase"]["method"] == "WALLET"
    assert bought["purchase"]["status"] == "PAID"
    assert await wallet_cents(m) == (50_000 - PLAN_PRICE, 0)
    grants = await BenefitGrant.filter(member_id=m)
    assert [(g.quantity, g.status) for g in grants] == [(4, GrantStatus.ACTIVE)]
    # a replay returns the same membership and takes nothing more
    again = await _buy(m, "k", "WALLET")
    assert again["membership"]["id"] == bought["membership"]["id"]
    assert await wallet_cents(m) == (50_000 - PLAN_PRICE, 0)


async def test_points_payment_debits_exactly_the_points_price() -> None:
    await setup_products()
    m = await member_with(points=PLAN_POINTS + 7)
    bought = await _buy(m, "k", "POINTS")
    assert bought["errors"] == []
    assert bought["membership"]["status"] == "ACTIVE"
    assert bought["purchase"] | {"id": None} == {
        "id": None,
        "method": "POINTS",
        "status": "PAID",
        "amountCents": 0,
        "points": PLAN_POINTS,
        "paymentNo": None,
    }
    assert await points_of(m) == 7


async def test_a_replay_with_other_parameters_is_refused_and_keys_belong_to_their_member() -> None:
    await setup_products()
    rich, poor = await member_with(cents=PLAN_PRICE), await member_with()
    assert (await _buy(rich, "k", "WALLET"))["errors"] == []
    changed = await _buy(rich, "k", "EXTERNAL")
    assert changed["errors"] == [{"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}]
    other = await _buy(poor, "k", "WALLET")
    assert other["errors"] == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
    assert await PaidMembership.filter(member_id=poor).count() == 0


async def test_confirm_needs_the_exact_amount_and_activates_once() -> None:
    # given a PENDING purchase
    await setup_products()
    m = await member_with()
    pending = (await _buy(m, "e", "EXTERNAL"))["purchase"]
    # when the payment system confirms a wrong amount
    wrong = await gql(CONFIRM, _confirm(pending["id"], "WX-1", PLAN_PRICE - 1), SERVICE)
    # then it is refused and nothing starts
    assert wrong.data["confirmPayment"]["errors"] == [
        {"code": "PAYMENT_AMOUNT_MISMATCH", "field": "amountCents"}
    ]
    assert await PaidMembership.filter(member_id=m).count() == 0
    # when 20 copies of the right confirmation arrive at once
    results = await asyncio.gather(
        *(gql(CONFIRM, _confirm(pending["id"], "WX-2", PLAN_PRICE), SERVICE) for _ in range(20))
    )
    # then all get the one outcome and one membership starts, with its benefits once
    payloads = [r.data["confirmPayment"] for r in results]
    assert all(p["errors"] == [] for p in payloads)
    assert {p["purchase"]["status"] for p in payloads} == {"PAID"}
    assert await PaidMembership.filter(member_id=m).count() == 1
    assert await BenefitGrant.filter(member_id=m).count() == 1
    purchase = await Purchase.get(member_id=m)
    assert (purchase.status, purchase.payment_no, purchase.amount_cents) == (
        "PAID",
        "WX-2",
        PLAN_PRICE,
    )


async def test_a_payment_number_pays_one_purchase_only() -> None:
    await setup_products()
    a, b = await member_with(), await member_with()
    first = (await _buy(a, "e", "EXTERNAL"))["purchase"]
    second = (await _buy(b, "e", "EXTERNAL"))["purchase"]
    ok = await gql(CONFIRM, _confirm(first["id"], "WX-9", PLAN_PRICE), SERVICE)
    assert ok.data["confirmPayment"]["errors"] == []
    reused = await gql(CONFIRM, _confirm(second["id"], "WX-9", PLAN_PRICE), SERVICE)
    assert reused.data["confirmPayment"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    # another caller of the payment system cannot reuse it either
    other_caller = await gql(CONFIRM, _confirm(second["id"], "WX-9", PLAN_PRICE), STAFF)
    assert other_caller.data is None  # confirmPayment is the service role's
    assert (await Purchase.get(member_id=b)).status == "PENDING"
    assert await PaidMembership.filter(member_id=b).count() == 0


async def test_wallet_refund_goes_back_in_proportion_and_withdraws_unused_benefits() -> None:
    # given a plan paid from a wallet of 30,000 principal and 10,000 bonus (proportional)
    await setup_products()
    m = await member_with(cents=30_000, bonus=10_000)
    bought = await _buy(m, "k", "WALLET")
    assert bought["errors"] == []
    paid_principal, paid_bonus = (
        30_000 - (await wallet_cents(m))[0],
        10_000 - (await wallet_cents(m))[1],
    )
    assert paid_principal + paid_bonus == PLAN_PRICE
    grant = await BenefitGrant.get(member_id=m)
    await benefits_service.redeem(
        grant_id=grant.id, count=1, key="used", member_id=m, store_code=None, operator="t"
    )
    # when staff refund it on its first day (today counted as used)
    refunded = await gql(REFUND_PLAN, {"i": {"membershipId": bought["membership"]["id"]}}, STAFF)
    # then 36,500 x 364 / 365 = 36,400 goes back to the wallet in the paid proportion
    amount = PLAN_PRICE * 364 // 365
    assert refunded.data["refundPaidPlan"] == {
        "membership": {"status": "REFUNDED", "refundedCents": amount},
        "errors": [],
    }
    principal, bonus = await wallet_cents(m)
    assert principal + bonus == 40_000 - PLAN_PRICE + amount
    assert bonus == 10_000 - paid_bonus + paid_bonus * amount // PLAN_PRICE
    # and the lounge uses left are withdrawn, the used one stays used
    grant = await BenefitGrant.get(id=grant.id)
    assert (grant.status, grant.used, grant.quantity) == (GrantStatus.VOID, 1, 4)
    # a second refund pays nothing more
    again = await gql(REFUND_PLAN, {"i": {"membershipId": bought["membership"]["id"]}}, STAFF)
    assert again.data["refundPaidPlan"]["errors"] == [
        {"code": "INVALID_STATE", "field": "membershipId"}
    ]
    assert sum(await wallet_cents(m)) == 40_000 - PLAN_PRICE + amount


async def test_points_refund_goes_back_to_the_points_account() -> None:
    await setup_products()
    m = await member_with(points=PLAN_POINTS)
    bought = await _buy(m, "k", "POINTS")
    refunded = await gql(REFUND_PLAN, {"i": {"membershipId": bought["membership"]["id"]}}, STAFF)
    assert refunded.data["refundPaidPlan"]["membership"] == {
        "status": "REFUNDED",
        "refundedCents": 0,
    }
    assert await points_of(m) == PLAN_POINTS * 364 // 365
    assert (await Purchase.get(member_id=m)).refunded_points == PLAN_POINTS * 364 // 365


async def test_external_refund_is_recorded_for_the_payment_system() -> None:
    await setup_products()
    m = await member_with()
    pending = (await _buy(m, "e", "EXTERNAL"))["purchase"]
    await gql(CONFIRM, _confirm(pending["id"], "WX-5", PLAN_PRICE), SERVICE)
    membership = await PaidMembership.get(member_id=m)
    await gql(REFUND_PLAN, {"i": {"membershipId": str(membership.id)}}, STAFF)
    listed = await gql(
        "{ externalRefunds { edges { node { purchaseId paymentNo amountCents } } } }",
        None,
        SERVICE,
    )
    assert listed.data["externalRefunds"]["edges"] == [
        {
            "node": {
                "purchaseId": pending["id"],
                "paymentNo": "WX-5",
                "amountCents": PLAN_PRICE * 364 // 365,
            }
        }
    ]
    hidden = await gql("{ externalRefunds { edges { node { id } } } }", None, member(m))
    assert hidden.data is None
    assert await ExternalRefund.all().count() == 1


async def test_a_confirmed_payment_whose_plan_can_no_longer_start_is_refunded_in_full() -> None:
    # given a PENDING purchase, and the member then buys the plan from its wallet
    await setup_products()
    m = await member_with(cents=PLAN_PRICE)
    pending = (await _buy(m, "e", "EXTERNAL"))["purchase"]
    assert (await _buy(m, "w", "WALLET"))["membership"]["status"] == "ACTIVE"
    # when the external payment is confirmed
    result = await gql(CONFIRM, _confirm(pending["id"], "WX-7", PLAN_PRICE), SERVICE)
    # then no second plan starts and all the money is owed back
    assert result.data["confirmPayment"]["purchase"]["status"] == "REFUNDED"
    assert await PaidMembership.filter(member_id=m).count() == 1
    refund = await ExternalRefund.get()
    assert (refund.payment_no, refund.amount_cents) == ("WX-7", PLAN_PRICE)
