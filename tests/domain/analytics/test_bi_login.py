"""A BI login reads every analytics view over a real connection and nothing else."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date
from urllib.parse import urlsplit

import asyncpg
import pytest

from domain.analytics import refresh, roles, views
from domain.analytics.rollups import ROLLUPS
from domain.clock import utc_now
from domain.errors import DomainError
from tests.domain.analytics.data import PHONE, seed

PASSWORD = "s3cret-for-bi-tests"
MARCH_1, MARCH_2 = date(2026, 3, 1), date(2026, 3, 2)  # the seed's orders, in Shanghai


def _dsn(url: str, user: str | None = None, password: str | None = None) -> str:
    parts = urlsplit(url.replace("postgres://", "postgresql://", 1))
    if user is None:
        return parts.geturl()
    # a socket URL (the embedded server's `?host=/path`) has no host part; keep its query
    host = f"{parts.hostname}:{parts.port or 5432}" if parts.hostname else ""
    query = f"?{parts.query}" if parts.query else ""
    return f"postgresql://{user}:{password}@{host}{parts.path}{query}"


def _login_name(url: str) -> str:
    # roles are shared by every database of the cluster: one login name per test database
    return re.sub(r"[^a-z0-9_]", "_", f"bi_{urlsplit(url).path.lstrip('/').lower()}")[:63]


@pytest.fixture
async def admin(database: str) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(_dsn(database))
    yield conn
    await conn.close()


@pytest.fixture
async def login(database: str, admin: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    name = _login_name(database)
    if name in await roles.list_logins(admin):
        await roles.revoke_login(admin, name)
    await roles.grant_login(admin, name, password=PASSWORD)
    conn = await asyncpg.connect(_dsn(database, name, PASSWORD))
    yield conn
    await conn.close()
    await roles.revoke_login(admin, name)


async def test_login_is_read_only_with_timeout_and_search_path(login: asyncpg.Connection) -> None:
    # when
    settings = await login.fetchrow(
        "SELECT current_setting('default_transaction_read_only') AS ro,"
        " current_setting('statement_timeout') AS timeout, current_setting('search_path') AS path,"
        " (SELECT rolconnlimit FROM pg_roles WHERE rolname = current_user) AS limit"
    )
    # then
    assert dict(settings) == {"ro": "on", "timeout": "30s", "path": "analytics", "limit": 10}


async def test_login_reads_every_view_of_the_schema(database, login: asyncpg.Connection) -> None:
    # given the seed written, and its rollups refreshed (its events bypass the writer, so the
    # days around them are rebuilt too)
    await seed()
    await refresh.refresh_dirty(now=utc_now())
    await refresh.rebuild_range(MARCH_1, MARCH_2)
    # when
    names = [
        r["table_name"]
        for r in await login.fetch(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'analytics'"
            " ORDER BY 1"
        )
    ]
    counts = {name: await login.fetchval(f"SELECT count(*) FROM {name}") for name in names}
    # then
    assert sorted(names) == sorted(views.VIEWS)
    assert counts["fact_order_line"] == 3
    assert counts["fact_points_entry"] == 3
    assert counts["fact_event"] == 2
    assert counts["dim_member"] == 2
    assert counts["dim_date"] == 18628
    assert {name: counts[name] for name in ROLLUPS} == {
        "sales_daily": 2,  # the member's order on 1 March, the anonymous one on 2 March
        "category_daily": 3,  # 1 March: the skin-care item and the uncategorised one; 2 March
        "item_monthly": 2,
        "members_daily": 2,
        "member_monthly": 1,
        "points_daily": 2,  # credits and a debit, today
        "coupon_daily": 0,
        "event_daily": 2,
    }
    net = await login.fetch("SELECT day, is_member, net_cents FROM sales_daily ORDER BY day")
    assert [tuple(r) for r in net] == [(MARCH_1, True, 0), (MARCH_2, False, 7500)]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO analytics.dim_store (store_id, store_code, store_name) VALUES (9, 'X', 'X')",
        "UPDATE analytics.dim_store SET city = 'X'",
        "DELETE FROM analytics.fact_event",
        "CREATE TABLE analytics.leak (id int)",
        "CREATE TABLE public.leak (id int)",
        "CREATE VIEW analytics.leak AS SELECT 1",
        "UPDATE public.members SET city = 'X'",
    ],
)
async def test_login_cannot_write_even_after_lifting_read_only(
    database, login: asyncpg.Connection, statement: str
) -> None:
    # given
    await seed()
    # when / then: refused by default (privileges are checked before read-only)
    with pytest.raises((asyncpg.ReadOnlySQLTransactionError, asyncpg.InsufficientPrivilegeError)):
        await login.execute(statement)
    # when / then: the grants hold once the session asks for read-write
    await login.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await login.execute(statement)


async def test_login_sessions_are_read_only_by_default(login: asyncpg.Connection) -> None:
    # when / then: even what every role may do (a temporary table) is refused while read-only
    with pytest.raises(asyncpg.ReadOnlySQLTransactionError):
        await login.execute("CREATE TEMP TABLE scratch (id int)")


async def test_login_reads_no_public_table(
    database, admin: asyncpg.Connection, login: asyncpg.Connection
) -> None:
    # given
    await seed()
    tables = [
        r["tablename"]
        for r in await admin.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    ]
    # then
    assert {"members", "orders", "member_identities", "order_lines"} <= set(tables)
    for table in tables:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await login.fetch(f'SELECT * FROM public."{table}" LIMIT 1')


async def test_no_phone_number_in_any_view(
    database, admin: asyncpg.Connection, login: asyncpg.Connection
) -> None:
    # given: the phone is in the raw tables (identity, order identity, event properties)
    seeded = await seed()
    assert (
        await admin.fetchval("SELECT count(*) FROM member_identities WHERE value = $1", PHONE) == 1
    )
    assert (
        await admin.fetchval(
            "SELECT count(*) FROM orders WHERE identity_value = $1 AND member_id = $2",
            PHONE,
            seeded.member_id,
        )
        == 1
    )
    columns = await login.fetch(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'analytics'"
        " AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')"
    )
    # when
    hits = {
        (c["table_name"], c["column_name"]): await login.fetchval(
            f"SELECT count(*) FROM analytics.{c['table_name']}"
            f' WHERE "{c["column_name"]}"::text LIKE $1',
            f"%{PHONE[-8:]}%",
        )
        for c in columns
    }
    whole_rows = {
        name: await login.fetchval(
            f"SELECT count(*) FROM analytics.{name} t WHERE t::text LIKE $1", f"%{PHONE[-8:]}%"
        )
        for name in views.VIEWS
        if name != "dim_date"
    }
    # then
    assert len(hits) > 20
    assert set(hits.values()) == {0}
    assert set(whole_rows.values()) == {0}


@pytest.mark.parametrize(
    ("_case", "name", "password", "timeout", "limit", "field"),
    [
        ("upper case", "Finebi", None, 30, 10, "name"),
        ("leading digit", "1bi", None, 30, 10, "name"),
        ("quote", 'bi"; drop', None, 30, 10, "name"),
        ("too long", "b" * 64, None, 30, 10, "name"),
        ("reserved", "crm_bi", None, 30, 10, "name"),
        ("pg prefix", "pg_bi", None, 30, 10, "name"),
        ("short password", "bi_x", "short", 30, 10, "password"),
        ("zero timeout", "bi_x", None, 0, 10, "statementTimeout"),
        ("zero limit", "bi_x", None, 30, 0, "connectionLimit"),
    ],
)
async def test_bad_input_is_refused_and_creates_nothing(
    admin: asyncpg.Connection, _case: str, name: str, password, timeout, limit, field
) -> None:
    # when
    with pytest.raises(DomainError) as error:
        await roles.grant_login(
            admin,
            name,
            password=password,
            statement_timeout_seconds=timeout,
            connection_limit=limit,
        )
    # then
    assert (error.value.code, error.value.field) == ("INVALID", field)
    assert name not in await roles.list_logins(admin)
    if name != "crm_bi":
        assert not await admin.fetchval(
            "SELECT count(*) FROM pg_roles WHERE rolname::text = $1::text", name
        )


async def test_an_existing_role_outside_the_group_is_never_touched(
    database: str, admin: asyncpg.Connection
) -> None:
    # given: a role of the application's own, not a BI login
    user = _login_name(database) + "_app"
    await admin.execute(f"DROP ROLE IF EXISTS {user}")
    await admin.execute(f"CREATE ROLE {user} LOGIN CREATEDB")
    try:
        # when
        with pytest.raises(DomainError) as granted:
            await roles.grant_login(admin, user)
        with pytest.raises(DomainError) as revoked:
            await roles.revoke_login(admin, user)
        kept = await admin.fetchrow(
            "SELECT rolcreatedb, rolconfig FROM pg_roles WHERE rolname = $1", user
        )
    finally:
        await admin.execute(f"DROP ROLE {user}")
    # then
    assert (granted.value.code, granted.value.field) == ("CONFLICT", "name")
    assert (revoked.value.code, revoked.value.field) == ("CONFLICT", "name")
    assert tuple(kept.values()) == (True, None)


async def test_grant_is_idempotent_and_revoke_drops_the_login(
    database: str, admin: asyncpg.Connection
) -> None:
    # given
    name = _login_name(database) + "_x"
    first = await roles.grant_login(admin, name)
    try:
        # when
        again = await roles.grant_login(
            admin, name, statement_timeout_seconds=60, connection_limit=3
        )
        settings = await admin.fetchval(
            "SELECT setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole"
            " WHERE r.rolname = $1",
            name,
        )
        limit = await admin.fetchval("SELECT rolconnlimit FROM pg_roles WHERE rolname = $1", name)
    finally:
        await roles.revoke_login(admin, name)
    # then
    assert first.created and first.password and len(first.password) >= 24
    assert not again.created and again.password is None
    assert sorted(settings) == [
        "default_transaction_read_only=on",
        "search_path=analytics",
        "statement_timeout=60s",
    ]
    assert limit == 3
    assert name not in await roles.list_logins(admin)
    assert name not in await roles.list_logins(admin)
    if name != "crm_bi":
        assert not await admin.fetchval(
            "SELECT count(*) FROM pg_roles WHERE rolname::text = $1::text", name
        )
    with pytest.raises(DomainError) as missing:
        await roles.revoke_login(admin, name)
    assert (missing.value.code, missing.value.field) == ("NOT_FOUND", "name")
