"""Evaluating a compiled definition with bitmap operations in Redis.

Tag leaves are the published per-value tag bitmaps. Behaviour, sequence and fact leaves are computed
by SQL once and cached under `{seg}:leaf:<leaf key>:<as-of business day>` for LEAF_TTL_SECONDS,
so repeated previews only run BITOP and BITCOUNT. Every operation of a plan goes to Redis in one
pipelined round trip; intermediate keys expire on their own.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from domain import cache
from domain.audience import bitmaps, dsl
from domain.members import reads as members_reads
from domain.segments import facts
from domain.tags import compute, sources, store
from domain.tags import reads as tags_reads
from domain.tags import runs as tags_runs

LEAF_TTL_SECONDS = 600
TEMP_TTL_SECONDS = 60
UNIVERSE_TTL_SECONDS = 300
PREFIX = store.PREFIX

SegmentLoader = Callable[[int], Awaitable[dsl.Definition | None]]
ListLoader = Callable[[int], Awaitable[bytes | None]]


@dataclass
class Evaluation:
    """The result bitmap's key (expiring), the member count, and the tag version used."""

    key: str
    count: int
    version: int | None


@dataclass
class Context:
    """What an evaluation needs besides the plan: tag meta, the day, and loaders."""

    meta: dict[str, Any] | None
    as_of: date
    load_segment: SegmentLoader
    load_list: ListLoader
    depth: int = 0

    @property
    def version(self) -> int | None:
        return self.meta["version"] if self.meta else None


async def universe_key(ctx: Context) -> str:
    """The live members: the published version's universe, or one built from SQL."""
    if ctx.meta is not None:
        return store.live_key(ctx.meta["version"])
    key = f"{PREFIX}:universe:{ctx.as_of.isoformat()}"
    redis = cache.redis()
    if not await redis.exists(key):
        ids = await members_reads.live_member_ids()
        await redis.set(key, bitmaps.ids_to_bitmap(ids), ex=UNIVERSE_TTL_SECONDS)
    return key


def _tag_key(ctx: Context, condition: dsl.TagCondition) -> str:
    assert ctx.meta is not None
    labels = ctx.meta["tags"][condition.tag_code]["labels"]
    return store.tag_key(ctx.meta["version"], condition.tag_code, labels.index(condition.values[0]))


async def _range_ids(ctx: Context, condition: dsl.TagCondition) -> np.ndarray:
    run = await tags_runs.published_run()
    entry = next(c for c in run.columns if c["code"] == condition.tag_code) if run else None
    if entry is None or entry["number"] is None:
        return np.zeros(0, dtype=np.int64)
    return await tags_reads.members_with_number(
        entry["number"],
        -np.inf if condition.min is None else condition.min,
        np.inf if condition.max is None else condition.max,
    )


async def _behaviour_bitmap(ctx: Context, condition: dsl.BehaviourCondition) -> bytes:
    ids, values = await sources.behaviour_metric(condition, ctx.as_of)
    matched = compute._compare(values, condition)
    if not compute._compare(np.zeros(1), condition)[0]:
        return bitmaps.ids_to_bitmap(ids[matched])
    # Zero activity satisfies the condition: everyone live except the active non-matching.
    universe = await store.get_bitmap(await universe_key(ctx))
    mask = bitmaps.bitmap_to_bool_array(
        universe, max(len(universe) * 8, int(ids.max(initial=0)) + 1)
    )
    mask[ids[~matched]] = False
    return bitmaps.bool_array_to_bitmap(mask)


async def _fact_bitmap(ctx: Context, condition: dsl.FactCondition) -> bytes:
    found = await facts.fact_members(condition, ctx.as_of)
    if not found.complement:
        return bitmaps.ids_to_bitmap(found.ids)
    universe = await store.get_bitmap(await universe_key(ctx))
    size = max(len(universe) * 8, int(found.ids.max(initial=0)) + 1)
    mask = bitmaps.bitmap_to_bool_array(universe, size)
    mask[found.ids] = False
    return bitmaps.bool_array_to_bitmap(mask)


async def _leaf_bitmap(ctx: Context, condition: dsl.Leaf) -> bytes:
    match condition:
        case dsl.TagCondition():
            return bitmaps.ids_to_bitmap(await _range_ids(ctx, condition))
        case dsl.BehaviourCondition():
            return await _behaviour_bitmap(ctx, condition)
        case dsl.Sequence():
            return bitmaps.ids_to_bitmap(await sources.sequence_members(condition, ctx.as_of))
        case dsl.FactCondition():
            return await _fact_bitmap(ctx, condition)
        case dsl.IdentityList():
            return await ctx.load_list(condition.list_id) or b""
        case dsl.SegmentRef():
            definition = await ctx.load_segment(condition.segment_id)
            if definition is None:
                return b""
            inner = Context(ctx.meta, ctx.as_of, ctx.load_segment, ctx.load_list, ctx.depth + 1)
            result = await evaluate(definition, inner)
            return await store.get_bitmap(result.key)
    raise AssertionError(condition)


def _leaf_cache_key(ctx: Context, key: str, condition: dsl.Leaf) -> str:
    if isinstance(condition, dsl.TagCondition) and condition.op is not dsl.TagOp.RANGE:
        return _tag_key(ctx, condition)
    if isinstance(condition, dsl.IdentityList):
        return f"{PREFIX}:list:{condition.list_id}"
    return f"{PREFIX}:leaf:{key}:{ctx.as_of.isoformat()}:v{ctx.version}"


async def _leaf_keys(ctx: Context, plan: dsl.Plan) -> dict[str, str]:
    redis = cache.redis()
    keys = {key: _leaf_cache_key(ctx, key, leaf) for key, leaf in plan.leaves.items()}
    computed = [k for k, leaf in plan.leaves.items() if keys[k].startswith(f"{PREFIX}:l")]
    if computed:
        pipe = redis.pipeline(transaction=False)
        for key in computed:
            pipe.exists(keys[key])
        present = await pipe.execute()
        for key, exists in zip(computed, present, strict=True):
            if not exists:
                data = await _leaf_bitmap(ctx, plan.leaves[key])
                await redis.set(keys[key], data, ex=LEAF_TTL_SECONDS)
    return keys


def _emit(
    node: dsl.PlanNode,
    leaf_keys: dict[str, str],
    universe: str,
    token: str,
    commands: list[tuple[Any, ...]],
) -> str:
    if node.op is dsl.PlanOp.LEAF:
        return leaf_keys[node.key]
    dest = f"{PREFIX}:tmp:{token}:{len(commands)}"
    children = [_emit(child, leaf_keys, universe, token, commands) for child in node.children]
    if node.op is dsl.PlanOp.NOT:
        # universe XOR (child AND universe): BITOP NOT would stop at the child's length.
        commands.append(("BITOP", "AND", dest, children[0], universe))
        commands.append(("BITOP", "XOR", dest, universe, dest))
    else:
        commands.append(("BITOP", node.op.value, dest, *children))
    commands.append(("EXPIRE", dest, TEMP_TTL_SECONDS))
    return dest


async def evaluate(definition: dsl.Definition, ctx: Context) -> Evaluation:
    """Evaluate a validated definition; the result key lives TEMP_TTL_SECONDS."""
    plan = dsl.compile(definition)
    leaf_keys = await _leaf_keys(ctx, plan)
    universe = await universe_key(ctx)
    token = secrets.token_hex(8)
    commands: list[tuple[Any, ...]] = []
    root = _emit(plan.root, leaf_keys, universe, token, commands)
    result = f"{PREFIX}:tmp:{token}:result"
    commands.append(("BITOP", "AND", result, root, universe))
    commands.append(("EXPIRE", result, TEMP_TTL_SECONDS))
    pipe = cache.redis().pipeline(transaction=False)
    for command in commands:
        pipe.execute_command(*command)
    pipe.bitcount(result)
    replies = await pipe.execute()
    return Evaluation(key=result, count=int(replies[-1]), version=ctx.version)


async def sample(key: str, size: int) -> list[int]:
    """The first `size` member ids in a result bitmap."""
    redis = cache.redis()
    first = await redis.bitpos(key, 1)
    if first is None or first < 0 or size <= 0:
        return []
    found: list[int] = []
    start = first // 8
    while len(found) < size:
        chunk = await redis.getrange(key, start, start + 8191)
        if not chunk:
            break
        ids = bitmaps.bitmap_to_ids(chunk) + start * 8
        found.extend(ids[: size - len(found)].tolist())
        start += 8192
    return found
