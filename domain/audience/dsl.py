"""The audience definition language: frozen dataclasses, JSON form, validation and compilation.

JSON form: every node is an object with one key naming its kind, so error paths read like
`definition.and[2].behaviour.window_days`:

    {"and": [node, ...]}   {"or": [node, ...]}   {"not": node}
    {"tag": {"tag_code": "rfm", "op": "IN", "values": ["IMPORTANT_VALUE"]}}
    {"behaviour": {"source": "ORDER", "metric": "AMOUNT", "op": "GTE", "value": 10000,
                   "window_days": 30, "filters": {"brand_ids": [3]}}}
    {"sequence": {"first": {"source": "EVENT", "event_name": "add_to_cart"},
                  "then": {"source": "ORDER"}, "within_days": 3, "negate_then": true}}
    {"segment": {"segment_id": 7}}   {"list": {"list_id": 2}}
    {"fact": {"kind": "POINTS_BALANCE", "op": "GTE", "value": 5000}}   (domain/audience/facts.py)

Behaviour semantics: the metric over the last `window_days` days is compared inclusively with
`value` (BETWEEN: value <= metric <= value_to); AMOUNT is in cents. Members with no activity have
metric 0, so `COUNT LTE 2` includes them. A Sequence holds when some `first` event (within the
optional lookback `window_days`) is followed by a `then` event within `within_days`; with
`negate_then` it holds when some `first` event is not followed by one.

`compile` turns a definition into a Plan: a tree of AND / OR / NOT (relative to the universe of
members) over LEAF bitmaps. Each leaf has a cache key `<kind>:<sha256 of its canonical JSON>` that
does not depend on where the leaf sits, so equal conditions share one bitmap; a behaviour leaf's
bitmap also depends on the day it is computed for, which the caller adds to its cache key.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np

from domain.audience.facts import FactCondition as FactCondition
from domain.audience.facts import check_fact, fact_from_dict, fact_to_dict
from domain.audience.terms import MAX_LIST_ITEMS as MAX_LIST_ITEMS
from domain.audience.terms import MAX_WINDOW_DAYS as MAX_WINDOW_DAYS
from domain.audience.terms import Comparison as Comparison
from domain.audience.terms import InvalidDefinition as InvalidDefinition
from domain.errors import ErrorCode

MAX_PARSE_DEPTH = 64

Scalar = str | int | float


class TagOp(StrEnum):
    """How a TagCondition matches the member's tag value."""

    EQUALS = "EQUALS"
    IN = "IN"
    RANGE = "RANGE"


class Source(StrEnum):
    """Where behaviour comes from: orders or tracked events."""

    ORDER = "ORDER"
    EVENT = "EVENT"


class Metric(StrEnum):
    """What is measured over the window: occurrences, amount in cents, or active days."""

    COUNT = "COUNT"
    AMOUNT = "AMOUNT"
    DISTINCT_DAYS = "DISTINCT_DAYS"


class PlanOp(StrEnum):
    """Bitmap operation of a plan node."""

    AND = "AND"
    OR = "OR"
    NOT = "NOT"
    LEAF = "LEAF"


def _scalar_sort_key(value: Scalar) -> tuple[str, Scalar]:
    return (type(value).__name__, value)


def _value_set(values: Iterable[Scalar]) -> tuple[Scalar, ...]:
    """Distinct values in a stable order, so equal sets compare and hash equal."""
    return tuple(sorted(set(values), key=_scalar_sort_key))


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on the orders or events counted; empty means no restriction."""

    item_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    brand_ids: tuple[int, ...] = ()
    store_codes: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    properties: tuple[tuple[str, Scalar], ...] = ()

    def __post_init__(self) -> None:
        for name in ("item_ids", "category_ids", "brand_ids", "store_codes", "channels"):
            object.__setattr__(self, name, _value_set(getattr(self, name)))
        pairs = self.properties
        items = pairs.items() if isinstance(pairs, Mapping) else pairs
        object.__setattr__(self, "properties", tuple(sorted(dict(items).items())))


NO_FILTERS = Filters()


@dataclass(frozen=True, slots=True)
class EventSpec:
    """One kind of order or event in a Sequence; `event_name` None means any event."""

    source: Source
    event_name: str | None = None
    filters: Filters = NO_FILTERS


@dataclass(frozen=True, slots=True)
class And:
    """Members matching every item."""

    items: tuple[Definition, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True, slots=True)
class Or:
    """Members matching at least one item."""

    items: tuple[Definition, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True, slots=True)
class Not:
    """Members of the universe not matching the item."""

    item: Definition


@dataclass(frozen=True, slots=True)
class TagCondition:
    """Tag value EQUALS values[0], is IN values, or lies in the RANGE [min, max] (open if None)."""

    tag_code: str
    op: TagOp
    values: tuple[Scalar, ...] = ()
    min: float | None = None
    max: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", _value_set(self.values))


@dataclass(frozen=True, slots=True)
class BehaviourCondition:
    """A metric of orders or events over the last `window_days` days compared with `value`."""

    source: Source
    metric: Metric
    op: Comparison
    value: float
    window_days: int
    event_name: str | None = None
    value_to: float | None = None
    filters: Filters = NO_FILTERS


@dataclass(frozen=True, slots=True)
class Sequence:
    """Did `first` and then `then` within `within_days` (or not `then`, with negate_then)."""

    first: EventSpec
    then: EventSpec
    within_days: int
    negate_then: bool = False
    window_days: int | None = None


@dataclass(frozen=True, slots=True)
class SegmentRef:
    """Members of another saved segment."""

    segment_id: int


@dataclass(frozen=True, slots=True)
class IdentityList:
    """Members of an uploaded identity list."""

    list_id: int


Leaf = TagCondition | BehaviourCondition | Sequence | SegmentRef | IdentityList | FactCondition
Definition = And | Or | Not | Leaf
SegmentResolver = Callable[[int], "Definition | None"]

_LEAF_KINDS: dict[type, str] = {
    IdentityList: "list",
    SegmentRef: "segment",
    TagCondition: "tag",
    BehaviourCondition: "behaviour",
    Sequence: "sequence",
    FactCondition: "fact",
}


# ---------------------------------------------------------------- JSON form


def _filters_to_dict(filters: Filters) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in ("item_ids", "category_ids", "brand_ids", "store_codes", "channels"):
        if values := getattr(filters, name):
            data[name] = list(values)
    if filters.properties:
        data["properties"] = dict(filters.properties)
    return data


def _event_to_dict(spec: EventSpec) -> dict[str, Any]:
    data: dict[str, Any] = {"source": spec.source.value}
    if spec.event_name is not None:
        data["event_name"] = spec.event_name
    if spec.filters != NO_FILTERS:
        data["filters"] = _filters_to_dict(spec.filters)
    return data


def _leaf_body(node: Leaf) -> dict[str, Any]:
    match node:
        case TagCondition():
            body: dict[str, Any] = {"tag_code": node.tag_code, "op": node.op.value}
            if node.values:
                body["values"] = list(node.values)
            body.update({k: v for k, v in (("min", node.min), ("max", node.max)) if v is not None})
            return body
        case BehaviourCondition():
            body = _event_to_dict(EventSpec(node.source, node.event_name, node.filters))
            body.update(metric=node.metric.value, op=node.op.value, value=node.value)
            if node.value_to is not None:
                body["value_to"] = node.value_to
            body["window_days"] = node.window_days
            return body
        case Sequence():
            body = {
                "first": _event_to_dict(node.first),
                "then": _event_to_dict(node.then),
                "within_days": node.within_days,
                "negate_then": node.negate_then,
            }
            if node.window_days is not None:
                body["window_days"] = node.window_days
            return body
        case SegmentRef():
            return {"segment_id": node.segment_id}
        case IdentityList():
            return {"list_id": node.list_id}
        case FactCondition():
            return fact_to_dict(node)
    raise InvalidDefinition(f"not a definition node: {type(node).__name__}", field="definition")


def to_dict(defn: Definition) -> dict[str, Any]:
    """The JSON-ready form of a definition (see the module docstring)."""
    match defn:
        case And():
            return {"and": [to_dict(item) for item in defn.items]}
        case Or():
            return {"or": [to_dict(item) for item in defn.items]}
        case Not():
            return {"not": to_dict(defn.item)}
    return {_LEAF_KINDS[type(defn)]: _leaf_body(defn)}


class _Body:
    """Typed reads from one JSON object, each failure naming its path."""

    def __init__(self, data: object, path: str, allowed: Iterable[str]) -> None:
        if not isinstance(data, dict):
            raise InvalidDefinition("expected an object", field=path)
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise InvalidDefinition("unknown field", field=f"{path}.{unknown[0]}")
        self.data = data
        self.path = path

    def get(self, key: str, kinds: tuple[type, ...], *, required: bool = False) -> Any:
        value = self.data.get(key)
        if value is None:
            if required:
                raise InvalidDefinition(
                    f"{key} is required", field=f"{self.path}.{key}", code=ErrorCode.REQUIRED
                )
            return None
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            raise InvalidDefinition(f"{key} has the wrong type", field=f"{self.path}.{key}")
        return value

    def enum(self, key: str, kind: type[StrEnum]) -> Any:
        value = self.get(key, (str,), required=True)
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(kind.__members__)
            raise InvalidDefinition(f"one of {choices}", field=f"{self.path}.{key}") from None

    def values(self, key: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
        values = self.get(key, (list,)) or []
        for index, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, kinds):
                raise InvalidDefinition("wrong item type", field=f"{self.path}.{key}[{index}]")
        return tuple(values)


_NUMBER = (int, float)
_FILTER_KINDS = {
    "item_ids": (int,),
    "category_ids": (int,),
    "brand_ids": (int,),
    "store_codes": (str,),
    "channels": (str,),
}


def _filters_from_dict(data: object, path: str) -> Filters:
    if data is None:
        return NO_FILTERS
    body = _Body(data, path, [*_FILTER_KINDS, "properties"])
    properties = body.get("properties", (dict,)) or {}
    for key, value in properties.items():
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise InvalidDefinition("property values are scalars", field=f"{path}.properties.{key}")
    lists = {name: body.values(name, kinds) for name, kinds in _FILTER_KINDS.items()}
    return Filters(**lists, properties=tuple(properties.items()))


def _event_fields(body: _Body) -> dict[str, Any]:
    return {
        "source": body.enum("source", Source),
        "event_name": body.get("event_name", (str,)),
        "filters": _filters_from_dict(body.data.get("filters"), f"{body.path}.filters"),
    }


def _event_from_dict(data: object, path: str) -> EventSpec:
    return EventSpec(**_event_fields(_Body(data, path, ["source", "event_name", "filters"])))


def _leaf_from_dict(kind: str, data: object, path: str) -> Leaf:
    if kind == "tag":
        body = _Body(data, path, ["tag_code", "op", "values", "min", "max"])
        return TagCondition(
            tag_code=body.get("tag_code", (str,), required=True),
            op=body.enum("op", TagOp),
            values=body.values("values", (str, int, float)),
            min=body.get("min", _NUMBER),
            max=body.get("max", _NUMBER),
        )
    if kind == "behaviour":
        keys = ["source", "event_name", "filters", "metric", "op", "value", "value_to"]
        body = _Body(data, path, [*keys, "window_days"])
        return BehaviourCondition(
            **_event_fields(body),
            metric=body.enum("metric", Metric),
            op=body.enum("op", Comparison),
            value=body.get("value", _NUMBER, required=True),
            value_to=body.get("value_to", _NUMBER),
            window_days=body.get("window_days", (int,), required=True),
        )
    if kind == "sequence":
        body = _Body(data, path, ["first", "then", "within_days", "negate_then", "window_days"])
        return Sequence(
            first=_event_from_dict(body.get("first", (dict,), required=True), f"{path}.first"),
            then=_event_from_dict(body.get("then", (dict,), required=True), f"{path}.then"),
            within_days=body.get("within_days", (int,), required=True),
            negate_then=bool(body.get("negate_then", (bool,))),
            window_days=body.get("window_days", (int,)),
        )
    if kind == "fact":
        return fact_from_dict(data, path)
    if kind == "segment":
        return SegmentRef(
            _Body(data, path, ["segment_id"]).get("segment_id", (int,), required=True)
        )
    return IdentityList(_Body(data, path, ["list_id"]).get("list_id", (int,), required=True))


def from_dict(data: object, *, path: str = "definition", _depth: int = 1) -> Definition:
    """Parse the JSON form; malformed input raises InvalidDefinition naming the path."""
    if _depth > MAX_PARSE_DEPTH:
        raise InvalidDefinition(
            "definition is nested too deeply", field=path, code=ErrorCode.DEFINITION_TOO_COMPLEX
        )
    kinds = ("and", "or", "not", *_LEAF_KINDS.values())
    if not isinstance(data, dict) or len(data) != 1 or next(iter(data)) not in kinds:
        raise InvalidDefinition(
            f"expected an object with one key of {', '.join(kinds)}", field=path
        )
    kind, body = next(iter(data.items()))
    if kind in ("and", "or"):
        if not isinstance(body, list):
            raise InvalidDefinition("expected a list", field=f"{path}.{kind}")
        items = tuple(
            from_dict(item, path=f"{path}.{kind}[{index}]", _depth=_depth + 1)
            for index, item in enumerate(body)
        )
        return And(items) if kind == "and" else Or(items)
    if kind == "not":
        return Not(from_dict(body, path=f"{path}.not", _depth=_depth + 1))
    return _leaf_from_dict(kind, body, f"{path}.{kind}")


# ---------------------------------------------------------------- validation


def _children(defn: Definition, path: str) -> list[tuple[Definition, str]]:
    match defn:
        case And() | Or():
            key = "and" if isinstance(defn, And) else "or"
            return [(item, f"{path}.{key}[{i}]") for i, item in enumerate(defn.items)]
        case Not():
            return [(defn.item, f"{path}.not")]
    return []


def _walk(
    defn: Definition, path: str = "definition", depth: int = 1
) -> Iterator[tuple[Definition, str, int]]:
    """Yield (node, path, depth) for every node, parents first."""
    yield defn, path, depth
    for child, child_path in _children(defn, path):
        yield from _walk(child, child_path, depth + 1)


def _check_window(days: object, path: str, *, required: bool = True) -> None:
    if days is None and not required:
        return
    if not isinstance(days, int) or isinstance(days, bool) or not 0 < days <= MAX_WINDOW_DAYS:
        raise InvalidDefinition(
            f"a window is 1 to {MAX_WINDOW_DAYS} days", field=path, code=ErrorCode.INVALID_WINDOW
        )


def _check_event(spec: EventSpec, path: str) -> None:
    if spec.source is Source.ORDER and spec.event_name is not None:
        raise InvalidDefinition("orders take no event name", field=f"{path}.event_name")
    if spec.event_name is not None and not spec.event_name.strip():
        raise InvalidDefinition("event name is empty", field=f"{path}.event_name")
    filters = spec.filters
    for name in ("item_ids", "category_ids", "brand_ids", "store_codes", "channels", "properties"):
        if len(getattr(filters, name)) > MAX_LIST_ITEMS:
            raise InvalidDefinition(
                f"at most {MAX_LIST_ITEMS} entries",
                field=f"{path}.filters.{name}",
                code=ErrorCode.TOO_MANY,
            )


def _is_finite(value: object) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def _check_tag(node: TagCondition, path: str, known_tags: set[str] | None) -> None:
    if not node.tag_code.strip():
        raise InvalidDefinition("tag code is empty", field=f"{path}.tag_code")
    if known_tags is not None and node.tag_code not in known_tags:
        raise InvalidDefinition(
            f"unknown tag {node.tag_code!r}", field=f"{path}.tag_code", code=ErrorCode.UNKNOWN_TAG
        )
    for name, value in (("min", node.min), ("max", node.max), ("values", node.values)):
        if not all(map(_is_finite, value if isinstance(value, tuple) else (value,))):
            raise InvalidDefinition("numbers must be finite", field=f"{path}.{name}")
    if node.op is TagOp.RANGE:
        if node.values:
            raise InvalidDefinition("RANGE takes min and max, not values", field=f"{path}.values")
        if node.min is None and node.max is None:
            raise InvalidDefinition("RANGE needs min or max", field=f"{path}.min")
        if node.min is not None and node.max is not None and node.min > node.max:
            raise InvalidDefinition("min exceeds max", field=f"{path}.max")
        return
    if node.min is not None or node.max is not None:
        raise InvalidDefinition(f"{node.op} takes values only", field=f"{path}.min")
    if not node.values or (node.op is TagOp.EQUALS and len(node.values) != 1):
        expected = "one value" if node.op is TagOp.EQUALS else "at least one value"
        raise InvalidDefinition(f"{node.op} needs {expected}", field=f"{path}.values")
    if len(node.values) > MAX_LIST_ITEMS:
        raise InvalidDefinition(
            f"at most {MAX_LIST_ITEMS} values", field=f"{path}.values", code=ErrorCode.TOO_MANY
        )


def _check_behaviour(node: BehaviourCondition, path: str) -> None:
    _check_window(node.window_days, f"{path}.window_days")
    _check_event(EventSpec(node.source, node.event_name, node.filters), path)
    for name in ("value", "value_to"):
        if not _is_finite(getattr(node, name)):
            raise InvalidDefinition("numbers must be finite", field=f"{path}.{name}")
    if node.value < 0:
        raise InvalidDefinition("value must not be negative", field=f"{path}.value")
    if node.op is Comparison.BETWEEN:
        if node.value_to is None:
            raise InvalidDefinition(
                "BETWEEN needs value_to", field=f"{path}.value_to", code=ErrorCode.REQUIRED
            )
        if node.value_to < node.value:
            raise InvalidDefinition("value_to is below value", field=f"{path}.value_to")
    elif node.value_to is not None:
        raise InvalidDefinition(f"{node.op} takes no value_to", field=f"{path}.value_to")


class _SegmentGraph:
    """Depth-first walk of segment references that reports cycles and missing segments."""

    def __init__(self, resolve: SegmentResolver, own_id: int | None) -> None:
        self.resolve = resolve
        self.own_id = own_id
        self.finished: set[int] = set()

    def check(self, segment_id: int, path: str) -> None:
        chain = [] if self.own_id is None else [self.own_id]
        self._visit(segment_id, chain, path)

    def _visit(self, segment_id: int, chain: list[int], path: str) -> None:
        if segment_id in chain:
            loop = " -> ".join(str(i) for i in [*chain, segment_id])
            raise InvalidDefinition(
                f"segment references form a cycle: {loop}",
                field=path,
                code=ErrorCode.SEGMENT_CYCLE,
            )
        if segment_id in self.finished:
            return
        definition = self.resolve(segment_id)
        if definition is None:
            raise InvalidDefinition(
                f"segment {segment_id} not found", field=path, code=ErrorCode.NOT_FOUND
            )
        for node, _, _ in _walk(definition):
            if isinstance(node, SegmentRef):
                self._visit(node.segment_id, [*chain, segment_id], path)
        self.finished.add(segment_id)


def validate(
    defn: Definition,
    *,
    known_tags: set[str] | None = None,
    max_depth: int = 6,
    max_nodes: int = 50,
    resolve_segment: SegmentResolver | None = None,
    segment_id: int | None = None,
) -> None:
    """Raise InvalidDefinition (code and path) for the first problem; `segment_id` is our own id."""
    nodes = list(_walk(defn))
    if len(nodes) > max_nodes:
        raise InvalidDefinition(
            f"at most {max_nodes} conditions",
            field="definition",
            code=ErrorCode.DEFINITION_TOO_COMPLEX,
        )
    graph = _SegmentGraph(resolve_segment, segment_id) if resolve_segment is not None else None
    for node, path, depth in nodes:
        if depth > max_depth:
            raise InvalidDefinition(
                f"at most {max_depth} levels", field=path, code=ErrorCode.DEFINITION_TOO_COMPLEX
            )
        match node:
            case And() | Or() if not node.items:
                key = "and" if isinstance(node, And) else "or"
                raise InvalidDefinition("needs at least one condition", field=f"{path}.{key}")
            case TagCondition():
                _check_tag(node, f"{path}.tag", known_tags)
            case BehaviourCondition():
                _check_behaviour(node, f"{path}.behaviour")
            case Sequence():
                _check_window(node.within_days, f"{path}.sequence.within_days")
                _check_window(node.window_days, f"{path}.sequence.window_days", required=False)
                _check_event(node.first, f"{path}.sequence.first")
                _check_event(node.then, f"{path}.sequence.then")
            case FactCondition():
                check_fact(node, f"{path}.fact")
            case SegmentRef() if graph is not None:
                graph.check(node.segment_id, f"{path}.segment.segment_id")


# ---------------------------------------------------------------- compilation


def _canonical(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    return value


def canonical_json(data: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, whole floats written as integers."""
    return json.dumps(_canonical(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def leaf_key(condition: Leaf) -> str:
    """Stable cache key of a leaf: `<kind>:<first 32 hex digits of sha256(canonical JSON)>`."""
    digest = hashlib.sha256(canonical_json(to_dict(condition)).encode()).hexdigest()
    return f"{_LEAF_KINDS[type(condition)]}:{digest[:32]}"


@dataclass(frozen=True, slots=True)
class PlanNode:
    """AND / OR over children, NOT of one child (within the universe), or a LEAF bitmap."""

    op: PlanOp
    children: tuple[PlanNode, ...] = ()
    key: str = ""
    condition: Leaf | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A compiled definition: the operation tree, its leaves by key, and a key for the whole."""

    root: PlanNode
    leaves: Mapping[str, Leaf]
    key: str


def _leaf(condition: Leaf) -> PlanNode:
    return PlanNode(PlanOp.LEAF, key=leaf_key(condition), condition=condition)


def _combine(op: PlanOp, children: list[PlanNode]) -> PlanNode:
    flat: dict[str, PlanNode] = {}
    for child in children:
        for part in child.children if child.op is op else (child,):
            flat.setdefault(part.key, part)
    if not flat:
        raise InvalidDefinition(f"{op} needs at least one condition", field="definition")
    if len(flat) == 1:
        return next(iter(flat.values()))
    ordered = sorted(flat.values(), key=lambda node: (_rank(node), node.key))
    parts = ",".join(node.key for node in ordered)
    digest = hashlib.sha256(f"{op}({parts})".encode()).hexdigest()[:32]
    return PlanNode(op, tuple(ordered), key=f"{op.lower()}:{digest}")


def _negate(child: PlanNode) -> PlanNode:
    if child.op is PlanOp.NOT:
        return child.children[0]
    digest = hashlib.sha256(f"NOT({child.key})".encode()).hexdigest()[:32]
    return PlanNode(PlanOp.NOT, (child,), key=f"not:{digest}")


# Stored bitmaps (lists, segments, tags) before computed ones; negations last, so that an AND
# can run them as ANDNOT against what came before.
_KIND_RANK = {"list": 0, "segment": 1, "tag": 2, "fact": 3, "behaviour": 3, "sequence": 4}


def _rank(node: PlanNode) -> int:
    if node.op is PlanOp.LEAF:
        return _KIND_RANK[node.key.partition(":")[0]]
    return 6 if node.op is PlanOp.NOT else 5


def _lower(defn: Definition) -> PlanNode:
    match defn:
        case And():
            return _combine(PlanOp.AND, [_lower(item) for item in defn.items])
        case Or():
            return _combine(PlanOp.OR, [_lower(item) for item in defn.items])
        case Not():
            return _negate(_lower(defn.item))
        case TagCondition(op=TagOp.IN):
            # One leaf per value: those are the per-value tag bitmaps kept in Redis.
            equals = [TagCondition(defn.tag_code, TagOp.EQUALS, (value,)) for value in defn.values]
            return _combine(PlanOp.OR, [_leaf(condition) for condition in equals])
    return _leaf(defn)


def _collect_leaves(node: PlanNode, leaves: dict[str, Leaf]) -> None:
    if node.condition is not None:
        leaves[node.key] = node.condition
    for child in node.children:
        _collect_leaves(child, leaves)


def compile(defn: Definition) -> Plan:
    """Compile a validated definition into a flattened, de-duplicated plan of bitmap operations."""
    root = _lower(defn)
    leaves: dict[str, Leaf] = {}
    _collect_leaves(root, leaves)
    return Plan(root=root, leaves=leaves, key=root.key)


def _fit(bitmap: np.ndarray, size: int) -> np.ndarray:
    bitmap = np.asarray(bitmap, dtype=bool)
    if bitmap.size >= size:
        return bitmap[:size]
    return np.concatenate([bitmap, np.zeros(size - bitmap.size, dtype=bool)])


def evaluate_plan(
    plan: Plan, leaf_bitmaps: Mapping[str, np.ndarray], universe: np.ndarray
) -> np.ndarray:
    """Reference evaluation over boolean arrays; leaves are padded or cut to the universe."""
    universe = np.asarray(universe, dtype=bool)

    def run(node: PlanNode) -> np.ndarray:
        result: np.ndarray
        if node.op is PlanOp.LEAF:
            if node.key not in leaf_bitmaps:
                raise InvalidDefinition(
                    "no bitmap for leaf", field=f"leaf_bitmaps.{node.key}", code=ErrorCode.NOT_FOUND
                )
            result = _fit(leaf_bitmaps[node.key], universe.size) & universe
            return result
        if node.op is PlanOp.NOT:
            result = universe & ~run(node.children[0])
            return result
        reduce = np.logical_and.reduce if node.op is PlanOp.AND else np.logical_or.reduce
        result = reduce([run(child) for child in node.children])
        return result

    return run(plan.root)
