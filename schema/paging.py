"""Connections over lists computed whole: eligibility decided in Python, report aggregates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from schema.relay import Connection, keyset_page

Row = TypeVar("Row")
NodeType = TypeVar("NodeType")


async def page_by_key(
    rows: Sequence[Row],
    *,
    first: int | None,
    after: str | None,
    key: Callable[[Row], int],
    wrap: Callable[[Row], NodeType],
) -> Connection[NodeType]:
    """A page of rows in ascending `key` (their id): a cursor stays valid as rows come and go."""
    ordered = sorted(rows, key=key)

    async def fetch(after_key: int | None, limit: int) -> list[Row]:
        return [r for r in ordered if after_key is None or key(r) > after_key][:limit]

    return await keyset_page(fetch, first=first, after=after, key=key, wrap=wrap)


async def page_by_position(
    rows: Sequence[Row],
    *,
    first: int | None,
    after: str | None,
    wrap: Callable[[Row], NodeType],
) -> Connection[NodeType]:
    """A page of a report's lines in their order; the cursor is the line's position, so a
    cursor is meant for the same report arguments."""
    numbered = list(enumerate(rows, start=1))

    async def fetch(after_key: int | None, limit: int) -> list[tuple[int, Row]]:
        start = after_key or 0
        return numbered[start : start + limit]

    return await keyset_page(
        fetch, first=first, after=after, key=lambda pair: pair[0], wrap=lambda pair: wrap(pair[1])
    )
