"""Gift cards: issued with secret codes, activated once, spent exactly, sent on with a new code."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.ledger import service as ledger
from domain.wallet.models import GiftCard
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

ISSUE = """mutation($i: IssueGiftCardsInput!) { issueGiftCards(input: $i) {
  cards { id code faceCents } errors { code field } } }"""
ACTIVATE = """mutation($c: String!) { activateGiftCard(input: {code: $c}) {
  card { id balanceCents state codeTail } errors { code field } } }"""
PAY = """mutation($i: PayWithGiftCardInput!) { payWithGiftCard(input: $i) {
  card { balanceCents } replayed errors { code field } } }"""
SEND = """mutation($id: ID!) { sendGiftCard(input: {cardId: $id}) {
  code card { state } errors { code field } } }"""
MINE = "{ giftCards { nodes { id balanceCents state } } }"


async def _issue(count: int = 1, face: int = 10000) -> list[dict]:
    result = await gql(
        ISSUE,
        {
            "i": {
                "count": count,
                "faceCents": face,
                "expiresAt": (utc_now() + timedelta(days=365)).isoformat(),
                "batch": "xmas",
            }
        },
        STAFF,
    )
    assert result.data["issueGiftCards"]["errors"] == []
    cards: list[dict] = result.data["issueGiftCards"]["cards"]
    return cards


async def _pay(m: int, card: str, cents: int, key: str) -> dict:
    result = await gql(
        PAY, {"i": {"cardId": card, "amountCents": cents, "idempotencyKey": key}}, member(m)
    )
    payload: dict = result.data["payWithGiftCard"]
    return payload


async def test_a_card_is_activated_once_and_spent_exactly_with_replays() -> None:
    [card] = await _issue()
    a = (await make_member()).id
    b = (await make_member()).id
    assert await GiftCard.filter(code_hash=card["code"]).count() == 0  # only the hash is kept

    first = await gql(ACTIVATE, {"c": card["code"].lower().replace("-", " ")}, member(a))
    again = await gql(ACTIVATE, {"c": card["code"]}, member(a))
    stolen = await gql(ACTIVATE, {"c": card["code"]}, member(b))

    assert first.data["activateGiftCard"]["card"]["balanceCents"] == 10000
    assert again.data["activateGiftCard"]["card"]["balanceCents"] == 10000
    assert stolen.data["activateGiftCard"]["errors"] == [{"code": "NOT_FOUND", "field": "code"}]
    paid = await _pay(a, card["id"], 3000, "p1")
    replay = await _pay(a, card["id"], 3000, "p1")
    changed = await _pay(a, card["id"], 4000, "p1")
    too_much = await _pay(a, card["id"], 8000, "p2")
    by_other = await _pay(b, card["id"], 100, "p3")
    assert (paid["card"]["balanceCents"], replay["replayed"]) == (7000, True)
    assert changed["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert too_much["errors"] == [{"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}]
    assert by_other["errors"] == [{"code": "NOT_FOUND", "field": "cardId"}]
    mine = await gql(MINE, principal=member(a))
    assert mine.data["giftCards"]["nodes"] == [
        {"id": card["id"], "balanceCents": 7000, "state": "ACTIVE"}
    ]
    assert await ledger.verify() == []


async def test_concurrent_payments_never_overspend_and_one_member_wins_an_activation() -> None:
    [card, other] = await _issue(count=2)
    members = [(await make_member()).id for _ in range(5)]
    activations = await asyncio.gather(
        *(gql(ACTIVATE, {"c": other["code"]}, member(m)) for m in members)
    )
    assert sum(not r.data["activateGiftCard"]["errors"] for r in activations) == 1

    a = members[0]
    await gql(ACTIVATE, {"c": card["code"]}, member(a))
    payments = await asyncio.gather(*(_pay(a, card["id"], 2000, f"k{i}") for i in range(10)))

    assert sum(not p["errors"] for p in payments) == 5
    mine = await gql(MINE, principal=member(a))
    balances = {n["id"]: n["balanceCents"] for n in mine.data["giftCards"]["nodes"]}
    assert balances[card["id"]] == 0
    assert await ledger.verify() == []


async def test_sending_a_card_on_moves_it_and_its_balance_with_a_new_code() -> None:
    [card] = await _issue()
    a = (await make_member()).id
    b = (await make_member()).id
    await gql(ACTIVATE, {"c": card["code"]}, member(a))
    await _pay(a, card["id"], 2500, "p1")

    sent = await gql(SEND, {"id": card["id"]}, member(a))
    code = sent.data["sendGiftCard"]["code"]
    old_code = await gql(ACTIVATE, {"c": card["code"]}, member(b))
    spend_while_sent = await _pay(a, card["id"], 100, "p2")
    taken = await gql(ACTIVATE, {"c": code}, member(b))

    assert sent.data["sendGiftCard"]["card"]["state"] == "TRANSFERRING"
    assert old_code.data["activateGiftCard"]["errors"][0]["code"] == "NOT_FOUND"
    assert spend_while_sent["errors"][0]["code"] == "NOT_FOUND"
    assert taken.data["activateGiftCard"]["card"]["balanceCents"] == 7500
    assert (await gql(MINE, principal=member(a))).data["giftCards"]["nodes"] == []
    assert (await _pay(b, card["id"], 7500, "b1"))["card"]["balanceCents"] == 0


async def test_bad_batches_are_refused_and_members_cannot_issue() -> None:
    def issue(count: int, face: int, days: int) -> dict:
        return {
            "i": {
                "count": count,
                "faceCents": face,
                "expiresAt": (utc_now() + timedelta(days=days)).isoformat(),
            }
        }

    cases = [
        (issue(0, 100, 30), ("INVALID_AMOUNT", "count")),
        (issue(10_001, 100, 30), ("TOO_MANY", "count")),
        (issue(1, 0, 30), ("INVALID_AMOUNT", "faceCents")),
        (issue(1, 100, -1), ("INVALID_WINDOW", "expiresAt")),
    ]
    for variables, expected in cases:
        result = await gql(ISSUE, variables, STAFF)
        [error] = result.data["issueGiftCards"]["errors"]
        assert (error["code"], error["field"]) == expected
    by_member = await gql(ISSUE, issue(1, 100, 30), member((await make_member()).id))
    assert by_member.errors is not None
    assert await GiftCard.all().count() == 0


async def test_a_merged_members_cards_follow_their_balances_to_the_survivor() -> None:
    from domain import jobs
    from domain.members import merging as members_merging

    [card] = await _issue()
    absorbed = (await make_member()).id
    survivor = (await make_member()).id
    await gql(ACTIVATE, {"c": card["code"]}, member(absorbed))
    await _pay(absorbed, card["id"], 1000, "p1")

    async with jobs.deferred_scope():
        await members_merging.merge_members(
            survivor_id=survivor, absorbed_id=absorbed, reason="same person", operator="t"
        )

    mine = await gql(MINE, principal=member(survivor))
    assert mine.data["giftCards"]["nodes"] == [
        {"id": card["id"], "balanceCents": 9000, "state": "ACTIVE"}
    ]
    assert (await _pay(survivor, card["id"], 9000, "s1"))["card"]["balanceCents"] == 0
    assert await ledger.verify() == []
