"""Coupon templates and earning rules restricted to an audience (tags such as lifecycle or city,
saved segments): only its members claim, exchange or earn."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.coupons.models import Coupon
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.points import config as points_config
from domain.points import settlement as points_settlement
from domain.points.models import EarningRule, PointKind
from domain.tags import runs as tags_runs
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

BEIJING = {"tag": {"tagCode": "city", "op": "EQUALS", "values": ["Beijing"]}}
DEFINE_TEMPLATE = """mutation($i: DefineCouponTemplateInput!) { defineCouponTemplate(input: $i) {
  template { rules { audience { __typename } } } errors { code field } } }"""
CLAIM = """mutation($c: String!, $k: String!) { claimCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id } errors { code field } } }"""
CLAIMABLE = "{ claimableCoupons { nodes { code } } }"
DEFINE_RULE = """mutation($i: DefineEarningRuleInput!) { defineEarningRule(input: $i) {
  earningRule { audience { __typename } } errors { code field } } }"""
_numbers = itertools.count(1)


async def _beijing_and_shanghai() -> tuple[int, int]:
    beijing = (await make_member(city="Beijing")).id
    shanghai = (await make_member(city="Shanghai")).id
    await tags_runs.compute_all()
    return beijing, shanghai


async def test_only_the_audience_sees_and_claims_a_coupon() -> None:
    beijing, shanghai = await _beijing_and_shanghai()
    template = {
        "code": "BJ",
        "name": "Beijing only",
        "kind": "CASH",
        "amountOffCents": 500,
        "totalStock": 10,
        "validDays": 7,
        "state": "ACTIVE",
        "rules": {"audience": BEIJING},
    }
    defined = await gql(DEFINE_TEMPLATE, {"i": template}, STAFF)
    assert defined.data["defineCouponTemplate"] == {
        "template": {"rules": {"audience": {"__typename": "TagCondition"}}},
        "errors": [],
    }

    seen = {m: await gql(CLAIMABLE, principal=member(m)) for m in (beijing, shanghai)}
    refused = await gql(CLAIM, {"c": "BJ", "k": "k1"}, member(shanghai))
    claimed = await gql(CLAIM, {"c": "BJ", "k": "k1"}, member(beijing))

    assert seen[beijing].data["claimableCoupons"]["nodes"] == [{"code": "BJ"}]
    assert seen[shanghai].data["claimableCoupons"]["nodes"] == []
    assert refused.data["claimCoupon"]["errors"] == [
        {"code": "COUPON_NOT_APPLICABLE", "field": "templateCode"}
    ]
    assert claimed.data["claimCoupon"]["errors"] == []
    assert await Coupon.filter(member_id=shanghai).count() == 0


async def test_a_bad_audience_is_refused_with_its_path() -> None:
    unknown = {"tag": {"tagCode": "nope", "op": "EQUALS", "values": ["x"]}}
    result = await gql(
        DEFINE_TEMPLATE,
        {
            "i": {
                "code": "BAD",
                "name": "Bad",
                "kind": "CASH",
                "amountOffCents": 500,
                "totalStock": 10,
                "validDays": 7,
                "rules": {"audience": unknown},
            }
        },
        STAFF,
    )
    [error] = result.data["defineCouponTemplate"]["errors"]
    assert error["field"].startswith("rules.audience")


async def test_an_earning_rule_with_an_audience_credits_only_its_members() -> None:
    beijing, shanghai = await _beijing_and_shanghai()
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await Item.create(code="SKU-1", name="Essence", price_cents=10000)
    rule = {
        "pointType": "POINTS",
        "name": "Beijing double",
        "points": 2,
        "perCents": 100,
        "audience": BEIJING,
    }
    defined = await gql(DEFINE_RULE, {"i": rule}, STAFF)
    assert defined.data["defineEarningRule"]["errors"] == []
    assert (await EarningRule.get(name="Beijing double")).audience == {
        "tag": {"tag_code": "city", "op": "EQUALS", "values": ["Beijing"]}
    }

    for m in (beijing, shanghai):
        async with jobs.deferred_scope():
            recorded = await orders_recording.record_order(
                orders_recording.OrderInput(
                    channel=Channel.POS,
                    external_no=f"A-{next(_numbers)}",
                    paid_at=datetime(2026, 3, 10, 4, tzinfo=UTC),
                    lines=[orders_recording.LineInput("SKU-1", 1, 10000)],
                    member_id=m,
                )
            )
        await points_settlement.earn_for_order(recorded.order.id)

    balances = {a.member_id: a.available for a in await Account.filter(asset="POINTS:POINTS")}
    assert balances.get(beijing) == 200
    assert balances.get(shanghai, 0) == 0
