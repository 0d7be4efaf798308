"""Promo codes through the graph: staff define, list, fill and retire campaigns; members redeem
a code once per idempotency key, with stable codes for what cannot be redeemed and a
per-minute guard; members cannot manage campaigns."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.coupons.models import Coupon
from domain.engagement.promo_codes_models import PromoCode
from tests.factories import make_member
from tests.factories.coupons import make_template
from tests.helpers import STAFF, gql, member
from tests.statements import ListFieldCheck

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """
mutation($input: DefinePromoCampaignInput!) {
  definePromoCampaign(input: $input) {
    campaign { id name kind codes redeemed retired } errors { code field }
  }
}"""
GENERATE = """
mutation($input: GeneratePromoCodesInput!) {
  generatePromoCodes(input: $input) { generated errors { code field } }
}"""
IMPORT = """
mutation($input: ImportPromoCodesInput!) {
  importPromoCodes(input: $input) { loaded rejected { line reason } errors { code field } }
}"""
RETIRE = """
mutation($id: ID!) { retirePromoCampaign(campaignId: $id) { campaign { retired } errors { code } } }"""
REDEEM = """
mutation($code: String!, $key: String!) {
  redeemPromoCode(input: {code: $code, idempotencyKey: $key}) {
    coupon { id } errors { code field }
  }
}"""
LIST = "{ promoCampaigns(first: 20) { nodes { id name kind codes redeemed } } }"


def _window() -> dict[str, str]:
    now = utc_now()
    return {
        "startsAt": (now - timedelta(days=1)).isoformat(),
        "endsAt": (now + timedelta(days=1)).isoformat(),
    }


async def _shared(total: int = 3, per_member: int = 1) -> str:
    await make_template("PROMO", total_stock=1000, per_member_limit=100)
    result = await gql(
        DEFINE,
        {
            "input": {
                "name": "Winter",
                "kind": "SHARED",
                "couponTemplate": "PROMO",
                "code": "WINTER",
                "totalLimit": total,
                "perMemberLimit": per_member,
                **_window(),
            }
        },
        STAFF,
    )
    assert result.errors is None and result.data["definePromoCampaign"]["errors"] == []
    return str(result.data["definePromoCampaign"]["campaign"]["id"])


async def test_members_redeem_a_shared_code_up_to_its_total_once_per_key() -> None:
    await _shared(total=3)
    members = [await make_member() for _ in range(5)]
    # each member taps twice with one key, all at once
    results = await asyncio.gather(
        *(
            gql(REDEEM, {"code": "winter", "key": "k1"}, member(m.id))
            for m in members
            for _ in range(2)
        )
    )
    payloads = [r.data["redeemPromoCode"] for r in results]
    assert sum(p["coupon"] is not None for p in payloads) in (3, 4, 5, 6)  # replays repeat a coupon
    got = {p["coupon"]["id"] for p in payloads if p["coupon"]}
    assert len(got) == 3 and await Coupon.all().count() == 3
    assert {e["code"] for p in payloads for e in p["errors"]} == {"PROMO_CODE_USED_UP"}
    assert (await PromoCode.get(code="WINTER")).used == 3


@pytest.mark.parametrize(
    ("_case", "code", "expected"),
    [("unknown", "SUMMER", "UNKNOWN_PROMO_CODE"), ("too long", "X" * 200, "UNKNOWN_PROMO_CODE")],
)
async def test_unknown_codes_have_a_stable_code(_case: str, code: str, expected: str) -> None:
    await _shared()
    someone = await make_member()
    result = await gql(REDEEM, {"code": code, "key": "k"}, member(someone.id))
    assert result.data["redeemPromoCode"] == {
        "coupon": None,
        "errors": [{"code": expected, "field": "code"}],
    }


async def test_retired_campaigns_and_second_redemptions_are_refused() -> None:
    campaign = await _shared(per_member=1)
    someone = await make_member()
    first = await gql(REDEEM, {"code": "WINTER", "key": "a"}, member(someone.id))
    second = await gql(REDEEM, {"code": "WINTER", "key": "b"}, member(someone.id))
    reused = await gql(REDEEM, {"code": "OTHER", "key": "a"}, member(someone.id))
    assert first.data["redeemPromoCode"]["errors"] == []
    assert second.data["redeemPromoCode"]["errors"] == [
        {"code": "PROMO_CODE_LIMIT_REACHED", "field": "code"}
    ]
    assert reused.data["redeemPromoCode"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    retired = await gql(RETIRE, {"id": campaign}, STAFF)
    assert retired.data["retirePromoCampaign"]["campaign"] == {"retired": True}
    other = await make_member()
    late = await gql(REDEEM, {"code": "WINTER", "key": "c"}, member(other.id))
    assert late.data["redeemPromoCode"]["errors"] == [
        {"code": "PROMO_CODE_EXPIRED", "field": "code"}
    ]


async def test_guessing_codes_is_rate_limited() -> None:
    await _shared()
    someone = await make_member()
    results = [
        await gql(REDEEM, {"code": f"GUESS{n}", "key": f"k{n}"}, member(someone.id))
        for n in range(12)
    ]
    codes = [r.data["redeemPromoCode"]["errors"][0]["code"] for r in results]
    assert codes[:10] == ["UNKNOWN_PROMO_CODE"] * 10
    assert codes[10:] == ["RATE_LIMITED", "RATE_LIMITED"]


async def test_staff_generate_and_import_unique_codes_and_members_cannot() -> None:
    await make_template("PROMO", total_stock=1000)
    created = await gql(
        DEFINE,
        {"input": {"name": "Gifts", "kind": "UNIQUE", "couponTemplate": "PROMO", **_window()}},
        STAFF,
    )
    campaign = created.data["definePromoCampaign"]["campaign"]["id"]
    generated = await gql(
        GENERATE, {"input": {"campaignId": campaign, "count": 20, "prefix": "g-"}}, STAFF
    )
    assert generated.data["generatePromoCodes"] == {"generated": 20, "errors": []}
    imported = await gql(
        IMPORT, {"input": {"campaignId": campaign, "csv": "code\nAB-1\nAB-1\n"}}, STAFF
    )
    assert imported.data["importPromoCodes"] == {
        "loaded": 1,
        "rejected": [{"line": 3, "reason": "repeats line 2"}],
        "errors": [],
    }
    small = await gql(GENERATE, {"input": {"campaignId": campaign, "count": 5, "length": 2}}, STAFF)
    assert small.data["generatePromoCodes"]["errors"] == [{"code": "INVALID", "field": "length"}]
    someone = await make_member()
    refused = await gql(
        GENERATE, {"input": {"campaignId": campaign, "count": 1}}, member(someone.id)
    )
    assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"
    assert await PromoCode.all().count() == 21


async def test_a_bad_campaign_reports_every_field() -> None:
    now = utc_now().isoformat()
    result = await gql(
        DEFINE,
        {
            "input": {
                "name": "",
                "kind": "SHARED",
                "couponTemplate": "NONE",
                "startsAt": now,
                "endsAt": now,
                "perMemberLimit": 0,
            }
        },
        STAFF,
    )
    assert result.data["definePromoCampaign"]["errors"] == [
        {"code": "INVALID", "field": "name"},
        {"code": "NOT_FOUND", "field": "couponTemplate"},
        {"code": "INVALID", "field": "perMemberLimit"},
        {"code": "INVALID_WINDOW", "field": "endsAt"},
        {"code": "INVALID", "field": "code"},
        {"code": "INVALID", "field": "totalLimit"},
    ]


@pytest.mark.list_fields("Query.promoCampaigns")
async def test_campaigns_list_in_fixed_statements(list_fields: ListFieldCheck) -> None:
    await make_template("PROMO", total_stock=1000)

    async def add(count: int) -> None:
        for _ in range(count):
            await gql(
                DEFINE,
                {"input": {"name": "U", "kind": "UNIQUE", "couponTemplate": "PROMO", **_window()}},
                STAFF,
            )

    await list_fields.assert_flat(LIST, add, principal=STAFF)
