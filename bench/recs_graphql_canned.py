"""Recommendations: the GraphQL execution of a served list on its own, without I/O.

    python bench/recs_graphql_canned.py [--requests 600]

Serves one real list on the catalogue `recs_graphql` seeded (BENCH_RECS_DATABASE_URL, after a
quick rebuild with a fixed half-life), then times, interleaved, `schema.execute` of the bench's
query (20 items x 7 fields) with the service replaced by that list, the same without the cost
check, and `{ __typename }`: what executing the fields costs, apart from the service.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.recs_graphql import DATABASE_URL, QUERY, REDIS_URL  # noqa: E402


async def run(requests: int) -> None:
    from domain import cache, db
    from domain.access import Principal, Role
    from domain.hooks_setup import register_hooks
    from domain.recs import published, training
    from domain.recs import service as recs_service
    from domain.recs.slots import SlotConfig, SlotRules, Strategy, StrategyWeight, configure_slot
    from schema.build import build_schema
    from schema.context import Context
    from workers import queue

    await db.init(DATABASE_URL, pool_size=5)
    register_hooks()
    redis = await queue.connect(REDIS_URL)
    cache.set_redis(redis)
    await redis.delete(training.LOCK_KEY)
    folder = tempfile.TemporaryDirectory(prefix="bench-recs-canned-")
    quick = training.RebuildSettings(half_life_days=180.0, tune_seconds=0.0)
    await training.rebuild(index_dir=folder.name, settings=quick)
    await configure_slot(
        SlotConfig(
            code="home_feed",
            title="For you",
            strategies=(StrategyWeight(Strategy.FOR_YOU),),
            size=20,
            rules=SlotRules(max_per_category=5),
        )
    )
    registry = published.RecsIndexRegistry(check_seconds=5.0)
    published.set_registry(registry)
    await registry.refresh(force=True)
    canned = await recs_service.recommend(slot="home_feed", member_id=7, first=20)

    async def served(**_: object) -> recs_service.RecommendationList:
        return canned

    recs_service.recommend = served
    principal = Principal(role=Role.MEMBER, member_id=7, subject="bench")
    variants = {
        "recommendations, 20 items x 7 fields": (build_schema(), QUERY),
        "the same without the cost check": (build_schema(cost_limit=False), QUERY),
        "{ __typename }": (build_schema(), "{ __typename }"),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for n in range(requests + 50):
        for name, (schema, query) in variants.items():
            started = time.perf_counter()
            out = await schema.execute(
                query,
                variable_values={"slot": "home_feed"} if query == QUERY else None,
                context_value=Context(principal=principal, request_id="bench"),
            )
            if n >= 50:  # the first requests warm the caches
                times[name].append(time.perf_counter() - started)
            assert out.errors is None, out.errors
    for name, samples in times.items():
        print(f"{name}: p50 {np.median(samples) * 1000:.3f} ms")
    registry.close()
    folder.cleanup()
    await redis.aclose()
    await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=600)
    asyncio.run(run(parser.parse_args().requests))


if __name__ == "__main__":
    main()
