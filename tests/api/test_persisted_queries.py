"""Automatic persisted queries over HTTP, stored in the real Redis."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis

from api.app import create_app
from api.auth import mint_token
from api.persisted_queries import KEY_PREFIX, MAX_QUERY_BYTES, PersistedQueries
from api.ratelimit import RateLimitConfig, RateLimiter
from api.settings import Settings
from domain.access import Role

QUERY = "query Typename { __typename }"
COSTLY = "{ items(first: 100) { nodes { category { parent { id } } brand { id } } } }"
REGISTER = """mutation Register($i: RegisterMemberInput!) {
  registerMember(input: $i) { errors { code field } } }"""


def _sha(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


def _extensions(query: str, version: int = 1) -> dict[str, Any]:
    return {"persistedQuery": {"version": version, "sha256Hash": _sha(query)}}


@asynccontextmanager
async def _client(settings: Settings, **limits: int) -> AsyncIterator[httpx.AsyncClient]:
    limiter = RateLimiter(RateLimitConfig(limits=limits, enabled=bool(limits)))
    app = create_app(settings, manage_database=False, limiter=limiter)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http


@pytest.fixture
async def redis(database: str, service_urls: tuple[str, str]) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(service_urls[1])
    yield client
    await client.aclose()


async def test_unknown_hash_asks_for_the_query(redis: aioredis.Redis) -> None:
    async with _client(Settings()) as client:
        response = await client.post("/graphql", json={"extensions": _extensions(QUERY)})

    assert response.status_code == 200
    [error] = response.json()["errors"]
    assert error["message"] == "PersistedQueryNotFound"
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert await redis.exists(KEY_PREFIX + _sha(QUERY)) == 0


async def test_hash_with_query_is_stored_then_the_hash_alone_runs_it(
    redis: aioredis.Redis,
) -> None:
    # given a registration of the query with its hash
    settings = Settings(persisted_query_ttl_seconds=600)
    async with _client(settings) as client:
        registered = await client.post(
            "/graphql", json={"query": QUERY, "extensions": _extensions(QUERY)}
        )
        # when later requests send only the hash, by POST and by GET
        by_post = await client.post(
            "/graphql", json={"operationName": "Typename", "extensions": _extensions(QUERY)}
        )
        by_get = await client.get("/graphql", params={"extensions": json.dumps(_extensions(QUERY))})

    # then
    assert registered.json() == {"data": {"__typename": "Query"}}
    assert by_post.json() == {"data": {"__typename": "Query"}}
    assert by_get.status_code == 200
    assert by_get.json() == {"data": {"__typename": "Query"}}
    key = KEY_PREFIX + _sha(QUERY)
    assert await redis.get(key) == QUERY.encode()
    assert 0 < await redis.ttl(key) <= 600


async def test_a_hash_that_is_not_the_query_is_refused(redis: aioredis.Redis) -> None:
    async with _client(Settings()) as client:
        response = await client.post(
            "/graphql", json={"query": QUERY, "extensions": _extensions("{ other }")}
        )
        version_two = await client.post(
            "/graphql", json={"query": QUERY, "extensions": _extensions(QUERY, version=2)}
        )
        not_hex = await client.post(
            "/graphql",
            json={"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x" * 64}}},
        )

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "provided sha does not match query"
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert version_two.status_code == 400 and not_hex.status_code == 400
    assert await redis.keys(KEY_PREFIX + "*") == []


@pytest.mark.parametrize(
    ("_case", "query", "code"),
    [
        ("invalid", "{ noSuchField }", "GRAPHQL_VALIDATION_FAILED"),
        ("does not parse", "{ __typename", "GRAPHQL_PARSE_FAILED"),
        ("too long", QUERY + "\n#" + "x" * MAX_QUERY_BYTES, None),
    ],
)
async def test_unusable_or_overlong_queries_run_but_are_not_stored(
    redis: aioredis.Redis, _case: str, query: str, code: str | None
) -> None:
    async with _client(Settings(max_body_bytes=256 * 1024)) as client:
        response = await client.post(
            "/graphql", json={"query": query, "extensions": _extensions(query)}
        )

    body = response.json()
    if code is None:
        assert body == {"data": {"__typename": "Query"}}
    else:
        assert body["errors"][0]["extensions"]["code"] == code
    assert await redis.keys(KEY_PREFIX + "*") == []


async def test_persisted_queries_keep_the_cost_input_and_rate_limits(
    redis: aioredis.Redis,
) -> None:
    service = {"Authorization": f"Bearer {mint_token(Settings(), Role.SERVICE)}"}
    variables = {
        "i": {
            "channel": "APP",
            "identities": [{"kind": "DEVICE_ID", "value": "device-1"}],
            "profile": {"name": "n" * 10_001},
        }
    }
    async with _client(Settings(), anonymous=2, ip=100, service=100) as client:
        # given two persisted operations
        for query, headers in ((COSTLY, {}), (REGISTER, service)):
            await client.post(
                "/graphql",
                json={"query": query, "extensions": _extensions(query)},
                headers=headers,
            )
        # when they are sent by hash
        costly = await client.post("/graphql", json={"extensions": _extensions(COSTLY)})
        too_long = await client.post(
            "/graphql",
            json={"extensions": _extensions(REGISTER), "variables": variables},
            headers=service,
        )
        limited = await client.post("/graphql", json={"extensions": _extensions(COSTLY)})

    # then the budget, the input guard and the rate limit apply as to any query
    assert costly.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    error = too_long.json()["errors"][0]["extensions"]
    assert error == {"code": "TOO_LARGE", "field": "input.profile.name"}
    assert limited.status_code == 429
    assert await redis.exists(KEY_PREFIX + _sha(COSTLY), KEY_PREFIX + _sha(REGISTER)) == 2


async def test_without_redis_every_hash_is_unknown_and_nothing_is_stored() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = aioredis.from_url(f"redis://127.0.0.1:{port}", socket_connect_timeout=0.2)
    store = PersistedQueries(dead, ttl_seconds=60)
    try:
        assert await store.lookup(_sha(QUERY)) is None
        assert await store.store(_sha(QUERY), QUERY) is False
    finally:
        await dead.aclose()
