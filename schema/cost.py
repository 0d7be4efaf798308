"""Query cost: an estimate of an operation's work, checked against a budget per role before
anything executes.

Each object costs 1, each call of an async (I/O) resolver more, scalars nothing; lists multiply
what is under them by `first` (or the field's default, or the page size) and nest.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_leaf_type,
)
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from domain.access import Role
from schema.relay import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

OBJECT_COST = 1
RESOLVER_COST = 2  # an async resolver: a loader call or a query of its own
ROOT_QUERY_COST = 25  # a top-level field goes to the database unbatched, often twice
ROOT_MUTATION_COST = 250  # a write: ~30 ms of locks, checks and its transaction
# Top-level queries measured at several times the default (bench/limits.py).
ROOT_FIELD_COSTS = {
    "wallet": 60,
    "recommendations": 100,
    "memberLevel": 60,
    "memberPrivileges": 60,
    "pointStatement": 60,
    "memberPortrait": 100,
    "segmentPreview": 100,
    "quoteCoupons": 60,
}
SIZE_ARGUMENTS = ("first", "sampleSize", "size")
# Lists without a size argument whose length is known to be small.
LIST_SIZES = {"errors": 1, "Member.identities": 5, "IdentityList.unmatched": 20}
# Largest sizes other than MAX_PAGE_SIZE, and the resolvers that clamp a larger one instead of
# refusing it.
SIZE_CAPS = {"Segment.history": 366, "Query.lookalikeMembers": 10_000}
CLAMPED = {"Segment.history", "MemberPortrait.timeline", "Query.segmentPreview"}
# Lists as long as a list argument (the resolver refuses one over the page size).
LENGTH_ARGUMENTS = {"Query.nodes": "ids"}

# Budgets by role: a member's page stays within ~100 ms of server time (bench/RESULTS.md).
DEFAULT_BUDGETS: Mapping[str, int] = {
    "anonymous": 1000,
    Role.MEMBER.value: 1000,
    Role.STAFF.value: 20000,
    Role.SERVICE.value: 20000,
    Role.BI.value: 50000,
    # A visitor's screens are a product page: recommendations and a coupon list.
    Role.VISITOR.value: 500,
}


@dataclass(frozen=True)
class FieldInfo:
    """What the cost walk needs to know about one field of the schema."""

    resolver_cost: int  # paid once per call of the field
    object_cost: int  # paid per object it returns
    is_list: bool
    size_argument: str | None
    default_size: int | None
    cap: int
    clamped: bool


@lru_cache(maxsize=4096)
def _field_info(schema: GraphQLSchema, parent: GraphQLObjectType, name: str) -> FieldInfo | None:
    definition = parent.fields.get(name)
    if definition is None:
        return None
    field_type = definition.type
    while isinstance(field_type, GraphQLNonNull):
        field_type = field_type.of_type
    strawberry_field = definition.extensions.get("strawberry-definition")
    does_io = bool(strawberry_field and strawberry_field.is_async)
    if parent is schema.mutation_type:
        own = ROOT_MUTATION_COST
    elif parent is schema.query_type:
        own = ROOT_FIELD_COSTS.get(name, ROOT_QUERY_COST)
    else:
        own = RESOLVER_COST if does_io else 0
    size_argument = next((a for a in SIZE_ARGUMENTS if a in definition.args), None)
    default = definition.args[size_argument].default_value if size_argument else None
    return FieldInfo(
        resolver_cost=own,
        object_cost=0 if is_leaf_type(get_named_type(definition.type)) else OBJECT_COST,
        is_list=isinstance(field_type, GraphQLList),
        size_argument=size_argument,
        default_size=default if isinstance(default, int) else None,
        cap=SIZE_CAPS.get(f"{parent.name}.{name}", MAX_PAGE_SIZE),
        clamped=f"{parent.name}.{name}" in CLAMPED,
    )


@dataclass
class CostWalk:
    """One walk over an operation; `fragments` and `variables` come from the request."""

    schema: GraphQLSchema
    fragments: dict[str, FragmentDefinitionNode]
    variables: Mapping[str, Any]
    visiting: set[str] = field(default_factory=set)

    def selection_cost(
        self, selections: SelectionSetNode | None, parent: Any, page: int | None
    ) -> int:
        """Cost of one object's selections; `page` sizes lists of a paginated parent."""
        if isinstance(parent, GraphQLInterfaceType) and selections is not None:
            # Each object is one of the implementing types; price the dearest.
            possible = self.schema.get_possible_types(parent)
            return max((self.selection_cost(selections, t, page) for t in possible), default=0)
        if selections is None or not isinstance(parent, GraphQLObjectType):
            return 0
        total = 0
        for node, on_type in self._fields(selections, parent):
            total += self.field_cost(node, on_type, page)
        return total

    def field_cost(self, node: FieldNode, parent: GraphQLObjectType, page: int | None) -> int:
        """Cost of a field resolved once: itself, and its selections times its list size."""
        name = node.name.value
        if name.startswith("__"):
            return 0  # introspection is in memory and gated separately
        info = _field_info(self.schema, parent, name)
        if info is None:
            return 0
        size = self._size(node, info)
        child_type = get_named_type(parent.fields[name].type)
        if info.is_list:
            count = (
                size
                or self._length(node, LENGTH_ARGUMENTS.get(f"{parent.name}.{name}"))
                or page
                or LIST_SIZES.get(f"{parent.name}.{name}", LIST_SIZES.get(name, DEFAULT_PAGE_SIZE))
            )
            per_item = info.object_cost + self.selection_cost(node.selection_set, child_type, None)
            return info.resolver_cost + count * per_item
        # A connection-like object: its lists (edges, nodes) are as long as the page asked for.
        children = self.selection_cost(node.selection_set, child_type, size)
        return info.resolver_cost + info.object_cost + children

    def _length(self, node: FieldNode, argument_name: str | None) -> int | None:
        """The length of a list argument, literal or variable, capped at the page size."""
        if argument_name is None:
            return None
        for argument in node.arguments or ():
            if argument.name.value != argument_name:
                continue
            value: Any = argument.value
            if isinstance(value, VariableNode):
                value = self.variables.get(value.name.value)
            elif isinstance(value, ListValueNode):
                value = value.values
            if isinstance(value, list | tuple):
                return min(max(1, len(value)), MAX_PAGE_SIZE)
        return None

    def _size(self, node: FieldNode, info: FieldInfo) -> int | None:
        if info.size_argument is None:
            return None
        value: Any = info.default_size
        for argument in node.arguments or ():
            if argument.name.value != info.size_argument:
                continue
            if isinstance(argument.value, IntValueNode):
                value = int(argument.value.value)
            elif isinstance(argument.value, VariableNode):
                value = self.variables.get(argument.value.name.value, value)
        if not isinstance(value, int):
            return DEFAULT_PAGE_SIZE
        if value > info.cap:
            # Refused by the resolver (TOO_MANY) before any work, or clamped to the cap.
            return info.cap if info.clamped else 1
        return max(1, value)

    def _fields(
        self, selections: SelectionSetNode, parent: GraphQLObjectType
    ) -> Iterator[tuple[FieldNode, GraphQLObjectType]]:
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                on_type = self._condition(selection.type_condition, parent)
                if on_type is not None:
                    yield from self._fields(selection.selection_set, on_type)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in self.visiting:
                    continue
                on_type = self._condition(fragment.type_condition, parent)
                if on_type is None:
                    continue
                self.visiting.add(name)
                yield from self._fields(fragment.selection_set, on_type)
                self.visiting.discard(name)

    def _condition(self, condition: Any, parent: GraphQLObjectType) -> GraphQLObjectType | None:
        """The type a fragment's fields are read on; None for a fragment on another object
        type, which never applies to this object (a member of an interface or union)."""
        if condition is None:
            return parent
        found = self.schema.get_type(condition.name.value)
        if isinstance(found, GraphQLObjectType):
            return found if found is parent else None
        return parent


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None = None,
    variables: Mapping[str, Any] | None = None,
) -> int:
    """The estimated cost of the operation to run; 0 when the document names none."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    walk = CostWalk(schema, fragments, variables or {})
    return walk.selection_cost(operation.selection_set, root, None)


def budget_for(budgets: Mapping[str, int], role: str | None) -> int:
    """The budget of a role (anonymous callers have their own)."""
    key = role or "anonymous"
    return budgets.get(key, budgets.get("anonymous", DEFAULT_BUDGETS["anonymous"]))


def too_costly(cost: int, budget: int) -> GraphQLError:
    """The refusal: a top-level error with the cost and the budget."""
    return GraphQLError(
        f"Query cost {cost} exceeds the budget of {budget}; ask for fewer items or fields.",
        extensions={"code": "QUERY_TOO_COSTLY", "cost": cost, "budget": budget},
    )


class CostCache:
    """Costs of recent operations of one schema by query text, operation name and variables.

    Clients repeat a few queries with small variables, and the cost is a function of exactly
    these; walking the document again costs as much as executing a small query. Operations with
    large variables are costed each time (their key would cost as much as the walk).
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._costs: OrderedDict[tuple[str, str | None, str], int] = OrderedDict()

    def cost(
        self,
        schema: GraphQLSchema,
        query: str | None,
        document: DocumentNode,
        operation_name: str | None,
        variables: Mapping[str, Any] | None,
    ) -> int:
        """The operation's cost, from the cache when the same operation was costed lately."""
        key = _cache_key(query, operation_name, variables)
        if key is None:
            return operation_cost(schema, document, operation_name, variables)
        found = self._costs.get(key)
        if found is not None:
            self._costs.move_to_end(key)
            return found
        cost = operation_cost(schema, document, operation_name, variables)
        self._costs[key] = cost
        if len(self._costs) > self.size:
            self._costs.popitem(last=False)
        return cost


MAX_CACHED_VARIABLES = 2_000  # characters of JSON


def _cache_key(
    query: str | None, operation_name: str | None, variables: Mapping[str, Any] | None
) -> tuple[str, str | None, str] | None:
    if query is None:
        return None
    try:
        dumped = json.dumps(variables or {}, sort_keys=True)
    except (TypeError, ValueError):
        return None
    if len(dumped) > MAX_CACHED_VARIABLES:
        return None
    return query, operation_name, dumped


class QueryCostLimit(SchemaExtension):
    """Refuses an operation whose estimated cost exceeds the caller's budget, before it runs."""

    def __init__(
        self, budgets: Mapping[str, int] | None = None, cache: CostCache | None = None
    ) -> None:
        self.budgets = dict(budgets or DEFAULT_BUDGETS)
        self.cache = cache

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.result is None:
            principal = getattr(context.context, "principal", None)
            budget = budget_for(self.budgets, principal.role.value if principal else None)
            schema = context.schema._schema
            cost = (
                operation_cost(schema, document, context.operation_name, context.variables)
                if self.cache is None
                else self.cache.cost(
                    schema, context.query, document, context.operation_name, context.variables
                )
            )
            if cost > budget:
                # A result set before execution makes Strawberry skip executing the operation.
                refusal = too_costly(cost, budget)
                context.result = GraphQLExecutionResult(data=None, errors=[refusal])
        yield
