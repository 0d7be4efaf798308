"""Binding identities through GraphQL: proof of ownership, no account takeover, no merges."""

from __future__ import annotations

import pytest

from domain import db
from domain.access import Principal, Role
from domain.ledger.models import Account
from domain.members.models import Identity, Member, MemberMerge
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from domain.wallet import service as wallet_service
from schema.relay import encode_id
from tests.factories import make_member, next_phone
from tests.helpers import SERVICE, STAFF, gql, member
from tests.texts import RecordingSender

pytestmark = pytest.mark.usefixtures("database")

REQUEST = """mutation($i: RequestVerificationCodeInput!) {
  requestVerificationCode(input: $i) { expiresAt errors { code field } } }"""
BIND = """mutation($i: BindIdentityInput!) {
  bindIdentity(input: $i) { member { id identities { kind value } } errors { code field } } }"""


def _bind(kind: str, value: str, code: str | None = None, **extra: str) -> dict:
    return {"i": {"identity": {"kind": kind, "value": value, **extra}, "code": code}}


async def _balances(member_id: int) -> list[dict]:
    return list(
        await Account.filter(member_id=member_id).order_by("asset").values("asset", "available")
    )


async def _victim_with_value() -> tuple[Member, str]:
    phone = next_phone()
    victim = await make_member(phone=phone, name="Victim")
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    await points_movements.credit_points(
        member_id=victim.id,
        point_type_code="POINTS",
        points=700,
        key="gift",
        reason="test",
        operator="test",
    )
    await wallet_service.recharge(
        member_id=victim.id, amount_cents=5000, channel="POS", key="r1", operator="test"
    )
    return victim, phone


async def test_a_member_cannot_take_over_another_by_binding_their_phone(
    texts: RecordingSender,
) -> None:
    # given a victim B with points and stored value, and an attacker A with a valid token
    victim, phone = await _victim_with_value()
    attacker = await make_member()
    victim_before = await _balances(victim.id)
    assert [a["available"] for a in victim_before] == [700, 0, 5000]  # points, bonus, principal
    as_attacker = member(attacker.id)
    # when A binds B's phone without a code
    no_code = await gql(BIND, _bind("PHONE", phone), as_attacker)
    assert no_code.data["bindIdentity"] == {
        "member": None,
        "errors": [{"code": "REQUIRED", "field": "code"}],
    }
    # when A asks for a code (it goes to B's phone) and guesses five times
    asked = await gql(REQUEST, {"i": {"phone": phone}}, as_attacker)
    assert asked.data["requestVerificationCode"]["errors"] == []
    right = texts.last_code(phone)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    for _ in range(5):
        guess = await gql(BIND, _bind("PHONE", phone, wrong), as_attacker)
        assert guess.data["bindIdentity"]["errors"] == [{"code": "INVALID_CODE", "field": "code"}]
    exhausted = await gql(BIND, _bind("PHONE", phone, right), as_attacker)
    assert exhausted.data["bindIdentity"]["errors"] == [
        {"code": "TOO_MANY_ATTEMPTS", "field": "code"}
    ]
    # when A asks again at once, the rate limit holds
    again = await gql(REQUEST, {"i": {"phone": phone}}, as_attacker)
    assert again.data["requestVerificationCode"]["errors"] == [
        {"code": "RATE_LIMITED", "field": "phone"}
    ]
    # when a minute has passed (the code's age is moved back, no sleeping) and A holds the code
    await db.execute(
        "UPDATE member_phone_verifications SET created_at = created_at - interval '2 minutes'"
    )
    await gql(REQUEST, {"i": {"phone": phone}}, as_attacker)
    with_code = await gql(BIND, _bind("PHONE", phone, texts.last_code(phone)), as_attacker)
    # then the phone is someone else's, and nothing changed
    assert with_code.data["bindIdentity"] == {
        "member": None,
        "errors": [{"code": "IDENTITY_TAKEN", "field": "identity"}],
    }
    assert await MemberMerge.all().count() == 0
    assert await Member.filter(status="ACTIVE").count() == 2
    assert (await Identity.get(value=phone)).member_id == victim.id
    assert await Identity.filter(member_id=attacker.id).count() == 1
    assert await _balances(victim.id) == victim_before
    assert await _balances(attacker.id) == []


async def test_a_member_binds_a_free_phone_with_its_code(texts: RecordingSender) -> None:
    # given a member and a phone nobody holds
    m = await make_member()
    phone = next_phone()
    await gql(REQUEST, {"i": {"phone": phone}}, member(m.id))
    # when the member binds it with the code sent to it
    result = await gql(BIND, _bind("PHONE", phone, texts.last_code(phone)), member(m.id))
    # then the phone is theirs
    assert result.data["bindIdentity"]["errors"] == []
    assert {"kind": "PHONE", "value": phone} in result.data["bindIdentity"]["member"]["identities"]
    assert (await Identity.get(value=phone)).member_id == m.id


@pytest.mark.parametrize(
    ("_case", "identity"),
    [
        ("unionid", {"kind": "WECHAT_UNIONID", "value": "u-1"}),
        ("openid", {"kind": "WECHAT_OPENID", "value": "o-1", "namespace": "wx-app"}),
        ("card", {"kind": "CARD_NO", "value": "C-1"}),
        ("partner id", {"kind": "EXTERNAL", "value": "x-1", "namespace": "tmall"}),
    ],
)
async def test_members_cannot_bind_identities_only_the_login_backend_can_vouch_for(
    _case: str, identity: dict
) -> None:
    m = await make_member()
    result = await gql(BIND, {"i": {"identity": identity, "code": "123456"}}, member(m.id))
    assert result.data["bindIdentity"] == {
        "member": None,
        "errors": [{"code": "FORBIDDEN", "field": "identity.kind"}],
    }
    assert await Identity.filter(member_id=m.id).count() == 1


@pytest.mark.parametrize("_case", ["service", "staff"])
async def test_vouched_binding_of_a_taken_identity_is_refused_not_merged(_case: str) -> None:
    # given a phone of member B
    phone = next_phone()
    owner = await make_member(phone=phone)
    other = await make_member()
    principal = SERVICE if _case == "service" else STAFF
    # when the login backend or staff bind it to A
    result = await gql(
        BIND,
        {
            "i": {
                "identity": {"kind": "PHONE", "value": phone},
                "memberId": encode_id("Member", other.id),
            }
        },
        principal,
    )
    # then it is refused and B keeps it
    assert result.data["bindIdentity"]["errors"] == [
        {"code": "IDENTITY_TAKEN", "field": "identity"}
    ]
    assert (await Identity.get(value=phone)).member_id == owner.id
    assert await MemberMerge.all().count() == 0


async def test_staff_without_members_write_cannot_bind() -> None:
    m = await make_member()
    coupons_only = Principal(role=Role.STAFF, scopes=frozenset({"coupons:write"}), subject="s")
    result = await gql(
        BIND,
        {
            "i": {
                "identity": {"kind": "CARD_NO", "value": "C-9"},
                "memberId": encode_id("Member", m.id),
            }
        },
        coupons_only,
    )
    assert result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await Identity.filter(member_id=m.id).count() == 1


async def test_only_members_request_codes(texts: RecordingSender) -> None:
    result = await gql(REQUEST, {"i": {"phone": next_phone()}}, STAFF)
    assert result.errors[0].extensions["code"] == "FORBIDDEN"
    assert texts.sent == []
