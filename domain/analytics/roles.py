"""Login roles for BI tools: members of `crm_bi`, read-only, time-limited, pinned to analytics."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import asyncpg

from domain.analytics.views import GROUP_ROLE, SCHEMA
from domain.errors import Conflict, DomainError, NotFound

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
MIN_PASSWORD = 12
MAX_TIMEOUT_SECONDS = 3600


@dataclass(frozen=True)
class Grant:
    """What a BI login was set up with; `password` is None when it was left unchanged."""

    name: str
    password: str | None
    created: bool
    statement_timeout_seconds: int
    connection_limit: int


def check_name(name: str) -> None:
    """Refuse a role name that is not a plain lower-case identifier or is reserved."""
    if not _NAME.match(name):
        raise DomainError(
            "A BI login name is 1-63 characters of a-z, 0-9 and _, not starting with a digit.",
            field="name",
        )
    if name.startswith("pg_") or name in {GROUP_ROLE, "public", "postgres"}:
        raise DomainError(f"'{name}' is a reserved role name.", field="name")


def check_settings(password: str | None, timeout_seconds: int, connection_limit: int) -> None:
    """Refuse a short password, a timeout outside 1 s..1 h, or a connection limit below -1."""
    if password is not None and (len(password) < MIN_PASSWORD or "\x00" in password):
        raise DomainError(f"A password has at least {MIN_PASSWORD} characters.", field="password")
    if not 1 <= timeout_seconds <= MAX_TIMEOUT_SECONDS:
        raise DomainError(
            f"The statement timeout is 1 to {MAX_TIMEOUT_SECONDS} seconds.",
            field="statementTimeout",
        )
    if connection_limit < -1 or connection_limit == 0:
        raise DomainError(
            "The connection limit is a positive number, or -1 for none.", field="connectionLimit"
        )


async def _is_bi_login(conn: asyncpg.Connection, name: str) -> bool | None:
    """None when no such role exists, else whether it is a member of the BI group."""
    exists = await conn.fetchval("SELECT true FROM pg_roles WHERE rolname = $1", name)
    if not exists:
        return None
    return bool(
        await conn.fetchval(
            """SELECT true FROM pg_auth_members am
                 JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles r ON r.oid = am.member
                WHERE g.rolname = $1 AND r.rolname = $2""",
            GROUP_ROLE,
            name,
        )
    )


async def _ddl(conn: asyncpg.Connection, template: str, *args: object) -> None:
    # DDL takes no parameters: let PostgreSQL quote identifiers (%I) and literals (%L)
    await conn.execute(await conn.fetchval(f"SELECT format('{template}', {_casts(args)})", *args))


def _casts(args: tuple[object, ...]) -> str:
    return ", ".join(f"${i}::text" for i in range(1, len(args) + 1))


async def grant_login(
    conn: asyncpg.Connection,
    name: str,
    *,
    password: str | None = None,
    statement_timeout_seconds: int = 30,
    connection_limit: int = 10,
) -> Grant:
    """Create or update a read-only BI login in `crm_bi`. Idempotent: a second call with the same
    arguments leaves the same role; an existing login keeps its password unless one is given."""
    check_name(name)
    check_settings(password, statement_timeout_seconds, connection_limit)
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext('crm_bi_logins'))")
        membership = await _is_bi_login(conn, name)
        if membership is False:
            raise Conflict(f"Role '{name}' exists and is not a BI login.", field="name")
        created = membership is None
        if created and password is None:
            password = secrets.token_urlsafe(24)
        if created:
            await _ddl(conn, "CREATE ROLE %I LOGIN IN ROLE %I", name, GROUP_ROLE)
        limit = str(connection_limit)
        await _ddl(
            conn,
            "ALTER ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT %s",
            name,
            limit,
        )
        if password is not None:
            await _ddl(conn, "ALTER ROLE %I PASSWORD %L", name, password)
        await _ddl(conn, "ALTER ROLE %I SET default_transaction_read_only = on", name)
        await _ddl(
            conn, "ALTER ROLE %I SET statement_timeout = %L", name, f"{statement_timeout_seconds}s"
        )
        await _ddl(conn, "ALTER ROLE %I SET search_path = %I", name, SCHEMA)
    return Grant(name, password, created, statement_timeout_seconds, connection_limit)


async def revoke_login(conn: asyncpg.Connection, name: str) -> None:
    """Drop a BI login; refuses roles that are not members of `crm_bi`."""
    check_name(name)
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext('crm_bi_logins'))")
        membership = await _is_bi_login(conn, name)
        if membership is None:
            raise NotFound(f"No BI login '{name}'.", field="name")
        if not membership:
            raise Conflict(f"Role '{name}' is not a BI login.", field="name")
        await _ddl(conn, "DROP ROLE %I", name)


async def list_logins(conn: asyncpg.Connection) -> list[str]:
    """The names of the BI logins, sorted."""
    rows = await conn.fetch(
        """SELECT r.rolname FROM pg_auth_members am
             JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles r ON r.oid = am.member
            WHERE g.rolname = $1 ORDER BY 1""",
        GROUP_ROLE,
    )
    return [r["rolname"] for r in rows]
