"""Sign-in through the graph: members sign in once a day and read their own month; staff set
the rule; a member token cannot set it or read another member's month."""

from __future__ import annotations

import itertools

import pytest

from domain.clock import business_today, utc_now
from domain.engagement.models import SignIn
from tests.factories import make_member, make_point_types
from tests.helpers import STAFF, gql, member
from tests.statements import ListFieldCheck

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """
mutation($input: DefineSignInRuleInput!) {
  defineSignInRule(input: $input) { rule { pointType rewards makeUpDays } errors { code field } }
}"""
SIGN_IN = "mutation { signIn { signIn { streak points first } errors { code field } } }"
MONTH = """
query($memberId: ID) {
  mySignIns(memberId: $memberId) {
    signedToday streak nextReward days { day streak points madeUp }
  }
}"""
_numbers = itertools.count(1)


async def _rule() -> None:
    (code,) = await make_point_types(1, expiry_days=365)
    result = await gql(
        DEFINE,
        {"input": {"pointType": code, "rewards": [5, 10], "makeUpDays": 2, "makeUpCost": 10}},
        STAFF,
    )
    assert result.errors is None and result.data is not None
    assert result.data["defineSignInRule"]["errors"] == []


async def test_a_member_signs_in_once_a_day_and_sees_it_in_the_month() -> None:
    await _rule()
    someone = await make_member()
    first = await gql(SIGN_IN, principal=member(someone.id))
    again = await gql(SIGN_IN, principal=member(someone.id))
    assert first.data is not None and again.data is not None
    assert first.data["signIn"]["signIn"] == {"streak": 1, "points": 5, "first": True}
    assert again.data["signIn"]["signIn"] == {"streak": 1, "points": 5, "first": False}
    month = await gql(MONTH, principal=member(someone.id))
    assert month.data is not None
    view = month.data["mySignIns"]
    assert (view["signedToday"], view["streak"], view["nextReward"]) == (True, 1, 10)
    assert view["days"] == [
        {"day": business_today().isoformat(), "streak": 1, "points": 5, "madeUp": False}
    ]


async def test_a_member_cannot_set_the_rule_or_read_another_members_month() -> None:
    await _rule()
    mine, theirs = await make_member(), await make_member()
    await gql(SIGN_IN, principal=member(theirs.id))
    refused = await gql(DEFINE, {"input": {"pointType": "X", "rewards": [1]}}, member(mine.id))
    assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"
    # naming another member reads one's own month
    other = await gql(MONTH, {"memberId": str(theirs.id)}, member(mine.id))
    assert other.data is not None and other.data["mySignIns"]["days"] == []


async def test_signing_in_before_a_rule_exists_is_not_found() -> None:
    someone = await make_member()
    result = await gql(SIGN_IN, principal=member(someone.id))
    assert result.data is not None
    assert result.data["signIn"]["errors"] == [{"code": "NOT_FOUND", "field": "signIn"}]


@pytest.mark.list_fields("SignInCalendar.days")
async def test_the_month_reads_in_fixed_statements(list_fields: ListFieldCheck) -> None:
    await _rule()
    someone = await make_member()
    first_day = business_today().replace(day=1)

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await SignIn.create(
                member_id=someone.id,
                day=first_day.replace(day=n),
                streak=n,
                points=5,
                rule_id=1,
                created_at=utc_now(),
            )

    await list_fields.assert_flat(MONTH, add, principal=member(someone.id))
