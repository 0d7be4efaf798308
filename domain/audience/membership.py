"""Whether a member is in an audience definition, for areas below segments (coupons, points).

Segments evaluate definitions; coupon templates and earning rules only hold one. Segments
register the two calls here at start-up (domain/hooks_setup.py), so the lower areas never
import them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from domain.audience import dsl

Includes = Callable[[dict[str, Any], int], Awaitable[bool]]
Check = Callable[[Any, str], Awaitable[dict[str, Any]]]

_includes: list[Includes] = []
_check: list[Check] = []


def register(*, includes: Includes, check: Check) -> None:
    """Segments register how a definition is checked and how membership is answered."""
    _includes[:] = [includes]
    _check[:] = [check]


async def check(data: Any, field: str) -> dict[str, Any]:
    """A definition in its stored JSON form, checked whole (errors under `field`)."""
    if _check:
        return await _check[0](data, field)
    return dsl.to_dict(dsl.from_dict(data, path=field))


async def includes(definition: dict[str, Any], member_id: int) -> bool:
    """Whether the member is in the definition now."""
    if not _includes:
        raise RuntimeError("Audience membership is not registered (register_hooks).")
    return await _includes[0](definition, member_id)
