"""Auth, abuse limits and bad HTTP input through the real app: clear codes, no stack traces."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from api.auth import mint_token
from api.settings import Settings
from domain.access import Role
from tests.factories import make_member

JOB_QUERY = '{ job(id: "1") { status } }'


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def staff_headers() -> dict[str, str]:
    return _bearer(mint_token(Settings(), Role.STAFF, scopes=["*"]))


async def test_missing_token_is_unauthenticated(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": JOB_QUERY})
    body = response.json()
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert response.headers["x-request-id"]


@pytest.mark.parametrize(
    ("_case", "token", "message_part"),
    [
        (
            "expired",
            lambda s: mint_token(s, Role.STAFF, ttl_seconds=-10),
            "expired",
        ),
        (
            "forged",
            lambda s: jwt.encode(
                {
                    "role": "staff",
                    "iat": int(time.time()),
                    "exp": int(time.time()) + 60,
                    "iss": s.tokens.issuer,
                },
                "not-the-secret-at-all-not-the-secret-at-all",
                algorithm="HS256",
            ),
            "invalid",
        ),
        ("garbage", lambda s: "abc.def.ghi", "invalid"),
    ],
)
async def test_bad_tokens_are_unauthenticated_with_a_reason(
    client: httpx.AsyncClient, _case: str, token, message_part: str
) -> None:
    response = await client.post(
        "/graphql", json={"query": JOB_QUERY}, headers=_bearer(token(Settings()))
    )
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert message_part in error["message"].lower()


async def test_wrong_role_is_forbidden(client: httpx.AsyncClient) -> None:
    member = await make_member()
    token = mint_token(Settings(), Role.MEMBER, member_id=member.id, token_version=0)
    response = await client.post("/graphql", json={"query": JOB_QUERY}, headers=_bearer(token))
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_staff_token_reads_a_job(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": JOB_QUERY}, headers=staff_headers())
    assert response.json() == {"data": {"job": None}}


async def test_malformed_json_gets_bad_request(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_unknown_field_is_a_validation_error(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ nothingHere }"}, headers=staff_headers()
    )
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "Traceback" not in response.text


async def test_too_deep_query_is_refused(client: httpx.AsyncClient) -> None:
    deep = '{ job(id: "1") { ' + "a { " * 12 + "b" + " }" * 12 + " } }"
    response = await client.post("/graphql", json={"query": deep}, headers=staff_headers())
    codes = {e["extensions"]["code"] for e in response.json()["errors"]}
    assert "QUERY_TOO_COMPLEX" in codes


async def test_too_many_aliases_are_refused(client: httpx.AsyncClient) -> None:
    fields = " ".join(f'a{i}: job(id: "1") {{ status }}' for i in range(40))
    response = await client.post(
        "/graphql", json={"query": "{ " + fields + " }"}, headers=staff_headers()
    )
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"


async def test_body_over_the_limit_is_refused_and_server_keeps_serving(
    client: httpx.AsyncClient,
) -> None:
    big = {"query": JOB_QUERY, "variables": {"pad": "x" * (70 * 1024)}}
    response = await client.post("/graphql", json=big, headers=staff_headers())
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    again = await client.post("/graphql", json={"query": JOB_QUERY}, headers=staff_headers())
    assert again.status_code == 200


async def test_introspection_only_for_staff(client: httpx.AsyncClient) -> None:
    query = {"query": "{ __schema { queryType { name } } }"}
    as_service = await client.post(
        "/graphql", json=query, headers=_bearer(mint_token(Settings(), Role.SERVICE))
    )
    assert as_service.json()["errors"]
    as_staff = await client.post("/graphql", json=query, headers=staff_headers())
    assert as_staff.json()["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_health_ready_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"postgres": "ok", "migrations": "ok", "redis": "ok"}
    await client.post(
        "/graphql", json={"query": "query Probe " + JOB_QUERY}, headers=staff_headers()
    )
    metrics = (await client.get("/metrics")).text
    assert 'crm_graphql_requests_total{operation="query:job",outcome="ok"}' in metrics
