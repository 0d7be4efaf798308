"""Transactions and raw SQL access."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, cast

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionContext
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from domain import logs
from domain.registry import MODEL_MODULES

M = TypeVar("M", bound=Model)


def tortoise_config(database_url: str, pool_size: int = 20) -> dict[str, Any]:
    """The Tortoise configuration for one PostgreSQL database with every domain model."""
    url = database_url.replace("postgresql://", "postgres://", 1)
    if "maxsize=" not in url:
        url += ("&" if "?" in url else "?") + f"maxsize={pool_size}"
    return {
        "connections": {"default": url},
        "apps": {
            "models": {
                "models": [*MODEL_MODULES, "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


async def _keep_session(connection: Any) -> None:
    """Pool release hook in place of asyncpg's default reset query.

    asyncpg rolls back an open transaction before calling it either way. The default also sends
    `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL` after every statement
    run outside a transaction, a second round trip each time; nothing here leaves that session
    state behind (advisory locks are transaction-scoped, no LISTEN, no SET, no open cursor).
    """


async def _count_statements(connection: Any) -> None:
    """New-connection hook: every statement counts toward the current log scope."""
    connection.add_query_logger(logs.count_statement)


async def init(database_url: str, pool_size: int = 20) -> None:
    """Connect Tortoise for this process (usable from every task)."""
    config = tortoise_config(database_url, pool_size)
    default = expand_db_url(config["connections"]["default"])
    default["credentials"]["reset"] = _keep_session
    default["credentials"]["init"] = _count_statements
    config["connections"]["default"] = default
    await Tortoise.init(config=config, _enable_global_fallback=True)


async def close() -> None:
    """Close this process's database connections."""
    await Tortoise.close_connections()


def transaction() -> TransactionContext:
    """A database transaction (nested calls become savepoints)."""
    return in_transaction("default")


def connection() -> BaseDBAsyncClient:
    """The current connection: the open transaction if there is one, else the pool."""
    result: BaseDBAsyncClient = connections.get("default")
    return result


async def fetch(
    sql: str, *params: Any, conn: BaseDBAsyncClient | None = None
) -> list[dict[str, Any]]:
    """Rows of a raw SQL query as dicts."""
    return list(await (conn or connection()).execute_query_dict(sql, list(params)))


async def fetch_one(
    sql: str, *params: Any, conn: BaseDBAsyncClient | None = None
) -> dict[str, Any] | None:
    """The first row of a raw SQL query, or None."""
    rows = await fetch(sql, *params, conn=conn)
    return rows[0] if rows else None


async def execute(sql: str, *params: Any, conn: BaseDBAsyncClient | None = None) -> int:
    """Run a statement and return the number of rows it touched."""
    count, _ = await (conn or connection()).execute_query(sql, list(params))
    return int(count)


async def values_of(query: QuerySet[M], field_name: str) -> list[Any]:
    """One field of every row of a query (`values_list(field, flat=True)`, which Tortoise's
    annotations type as tuples)."""
    return cast(list[Any], await query.values_list(field_name, flat=True))


async def rows_by_ids(model: type[M], ids: Sequence[int]) -> list[M | None]:
    """Rows of one table aligned to ids, None where unknown, in one statement."""
    found = await model.in_bulk(list(set(ids)), "id") if ids else {}
    return [found.get(i) for i in ids]


async def page_by_id(
    query: QuerySet[M], *, after_id: int | None, limit: int, newest_first: bool = False
) -> list[M]:
    """One keyset page of configuration rows by id (oldest first unless `newest_first`)."""
    if after_id is not None:
        query = query.filter(id__lt=after_id) if newest_first else query.filter(id__gt=after_id)
    return list(await query.order_by("-id" if newest_first else "id").limit(limit))
