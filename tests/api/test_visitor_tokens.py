"""Visitor tokens over HTTP and from the CLI: minted for a device, refused with odd claims."""

from __future__ import annotations

import os
import time
from typing import Any

import httpx
import jwt
import pytest

from api.auth import mint_token
from api.settings import Settings
from domain import tokens
from domain.access import Role
from tests.api.test_token_keys import _crm

CENTRE = "{ claimableCoupons { nodes { code } } }"
ISSUE = """mutation($i: IssueVisitorTokenInput!) {
  issueVisitorToken(input: $i) { token errors { code field } } }"""


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _post(
    client: httpx.AsyncClient, query: str, headers: dict, variables: Any = None
) -> dict:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_service_issues_a_token_the_device_then_uses(client: httpx.AsyncClient) -> None:
    # given a login backend's service token
    service = _bearer(mint_token(Settings(), Role.SERVICE, subject="login-backend"))
    # when it issues a visitor token for a device
    issued = await _post(client, ISSUE, service, {"i": {"deviceId": "wx-device-0001"}})
    token = issued["data"]["issueVisitorToken"]["token"]
    claims = jwt.decode(token, options={"verify_signature": False})
    # then the token names the device and lives a day
    assert (claims["role"], claims["did"]) == ("visitor", "wx-device-0001")
    assert claims["exp"] - claims["iat"] == tokens.DEFAULT_TTL_SECONDS[Role.VISITOR]
    # and the device reads the claim centre but not a member's home
    centre = await _post(client, CENTRE, _bearer(token))
    assert centre == {"data": {"claimableCoupons": {"nodes": []}}}
    home = await _post(client, "{ me { id } }", _bearer(token))
    assert [e["extensions"]["code"] for e in home["errors"]] == ["FORBIDDEN"]


def _signed(**claims: Any) -> str:
    now = int(time.time())
    base: dict[str, Any] = {"iss": "crm", "iat": now, "exp": now + 600, "role": "visitor"}
    base.update(claims)
    return jwt.encode(base, Settings().tokens.hmac_secret, algorithm="HS256")


@pytest.mark.parametrize(
    ("_case", "claims"),
    [
        ("no device id", {}),
        ("device id is a number", {"did": 12345678}),
        ("device id too short", {"did": "abc"}),
        ("device id with spaces", {"did": "device 0001"}),
        ("device id too long", {"did": "d" * 65}),
        ("visitor with a member id", {"did": "device-0001", "mid": 1, "tv": 0}),
        ("visitor with scopes", {"did": "device-0001", "scopes": ["coupons:read"]}),
        ("member token with a device id", {"role": "member", "mid": 1, "tv": 0, "did": "d-0001"}),
        ("service token with a device id", {"role": "service", "did": "device-0001"}),
    ],
)
async def test_signed_tokens_with_odd_visitor_claims_are_unauthenticated(
    client: httpx.AsyncClient, _case: str, claims: dict
) -> None:
    body = await _post(client, CENTRE, _bearer(_signed(**claims)))
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]


def test_crm_token_mints_visitor_tokens_for_a_valid_device() -> None:
    secret = os.environ["JWT_SECRET"]
    minted = _crm("token", "--role", "visitor", "--device", "pos-kiosk-17", JWT_SECRET=secret)
    assert minted.returncode == 0, minted.stderr
    claims = jwt.decode(minted.stdout.strip(), options={"verify_signature": False})
    assert (claims["role"], claims["did"], claims["sub"]) == (
        "visitor",
        "pos-kiosk-17",
        "visitor:pos-kiosk-17",
    )
    for args in (
        ("--role", "visitor"),
        ("--role", "visitor", "--device", "bad device"),
        ("--role", "bi", "--device", "pos-kiosk-17"),
    ):
        refused = _crm("token", *args, JWT_SECRET=secret)
        assert refused.returncode == 2, args
