"""`node(id:)` and `nodes(ids:)`: any object by its global id, as far as the caller may see it."""

from __future__ import annotations

import asyncio
import inspect
from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated, Any

import strawberry

from domain.access import Scope
from domain.errors import ErrorCode
from schema.context import Info
from schema.errors import InputError
from schema.loaders import BatchLoader
from schema.node import Node
from schema.node_registry import NODE_KINDS
from schema.permissions import IsAuthenticated
from schema.relay import decode_global_id

MAX_NODES = 100
NodeKey = tuple[str, int]

# Staff holding any read or configuration scope pass; the area's scope is checked per object,
# and an object outside the caller's scopes is null like a missing one.
_ANY_SCOPE = IsAuthenticated.with_scope(
    *(scope for scope in Scope if scope.is_read or scope.is_config)
)

_VISIBILITY = (
    "Members see themselves (an absorbed member's id gives the surviving member) and their own "
    "orders, refunds, coupons, cards, benefit grants, appointments, paid memberships, purchases, "
    "wallet payments, receipts, point and wallet entries and timeline entries; staff (with some "
    "read or configuration scope) see an object when they hold its area's read scope (or, for "
    "configuration, its configuration scope), and get null, not FORBIDDEN, otherwise; "
    "service and BI see what their root fields show them. Null when the object does not exist, "
    "its type cannot be fetched by id, or the caller may not see it. Errors (top level): "
    "INVALID_ID"
)


class RowsByGlobalId(BatchLoader[NodeKey, Any]):
    """Rows by (type name, id): one fetch per type, whatever the number of ids."""

    async def fetch(self, keys: list[NodeKey]) -> Sequence[Any]:
        by_type: dict[str, list[int]] = defaultdict(list)
        for type_name, pk in keys:
            by_type[type_name].append(pk)
        found: dict[NodeKey, Any] = {}
        for type_name, pks in by_type.items():
            rows = await NODE_KINDS[type_name].fetch(pks)
            found.update(((type_name, pk), row) for pk, row in zip(pks, rows, strict=True))
        return [found[key] for key in keys]


def parse_node_id(value: strawberry.ID, field: str) -> NodeKey | None:
    """The (type, id) a global id names, None for a type no one can fetch by id.

    Only global ids: a plain number names no type. Malformed ids are INVALID_ID.
    """
    type_name, pk = decode_global_id(str(value), field)
    return (type_name, pk) if type_name in NODE_KINDS else None


async def resolve_node(info: Info, key: NodeKey | None) -> Node | None:
    """The object a key names when it exists and the caller may see it, else None."""
    principal = info.context.principal
    if key is None or principal is None:
        return None
    row = await info.context.loaders.of(RowsByGlobalId).load(key)
    kind = NODE_KINDS[key[0]]
    if row is None or not kind.visible(principal, row):
        return None
    node = kind.wrap(info, row)
    return await node if inspect.isawaitable(node) else node


@strawberry.type
class NodeQuery:
    @strawberry.field(
        description=f"Any object with a global id. {_VISIBILITY}.",
        permission_classes=[_ANY_SCOPE],
    )
    async def node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="A global id (not a plain number).")
        ],
    ) -> Node | None:
        return await resolve_node(info, parse_node_id(id, "id"))

    @strawberry.field(
        description=(
            f"Objects by global ids, aligned to the ids (at most {MAX_NODES}), in a fixed number "
            f"of statements. {_VISIBILITY} (field `ids`), TOO_MANY."
        ),
        permission_classes=[_ANY_SCOPE],
    )
    async def nodes(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID], strawberry.argument(description="Global ids, at most 100.")
        ],
    ) -> list[Node | None]:
        if len(ids) > MAX_NODES:
            raise InputError(f"At most {MAX_NODES} ids.", field="ids", code=ErrorCode.TOO_MANY)
        keys = [parse_node_id(value, "ids") for value in ids]
        return list(await asyncio.gather(*(resolve_node(info, key) for key in keys)))
