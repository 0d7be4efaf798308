"""Scopes on tokens: unknown ones refuse the token, `crm token` mints only known ones."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest
from typer.testing import CliRunner

from api.auth import mint_token
from api.cli import app
from api.settings import Settings
from domain import tokens
from domain.access import Role, Scope

JOB_QUERY = '{ job(id: "1") { status } }'


def _raw_staff_token(scopes: object) -> str:
    settings = Settings()
    now = int(time.time())
    claims = {"role": "staff", "iat": now, "exp": now + 60, "iss": settings.tokens.issuer}
    claims["scopes"] = scopes
    return jwt.encode(claims, settings.tokens.signing_key, algorithm=settings.tokens.algorithm)


async def _post(client: httpx.AsyncClient, token: str) -> dict:
    headers = {"Authorization": f"Bearer {token}"}
    response = await client.post("/graphql", json={"query": JOB_QUERY}, headers=headers)
    return response.json()


@pytest.mark.parametrize(
    ("_case", "scopes", "message_part"),
    [
        ("unknown among known", ["jobs:read", "jobs:reed"], "unknown scope 'jobs:reed'"),
        ("unknown area wildcard", ["job:*"], "unknown scope 'job:*'"),
        ("not a list", "jobs:read", "list of strings"),
    ],
)
async def test_token_with_unknown_scopes_is_unauthenticated(
    client: httpx.AsyncClient, _case: str, scopes: object, message_part: str
) -> None:
    body = await _post(client, _raw_staff_token(scopes))
    assert body["data"] == {"job": None}
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert message_part in body["errors"][0]["message"]


@pytest.mark.parametrize(
    ("_case", "scopes", "expected"),
    [
        ("exact", ["jobs:read"], {"data": {"job": None}}),
        ("area", ["jobs:*"], {"data": {"job": None}}),
        ("all", ["*"], {"data": {"job": None}}),
        ("other area", ["coupons:read"], "FORBIDDEN"),
        ("none", [], "FORBIDDEN"),
    ],
)
async def test_staff_token_scopes_gate_a_query(
    client: httpx.AsyncClient, _case: str, scopes: list[str], expected: object
) -> None:
    body = await _post(client, _raw_staff_token(scopes))
    if isinstance(expected, str):
        assert body["data"] == {"job": None}
        assert body["errors"][0]["extensions"]["code"] == expected
        assert "jobs:read" in body["errors"][0]["message"]
    else:
        assert body == expected


def test_mint_refuses_unknown_scopes() -> None:
    with pytest.raises(ValueError, match="unknown scope 'coupon:read'"):
        mint_token(Settings(), Role.STAFF, scopes=["coupon:read"])


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["token", *args])
    stderr = getattr(result, "stderr", "") if result.stderr_bytes is not None else ""
    return result.exit_code, result.stdout + stderr


def test_cli_token_mints_known_scopes() -> None:
    code, output = _cli("--role", "staff", "--scope", "coupons:read", "--scope", "wallet:*")
    assert code == 0
    principal = tokens.verify(Settings().tokens, output.strip())
    assert principal.scopes == {Scope.COUPONS_READ, "wallet:*"}


@pytest.mark.parametrize(
    ("_case", "args", "message_part"),
    [
        ("unknown scope", ["--role", "staff", "--scope", "coupon:read"], "unknown scope"),
        ("staff without scope", ["--role", "staff"], "need --scope"),
        ("scope on another role", ["--role", "bi", "--scope", "jobs:read"], "staff tokens only"),
    ],
)
def test_cli_token_refuses(_case: str, args: list[str], message_part: str) -> None:
    code, output = _cli(*args)
    assert code == 2
    assert message_part in output
