"""Referrals through the graph: a member's invite and masked invitees, registerMember with an
invite code (refusals register nobody), staff's rule and report; members cannot set the rule
or read another member's invitees."""

from __future__ import annotations

import pytest

from domain.clock import business_today
from domain.engagement import referrals
from domain.engagement.referrals_models import Referral
from domain.members.models import Member
from tests.factories import make_member, make_point_types
from tests.factories.members import next_phone
from tests.helpers import SERVICE, STAFF, gql, member
from tests.statements import ListFieldCheck

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """
mutation($input: DefineReferralRuleInput!) {
  defineReferralRule(input: $input) {
    rule { pointType monthlyCap prefixLimit rewards { stage party points growth couponTemplate } }
    errors { code field }
  }
}"""
REGISTER = """
mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id } created errors { code field } }
}"""
INVITE = "query($m: ID) { myInvite(memberId: $m) { code path scene qrText } }"
INVITEES = """
query($m: ID) {
  myReferrals(first: 10, memberId: $m) {
    nodes { id phone registeredAt firstOrderAt points growth coupons }
  }
}"""
REPORT = """
query($since: Date!, $until: Date!) {
  referralReport(since: $since, until: $until) {
    nodes { referrerId invited registered firstOrders rewardPoints rewardGrowth rewardCoupons cappedRewards }
  }
}"""
RULE = "{ referralRule { pointType rewards { stage party points } } }"


async def _rule() -> str:
    (code,) = await make_point_types(1, expiry_days=3650)
    result = await gql(
        DEFINE,
        {
            "input": {
                "pointType": code,
                "registered": {"referrer": {"points": 100}, "invitee": {"points": 20}},
                "prefixLimit": 100,
            }
        },
        STAFF,
    )
    assert result.errors is None and result.data["defineReferralRule"]["errors"] == []
    return code


async def _register(code: str, phone: str | None = None) -> dict:
    result = await gql(
        REGISTER,
        {
            "input": {
                "channel": "MINI_PROGRAM",
                "identities": [{"kind": "PHONE", "value": phone or next_phone()}],
                "inviteCode": code,
            }
        },
        SERVICE,
    )
    assert result.errors is None
    return result.data["registerMember"]


async def test_an_invitee_registers_with_the_code_and_the_referrer_sees_them_masked() -> None:
    # given a rule and a member's invite
    await _rule()
    referrer = await make_member()
    invite = await gql(INVITE, principal=member(referrer.id))
    code = invite.data["myInvite"]["code"]
    assert invite.data["myInvite"]["scene"] == f"i={code}"
    # when a person registers with it
    phone = next_phone()
    registered = await _register(code, phone)
    # then the referral is recorded and shown masked to the referrer
    assert registered["errors"] == [] and registered["created"] is True
    listed = await gql(INVITEES, principal=member(referrer.id))
    nodes = listed.data["myReferrals"]["nodes"]
    assert [(n["phone"], n["points"], n["firstOrderAt"]) for n in nodes] == [
        (f"{phone[:3]}****{phone[-4:]}", 100, None)
    ]
    today = business_today().isoformat()
    report = await gql(REPORT, {"since": today, "until": today}, STAFF)
    line = report.data["referralReport"]["nodes"][0]
    assert (line["invited"], line["registered"], line["rewardPoints"]) == (1, 1, 120)


@pytest.mark.parametrize(
    ("_case", "code_of", "expected"),
    [
        ("unknown code", lambda code: "ZZZZZZZZ", "UNKNOWN_INVITE_CODE"),
        ("own code", None, "SELF_REFERRAL"),
    ],
)
async def test_refused_referrals_register_nobody(
    _case: str, code_of: object, expected: str
) -> None:
    await _rule()
    phone = next_phone()
    referrer = await make_member(phone=phone)
    code = await referrals.invite_code_of(referrer.id)
    before = await Member.all().count()
    registered = await _register(code_of(code) if callable(code_of) else code, phone)
    assert registered["errors"] == [{"code": expected, "field": "inviteCode"}]
    assert registered["member"] is None
    assert await Member.all().count() == before
    assert await Referral.all().count() == 0


async def test_members_cannot_set_the_rule_or_read_another_members_invitees() -> None:
    await _rule()
    mine, theirs = await make_member(), await make_member()
    await _register(await referrals.invite_code_of(theirs.id))
    refused = await gql(DEFINE, {"input": {"pointType": "X"}}, member(mine.id))
    assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"
    report = await gql(REPORT, {"since": "2026-01-01", "until": "2026-01-02"}, member(mine.id))
    assert report.errors and report.errors[0].extensions["code"] == "FORBIDDEN"
    # naming another member reads one's own invitees
    other = await gql(INVITEES, {"m": str(theirs.id)}, member(mine.id))
    assert other.data["myReferrals"]["nodes"] == []
    staff_view = await gql(INVITEES, {"m": str(theirs.id)}, STAFF)
    assert len(staff_view.data["myReferrals"]["nodes"]) == 1


async def test_a_bad_rule_reports_every_field_and_a_long_window_is_refused() -> None:
    result = await gql(
        DEFINE,
        {
            "input": {
                "pointType": "NOPE",
                "firstOrder": {"invitee": {"points": -5}},
                "monthlyCap": -1,
            }
        },
        STAFF,
    )
    assert result.data["defineReferralRule"]["errors"] == [
        {"code": "UNKNOWN_POINT_TYPE", "field": "pointType"},
        {"code": "INVALID_AMOUNT", "field": "firstOrder.invitee.points"},
        {"code": "INVALID", "field": "monthlyCap"},
    ]
    assert (await gql(RULE, principal=STAFF)).data == {"referralRule": None}
    window = await gql(REPORT, {"since": "2026-01-02", "until": "2026-01-01"}, STAFF)
    assert window.errors and window.errors[0].extensions["code"] == "INVALID_WINDOW"


@pytest.mark.list_fields("Query.myReferrals", "Query.referralReport", "ReferralRule.rewards")
async def test_referral_lists_read_in_fixed_statements(list_fields: ListFieldCheck) -> None:
    await _rule()
    referrer = await make_member()
    code = await referrals.invite_code_of(referrer.id)
    today = business_today().isoformat()

    async def add(count: int) -> None:
        for _ in range(count):
            await _register(code)

    await list_fields.assert_flat(INVITEES, add, principal=member(referrer.id))

    async def add_referrers(count: int) -> None:
        for _ in range(count):
            other = await make_member()
            await _register(await referrals.invite_code_of(other.id))

    await list_fields.assert_flat(
        REPORT, add_referrers, principal=STAFF, variables={"since": today, "until": today}
    )
    rules = iter(
        [
            {"registered": {"referrer": {"points": 1}}},
            {
                "registered": {"referrer": {"points": 1}, "invitee": {"points": 1}},
                "firstOrder": {"referrer": {"points": 1}, "invitee": {"points": 1}},
            },
        ]
    )

    async def add_rewards(count: int) -> None:
        (point_type,) = await make_point_types(1, expiry_days=30)
        await gql(DEFINE, {"input": {"pointType": point_type, **next(rules)}}, STAFF)

    await list_fields.assert_flat(RULE, add_rewards, principal=STAFF, sizes=(1, 2))
