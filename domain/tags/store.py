"""Tag bitmaps in Redis: one bitmap per tag value and version, published by swapping a pointer.

Keys share the hash tag `{seg}` so BITOP can combine tag, leaf and segment bitmaps on one
Redis Cluster slot. `{seg}:tags:current` holds the published version with its labels (one GET
gives a reader a consistent view); a run writes `{seg}:tags:v<run>:<tag>:<label index>` keys
first, swaps the pointer in one SET, then lets the previous version's keys expire after a
grace period so readers that started on it finish undisturbed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import orjson

from domain import cache
from domain.audience import bitmaps

PREFIX = "{seg}"
CURRENT = f"{PREFIX}:tags:current"
OLD_VERSION_GRACE_SECONDS = 120


def tag_key(version: int, code: str, index: int) -> str:
    """The bitmap of members whose tag `code` has the label at `index`."""
    return f"{PREFIX}:tags:v{version}:{code}:{index}"


def live_key(version: int) -> str:
    """The universe: members live at that version."""
    return f"{PREFIX}:tags:v{version}:_live"


def meta_of(version: int, size: int, columns: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The published description of a version: labels and number flag per tag code."""
    return {
        "version": version,
        "size": size,
        "tags": {
            c["code"]: {"labels": c["labels"], "number": c.get("number") is not None}
            for c in columns
        },
    }


async def current() -> dict[str, Any] | None:
    """The published version's description, or None before the first run."""
    raw = await cache.redis().get(CURRENT)
    return orjson.loads(raw) if raw else None


async def write_version(
    version: int, live: np.ndarray, columns: Sequence[tuple[str, np.ndarray, int]]
) -> int:
    """Write the universe and one bitmap per (tag code, codes, label count); returns key count."""
    redis = cache.redis()
    pipe = redis.pipeline(transaction=False)
    pipe.set(live_key(version), bitmaps.bool_array_to_bitmap(live))
    written = 1
    for code, codes, label_count in columns:
        for index in range(label_count):
            pipe.set(tag_key(version, code, index), bitmaps.bool_array_to_bitmap(codes == index))
            written += 1
            if written % 50 == 0:
                await pipe.execute()
    await pipe.execute()
    return written


async def publish(meta: dict[str, Any]) -> dict[str, Any] | None:
    """Swap the pointer to `meta` atomically; the previous version's keys expire after a grace."""
    redis = cache.redis()
    previous_raw = await redis.set(CURRENT, orjson.dumps(meta), get=True)
    previous = orjson.loads(previous_raw) if previous_raw else None
    if previous and previous["version"] != meta["version"]:
        await expire_version(previous, OLD_VERSION_GRACE_SECONDS)
    return previous


async def expire_version(meta: dict[str, Any], seconds: int) -> None:
    """Let every key of a version expire after `seconds`."""
    version = meta["version"]
    pipe = cache.redis().pipeline(transaction=False)
    pipe.expire(live_key(version), seconds)
    for code, tag in meta["tags"].items():
        for index in range(len(tag["labels"])):
            pipe.expire(tag_key(version, code, index), seconds)
    await pipe.execute()


async def set_member(
    version: int, member_id: int, live: bool, codes: dict[str, tuple[int, int]]
) -> None:
    """Move one member's bits in a version: codes maps tag code to (code, label count)."""
    pipe = cache.redis().pipeline(transaction=True)
    pipe.setbit(live_key(version), member_id, int(live))
    for code, (value, label_count) in codes.items():
        for index in range(label_count):
            pipe.setbit(tag_key(version, code, index), member_id, int(live and value == index))
    await pipe.execute()


async def get_bitmap(key: str) -> bytes:
    """The raw bytes of a bitmap (empty if missing)."""
    return await cache.redis().get(key) or b""
