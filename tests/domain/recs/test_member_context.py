"""The member context served from the version's snapshot, and read anew after a change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.recs import member_context, published, training
from tests.factories import insert_orders, make_member, make_planted

pytestmark = pytest.mark.usefixtures("database")


@pytest.fixture
def registry() -> Iterator[published.RecsIndexRegistry]:
    fresh = published.RecsIndexRegistry(check_seconds=0.0)
    published.set_registry(fresh)
    yield fresh
    fresh.close()
    published.set_registry(None)


async def _snapshot(registry: published.RecsIndexRegistry):
    await registry.refresh(force=True)
    with registry.lease() as model:
        return model.contexts


async def test_the_snapshot_holds_what_postgres_says_until_the_member_changes(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given a published version and one of its members
    planted = await make_planted(members=12, orders=3)
    await training.rebuild(index_dir=tmp_path)
    snapshot = await _snapshot(registry)
    member_id = planted.members_by_cluster[1][0]
    before = await member_context.read_facts(member_id)
    # when the member buys an item of another cluster after the build
    bought = planted.items_by_cluster[3][-1]
    await insert_orders([(member_id, [bought], 0.0)])
    stale = await member_context.member_facts(member_id, snapshot)
    await member_context.forget_members([member_id])
    await member_context.changes.pull(0.0)
    fresh = await member_context.member_facts(member_id, snapshot)
    cached = await member_context.member_facts(member_id, snapshot)
    # then the snapshot served what PostgreSQL held at the build, the change shows after it
    assert stale == before and stale.history and stale.interests
    assert fresh.history[0] == bought and fresh.orders == before.orders + 1
    assert cached == fresh


async def test_a_member_the_version_does_not_know_is_read_from_postgres(
    tmp_path: Path, registry: published.RecsIndexRegistry
) -> None:
    # given a version built before the member registered
    planted = await make_planted(members=8, orders=2)
    await training.rebuild(index_dir=tmp_path)
    snapshot = await _snapshot(registry)
    newcomer = await make_member(city="Hangzhou", region="East")
    await insert_orders([(newcomer.id, planted.items_by_cluster[0][:2], 0.0)])
    # when
    facts = await member_context.member_facts(newcomer.id, snapshot)
    # then
    assert snapshot is not None and snapshot.of(newcomer.id) is None
    assert (facts.city, facts.orders) == ("Hangzhou", 1)
    assert set(facts.history) == set(planted.items_by_cluster[0][:2])
