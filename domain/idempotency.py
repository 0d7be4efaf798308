"""Idempotency keys that belong to their caller: one outcome per (caller, operation, key).

A request with an idempotency key is recorded in the same transaction as its work. A replay with
the same request gets the first outcome (success or business failure), also while the first is
still running: the replay's insert of the same record waits on the first transaction's
uncommitted row, then reads what it recorded. A replay whose request differs is refused with
IDEMPOTENCY_KEY_REUSED, as Stripe does. Unexpected exceptions record nothing, so a retry runs anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar

import orjson
from tortoise import fields
from tortoise.models import Model

from domain import db
from domain.access import Principal
from domain.errors import DomainError, ErrorCode

T = TypeVar("T")

MAX_KEY_LENGTH = 100
SCOPED_KEY_LENGTH = 200  # the width of the idempotency_key columns the scoped key is stored in


class IdempotencyRecord(Model):
    """The first outcome of a keyed request: DONE with a result, or FAILED with its error."""

    id = fields.BigIntField(primary_key=True)
    scope = fields.CharField(max_length=80)
    operation = fields.CharField(max_length=64)
    key = fields.CharField(max_length=MAX_KEY_LENGTH)
    fingerprint = fields.CharField(max_length=64)
    outcome = fields.CharField(max_length=10)
    result: dict[str, Any] | None = fields.JSONField(null=True)
    error: dict[str, Any] | None = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_records"
        unique_together = (("scope", "operation", "key"),)


class IdempotencyKeyReused(DomainError):
    code = ErrorCode.IDEMPOTENCY_KEY_REUSED


def scope_of(principal: Principal | None) -> str:
    """The owner of a caller's keys: the member for member tokens, else role and subject."""
    if principal is None:
        return "anonymous"
    if principal.member_id is not None and principal.is_member:
        return f"member:{principal.member_id}"
    return f"{principal.role.value}:{principal.subject}"[:80]


def check_key(key: str, field: str = "idempotencyKey") -> str:
    """A usable key: 1 to 100 printable characters."""
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise DomainError(
            f"An idempotency key is 1 to {MAX_KEY_LENGTH} printable characters.",
            field=field,
            code=ErrorCode.INVALID,
        )
    return key


def scoped_key(scope: str, key: str) -> str:
    """The key as stored by the services: unique per caller, so callers never share a row."""
    return f"{scope}|{key}"[:SCOPED_KEY_LENGTH]


def fingerprint(request: Mapping[str, Any]) -> str:
    """A stable digest of the request's parameters (key excluded)."""
    canonical = orjson.dumps(dict(request), option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.sha256(canonical).hexdigest()


async def run_once(
    *,
    principal: Principal | None,
    operation: str,
    key: str,
    request: Mapping[str, Any],
    call: Callable[[str], Awaitable[T]],
    remember: Callable[[T], dict[str, Any]],
    recall: Callable[[dict[str, Any]], Awaitable[T]],
    scope: str | None = None,
    keep_failures: bool = True,
    key_field: str = "idempotencyKey",
) -> T:
    """Run `call(scoped_key)` once per (caller, operation, key); replays get the first outcome.

    `remember` turns the result into JSON to store (ids, not objects); `recall` rebuilds the
    result from it on a replay. `scope` overrides the caller's own scope where a natural key
    belongs to something other than the caller (e.g. a refund number of an order system).
    `keep_failures=False` records only successes, for natural keys (an order or refund number)
    that the sender cannot change: a refused request leaves no record, so it may be sent again
    once what it refers to is corrected (an unknown item, say, or points topped up).
    `key_field` names the input the key came from in errors (a natural key's own field).
    """
    check_key(key, key_field)
    owner = scope or scope_of(principal)
    digest = fingerprint(request)
    failure: DomainError | None = None
    async with db.transaction() as conn:
        rows = await conn.execute_query_dict(
            "INSERT INTO idempotency_records (scope, operation, key, fingerprint, outcome, "
            "created_at) VALUES ($1, $2, $3, $4, 'RUNNING', now()) "
            "ON CONFLICT (scope, operation, key) DO NOTHING RETURNING id",
            [owner, operation, key, digest],
        )
        if not rows:
            return await _replay(owner, operation, key, digest, recall, conn, key_field)
        record_id = rows[0]["id"]
        try:
            async with db.transaction():  # a savepoint: a refused request leaves nothing behind
                result = await call(scoped_key(owner, key))
        except DomainError as error:
            if not keep_failures:
                raise  # rolls the record back with the work
            failure = error
            await _finish(conn, record_id, "FAILED", None, _error_json(error))
        else:
            await _finish(conn, record_id, "DONE", remember(result), None)
    if failure is not None:
        raise failure
    return result


async def _replay(
    owner: str,
    operation: str,
    key: str,
    digest: str,
    recall: Callable[[dict[str, Any]], Awaitable[T]],
    conn: Any,
    key_field: str,
) -> T:
    record = (
        await IdempotencyRecord.filter(scope=owner, operation=operation, key=key)
        .using_db(conn)
        .first()
    )
    if record is None:  # the first request rolled back between our insert and this read
        raise DomainError(
            "The first request with this key is being retried; send it again.",
            field=key_field,
            code=ErrorCode.CONFLICT,
        )
    if record.fingerprint != digest:
        raise IdempotencyKeyReused("This key was used for a different request.", field=key_field)
    if record.outcome == "FAILED" and record.error is not None:
        raise DomainError(
            record.error["message"],
            field=record.error.get("field"),
            code=ErrorCode(record.error["code"]),
        )
    return await recall(record.result or {})


async def _finish(
    conn: Any,
    record_id: int,
    outcome: str,
    result: dict[str, Any] | None,
    error: dict[str, Any] | None,
) -> None:
    await conn.execute_query(
        "UPDATE idempotency_records SET outcome = $2, result = $3, error = $4 WHERE id = $1",
        [
            record_id,
            outcome,
            None if result is None else orjson.dumps(result).decode(),
            None if error is None else orjson.dumps(error).decode(),
        ],
    )


def _error_json(error: DomainError) -> dict[str, Any]:
    return {"code": error.code.value, "field": error.field, "message": error.message}


RECORD_RETENTION = timedelta(days=30)


async def purge_records(now: datetime, keep: timedelta = RECORD_RETENTION) -> int:
    """Delete records older than `keep`; returns how many went. A key older than that is new
    again here, while the ledger's own unique entry keys still refuse a second credit."""
    return await db.execute("DELETE FROM idempotency_records WHERE created_at < $1", now - keep)
