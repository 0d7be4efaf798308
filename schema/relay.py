"""Global ids and keyset connections with a capped page size."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry
from strawberry.relay import GlobalID

from domain.errors import ErrorCode
from schema.errors import InputError

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

NodeType = TypeVar("NodeType")
Row = TypeVar("Row")


MAX_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")
_CURSOR_KEY = re.compile(r"-?[0-9]{1,19}")


def _in_range(digits: str) -> int | None:
    """The id in a string of ASCII digits, or None when it is 0 or beyond bigint."""
    if not _ASCII_DIGITS.fullmatch(digits):
        return None
    number = int(digits)
    return number if 1 <= number <= MAX_ID else None


def decode_id(value: GlobalID | str | int, expected_type: str, field: str) -> int:
    """The integer id inside a global id of the expected type.

    One format, decided without guessing: a string of ASCII digits is a plain id (for
    integrations; the base64 of one of our global ids never starts with a digit), anything else
    must be a strict base64 global id of `expected_type` whose node id is ASCII digits. Ids are
    1..2**63-1; everything else is INVALID_ID with the field.
    """
    if isinstance(value, bool):
        raise _invalid_id(value, field)
    if isinstance(value, int):
        if 1 <= value <= MAX_ID:
            return value
        raise _invalid_id(value, field)
    text = value if isinstance(value, GlobalID) else str(value)
    if isinstance(text, str) and text.isascii() and text.isdigit():
        number = _in_range(text)
        if number is None:
            raise _invalid_id(text, field)
        return number
    type_name, number = decode_global_id(text, field)
    if type_name != expected_type:
        raise InputError(
            f"Expected a {expected_type} id, got {type_name[:40]!r}.",
            field=field,
            code=ErrorCode.INVALID_ID,
        )
    return number


def optional_id(value: GlobalID | str | int | None, expected_type: str, field: str) -> int | None:
    """As `decode_id`, None for no value."""
    return None if value is None else decode_id(value, expected_type, field)


def decode_global_id(value: GlobalID | str, field: str) -> tuple[str, int]:
    """The type name and integer id inside a strict base64 global id; INVALID_ID otherwise."""
    if isinstance(value, GlobalID):
        type_name, node_id = value.type_name, value.node_id
    else:
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True).decode("utf-8")
        except (UnicodeError, ValueError, binascii.Error):
            raise _invalid_id(value, field) from None
        type_name, sep, node_id = raw.partition(":")
        if not sep:
            raise _invalid_id(value, field)
    number = _in_range(node_id)
    if number is None:
        raise _invalid_id(value, field)
    return type_name, number


def plain_id(value: str | int, field: str) -> int:
    """A plain numeric id (ASCII digits, 1..2**63-1); anything else is INVALID_ID."""
    number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if number is None:
        number = _in_range(str(value)) or 0
    if not 1 <= number <= MAX_ID:
        raise _invalid_id(value, field)
    return number


def _invalid_id(value: object, field: str) -> InputError:
    shown = str(value)[:40]
    return InputError(f"{shown!r} is not a valid id.", field=field, code=ErrorCode.INVALID_ID)


def encode_id(type_name: str, pk: int) -> str:
    """The global id of an object."""
    return str(GlobalID(type_name, str(pk)))


def optional_global_id(type_name: str, pk: int | None) -> strawberry.ID | None:
    """The global id of a row, None for no row."""
    return None if pk is None else strawberry.ID(encode_id(type_name, pk))


def encode_cursor(key: int) -> str:
    return base64.b64encode(f"cursor:{key}".encode()).decode()


def decode_cursor(cursor: str | None, field: str = "after") -> int | None:
    """The keyset position inside a cursor; a malformed or out-of-range one is INVALID."""
    if cursor is None:
        return None
    try:
        raw = base64.b64decode(cursor.encode("ascii"), validate=True).decode("ascii")
    except (UnicodeError, ValueError, binascii.Error):
        raw = ""
    prefix, _, key = raw.partition(":")
    if prefix == "cursor" and _CURSOR_KEY.fullmatch(key) and -MAX_ID - 1 <= int(key) <= MAX_ID:
        return int(key)
    raise InputError("Malformed cursor.", field=field, code=ErrorCode.INVALID)


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
    has_next_page: bool = strawberry.field(description="Whether a page follows this one.")
    end_cursor: str | None = strawberry.field(
        description="Cursor of the last edge: pass it as `after` for the next page."
    )


@strawberry.type(description="An item of a page with its cursor.")
class Edge(Generic[NodeType]):
    cursor: str = strawberry.field(description="Position of this item, for `after`.")
    node: NodeType = strawberry.field(description="The item.")


@strawberry.type(description="A page of results in keyset order.")
class Connection(Generic[NodeType]):
    edges: list[Edge[NodeType]] = strawberry.field(description="The items with their cursors.")
    page_info: PageInfo = strawberry.field(description="Whether more follow, and from where.")

    @strawberry.field(description="The nodes of this page.")
    def nodes(self) -> list[NodeType]:
        return [edge.node for edge in self.edges]


async def keyset_page(
    fetch: Callable[[Any, int], Awaitable[Sequence[Row]]],
    *,
    first: int | None,
    after: str | None,
    key: Callable[[Row], Any],
    wrap: Callable[[Row], NodeType],
    encode: Callable[[Any], str] = encode_cursor,
    decode: Callable[[str | None], Any] = decode_cursor,
) -> Connection[NodeType]:
    """Fetch one page (`fetch(after_key, limit + 1)`) and shape it as a connection.

    Keys are ids by default; `encode` and `decode` turn another key (a tuple) into a cursor.
    """
    size = page_size(first)
    rows = list(await fetch(decode(after), size + 1))
    has_next = len(rows) > size
    rows = rows[:size]
    edges = [Edge(cursor=encode(key(row)), node=wrap(row)) for row in rows]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=has_next, end_cursor=edges[-1].cursor if edges else None),
    )
