"""Checking a segment definition: its shape, and the tags, values and events it names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from domain import db
from domain.audience import dsl
from domain.errors import ErrorCode
from domain.segments.models import IdentityList, Segment
from domain.tags import definitions as tags_definitions

MAX_DEPTH = 6


MAX_NODES = 50


def _walk(node: dsl.Definition, path: str = "definition") -> Iterator[tuple[Any, str]]:
    yield node, path
    if isinstance(node, dsl.And | dsl.Or):
        key = "and" if isinstance(node, dsl.And) else "or"
        for index, item in enumerate(node.items):
            yield from _walk(item, f"{path}.{key}[{index}]")
    elif isinstance(node, dsl.Not):
        yield from _walk(node.item, f"{path}.not")


def _invalid(
    message: str, field: str, code: ErrorCode = ErrorCode.INVALID
) -> dsl.InvalidDefinition:
    return dsl.InvalidDefinition(message, field=field, code=code)


def _check_tag(
    node: dsl.TagCondition, path: str, meta: dict[str, Any] | None, raw_values: list[Any]
) -> None:
    tag = (meta or {}).get("tags", {}).get(node.tag_code)
    if tag is None:
        raise _invalid(
            f"unknown or not yet computed tag {node.tag_code!r}",
            f"{path}.tag_code",
            ErrorCode.UNKNOWN_TAG,
        )
    if node.op is dsl.TagOp.RANGE:
        if not tag["number"]:
            raise _invalid("this tag has no number to range over", f"{path}.op")
        return
    for index, value in enumerate(raw_values):
        if value not in tag["labels"]:
            raise _invalid(
                f"one of {', '.join(map(str, tag['labels']))}", f"{path}.values[{index}]"
            )


def _raw_at(data: Any, path: str) -> Any:
    """The raw JSON under a definition path (values keep the order the caller gave)."""
    for name, index in re.findall(r"\.(\w+)(?:\[(\d+)\])?", path):
        data = data.get(name) if isinstance(data, dict) else None
        if index and isinstance(data, list):
            data = data[int(index)]
    return data


def _check_event(
    spec: dsl.EventSpec, path: str, events: set[str], metric: dsl.Metric | None
) -> None:
    if spec.source is dsl.Source.EVENT:
        if spec.event_name is not None and spec.event_name not in events:
            raise _invalid(
                f"unknown event {spec.event_name!r}", f"{path}.event_name", ErrorCode.UNKNOWN_EVENT
            )
        for name in ("category_ids", "brand_ids"):
            if getattr(spec.filters, name):
                raise _invalid(
                    "events filter by item, store, channel or property", f"{path}.filters.{name}"
                )
        if metric is dsl.Metric.AMOUNT:
            raise _invalid("events have no amount", f"{path}.metric")
    elif spec.filters.properties:
        raise _invalid("orders have no properties", f"{path}.filters.properties")


async def check_definition(
    data: Any, *, segment_id: int | None = None, meta: dict[str, Any] | None = None
) -> dsl.Definition:
    """Parse and validate a definition's JSON form; errors carry a code and the path."""
    definition = dsl.from_dict(data)
    saved = {s.id: s.definition for s in await Segment.all().only("id", "definition")}

    def resolve(other: int) -> dsl.Definition | None:
        raw = saved.get(other)
        return dsl.from_dict(raw) if raw is not None else None

    dsl.validate(
        definition,
        max_depth=MAX_DEPTH,
        max_nodes=MAX_NODES,
        resolve_segment=resolve,
        segment_id=segment_id,
    )
    events = await tags_definitions.sources_event_names()
    lists = [n.list_id for n, _ in _walk(definition) if isinstance(n, dsl.IdentityList)]
    known_lists = set(await db.values_of(IdentityList.filter(id__in=lists), "id"))
    for node, path in _walk(definition):
        match node:
            case dsl.TagCondition():
                raw = _raw_at(data, f"{path}.tag") or {}
                _check_tag(node, f"{path}.tag", meta, list(raw.get("values") or node.values))
            case dsl.BehaviourCondition():
                spec = dsl.EventSpec(node.source, node.event_name, node.filters)
                _check_event(spec, f"{path}.behaviour", events, node.metric)
            case dsl.Sequence():
                _check_event(node.first, f"{path}.sequence.first", events, None)
                _check_event(node.then, f"{path}.sequence.then", events, None)
            case dsl.IdentityList() if node.list_id not in known_lists:
                raise _invalid(
                    f"identity list {node.list_id} not found",
                    f"{path}.list.list_id",
                    ErrorCode.NOT_FOUND,
                )
    return definition
