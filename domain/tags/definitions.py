"""The tag catalogue: built-in tags, defining and listing tags, their categories."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from domain import config_history, db
from domain.errors import DomainError, ErrorCode
from domain.orders import events as events_service
from domain.tags.catalog import SYSTEM_TAGS, validate_rule
from domain.tags.models import (
    RefreshSchedule,
    TagCategory,
    TagDefinition,
    TagKind,
    TagStatus,
)

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


async def ensure_system_tags() -> None:
    """Create the built-in tags (profile attributes and value models) if missing."""
    category, _ = await TagCategory.get_or_create(code="system", defaults={"name": "Built-in"})
    for code, name, kind, rule in SYSTEM_TAGS:
        await TagDefinition.get_or_create(
            code=code,
            defaults={
                "name": name,
                "kind": kind,
                "rule": rule,
                "owner": "system",
                "status": TagStatus.ONLINE,
                "system": True,
                "category_id": category.id,
            },
        )


async def _category_for(path: list[str]) -> int | None:
    parent: int | None = None
    for depth, name in enumerate(path):
        if not name.strip() or len(name) > 60:
            raise DomainError("Category names are 1-60 characters.", field=f"category[{depth}]")
        code = "/".join(p.strip().lower() for p in path[: depth + 1])[:64]
        category, _ = await TagCategory.get_or_create(
            code=code, defaults={"name": name.strip(), "parent_id": parent}
        )
        parent = category.id
    return parent


@dataclass(frozen=True)
class TagSpec:
    """What staff give to define or change a tag."""

    code: str
    name: str
    kind: TagKind
    owner: str
    description: str = ""
    category: tuple[str, ...] = ()
    rule: dict[str, Any] | None = None
    refresh: RefreshSchedule = RefreshSchedule.DAILY
    status: TagStatus = TagStatus.DRAFT
    value_labels: tuple[str, ...] = ()


async def define_tag(spec: TagSpec) -> TagDefinition:
    """Create or change a tag by code; the rule is checked before anything is written."""
    if not CODE_PATTERN.match(spec.code):
        raise DomainError("Codes are 2-64 of a-z, 0-9, _ starting with a letter.", field="code")
    if not spec.name.strip() or len(spec.name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    event_names = await sources_event_names()
    validate_rule(spec.kind, spec.rule or {}, list(spec.value_labels), event_names)
    async with db.transaction():
        existing = await TagDefinition.select_for_update().get_or_none(code=spec.code)
        if existing is not None and existing.system:
            raise DomainError(
                "Built-in tags cannot be redefined.", field="code", code=ErrorCode.CONFLICT
            )
        if existing is not None and existing.status == TagStatus.RETIRED:
            raise DomainError(
                "A retired tag stays retired.", field="status", code=ErrorCode.INVALID_STATE
            )
        values: dict[str, Any] = {
            "name": spec.name.strip(),
            "kind": spec.kind,
            "owner": spec.owner,
            "description": spec.description,
            "category_id": await _category_for(list(spec.category)),
            "rule": spec.rule or {},
            "refresh": spec.refresh,
            "status": spec.status,
            "value_labels": list(spec.value_labels),
        }
        if existing is None:
            tag = await TagDefinition.create(code=spec.code, **values)
        else:
            await TagDefinition.filter(id=existing.id).update(**values)
            tag = await TagDefinition.get(id=existing.id)
        await _record(existing, tag)
        return tag


async def _record(before: TagDefinition | None, after: TagDefinition) -> None:
    """History of a tag change; moving it to RETIRED is its retirement."""
    retired = after.status == TagStatus.RETIRED and (
        before is None or before.status != after.status
    )
    await config_history.record(
        "Tag",
        after.id,
        before=config_history.snapshot(before),
        after=config_history.snapshot(after),
        action=config_history.ConfigChangeAction.RETIRE if retired else None,
    )


async def sources_event_names() -> set[str]:
    """Defined behaviour event names (through the orders area's service)."""
    return {d.name for d in await events_service.list_definitions()}


async def list_tags(status: TagStatus | None = None) -> list[TagDefinition]:
    """Tag definitions by code, built-ins included."""
    if not await TagDefinition.filter(system=True).exists():
        await ensure_system_tags()
    query = TagDefinition.all()
    if status is not None:
        query = query.filter(status=status)
    return list(await query.order_by("code"))


async def categories_by_ids(ids: list[int]) -> list[TagCategory | None]:
    """Categories aligned to ids."""
    found = await TagCategory.in_bulk(ids, "id")
    return [found.get(i) for i in ids]


async def get_tag(code: str) -> TagDefinition | None:
    """A tag by code."""
    return await TagDefinition.get_or_none(code=code)


async def tags_by_ids(ids: list[int]) -> list[TagDefinition | None]:
    """Tag definitions aligned to ids."""
    return await db.rows_by_ids(TagDefinition, ids)


async def tags_page(
    *, status: TagStatus | None, after_id: int | None, limit: int
) -> list[TagDefinition]:
    """Tag definitions by id, built-ins included, one keyset page."""
    if not await TagDefinition.filter(system=True).exists():
        await ensure_system_tags()
    query = TagDefinition.all() if status is None else TagDefinition.filter(status=status)
    return await db.page_by_id(query, after_id=after_id, limit=limit)
