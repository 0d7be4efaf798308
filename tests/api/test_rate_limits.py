"""Rate limits per token and per IP through the real app, and serving on when Redis is down."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
import redis.asyncio as aioredis

from api.app import create_app
from api.auth import mint_token
from api.ratelimit import RateLimitConfig, RateLimiter, retry_after
from api.settings import Settings
from domain.access import Role
from tests.limit_queries import attack_query

JOB_QUERY = '{ job(id: "1") { status } }'
WINDOW = 60
NOW = 1_699_999_990.0  # 10 s into a 60 s window


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _headers(role: Role, member_id: int | None = None, subject: str | None = None) -> dict:
    scopes = ["*"] if role is Role.STAFF else None
    version = 0 if role is Role.MEMBER else None  # member tokens carry the token version
    token = mint_token(
        Settings(),
        role,
        member_id=member_id,
        token_version=version,
        subject=subject,
        scopes=scopes,
    )
    return {"Authorization": f"Bearer {token}"}


def _client(app, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://test")


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
async def limited_app(database: str, clock: Clock) -> AsyncIterator[object]:
    limits = {
        "member": 3,
        "staff": 3,
        "service": 100,
        "bi": 100,
        "visitor": 2,
        "visitor_ip": 3,
        "anonymous": 2,
        "ip": 5,
    }
    limiter = RateLimiter(RateLimitConfig(limits=limits, window_seconds=WINDOW), clock=clock)
    app = create_app(Settings(), manage_database=False, limiter=limiter)
    async with app.router.lifespan_context(app):
        yield app


async def test_token_over_its_limit_is_refused_with_retry_after(limited_app, clock) -> None:
    # given a member token that used its 3 requests in this window
    async with _client(limited_app, "10.0.0.1") as http:
        for _ in range(3):
            ok = await http.post(
                "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF)
            )
            assert ok.status_code == 200
        # when it asks again
        refused = await http.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF)
        )
        # then 429 in the GraphQL error shape, with the wait in body and header
        assert refused.status_code == 429
        error = refused.json()["errors"][0]
        assert error["extensions"]["code"] == "RATE_LIMITED"
        # 50 s to the end of the window, then 30 s until half of its 4 requests have faded
        assert error["extensions"]["retryAfter"] == 80
        assert refused.headers["retry-after"] == "80"
        assert refused.headers["x-request-id"]
        # and another token from the same address is still served
        other = await http.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF, subject="b")
        )
        assert other.status_code == 200
        # and once the wait is over the token is served again
        clock.now += 80
        again = await http.post("/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF))
        assert again.status_code == 200, again.text


async def test_members_are_limited_by_member_id(limited_app) -> None:
    async with _client(limited_app, "10.0.0.2") as http:
        codes = [
            (
                await http.post(
                    "/graphql",
                    json={"query": "{ me { id } }"},
                    headers=_headers(Role.MEMBER, member_id=7),
                )
            ).status_code
            for _ in range(4)
        ]
    assert codes == [200, 200, 200, 429]


async def test_address_over_its_limit_is_refused_whatever_the_token(limited_app) -> None:
    # given five requests from one address, each with a different token
    async with _client(limited_app, "10.0.0.3") as http, _client(limited_app, "10.0.0.4") as b:
        for n in range(5):
            ok = await http.post(
                "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF, subject=f"s{n}")
            )
            assert ok.status_code == 200
        # when a sixth token calls from the same address
        refused = await http.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF, subject="s9")
        )
        # then refused; another address is served
        assert refused.status_code == 429
        assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        assert int(refused.headers["retry-after"]) > 0
        served = await b.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF, subject="s9")
        )
        assert served.status_code == 200


def _visitor(device: str) -> dict:
    token = mint_token(Settings(), Role.VISITOR, device_id=device)
    return {"Authorization": f"Bearer {token}"}


async def test_visitors_are_limited_by_device(limited_app) -> None:
    async with _client(limited_app, "10.0.0.8") as http, _client(limited_app, "10.0.0.9") as b:
        codes = [
            (
                await http.post("/graphql", json={"query": JOB_QUERY}, headers=_visitor("device-a"))
            ).status_code
            for _ in range(3)
        ]
        elsewhere = await b.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_visitor("device-b")
        )
    assert codes == [200, 200, 429]
    assert elsewhere.status_code == 200


async def test_new_device_ids_do_not_multiply_an_address_allowance(limited_app) -> None:
    # given three visitor tokens from one address, each under its own device limit
    async with _client(limited_app, "10.0.0.10") as http:
        for n in range(3):
            ok = await http.post(
                "/graphql", json={"query": JOB_QUERY}, headers=_visitor(f"device-{n}")
            )
            assert ok.status_code == 200
        # when a fourth device calls from the same address
        refused = await http.post(
            "/graphql", json={"query": JOB_QUERY}, headers=_visitor("device-9")
        )
        # then it is refused while other tokens from that address are still served
        staff = await http.post("/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF))
    assert refused.status_code == 429
    assert staff.status_code == 200


async def test_anonymous_callers_are_limited_by_address(limited_app) -> None:
    async with _client(limited_app, "10.0.0.5") as http:
        codes = [
            (await http.post("/graphql", json={"query": JOB_QUERY})).status_code for _ in range(3)
        ]
    assert codes == [200, 200, 429]


async def test_costly_query_is_refused_over_http(limited_app) -> None:
    async with _client(limited_app, "10.0.0.6") as http:
        response = await http.post(
            "/graphql",
            json={"query": attack_query()},
            headers=_headers(Role.MEMBER, member_id=1),
        )
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["extensions"]["cost"] == 103_578_780


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_redis_down_still_serves_and_logs_once(database: str, clock, caplog) -> None:
    # given a limiter whose Redis is not there
    caplog.set_level(logging.WARNING, logger="crm.ratelimit")
    dead = aioredis.from_url(f"redis://127.0.0.1:{_closed_port()}/0", socket_connect_timeout=0.2)
    limiter = RateLimiter(RateLimitConfig(limits={"staff": 1, "ip": 1}), redis=dead, clock=clock)
    app = create_app(Settings(), manage_database=False, limiter=limiter)
    async with app.router.lifespan_context(app), _client(app, "10.0.0.7") as http:
        # when requests come in, past the limits, also after the retry pause
        responses = []
        for step in range(4):
            clock.now += 3 * step
            responses.append(
                await http.post("/graphql", json={"query": JOB_QUERY}, headers=_headers(Role.STAFF))
            )
    await dead.aclose()
    # then every one is served, and the outage is logged once
    assert [r.status_code for r in responses] == [200, 200, 200, 200]
    assert [r.json() for r in responses] == [{"data": {"job": None}}] * 4
    assert len([r for r in caplog.records if "Redis unavailable" in r.getMessage()]) == 1


@pytest.mark.parametrize(
    ("_case", "count", "previous", "elapsed", "expected"),
    [
        ("under the limit", 3, 0, 10.0, 0),
        ("previous window still weighs", 5, 10, 30.0, 0),
        ("over by the previous window: wait for it to fade", 5, 12, 30.0, 10),
        ("over in this window: to its end and a share of the next", 11, 0, 10.0, 61),
    ],
)
def test_retry_after(_case: str, count: int, previous: int, elapsed: float, expected: int) -> None:
    assert retry_after(count, previous, elapsed, 60, 10) == expected
