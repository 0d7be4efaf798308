"""Configuration history: who defined, changed or retired which configuration row, and how.

Every writer of configuration (rules, templates, ladders, slots ...) calls `record` inside the
transaction of its change, so a change and its history commit or roll back together. The actor
is whoever the current request acts for (`acting_as`), set once per operation by the caller's
outermost layer so that configuration writers need not thread it through every signature.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import decimal
import enum
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from tortoise import fields
from tortoise.models import Model

from domain.db import transaction
from domain.errors import NotFound

SYSTEM_ACTOR = "system"

M = TypeVar("M", bound=Model)

_actor: contextvars.ContextVar[str] = contextvars.ContextVar("config_actor", default=SYSTEM_ACTOR)


class ConfigChangeAction(enum.StrEnum):
    DEFINE = "DEFINE"
    UPDATE = "UPDATE"
    RETIRE = "RETIRE"


class ConfigChange(Model):
    """One define, update or retire of a configuration row, with snapshots before and after."""

    id = fields.BigIntField(primary_key=True)
    object_type = fields.CharField(max_length=40)
    object_id = fields.CharField(max_length=64)
    action = fields.CharEnumField(ConfigChangeAction, max_length=10)
    actor = fields.CharField(max_length=100)
    before: dict[str, Any] | None = fields.JSONField(null=True)
    after: dict[str, Any] | None = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "config_changes"
        indexes = (("object_type", "object_id", "id"),)


@contextmanager
def acting_as(actor: str) -> Iterator[None]:
    """Attribute the configuration changes made inside the block to `actor`."""
    token = _actor.set(actor[:100] or SYSTEM_ACTOR)
    try:
        yield
    finally:
        _actor.reset(token)


def current_actor() -> str:
    """The actor configuration changes are attributed to right now."""
    return _actor.get()


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def snapshot(row: Model | None) -> dict[str, Any] | None:
    """The stored columns of a row as JSON (None for no row)."""
    if row is None:
        return None
    return {name: _plain(getattr(row, name)) for name in row._meta.db_fields}


def snapshot_many(rows: Sequence[Model]) -> dict[str, Any]:
    """Several rows defined together (a ladder's levels) as one snapshot keyed by id."""
    return {str(row.pk): snapshot(row) for row in rows}


async def record(
    object_type: str,
    object_id: object,
    *,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    action: ConfigChangeAction | None = None,
) -> ConfigChange | None:
    """Record one change in the caller's transaction; nothing when before equals after.

    The action defaults to DEFINE without a before and UPDATE with one.
    """
    if before is not None and before == after:
        return None
    if action is None:
        action = ConfigChangeAction.DEFINE if before is None else ConfigChangeAction.UPDATE
    return await ConfigChange.create(
        object_type=object_type,
        object_id=str(object_id),
        action=action,
        actor=current_actor(),
        before=before,
        after=after,
    )


async def changes(
    object_type: str, object_id: object, *, after_id: int | None, limit: int
) -> list[ConfigChange]:
    """Changes of one object oldest first, after a keyset position."""
    query = ConfigChange.filter(object_type=object_type, object_id=str(object_id))
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return list(await query.order_by("id").limit(limit))


async def upsert(
    model: type[M],
    object_type: str,
    *,
    defaults: dict[str, Any],
    named_by: str = "pk",
    **lookup: Any,
) -> M:
    """`update_or_create` of a configuration row by its natural key, recorded as a change.

    History names the row by `named_by`: its id, or the code clients know it by.
    """
    async with transaction():
        before = await model.select_for_update().get_or_none(**lookup)
        row, _ = await model.update_or_create(defaults=defaults, **lookup)
        await record(
            object_type, getattr(row, named_by), before=snapshot(before), after=snapshot(row)
        )
    return row


async def create(model: type[M], object_type: str, **values: Any) -> M:
    """Create a configuration row, recorded as its definition."""
    async with transaction():
        row = await model.create(**values)
        await record(object_type, row.pk, before=None, after=snapshot(row))
    return row


async def retire_row(
    model: type[M], row_id: int, object_type: str, *, named_by: str = "pk", **changes: Any
) -> M:
    """Set the retiring columns of one configuration row (`active=False`) and record it.

    Retiring twice changes nothing and records nothing; an unknown id is NOT_FOUND.
    """
    async with transaction():
        row = await model.select_for_update().get_or_none(id=row_id)
        if row is None:
            raise NotFound(f"No {object_type} with id {row_id}.", field="id")
        before = snapshot(row)
        for name, value in changes.items():
            setattr(row, name, value)
        await row.save(update_fields=list(changes))
        await record(
            object_type,
            getattr(row, named_by),
            before=before,
            after=snapshot(row),
            action=ConfigChangeAction.RETIRE,
        )
    return row
