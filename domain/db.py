"""Transactions, raw SQL access and the idempotent insert every value-moving write relies on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionContext
from tortoise.models import Model
from tortoise.transactions import in_transaction

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


async def init(database_url: str, pool_size: int = 20) -> None:
    """Connect Tortoise for this process (usable from every task)."""
    await Tortoise.init(
        config=tortoise_config(database_url, pool_size), _enable_global_fallback=True
    )


async def close() -> None:
    """Close this process's database connections."""
    await Tortoise.close_connections()


def transaction() -> TransactionContext:
    """A database transaction (nested calls become savepoints)."""
    return in_transaction("default")


def connection() -> BaseDBAsyncClient:
    """The current connection: the open transaction if there is one, else the pool."""
    return connections.get("default")


async def fetch(sql: str, *params: Any, conn: BaseDBAsyncClient | None = None) -> list[dict]:
    """Rows of a raw SQL query as dicts."""
    return list(await (conn or connection()).execute_query_dict(sql, list(params)))


async def fetch_one(sql: str, *params: Any, conn: BaseDBAsyncClient | None = None) -> dict | None:
    """The first row of a raw SQL query, or None."""
    rows = await fetch(sql, *params, conn=conn)
    return rows[0] if rows else None


async def execute(sql: str, *params: Any, conn: BaseDBAsyncClient | None = None) -> int:
    """Run a statement and return the number of rows it touched."""
    count, _ = await (conn or connection()).execute_query(sql, list(params))
    return int(count)


def column_of(model: type[Model], field_name: str) -> str:
    """The database column behind a model field (foreign keys map to their *_id column)."""
    meta = model._meta
    if field_name in meta.fk_fields or field_name in meta.o2o_fields:
        field_name = f"{field_name}_id"
    return meta.fields_db_projection.get(field_name, field_name)


async def idempotent_insert(
    model: type[M],
    *,
    conflict: Sequence[str],
    values: dict[str, Any],
    conn: BaseDBAsyncClient | None = None,
) -> tuple[M, bool]:
    """Insert a row unless one with the same `conflict` columns exists; return (row, created).

    Uses `ON CONFLICT DO NOTHING`, so it is safe inside a transaction and under races: the loser
    of a race gets the winner's row and `created=False`.
    """
    conn = conn or connection()
    columns = [column_of(model, name) for name in values]
    placeholders = ", ".join(f"${i}" for i in range(1, len(columns) + 1))
    conflict_cols = ", ".join(column_of(model, name) for name in conflict)
    params = [_db_value(model, name, value) for name, value in values.items()]
    table = model._meta.db_table
    sql = (
        f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({placeholders}) '
        f"ON CONFLICT ({conflict_cols}) DO NOTHING RETURNING id"
    )
    rows = await conn.execute_query_dict(sql, params)
    lookup = {name: values[name] for name in conflict}
    if rows:
        return await model.get(id=rows[0]["id"]).using_db(conn), True
    return await model.get(**lookup).using_db(conn), False


def _db_value(model: type[Model], name: str, value: Any) -> Any:
    """Convert a Python value to what asyncpg expects for the field (JSON, enums, FKs)."""
    meta = model._meta
    if isinstance(value, Model):
        return value.pk
    field = meta.fields_map.get(name)
    if field is not None and name not in meta.fk_fields:
        return field.to_db_value(value, model)
    return value
