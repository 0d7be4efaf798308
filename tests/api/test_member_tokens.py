"""Member tokens over HTTP: revoked, erased and merged members' tokens stop working at once;
validly signed tokens with odd claims are refused, never answered or crashed on."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
import pytest

from api.auth import mint_token
from api.settings import Settings
from domain.access import Role
from domain.members.models import Member
from schema.relay import encode_id
from tests.factories import make_member, next_phone

ME = "{ me { id } }"
REVOKE = """mutation($i: RevokeMemberTokensInput!) {
  revokeMemberTokens(input: $i) { member { id } errors { code field } } }"""
ISSUE = """mutation($i: IssueMemberTokenInput!) {
  issueMemberToken(input: $i) { token errors { code field } } }"""


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _staff() -> dict[str, str]:
    return _bearer(mint_token(Settings(), Role.STAFF, scopes=["*"], subject="staff-test"))


async def _post(
    client: httpx.AsyncClient, query: str, headers: dict[str, str], variables: Any = None
) -> dict:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _issue(client: httpx.AsyncClient, phone: str) -> str:
    service = _bearer(mint_token(Settings(), Role.SERVICE, subject="login-backend"))
    body = await _post(
        client, ISSUE, service, {"i": {"identity": {"kind": "PHONE", "value": phone}}}
    )
    assert body["data"]["issueMemberToken"]["errors"] == []
    return body["data"]["issueMemberToken"]["token"]


def _refused(body: dict, reason: str) -> None:
    assert body["data"] is None or body["data"].get("me") is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert reason in error["message"]


async def test_log_out_everywhere_refuses_old_tokens_and_not_new_ones(
    client: httpx.AsyncClient,
) -> None:
    # given a member signed in on two devices, each token already used (and cached)
    phone = next_phone()
    m = await make_member(phone=phone)
    first, second = await _issue(client, phone), await _issue(client, phone)
    assert jwt.decode(first, options={"verify_signature": False})["tv"] == 0
    for token in (first, second):
        assert (await _post(client, ME, _bearer(token)))["data"]["me"]["id"]
    # when the member logs out everywhere
    revoked = await _post(client, REVOKE, _bearer(first), {"i": {}})
    assert revoked["data"]["revokeMemberTokens"]["errors"] == []
    # then both tokens are refused with a clear reason
    for token in (first, second):
        _refused(await _post(client, ME, _bearer(token)), "revoked")
    # and a token issued now works
    fresh = await _issue(client, phone)
    assert jwt.decode(fresh, options={"verify_signature": False})["tv"] == 1
    me = await _post(client, ME, _bearer(fresh))
    assert me["data"]["me"]["id"] == encode_id("Member", m.id)
    assert (await Member.get(id=m.id)).token_version == 1


async def test_staff_revoke_a_members_tokens(client: httpx.AsyncClient) -> None:
    phone = next_phone()
    m = await make_member(phone=phone)
    token = await _issue(client, phone)
    body = await _post(client, REVOKE, _staff(), {"i": {"memberId": encode_id("Member", m.id)}})
    assert body["data"]["revokeMemberTokens"]["errors"] == []
    _refused(await _post(client, ME, _bearer(token)), "revoked")


async def test_erased_members_token_is_refused(client: httpx.AsyncClient) -> None:
    phone = next_phone()
    m = await make_member(phone=phone)
    token = await _issue(client, phone)
    assert (await _post(client, ME, _bearer(token)))["data"]["me"]
    erased = await _post(
        client,
        "mutation($i: EraseMemberInput!) { eraseMember(input: $i) { errors { code } } }",
        _staff(),
        {"i": {"memberId": encode_id("Member", m.id)}},
    )
    assert erased["data"]["eraseMember"]["errors"] == []
    _refused(await _post(client, ME, _bearer(token)), "merged or erased")


async def test_absorbed_members_token_is_refused_and_survivors_works(
    client: httpx.AsyncClient,
) -> None:
    # given two members, both signed in
    survivor_phone, absorbed_phone = next_phone(), next_phone()
    survivor = await make_member(phone=survivor_phone)
    absorbed = await make_member(phone=absorbed_phone)
    survivor_token = await _issue(client, survivor_phone)
    absorbed_token = await _issue(client, absorbed_phone)
    assert (await _post(client, ME, _bearer(absorbed_token)))["data"]["me"]
    # when staff merge them
    merged = await _post(
        client,
        "mutation($i: MergeMembersInput!) { mergeMembers(input: $i) { errors { code } } }",
        _staff(),
        {
            "i": {
                "survivorId": encode_id("Member", survivor.id),
                "absorbedId": encode_id("Member", absorbed.id),
                "reason": "same person",
            }
        },
    )
    assert merged["data"]["mergeMembers"]["errors"] == []
    # then the absorbed member's token is refused; the survivor's still works
    _refused(await _post(client, ME, _bearer(absorbed_token)), "merged or erased")
    me = await _post(client, ME, _bearer(survivor_token))
    assert me["data"]["me"]["id"] == encode_id("Member", survivor.id)


async def test_token_for_an_unknown_member_is_refused(client: httpx.AsyncClient) -> None:
    token = mint_token(Settings(), Role.MEMBER, member_id=424242, token_version=0)
    _refused(await _post(client, ME, _bearer(token)), "unknown member")


def _signed(**claims: Any) -> str:
    now = int(time.time())
    base: dict[str, Any] = {"iss": "crm", "iat": now, "exp": now + 600, "role": "member"}
    base.update(claims)
    return jwt.encode(
        {k: v for k, v in base.items() if v is not _ABSENT},
        Settings().tokens.hmac_secret,
        algorithm="HS256",
    )


_ABSENT = object()


@pytest.mark.parametrize(
    ("_case", "claims"),
    [
        ("scopes is a number", {"role": "staff", "scopes": 5}),
        ("scopes hold numbers", {"role": "staff", "scopes": [1]}),
        ("scopes is a string", {"role": "staff", "scopes": "members:write"}),
        ("member id too large", {"mid": 2**70, "tv": 0}),
        ("member id is a boolean", {"mid": True, "tv": 0}),
        ("member id is a string", {"mid": "5", "tv": 0}),
        ("member id is zero", {"mid": 0, "tv": 0}),
        ("member id is negative", {"mid": -1, "tv": 0}),
        ("member id is a float", {"mid": 1.0, "tv": 0}),
        ("role is a list", {"role": ["member"], "mid": 1, "tv": 0}),
        ("role is unknown", {"role": "root"}),
        ("subject is an object", {"sub": {}, "mid": 1, "tv": 0}),
        ("no token version", {"mid": 1}),
        ("token version is a string", {"mid": 1, "tv": "0"}),
        ("staff token with a member id", {"role": "staff", "mid": 1}),
    ],
)
async def test_signed_tokens_with_odd_claims_are_unauthenticated(
    client: httpx.AsyncClient, _case: str, claims: dict
) -> None:
    # given member 1 exists, so only the claims can be wrong
    await make_member()
    body = await _post(client, ME, _bearer(_signed(**claims)))
    assert body["data"] is None or body["data"]["me"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
