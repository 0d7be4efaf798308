"""The description catalogue: one dict per area, keyed by schema coordinate.

A key is a coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Input.field`, `Enum.VALUE`) or,
in `common`, a pattern whose `*` stands for any part of a type name (`*Payload.errors`). A
description written in code wins over the catalogue; an exact key wins over a pattern.
"""

from __future__ import annotations

from collections.abc import Mapping
from fnmatch import fnmatchcase
from types import MappingProxyType

from schema.descriptions import (
    analytics,
    behaviour,
    benefits,
    campaigns,
    catalog,
    common,
    coupons,
    engagement,
    errors,
    jobs,
    levels,
    mall,
    members,
    orders,
    payments,
    points,
    recs,
    segments,
    tags,
    wallet,
)

_AREAS = (
    errors,
    members,
    orders,
    catalog,
    points,
    wallet,
    levels,
    benefits,
    coupons,
    payments,
    tags,
    segments,
    campaigns,
    recs,
    jobs,
    engagement,
    mall,
    analytics,
    behaviour,
)


def _merge() -> Mapping[str, str]:
    merged: dict[str, str] = {}
    for area in _AREAS:
        for key, text in area.DESCRIPTIONS.items():
            if key in merged:
                raise ValueError(f"{key} is described twice in the catalogue ({area.__name__})")
            merged[key] = text
    return MappingProxyType(merged)


EXACT: Mapping[str, str] = _merge()
PATTERNS: Mapping[str, str] = MappingProxyType(dict(common.DESCRIPTIONS))


def pattern_for(coordinate: str) -> str | None:
    """The first pattern of `common` that matches the coordinate, if any."""
    for pattern in PATTERNS:
        if fnmatchcase(coordinate, pattern):
            return pattern
    return None


def catalogued(coordinate: str) -> str | None:
    """The catalogue's description of an element: its exact key, else a matching pattern."""
    if coordinate in EXACT:
        return EXACT[coordinate]
    pattern = pattern_for(coordinate)
    return PATTERNS[pattern] if pattern is not None else None
