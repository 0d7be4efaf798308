"""Recommendations: wall and CPU time of one rebuild on the catalogue `recs_graphql` seeded.

    python bench/recs_rebuild_time.py [--runs 3]

Runs `training.rebuild` on BENCH_RECS_DATABASE_URL (seed it first with bench/recs_graphql.py)
and prints, per run, wall seconds, process CPU seconds (all threads: the load of a shared machine
stretches the wall time far more than the CPU time) and a digest of the model card without its
version and times, so runs of two code versions can be compared for the same choices.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATABASE_URL = os.environ.get(
    "BENCH_RECS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_recs"
)
REDIS_URL = os.environ.get("BENCH_RECS_REDIS_URL", "redis://127.0.0.1:6379/12")


async def run(runs: int) -> None:
    from domain import cache, db
    from domain.hooks_setup import register_hooks
    from domain.recs import training
    from workers import queue

    await db.init(DATABASE_URL, pool_size=5)
    register_hooks()
    redis = await queue.connect(REDIS_URL)
    cache.set_redis(redis)
    try:
        for n in range(runs):
            await redis.delete(training.LOCK_KEY)
            with tempfile.TemporaryDirectory(prefix="bench-recs-rebuild-") as folder:
                wall, cpu = time.perf_counter(), time.process_time()
                result = await training.rebuild(index_dir=folder)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            card = dict(result["model"])
            for volatile in ("version", "built_at", "annoy"):
                card.pop(volatile, None)
            digest = hashlib.sha256(json.dumps(card, sort_keys=True).encode()).hexdigest()[:16]
            print(f"run {n + 1}: wall {wall:.2f} s, CPU {cpu:.2f} s, model card {digest}")
    finally:
        await redis.aclose()
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    asyncio.run(run(parser.parse_args().runs))


if __name__ == "__main__":
    main()
