"""Real PostgreSQL and Redis for every test that asks for them.

URLs: TEST_DATABASE_URL / TEST_REDIS_URL, else DATABASE_URL / REDIS_URL, else embedded servers
started under .data/test. The schema is rebuilt from the checked-in migrations once per session;
each test that uses `database` starts from empty tables and an empty Redis database.

CRM_TEST_TRAVEL=2027-02-28T23:30:00+08:00 moves the Python clock to that instant for the whole
session (it keeps ticking from there), so CI can run the suite on a month end, a year end and a
leap day. PostgreSQL's now() stays where it is.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import asyncpg
import pytest
import time_machine
from arq.connections import ArqRedis

ROOT = Path(__file__).resolve().parent.parent
TEST_JWT_SECRET = "test-only-jwt-secret-of-forty-bytes-0000"

# Tests run as production does: a real key, and no development fallback.
os.environ["JWT_SECRET"] = TEST_JWT_SECRET
os.environ.pop("CRM_ENV", None)
TRAVEL_VARIABLE = "CRM_TEST_TRAVEL"

_travel: list[time_machine.travel] = []


def pytest_configure(config: pytest.Config) -> None:
    destination = os.environ.get(TRAVEL_VARIABLE)
    if not destination:
        return
    moment = datetime.fromisoformat(destination)
    if moment.tzinfo is None:
        raise pytest.UsageError(f"{TRAVEL_VARIABLE} needs a UTC offset: {destination!r}")
    traveller = time_machine.travel(moment, tick=True)
    traveller.start()
    _travel.append(traveller)


def pytest_unconfigure(config: pytest.Config) -> None:
    while _travel:
        _travel.pop().stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    destination = os.environ.get(TRAVEL_VARIABLE)
    return f"clock travelled to {destination} ({TRAVEL_VARIABLE})" if destination else None


def _urls() -> tuple[str, str]:
    database_url = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    redis_url = os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL")
    if database_url and redis_url:
        return database_url, redis_url
    from api import embedded

    data_dir = ROOT / ".data" / "test"
    if not database_url:
        database_url, server = embedded.start_postgres(data_dir, database="test", throwaway=True)
        _started.append(server)
    if not redis_url:
        redis_url, process = embedded.start_redis(data_dir, preferred_port=6398)
        _started.append(process)
    return database_url, redis_url


_started: list[object] = []


@pytest.fixture(scope="session")
def service_urls() -> Iterator[tuple[str, str]]:
    database_url, redis_url = _urls()
    os.environ["DATABASE_URL"] = database_url
    os.environ["REDIS_URL"] = redis_url
    yield database_url, redis_url
    from api import embedded

    for handle in _started:  # embedded servers started for this session
        terminate = getattr(handle, "terminate", None)
        if terminate:
            terminate()
        else:
            embedded.stop_postgres(handle)


async def _ensure_database(url: str) -> None:
    base, _, query = url.partition("?")  # the query may hold a socket path with slashes
    prefix, name = base.rsplit("/", 1)
    admin = f"{prefix}/postgres" + (f"?{query}" if query else "")
    conn = await asyncpg.connect(admin.replace("postgres://", "postgresql://", 1))
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
async def migrated(service_urls: tuple[str, str]) -> AsyncIterator[str]:
    """A database rebuilt from the migrations, with Tortoise connected for the session."""
    from api.migrate import upgrade
    from domain import db
    from domain.hooks_setup import register_hooks

    database_url, _ = service_urls
    await _ensure_database(database_url)
    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()
    await upgrade(database_url)
    await db.init(database_url, pool_size=30)
    register_hooks()
    yield database_url
    await db.close()


@pytest.fixture(scope="session")
async def redis_client(service_urls: tuple[str, str]) -> AsyncIterator[ArqRedis]:
    from workers import queue

    pool = await queue.connect(service_urls[1])
    yield pool
    await pool.aclose()


@pytest.fixture
async def database(migrated: str, redis_client: ArqRedis) -> AsyncIterator[str]:
    """Empty tables and an empty Redis database for this test."""
    from domain import db

    rows = await db.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    if rows:
        names = ", ".join(f'"{r["tablename"]}"' for r in rows)
        await db.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    await redis_client.flushdb()
    from domain import cache
    from workers import queue

    queue.install_enqueuer(redis_client)  # an app lifespan in an earlier test may have replaced it
    cache.set_redis(redis_client)
    cache.clear_local_caches()
    yield migrated


@pytest.fixture
def list_fields(request: pytest.FixtureRequest, database: str) -> Iterator[object]:
    """The flat-statement check for the fields in the test's `list_fields` marker."""
    from schema.build import schema
    from tests.statements import ListFieldCheck

    marker = request.node.get_closest_marker("list_fields")
    check = ListFieldCheck(schema._schema, set(marker.args) if marker else set())
    yield check
    check.verify()
