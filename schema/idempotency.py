"""The one shape of an idempotent mutation: `domain.idempotency.run_once` for the caller, keyed
by the input's idempotencyKey or by a natural key the sender cannot change (an order
reference). Used with `@returns_errors`, which reports what the first run refused."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from domain import idempotency
from schema.context import Info

R = TypeVar("R")
Row = TypeVar("Row", bound="_HasId")


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Replay(Generic[R]):
    """How a first result is stored (ids, not objects) and rebuilt on a replay."""

    remember: Callable[[R], dict[str, Any]]
    recall: Callable[[dict[str, Any]], Awaitable[R]]


def by_id(get: Callable[[int], Awaitable[Row]]) -> Replay[Row]:
    """Remember a row by its id; a replay loads it again with `get`."""
    return Replay(remember=lambda done: {"id": done.id}, recall=lambda stored: get(stored["id"]))


@dataclass(frozen=True, slots=True)
class NaturalKey:
    """A key of the sender's own (an order reference, a payment number): it belongs to `scope`
    whoever sends it (None: the caller's own scope), errors name `field`, and by default a
    refused request leaves no record, so it may be sent again once what it refers to is
    corrected."""

    value: str
    field: str
    scope: str | None
    keep_failures: bool = False


async def run_once(
    info: Info,
    operation: str,
    key: str | NaturalKey,
    request: Mapping[str, Any],
    call: Callable[[str], Awaitable[R]],
    replay: Replay[R],
) -> R:
    """Run `call(scoped_key)` once per (caller, operation, key); a replay of the key returns the
    first outcome, and the same key with another `request` is IDEMPOTENCY_KEY_REUSED."""
    if isinstance(key, NaturalKey):
        value, scope, field, keep_failures = key.value, key.scope, key.field, key.keep_failures
    else:
        value, scope, field, keep_failures = key, None, "idempotencyKey", True
    return await idempotency.run_once(
        principal=info.context.principal,
        operation=operation,
        key=value,
        request=request,
        call=call,
        remember=replay.remember,
        recall=replay.recall,
        scope=scope,
        keep_failures=keep_failures,
        key_field=field,
    )
