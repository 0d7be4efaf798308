"""Global ids and keyset connections with a capped page size."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import strawberry
from strawberry.relay import GlobalID

from domain.errors import ErrorCode
from schema.errors import InputError

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

NodeType = TypeVar("NodeType")


def decode_id(value: GlobalID | str | int, expected_type: str, field: str) -> int:
    """The integer id inside a global id of the expected type (plain integers accepted too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        gid = value if isinstance(value, GlobalID) else GlobalID.from_id(str(value))
    except Exception as exc:
        if isinstance(value, str) and value.isdigit():
            return int(value)
        raise InputError(
            f"'{value}' is not a valid id.", field=field, code=ErrorCode.INVALID_ID
        ) from exc
    if gid.type_name != expected_type or not gid.node_id.isdigit():
        raise InputError(
            f"Expected a {expected_type} id, got {gid.type_name}.",
            field=field,
            code=ErrorCode.INVALID_ID,
        )
    return int(gid.node_id)


def encode_id(type_name: str, pk: int) -> str:
    """The global id of an object."""
    return str(GlobalID(type_name, str(pk)))


def encode_cursor(key: int) -> str:
    return base64.b64encode(f"cursor:{key}".encode()).decode()


def decode_cursor(cursor: str | None, field: str = "after") -> int | None:
    """The keyset position inside a cursor; a malformed one is INVALID with the field."""
    if cursor is None:
        return None
    try:
        raw = base64.b64decode(cursor.encode(), validate=True).decode()
        prefix, _, key = raw.partition(":")
        if prefix != "cursor":
            raise ValueError(raw)
        return int(key)
    except Exception as exc:
        raise InputError("Malformed cursor.", field=field, code=ErrorCode.INVALID) from exc


def page_size(first: int | None, field: str = "first") -> int:
    """The requested page size, checked against the cap."""
    if first is None:
        return DEFAULT_PAGE_SIZE
    if first < 1 or first > MAX_PAGE_SIZE:
        raise InputError(
            f"first must be between 1 and {MAX_PAGE_SIZE}.", field=field, code=ErrorCode.TOO_MANY
        )
    return first


@strawberry.type(description="Pagination state of a connection.")
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="An item of a page with its cursor.")
class Edge(Generic[NodeType]):
    cursor: str
    node: NodeType


@strawberry.type(description="A page of results in keyset order.")
class Connection(Generic[NodeType]):
    edges: list[Edge[NodeType]]
    page_info: PageInfo

    @strawberry.field(description="The nodes of this page.")
    def nodes(self) -> list[NodeType]:
        return [edge.node for edge in self.edges]


@dataclass
class Page(Generic[NodeType]):
    rows: Sequence[NodeType]
    has_next: bool


async def keyset_page(
    fetch: Callable[[int | None, int], Awaitable[Sequence[object]]],
    *,
    first: int | None,
    after: str | None,
    key: Callable[[object], int],
    wrap: Callable[[object], NodeType],
) -> Connection[NodeType]:
    """Fetch one page (`fetch(after_key, limit + 1)`) and shape it as a connection."""
    size = page_size(first)
    rows = list(await fetch(decode_cursor(after), size + 1))
    has_next = len(rows) > size
    rows = rows[:size]
    edges = [Edge(cursor=encode_cursor(key(row)), node=wrap(row)) for row in rows]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=has_next, end_cursor=edges[-1].cursor if edges else None),
    )
