"""Recommendations: GraphQL latency against the raw Annoy query, Annoy recall, index build time.

    python bench/recs_graphql.py [--members 3000 --items 2000 --requests 500 --big-items 100000]

Seeds a clustered catalogue and orders into its own database (BENCH_RECS_DATABASE_URL, default
.../bench_recs, Redis db 12), runs the real rebuild, then times, interleaved request by request
so every scenario sees the same load: the raw Annoy query alone (member vector lookup + index
query), the domain service call, and `recommendations` through the in-process `schema.execute`
path; first for each member's first request (context read from PostgreSQL and cached), then
again with the context cached. `--requests` distinct members (at most `--members`). Then Annoy recall@10 against
exact search on the trained vectors and on `--big-items` synthetic vectors of the production
width, with the production metric and search_k, and the build time of that index.
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
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import asyncpg  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_annoy import make_vectors  # noqa: E402
from bench.common import Timing, prepare_database, print_table  # noqa: E402

DATABASE_URL = os.environ.get(
    "BENCH_RECS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_recs"
)
REDIS_URL = os.environ.get("BENCH_RECS_REDIS_URL", "redis://127.0.0.1:6379/12")
QUERY = """query($slot: String!) { recommendations(slot: $slot, first: 20) {
  indexVersion items { position strategy reason item { id code priceCents } } } }"""


async def seed(members: int, items: int, clusters: int, orders_per_member: int) -> None:
    """Clustered catalogue, members and two-line orders through COPY."""
    from domain.clock import business_today

    rng = np.random.default_rng(7)
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    now = datetime.now(UTC)
    try:
        await conn.copy_records_to_table(
            "categories",
            records=[(c + 1, f"C{c}", f"Category {c}") for c in range(clusters)],
            columns=["id", "code", "name"],
        )
        await conn.copy_records_to_table(
            "items",
            records=[
                (
                    i + 1,
                    f"SKU-{i}",
                    f"Item {i}",
                    i % clusters + 1,
                    1000 + 10 * (i % 97),
                    "{}",
                    True,
                    now,
                )
                for i in range(items)
            ],
            columns=[
                "id",
                "code",
                "name",
                "category_id",
                "price_cents",
                "attributes",
                "on_sale",
                "updated_at",
            ],
        )
        await conn.copy_records_to_table(
            "members",
            records=[
                (
                    m + 1,
                    "ACTIVE",
                    "UNKNOWN",
                    ["Shanghai", "Beijing", "Hangzhou"][m % 3],
                    "East",
                    False,
                    False,
                    "APP",
                    now,
                    now,
                )
                for m in range(members)
            ],
            columns=[
                "id",
                "status",
                "gender",
                "city",
                "region",
                "consent_sms",
                "consent_push",
                "channel",
                "registered_at",
                "profile_updated_at",
            ],
        )
        by_cluster = [np.arange(c, items, clusters) + 1 for c in range(clusters)]
        order_rows, line_rows, order_id = [], [], 0
        for m in range(members):
            own = by_cluster[m % clusters]
            for _ in range(orders_per_member):
                order_id += 1
                pool = own if rng.random() < 0.85 else np.arange(1, items + 1)
                picks = rng.choice(pool, size=2, replace=False)
                paid = now - timedelta(days=float(rng.uniform(0, 180)))
                order_rows.append(
                    (order_id, "POS", f"B-{order_id}", m + 1, "", "PAID", 2000, 0, False, paid, now)
                )
                day = business_today(paid)
                for line_no, item in enumerate(picks, 1):
                    line_rows.append(
                        (order_id, line_no, int(item), f"SKU-{item - 1}", 1, 1000, 1000, 0, 0, day)
                    )
        await conn.copy_records_to_table(
            "orders",
            records=order_rows,
            columns=[
                "id",
                "channel",
                "external_no",
                "member_id",
                "identity_namespace",
                "status",
                "total_cents",
                "refunded_cents",
                "coupon_used",
                "paid_at",
                "created_at",
            ],
        )
        await conn.copy_records_to_table(
            "order_lines",
            records=line_rows,
            columns=[
                "order_id",
                "line_no",
                "item_id",
                "item_code",
                "quantity",
                "unit_price_cents",
                "amount_cents",
                "refunded_quantity",
                "refunded_cents",
                "business_day",
            ],
        )
        for table in ("categories", "items", "members", "orders"):
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        await conn.execute("ANALYZE")  # as autovacuum would after a bulk load
    finally:
        await conn.close()


async def side_by_side(ids: list[int], calls: dict) -> dict[str, list[float]]:
    """Each call for each member in turn, so every scenario sees the same machine load."""
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for member_id in ids:
        for name, call in calls.items():
            t0 = time.perf_counter()
            await call(member_id)
            samples[name].append(time.perf_counter() - t0)
    return samples


async def serving(args: argparse.Namespace, folder: Path) -> None:
    from domain import cache, db
    from domain.access import Principal, Role
    from domain.hooks_setup import register_hooks
    from domain.recs import member_context as recs_context
    from domain.recs import published, training
    from domain.recs import service as recs_service
    from domain.recs.index_quality import exact_neighbours, recall_at_k
    from domain.recs.slots import SlotConfig, SlotRules, Strategy, StrategyWeight, configure_slot
    from schema.build import build_schema
    from schema.context import Context
    from workers import queue

    await db.init(DATABASE_URL, pool_size=5)
    register_hooks()
    redis = await queue.connect(REDIS_URL)
    await redis.flushdb()
    cache.set_redis(redis)
    started = time.perf_counter()
    result = await training.rebuild(index_dir=folder)
    rebuild_s = time.perf_counter() - started
    print(
        f"rebuild: {rebuild_s:.2f} s total, {result['index_seconds']:.2f} s index; "
        f"{result['members']} members x {result['items']} items, "
        f"{result['associations']} association rules; FOR_YOU serves "
        f"{result['model']['served']['kind']} (ALS share {result['model']['served']['als_weight']}), "
        f"half-life {result['model']['recency']['half_life_days']}"
    )
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
    schema = build_schema()
    rng = np.random.default_rng(1)
    ids = [int(m) for m in rng.choice(np.arange(1, args.members + 1), args.requests, False)]

    async def raw(member_id: int) -> None:
        with registry.lease() as model:
            assert model.members is not None, "the rebuild published member vectors"
            vector = model.members.vector_of(member_id)
            assert vector is not None, f"member {member_id} has a vector"
            model.index.query_vector(vector, 80, max(model.info.search_k, 50 * 80))

    async def service(member_id: int) -> None:
        await recs_service.recommend(slot="home_feed", member_id=member_id, first=20)

    async def graphql(member_id: int) -> None:
        principal = Principal(role=Role.MEMBER, member_id=member_id, subject="bench")
        out = await schema.execute(
            QUERY,
            variable_values={"slot": "home_feed"},
            context_value=Context(principal=principal, request_id="bench"),
        )
        assert out.errors is None and out.data is not None, out.errors
        assert len(out.data["recommendations"]["items"]) == 20

    others = sorted(set(range(1, args.members + 1)) - set(ids))[:20]
    await side_by_side(others, {"raw": raw, "service": service, "graphql": graphql})  # warm-up
    # Every member's context and the items come from the version's snapshot; the first pass
    # touches each member's pages for the first time.
    first = await side_by_side(ids, {"raw": raw, "graphql": graphql})
    second = await side_by_side(ids, {"raw": raw, "service": service, "graphql": graphql})
    # Changed members: their context is read from PostgreSQL, then kept in Redis.
    await recs_context.forget_members(ids)
    await recs_context.changes.pull(0.0)
    changed = await side_by_side(ids, {"graphql": graphql})
    cached = await side_by_side(ids, {"graphql": graphql})
    timings = [
        Timing("raw Annoy query (vector lookup + k=80)", second["raw"], 0.0),
        Timing("domain recommend()", second["service"], 0.0),
        Timing("GraphQL recommendations", second["graphql"], 0.0),
        Timing("GraphQL, first pass", first["graphql"], 0.0),
        Timing("GraphQL, member changed: context read", changed["graphql"], 0.0),
        Timing("GraphQL, member changed: context in Redis", cached["graphql"], 0.0),
    ]
    for t in timings:
        t.wall = sum(t.seconds)
    print_table(
        f"recommendations for a member, {args.requests} members, interleaved per request",
        timings,
        timings[0],
    )
    raw50, gql50 = timings[0].p50_ms, timings[2].p50_ms
    print(
        f"median raw {raw50:.3f} ms, GraphQL {gql50:.3f} ms: GraphQL adds {gql50 - raw50:.3f} ms "
        f"(ratio {gql50 / raw50:.2f}x; target <= raw + 1 ms: "
        f"{'met' if gql50 <= raw50 + 1.0 else 'NOT met'}); service adds "
        f"{timings[1].p50_ms - raw50:.3f} ms"
    )

    with registry.lease() as model:
        n = model.index.meta.n_items
        vectors = np.vstack([model.index.item_vector(p) for p in range(n)])
        assert model.members is not None, "the rebuild published member vectors"
        queries = np.asarray(model.members.vectors[:500])
        exact, _ = exact_neighbours(vectors, queries, 10, "angular")
        approx = [model.index.query_vector(q, 10, model.info.search_k)[0] for q in queries]
        print(
            f"trained vectors: Annoy recall@10 vs exact {recall_at_k(approx, exact):.4f} "
            f"({n} items, search_k {model.info.search_k})"
        )
    registry.close()
    await redis.aclose()
    await db.close()


def big_index(args: argparse.Namespace, folder: Path) -> None:
    from domain.recs.index import build_index
    from domain.recs.index_loaded import load_index
    from domain.recs.index_quality import exact_neighbours, recall_at_k
    from domain.recs.training import METRIC, RebuildSettings, choose_search_k

    dims, trees = 32, RebuildSettings().n_trees
    items = make_vectors(args.big_items, dims, "clustered", 0)
    queries = make_vectors(300, dims, "clustered", 1)
    path = folder / "big.ann"
    started = time.perf_counter()
    build_index(items, path, trees, METRIC, version=1)
    build_s = time.perf_counter() - started
    index = load_index(path)
    unit = items / np.linalg.norm(items, axis=1, keepdims=True)
    exact_rows, exact_t = [], []
    for q in queries:
        t0 = time.perf_counter()
        exact_rows.append(exact_neighbours(unit, q[None, :], 10, "dot")[0][0])
        exact_t.append(time.perf_counter() - t0)
    search_k = choose_search_k(args.big_items, trees)
    approx, annoy_t = [], []
    for q in queries:
        t0 = time.perf_counter()
        approx.append(index.query_vector(q, 10, search_k)[0])
        annoy_t.append(time.perf_counter() - t0)
    index.close()
    recall = recall_at_k(approx, np.vstack(exact_rows))
    e50, a50 = np.median(exact_t) * 1000, np.median(annoy_t) * 1000
    print(
        f"{args.big_items:,} items x {dims} dims ({METRIC}, {trees} trees): build {build_s:.2f} s, "
        f"recall@10 {recall:.4f} at search_k {search_k}, p50 annoy {a50:.3f} ms vs exact "
        f"{e50:.3f} ms (speed-up {e50 / a50:.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--clusters", type=int, default=20)
    parser.add_argument("--orders", type=int, default=8, help="orders per member")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--big-items", type=int, default=100_000)
    args = parser.parse_args()
    asyncio.run(prepare_database(DATABASE_URL, reset=True))
    asyncio.run(seed(args.members, args.items, args.clusters, args.orders))
    with tempfile.TemporaryDirectory(prefix="bench-recs-") as folder:
        asyncio.run(serving(args, Path(folder)))
        big_index(args, Path(folder))


if __name__ == "__main__":
    main()
