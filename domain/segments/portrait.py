"""Segment portraits: each chosen tag's distribution inside a segment against all members.

Lift of a value = its share inside the segment / its share among all live members. A tag's
distinctiveness is the total variation distance between the two distributions (half the sum
of absolute share differences), so tags are listed from the most to the least distinctive.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from domain import cache
from domain.audience import dsl
from domain.errors import DomainError, ErrorCode
from domain.segments.checks import check_definition
from domain.segments.evaluate import PREFIX
from domain.segments.service import _evaluate, get_segment
from domain.tags import store


@dataclass(frozen=True)
class ValueShare:
    """One tag value inside the segment and overall."""

    label: str
    segment_count: int
    segment_share: float
    overall_count: int
    overall_share: float
    lift: float | None


@dataclass(frozen=True)
class TagDistribution:
    """One tag's values, by lift, and how far the segment departs from everyone."""

    tag_code: str
    distinctiveness: float
    values: list[ValueShare]


@dataclass(frozen=True)
class Portrait:
    """A segment's size, the universe size, and its tag distributions."""

    size: int
    universe: int
    tags: list[TagDistribution]


def _chosen(meta: dict[str, Any], tag_codes: list[str] | None) -> list[str]:
    if not tag_codes:
        return sorted(meta["tags"])
    for index, code in enumerate(tag_codes):
        if code not in meta["tags"]:
            raise DomainError(
                f"Unknown tag {code!r}.", field=f"tagCodes[{index}]", code=ErrorCode.UNKNOWN_TAG
            )
    return list(dict.fromkeys(tag_codes))


async def portrait_of_key(key: str, tag_codes: list[str] | None) -> Portrait:
    """The portrait of the members in a result bitmap."""
    meta = await store.current()
    if meta is None:
        raise DomainError(
            "Tags have not been computed yet.", field="tagCodes", code=ErrorCode.INVALID_STATE
        )
    codes = _chosen(meta, tag_codes)
    version, token = meta["version"], secrets.token_hex(8)
    pipe = cache.redis().pipeline(transaction=False)
    pipe.bitcount(key)
    pipe.bitcount(store.live_key(version))
    cells: list[tuple[str, int]] = []
    for code in codes:
        for index in range(len(meta["tags"][code]["labels"])):
            temp = f"{PREFIX}:tmp:{token}:{len(cells)}"
            pipe.bitop("AND", temp, key, store.tag_key(version, code, index))
            pipe.bitcount(temp)
            pipe.delete(temp)
            pipe.bitcount(store.tag_key(version, code, index))
            cells.append((code, index))
    replies = await pipe.execute()
    size, universe = int(replies[0]), int(replies[1])
    counts: dict[str, list[ValueShare]] = {code: [] for code in codes}
    for position, (code, index) in enumerate(cells):
        inside, overall = int(replies[2 + position * 4 + 1]), int(replies[2 + position * 4 + 3])
        segment_share = inside / size if size else 0.0
        overall_share = overall / universe if universe else 0.0
        counts[code].append(
            ValueShare(
                label=meta["tags"][code]["labels"][index],
                segment_count=inside,
                segment_share=segment_share,
                overall_count=overall,
                overall_share=overall_share,
                lift=segment_share / overall_share if overall_share else None,
            )
        )
    tags = [
        TagDistribution(
            tag_code=code,
            distinctiveness=0.5 * sum(abs(v.segment_share - v.overall_share) for v in values),
            values=sorted(values, key=lambda v: (-(v.lift or 0.0), v.label)),
        )
        for code, values in counts.items()
    ]
    tags.sort(key=lambda t: (-t.distinctiveness, t.tag_code))
    return Portrait(size=size, universe=universe, tags=tags)


async def segment_portrait(segment_id: int, tag_codes: list[str] | None) -> Portrait | None:
    """The portrait of a saved segment's current members."""
    segment = await get_segment(segment_id)
    if segment is None:
        return None
    result = await _evaluate(dsl.from_dict(segment.definition))
    return await portrait_of_key(result.key, tag_codes)


async def definition_portrait(data: Any, tag_codes: list[str] | None) -> Portrait:
    """The portrait of an unsaved definition."""
    definition = await check_definition(data, meta=await store.current())
    result = await _evaluate(definition)
    return await portrait_of_key(result.key, tag_codes)


@dataclass(frozen=True)
class ValueComparison:
    """One tag value's share in segment A and in segment B."""

    label: str
    share_a: float
    share_b: float
    difference: float


@dataclass(frozen=True)
class TagComparison:
    """One tag side by side, with the distance between the two distributions."""

    tag_code: str
    distance: float
    values: list[ValueComparison]


@dataclass(frozen=True)
class Comparison:
    """Two segments side by side."""

    size_a: int
    size_b: int
    tags: list[TagComparison]


async def compare_segments(
    segment_a: int, segment_b: int, tag_codes: list[str] | None
) -> Comparison | None:
    """Two saved segments' portraits side by side, most different tags first."""
    a = await segment_portrait(segment_a, tag_codes)
    b = await segment_portrait(segment_b, tag_codes)
    if a is None or b is None:
        return None
    by_code = {t.tag_code: {v.label: v.segment_share for v in t.values} for t in b.tags}
    tags = []
    for tag in a.tags:
        other = by_code.get(tag.tag_code, {})
        values = [
            ValueComparison(
                v.label,
                v.segment_share,
                other.get(v.label, 0.0),
                v.segment_share - other.get(v.label, 0.0),
            )
            for v in tag.values
        ]
        values.sort(key=lambda v: (-abs(v.difference), v.label))
        tags.append(
            TagComparison(tag.tag_code, 0.5 * sum(abs(v.difference) for v in values), values)
        )
    tags.sort(key=lambda t: (-t.distance, t.tag_code))
    return Comparison(size_a=a.size, size_b=b.size, tags=tags)
