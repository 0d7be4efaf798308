"""SQL statement counting, and the check that an operation's count does not grow with its lists.

Every list field reachable from Query (a list of objects, or a connection) has a test marked
`@pytest.mark.list_fields("Type.field", ...)` that runs it through `list_fields.assert_flat`;
tests/schema/test_list_fields_counted.py fails on a list field without one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    TypeInfo,
    TypeInfoVisitor,
    Undefined,
    Visitor,
    get_named_type,
    is_leaf_type,
    parse,
    visit,
)
from tortoise.backends.asyncpg.client import AsyncpgDBClient, TransactionWrapper

from domain.access import Principal
from tests.helpers import gql

_COUNTED = (
    "execute_query",
    "execute_query_dict",
    "execute_insert",
    "execute_many",
    "execute_script",
)


def _recording(original: Any, seen: list[str]) -> Any:
    async def run(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(query)
        return await original(self, query, *args, **kwargs)

    return run


@contextmanager
def count_statements() -> Iterator[list[str]]:
    """Record every SQL statement sent through Tortoise (pool and transactions) meanwhile."""
    seen: list[str] = []
    patched = []
    for cls in (AsyncpgDBClient, TransactionWrapper):
        for name in _COUNTED:
            if name in vars(cls):
                original = vars(cls)[name]
                setattr(cls, name, _recording(original, seen))
                patched.append((cls, name, original))
    try:
        yield seen
    finally:
        for cls, name, original in patched:
            setattr(cls, name, original)


def _unwrap(graphql_type: Any) -> Any:
    while isinstance(graphql_type, GraphQLNonNull):
        graphql_type = graphql_type.of_type
    return graphql_type


def _is_connection(graphql_type: Any) -> bool:
    named = get_named_type(graphql_type)
    return isinstance(named, GraphQLObjectType) and {"edges", "pageInfo"} <= set(named.fields)


def list_fields(schema: GraphQLSchema) -> set[str]:
    """Coordinates of the fields reachable from Query that return a connection or a list of
    objects (the connections' own edges/nodes, and mutation error lists, aside)."""
    reachable: dict[str, Any] = {}
    pending: list[Any] = [schema.query_type]
    while pending:
        current = pending.pop()
        if current.name in reachable:
            continue
        reachable[current.name] = current
        for field in current.fields.values():
            named = get_named_type(field.type)
            if isinstance(named, GraphQLInterfaceType):
                pending.extend(schema.get_possible_types(named))
            if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
                pending.append(named)
    found = set()
    for name, owner in reachable.items():
        if _is_connection(owner):
            continue
        for field_name, field in owner.fields.items():
            shape = _unwrap(field.type)
            named = get_named_type(shape)
            if named.name == "UserError":
                continue  # validation messages, built without reading rows
            if _is_connection(shape) or (
                isinstance(shape, GraphQLList) and not is_leaf_type(named)
            ):
                found.add(f"{name}.{field_name}")
    return found


def coordinates(schema: GraphQLSchema, query: str) -> set[str]:
    """`Type.field` of every field an operation selects."""
    info = TypeInfo(schema)
    found: set[str] = set()

    class Fields(Visitor):
        def enter_field(self, node: Any, *_: Any) -> None:
            parent = info.get_parent_type()
            if parent is not None:
                found.add(f"{parent.name}.{node.name.value}")

    visit(parse(query), TypeInfoVisitor(info, Fields()))
    return found


def _items(data: Any) -> int:
    """How many list elements a result holds, all levels together."""
    if isinstance(data, list):
        return len(data) + sum(_items(d) for d in data)
    if isinstance(data, dict):
        return sum(_items(v) for v in data.values())
    return 0


class ListFieldCheck:
    """Runs operations at growing list lengths and remembers which fields they selected."""

    def __init__(self, schema: GraphQLSchema, declared: set[str]) -> None:
        self.schema = schema
        self.declared = declared
        self.selected: set[str] = set()

    async def assert_flat(
        self,
        query: str,
        add: Callable[[int], Awaitable[Any]],
        *,
        principal: Principal,
        variables: dict[str, Any] | Callable[[], dict[str, Any]] | None = None,
        sizes: tuple[int, int] = (1, 4),
    ) -> list[int]:
        """`add(k)` adds k more rows to every list the query reads; the statement count of the
        query (run once to warm caches, then counted) must be the same at each size."""
        self.selected |= coordinates(self.schema, query)
        counts: list[int] = []
        items: list[int] = []
        added = 0
        for size in sizes:
            await add(size - added)
            added = size
            values = variables() if callable(variables) else variables
            await gql(query, values, principal)
            with count_statements() as seen:
                result = await gql(query, values, principal)
            assert result.errors is None, result.errors
            counts.append(len(seen))
            items.append(_items(result.data))
        assert items[-1] > items[0], f"the lists did not grow: {items} items"
        assert counts[0] == counts[-1], f"{counts} statements for {items} items: {_heads(seen)}"
        return counts

    def verify(self) -> None:
        """Every field the test declares was selected by one of its operations."""
        unselected = self.declared - self.selected
        assert not unselected, f"declared but never selected: {sorted(unselected)}"


def selection(schema: GraphQLSchema, type_name: str, depth: int) -> str:
    """Every field of a type that needs no argument, objects followed `depth` levels down."""
    owner = schema.type_map[type_name]
    assert isinstance(owner, GraphQLObjectType | GraphQLInterfaceType), type_name
    parts = []
    for name, field in owner.fields.items():
        if any(_required(a) for a in field.args.values()):
            continue
        named = get_named_type(field.type)
        if is_leaf_type(named):
            parts.append(name)
        elif depth > 0 and isinstance(named, GraphQLObjectType):
            parts.append(f"{name} {{ {selection(schema, named.name, depth - 1)} }}")
    return " ".join(parts) or "__typename"


def root_query(
    schema: GraphQLSchema, field: str, arguments: str = "", depth: int = 3, declare: str = ""
) -> str:
    """An operation selecting everything under one Query field, `depth` object levels deep;
    `declare` holds its variable definitions (`$cart: CartInput!`)."""
    assert schema.query_type is not None
    named = get_named_type(schema.query_type.fields[field].type)
    assert named is not None
    call = f"{field}({arguments})" if arguments else field
    head = f"query({declare}) " if declare else ""
    return f"{head}{{ {call} {{ {selection(schema, named.name, depth)} }} }}"


def _required(argument: Any) -> bool:
    return isinstance(argument.type, GraphQLNonNull) and argument.default_value is Undefined


def _heads(statements: list[str]) -> list[str]:
    """The start of each statement, enough to tell them apart in a failure message."""
    return [" ".join(s.split())[:120] for s in statements]
