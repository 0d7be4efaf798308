"""Members through GraphQL: OneID, access, masking, codes, erasure."""

from __future__ import annotations

import asyncio

import pytest

from domain import db
from domain.members.models import Member, MemberMerge
from schema.relay import encode_id
from tests.factories import make_member, next_phone
from tests.helpers import BI, SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

REGISTER = """
mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) {
    created mergedMemberIds
    member { id name channel identities { kind namespace value } }
    errors { code field message }
  }
}"""

BIND = """
mutation($input: BindIdentityInput!) {
  bindIdentity(input: $input) { member { id } errors { code field } }
}"""

MEMBER = "query($id: ID) { member(id: $id) { id name status identities { kind value } } }"


def _register(channel: str, identities: list[dict], name: str | None = None) -> dict:
    return {
        "input": {
            "channel": channel,
            "identities": identities,
            "profile": {"name": name} if name else None,
        }
    }


async def test_two_channels_registering_the_same_person_end_as_one_member() -> None:
    # given a mini-program registration with phone and openid
    phone = next_phone()
    first = await gql(
        REGISTER,
        _register(
            "MINI_PROGRAM",
            [
                {"kind": "PHONE", "value": phone},
                {"kind": "WECHAT_OPENID", "namespace": "wx-app", "value": "o-1"},
            ],
            name="Wang Fang",
        ),
        SERVICE,
    )
    # when the POS registers the same phone (formatted differently) with a card
    second = await gql(
        REGISTER,
        _register(
            "POS",
            [
                {"kind": "PHONE", "value": f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}"},
                {"kind": "CARD_NO", "value": "C-0001"},
            ],
        ),
        SERVICE,
    )
    # then one member holds all three identities
    a, b = first.data["registerMember"], second.data["registerMember"]
    assert (a["created"], b["created"]) == (True, False)
    assert a["member"]["id"] == b["member"]["id"]
    kinds = sorted(i["kind"] for i in b["member"]["identities"])
    assert kinds == ["CARD_NO", "PHONE", "WECHAT_OPENID"]
    assert await Member.all().count() == 1


async def test_concurrent_registrations_of_one_phone_create_one_member() -> None:
    phone = next_phone()
    results = await asyncio.gather(
        *(
            gql(REGISTER, _register(channel, [{"kind": "PHONE", "value": phone}]), SERVICE)
            for channel in ("MINI_PROGRAM", "APP", "POS", "WEB", "PARTNER")
        )
    )
    ids = {r.data["registerMember"]["member"]["id"] for r in results}
    assert len(ids) == 1
    assert sum(r.data["registerMember"]["created"] for r in results) == 1
    assert await Member.all().count() == 1


async def test_binding_a_taken_strong_identity_never_merges_and_staff_merge_does() -> None:
    # given an older member with a unionid and a newer one with a phone
    older = await make_member(registered_days_ago=30, name="Zhao Lei")
    newer = await make_member(city="Shanghai")
    await gql(
        BIND,
        {
            "input": {
                "memberId": encode_id("Member", older.id),
                "identity": {"kind": "WECHAT_UNIONID", "value": "u-9"},
            }
        },
        SERVICE,
    )
    # when the login backend binds the same unionid to the newer member
    result = await gql(
        BIND,
        {
            "input": {
                "memberId": encode_id("Member", newer.id),
                "identity": {"kind": "WECHAT_UNIONID", "value": "u-9"},
            }
        },
        SERVICE,
    )
    # then it is refused and nothing is merged
    assert result.data["bindIdentity"] == {
        "member": None,
        "errors": [{"code": "IDENTITY_TAKEN", "field": "identity"}],
    }
    assert await Member.filter(status="ACTIVE").count() == 2
    assert await MemberMerge.all().count() == 0
    # when staff decide to merge them
    merged = await gql(
        "mutation($i: MergeMembersInput!) { mergeMembers(input: $i) { member { id } errors { code } } }",
        {
            "i": {
                "survivorId": encode_id("Member", older.id),
                "absorbedId": encode_id("Member", newer.id),
                "reason": "same person",
            }
        },
        STAFF,
    )
    # then the older member survives with the newer one's identities and city
    assert merged.data["mergeMembers"]["member"]["id"] == encode_id("Member", older.id)
    survivor = await Member.get(id=older.id)
    absorbed = await Member.get(id=newer.id)
    assert (survivor.city, absorbed.status, absorbed.merged_into_id) == (
        "Shanghai",
        "MERGED",
        older.id,
    )
    log = await MemberMerge.get(absorbed_id=newer.id)
    assert log.survivor_id == older.id
    # and lookups by the absorbed id land on the survivor
    found = await gql(MEMBER, {"id": encode_id("Member", newer.id)}, STAFF)
    assert found.data["member"]["id"] == encode_id("Member", older.id)
    assert len(found.data["member"]["identities"]) == 3


async def test_device_id_only_links() -> None:
    a = await make_member()
    b = await make_member()
    for m in (a, b):
        await gql(
            BIND,
            {
                "input": {
                    "memberId": encode_id("Member", m.id),
                    "identity": {"kind": "DEVICE_ID", "value": "dev-1"},
                }
            },
            SERVICE,
        )
    assert await Member.filter(status="ACTIVE").count() == 2
    links = await db.fetch("SELECT member_id, other_member_id FROM member_links ORDER BY 1")
    assert [(r["member_id"], r["other_member_id"]) for r in links] == [(a.id, b.id), (b.id, a.id)]


@pytest.mark.parametrize("_case", ["anonymous", "member B", "bi"])
async def test_a_member_is_not_readable_by_others(_case: str) -> None:
    a = await make_member(name="Chen Jing")
    b = await make_member()
    principal = {"anonymous": None, "member B": member(b.id), "bi": BI}[_case]
    result = await gql(MEMBER, {"id": encode_id("Member", a.id)}, principal)
    if _case == "member B":
        assert result.errors is None and result.data["member"] is None
    else:
        assert result.errors[0].extensions["code"] in {"UNAUTHENTICATED", "FORBIDDEN"}


async def test_member_reads_self_and_masking_depends_on_role() -> None:
    phone = next_phone()
    a = await make_member(phone=phone, name="Chen Jing")
    own = await gql("{ me { name identities { value } } }", principal=member(a.id))
    assert own.data["me"] == {"name": "Chen Jing", "identities": [{"value": phone}]}
    staff = await gql(MEMBER, {"id": encode_id("Member", a.id)}, STAFF)
    assert staff.data["member"]["name"] == "Chen Jing"


async def test_member_code_resolves_at_the_till_and_forged_codes_fail() -> None:
    a = await make_member()
    code = (await gql("{ memberCode { code expiresAt } }", principal=member(a.id))).data[
        "memberCode"
    ]["code"]
    found = await gql("query($c: String) { member(code: $c) { id } }", {"c": code}, SERVICE)
    assert found.data["member"]["id"] == encode_id("Member", a.id)
    forged = code[:-2] + ("AA" if not code.endswith("AA") else "BB")
    bad = await gql("query($c: String) { member(code: $c) { id } }", {"c": forged}, SERVICE)
    assert bad.errors[0].extensions == {"code": "INVALID_MEMBER_CODE", "field": "code"}


async def test_bad_input_is_reported_with_the_field_and_writes_nothing() -> None:
    result = await gql(
        REGISTER,
        _register(
            "APP",
            [
                {"kind": "PHONE", "value": next_phone()},
                {"kind": "PHONE", "value": "12345"},
            ],
        ),
        SERVICE,
    )
    assert result.data["registerMember"]["errors"] == [
        {
            "code": "INVALID_PHONE",
            "field": "identities[1].value",
            "message": "'12345' is not a mainland mobile number.",
        }
    ]
    assert await Member.all().count() == 0
    malformed = await gql(MEMBER, {"id": "not-an-id"}, STAFF)
    assert malformed.errors[0].extensions["code"] == "INVALID_ID"


async def test_members_cannot_register_others_and_staff_can_search() -> None:
    a = await make_member(name="Sun Li")
    denied = await gql(
        REGISTER, _register("APP", [{"kind": "PHONE", "value": next_phone()}]), member(a.id)
    )
    assert denied.errors[0].extensions["code"] == "FORBIDDEN"
    found = await gql('{ members(search: "Sun") { edges { node { name } } } }', principal=STAFF)
    assert found.data["members"]["edges"] == [{"node": {"name": "Sun Li"}}]


async def test_erasure_anonymises_and_frees_the_phone() -> None:
    phone = next_phone()
    a = await make_member(phone=phone, name="Liu Yang", city="Hangzhou")
    erased = await gql(
        "mutation($i: EraseMemberInput!) { eraseMember(input: $i) { member { status name city } errors { code } } }",
        {"i": {"memberId": encode_id("Member", a.id)}},
        STAFF,
    )
    assert erased.data["eraseMember"]["member"] == {"status": "ERASED", "name": None, "city": None}
    again = await gql(REGISTER, _register("APP", [{"kind": "PHONE", "value": phone}]), SERVICE)
    assert again.data["registerMember"]["created"] is True


async def test_issue_member_token_for_a_known_identity() -> None:
    phone = next_phone()
    a = await make_member(phone=phone)
    result = await gql(
        "mutation($i: IssueMemberTokenInput!) { issueMemberToken(input: $i) { token member { id } errors { code field } } }",
        {"i": {"identity": {"kind": "PHONE", "value": phone}}},
        SERVICE,
    )
    payload = result.data["issueMemberToken"]
    assert payload["member"]["id"] == encode_id("Member", a.id) and payload["token"]
    unknown = await gql(
        "mutation($i: IssueMemberTokenInput!) { issueMemberToken(input: $i) { token errors { code field } } }",
        {"i": {"identity": {"kind": "PHONE", "value": next_phone()}}},
        SERVICE,
    )
    assert unknown.data["issueMemberToken"] == {
        "token": None,
        "errors": [{"code": "NOT_FOUND", "field": "identity"}],
    }
