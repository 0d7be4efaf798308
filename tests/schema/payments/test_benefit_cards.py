"""Benefit cards are paid before they are issued; refunds go back the way they were paid and
withdraw the unused grants of the drops made."""

from __future__ import annotations

import pytest

from domain.benefits.models import BenefitGrant, CardDrop, GrantStatus, MemberCard
from domain.payments.models import Purchase
from tests.helpers import SERVICE, gql, member, pk
from tests.schema.payments.fixtures import (
    BUY_CARD,
    CARD_PRICE,
    CONFIRM,
    REFUND_CARD,
    card,
    member_with,
    points_of,
    setup_products,
    wallet_cents,
)

pytestmark = pytest.mark.usefixtures("database")

ACTIVATE = """mutation($i: CardActionInput!) { activateBenefitCard(input: $i) {
  card { status } errors { code field } } }"""


async def _buy(member_id: int, key: str, method: str, **more: object) -> dict:
    result = await gql(BUY_CARD, card(key, method, **more), member(member_id))
    assert result.errors is None, result.errors
    return result.data["purchaseBenefitCard"]


async def test_a_member_without_money_or_points_gets_no_card_by_any_path() -> None:
    await setup_products()
    m = await member_with()
    by_wallet = await _buy(m, "w", "WALLET")
    by_points = await _buy(m, "p", "POINTS")
    for_later = await _buy(m, "l", "EXTERNAL", activate=False)
    assert by_wallet["errors"] == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
    assert by_points["errors"] == [{"code": "INSUFFICIENT_POINTS", "field": "points"}]
    assert for_later["card"] is None and for_later["purchase"]["status"] == "PENDING"
    assert await MemberCard.filter(member_id=m).count() == 0
    # nothing to activate: the pending purchase is no card
    purchase = await Purchase.get(member_id=m)
    activate = await gql(ACTIVATE, {"i": {"cardId": str(purchase.id)}}, member(m))
    assert activate.data["activateBenefitCard"]["errors"] == [
        {"code": "NOT_FOUND", "field": "cardId"}
    ]
    assert await BenefitGrant.filter(member_id=m).count() == 0


async def test_wallet_card_debits_the_price_and_refund_withdraws_unused_grants() -> None:
    # given a card bought from the wallet, its first drop made
    await setup_products()
    m = await member_with(cents=10_000)
    bought = await _buy(m, "k", "WALLET")
    assert bought["card"]["status"] == "ACTIVE"
    assert bought["purchase"]["amountCents"] == CARD_PRICE
    assert await wallet_cents(m) == (10_000 - CARD_PRICE, 0)
    assert await CardDrop.filter(card_id=pk(bought["card"]["id"])).count() == 1
    # when the member refunds it
    refunded = await gql(REFUND_CARD, {"i": {"cardId": bought["card"]["id"]}}, member(m))
    # then the money of the two drops not made comes back to the wallet, never more than paid
    assert refunded.data["refundBenefitCard"]["errors"] == []
    back = refunded.data["refundBenefitCard"]["card"]["refundedCents"]
    assert 0 < back < CARD_PRICE
    assert await wallet_cents(m) == (10_000 - CARD_PRICE + back, 0)
    grant = await BenefitGrant.get(member_id=m)
    assert grant.status == GrantStatus.VOID
    purchase = await Purchase.get(member_id=m)
    assert (purchase.status, purchase.refunded_cents) == ("REFUNDED", back)


async def test_points_card_refund_goes_back_to_points() -> None:
    await setup_products()
    m = await member_with(points=1_000)
    bought = await _buy(m, "k", "POINTS", activate=False)
    assert bought["card"]["status"] == "PENDING"  # paid, kept for later
    assert await points_of(m) == 0
    refunded = await gql(REFUND_CARD, {"i": {"cardId": bought["card"]["id"]}}, member(m))
    assert refunded.data["refundBenefitCard"]["errors"] == []
    assert await points_of(m) == 1_000


async def test_confirmed_external_payment_issues_the_card_once() -> None:
    await setup_products()
    m = await member_with()
    pending = (await _buy(m, "e", "EXTERNAL"))["purchase"]
    confirm = {"i": {"purchaseId": pending["id"], "paymentNo": "WX-C", "amountCents": CARD_PRICE}}
    first = await gql(CONFIRM, confirm, SERVICE)
    again = await gql(CONFIRM, confirm, SERVICE)
    assert first.data["confirmPayment"]["errors"] == []
    assert again.data == first.data
    cards = await MemberCard.filter(member_id=m)
    assert [c.status for c in cards] == ["ACTIVE"]
