"""Rebuild, publish, hot swap and serving on real PostgreSQL and Redis."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain import cache, db
from domain.errors import DomainError, ErrorCode
from domain.recs import published, training
from domain.recs import service as recs_service
from domain.recs.slots import Strategy
from tests.factories import insert_orders, make_items, make_member, make_planted, make_slot

pytestmark = pytest.mark.usefixtures("database")


def _exists(path: str) -> bool:
    return Path(path).exists()


def _files(folder: Path, pattern: str) -> list[Path]:
    return list(folder.glob(pattern))


@pytest.fixture
def registry() -> Iterator[published.RecsIndexRegistry]:
    fresh = published.RecsIndexRegistry(check_seconds=0.0)
    published.set_registry(fresh)
    yield fresh
    fresh.close()
    published.set_registry(None)


@pytest.mark.slow
async def test_rebuild_publishes_a_version_with_member_vectors_associations_and_interests(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given
    planted = await make_planted(members=40, orders=5)
    # when
    result = await training.rebuild(index_dir=tmp_path)
    # then
    current = await published.current_version()
    assert current is not None and current.version == result["version"]
    assert _exists(current.path)
    assert result["members"] == 40 and result["items"] <= 60
    associations = await db.fetch("SELECT count(*) AS n FROM rec_item_associations")
    assert associations[0]["n"] == result["associations"] > 0
    member_id = planted.members_by_cluster[1][0]
    interest = await db.fetch_one(
        "SELECT scores FROM rec_member_interests WHERE member_id = $1", member_id
    )
    assert interest is not None
    scores = (
        json.loads(interest["scores"])
        if isinstance(interest["scores"], str)
        else interest["scores"]
    )
    assert max(scores["brand"], key=scores["brand"].get) == "Brand1"
    assert await registry.refresh() and registry.version == result["version"]


@pytest.mark.slow
async def test_rebuild_cleans_up_old_versions_and_swaps_without_restart(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given
    await make_planted(members=20, orders=3)
    versions = []
    for _ in range(3):
        versions.append((await training.rebuild(index_dir=tmp_path))["version"])
        await registry.refresh()
        assert registry.version == versions[-1]
        await asyncio.sleep(0.002)
    # then
    assert published.versions_in(tmp_path) == versions[1:]
    assert not _files(tmp_path, f"*{versions[0]:015d}*")
    rows = await db.fetch("SELECT DISTINCT version FROM rec_item_associations ORDER BY 1")
    assert [r["version"] for r in rows] == versions[1:]


async def test_an_older_version_never_replaces_a_newer_pointer() -> None:
    # given
    newer = published.PublishedVersion(2, "/x/b.ann", "angular", 10, 1, 1)
    older = published.PublishedVersion(1, "/x/a.ann", "angular", 10, 1, 1)
    # when
    first = await published.publish(newer)
    second = await published.publish(older)
    # then
    assert (first, second) == (True, False)
    assert (await published.current_version()) == newer


@pytest.mark.slow
async def test_rebuild_during_continuous_queries_fails_no_query(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given
    planted = await make_planted(members=40, orders=5)
    await make_slot("home", "FOR_YOU", "POPULAR")
    await training.rebuild(index_dir=tmp_path)
    members = [m for ids in planted.members_by_cluster.values() for m in ids]
    stop = asyncio.Event()
    served: list[int | None] = []

    async def query_forever() -> None:
        i = 0
        while not stop.is_set():
            found = await recs_service.recommend(slot="home", member_id=members[i % len(members)])
            assert len(found.items) == 10
            served.append(found.index_version)
            i += 1
            await asyncio.sleep(0)

    # when
    readers = [asyncio.create_task(query_forever()) for _ in range(3)]
    for _ in range(3):
        await training.rebuild(index_dir=tmp_path)
    await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*readers)
    # then
    assert len(set(served)) >= 2 and len(served) > 10


async def test_member_without_history_and_no_index_gets_the_cold_start_list(
    registry: published.RecsIndexRegistry,
) -> None:
    # given
    items = await make_items(clusters=2, per_cluster=5)
    buyers = [await make_member(city="Hangzhou") for _ in range(3)]
    await insert_orders([(b.id, [items[1][0], items[1][1]], 1.0) for b in buyers])
    await insert_orders([(buyers[0].id, [items[0][0]], 2.0)])
    newcomer = await make_member(city="Hangzhou")
    await make_slot("home", "FOR_YOU", size=5)
    # when
    found = await recs_service.recommend(slot="home", member_id=newcomer.id)
    # then
    assert found.cold_start and found.index_version is None
    assert [r.item_id for r in found.items[:2]] == [items[1][0], items[1][1]]
    assert {r.strategy for r in found.items} == {Strategy.POPULAR}
    assert found.items[0].reason == "popular in Hangzhou"


@pytest.mark.slow
async def test_personalised_strategies_beat_popularity_on_planted_clusters(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given
    planted = await make_planted(members=80, orders=6)
    await training.rebuild(index_dir=tmp_path)
    await make_slot("for_you", "FOR_YOU")
    await make_slot("popular", "POPULAR")

    async def in_cluster_share(slot: str) -> float:
        hits = total = 0
        for cluster, members in planted.members_by_cluster.items():
            for member_id in members:
                found = await recs_service.recommend(slot=slot, member_id=member_id)
                hits += sum(planted.cluster_of_item[r.item_id] == cluster for r in found.items)
                total += len(found.items)
        return hits / total

    # when
    personal = await in_cluster_share("for_you")
    popular = await in_cluster_share("popular")
    # then
    assert personal > 0.8 and personal > popular + 0.3, (personal, popular)


@pytest.mark.parametrize(
    ("_case", "kwargs", "code", "field"),
    [
        ("unknown slot", {"slot": "nope"}, ErrorCode.UNKNOWN_SLOT, "slot"),
        ("page too big", {"slot": "home", "first": 101}, ErrorCode.TOO_MANY, "first"),
        ("unknown item", {"slot": "home", "item_id": 999999}, ErrorCode.UNKNOWN_ITEM, "itemId"),
        ("unknown cart", {"slot": "home", "cart": [999998]}, ErrorCode.UNKNOWN_ITEM, "cart[0]"),
    ],
)
async def test_bad_requests_are_refused_with_a_code(_case, kwargs, code, field) -> None:
    # given
    await make_items(clusters=1, per_cluster=2)
    await make_slot("home", "POPULAR")
    # when
    with pytest.raises(DomainError) as raised:
        await recs_service.recommend(member_id=None, **kwargs)
    # then
    assert (raised.value.code, raised.value.field) == (code, field)
    assert cache.redis() is not None
