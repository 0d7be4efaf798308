"""Tag computation on PostgreSQL and Redis: hand-computed models, bitmaps, version swap."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from domain import cache, db
from domain.audience import bitmaps
from domain.segments import service as segments_service
from domain.tags import runs as tags_runs
from domain.tags import service as tags_service
from domain.tags import store
from tests.factories import make_catalogue, make_member, make_order

pytestmark = pytest.mark.usefixtures("database")


async def _values(member_id: int) -> dict[str, str | None]:
    return {v.tag.code: v.value for v in await tags_service.member_tag_values(member_id)}


async def test_rfm_classes_and_lifecycle_match_a_hand_computed_case() -> None:
    # given three buyers and a prospect (mean cuts: recency 35 days, 2.33 orders, 15,333 cents)
    await make_catalogue()
    loyal, lapsed, newcomer, prospect = [await make_member() for _ in range(4)]
    for age in (40, 30, 20, 10, 2):
        await make_order(loyal.id, days_ago=age, cents=5000, coupon=True)
    await make_order(lapsed.id, days_ago=100, cents=1000)
    await make_order(newcomer.id, days_ago=3, cents=20000)
    # when all tags are computed
    await tags_runs.compute_all()
    # then RFM classes and lifecycle stages are the hand-computed ones
    assert (await _values(loyal.id))["rfm"] == "IMPORTANT_VALUE"
    assert (await _values(lapsed.id))["rfm"] == "GENERAL_WIN_BACK"
    assert (await _values(newcomer.id))["rfm"] == "IMPORTANT_DEVELOPMENT"
    assert (await _values(prospect.id))["rfm"] == "NO_ORDERS"
    stages = [(await _values(m.id))["lifecycle"] for m in (loyal, lapsed, newcomer, prospect)]
    assert stages == ["LOYAL", "DORMANT", "NEW", "PROSPECT"]
    assert (await _values(loyal.id))["promotion_sensitivity"] == "ENTHUSIAST"
    assert (await _values(lapsed.id))["promotion_sensitivity"] == "INDIFFERENT"


async def test_bitmaps_equal_the_postgresql_values() -> None:
    # given members with varied profiles and orders
    await make_catalogue()
    for index in range(12):
        member = await make_member(city=["Beijing", "Shanghai", None][index % 3])
        for age in range(index % 4):
            await make_order(member.id, days_ago=5 + 20 * age, cents=1000 * (index + 1))
    # when all tags are computed
    await tags_runs.compute_all()
    # then every value's bitmap holds exactly the members whose row has that value
    meta = await store.current()
    run = await tags_runs.published_run()
    assert meta is not None and run is not None
    rows = await db.fetch("SELECT member_id, codes FROM member_tags ORDER BY member_id")
    for position, column in enumerate(run.columns):
        for index in range(len(column["labels"])):
            key = store.tag_key(meta["version"], column["code"], index)
            in_redis = bitmaps.bitmap_to_ids(await store.get_bitmap(key)).tolist()
            in_postgres = [r["member_id"] for r in rows if r["codes"][position] == index]
            assert in_redis == in_postgres, (column["code"], column["labels"][index])


async def test_readers_never_see_half_a_run() -> None:
    # given a published run with 3 Beijing members, then 40 more
    for _ in range(3):
        await make_member(city="Beijing")
    await tags_runs.compute_all()
    for _ in range(40):
        await make_member(city="Beijing")
    definition = {"tag": {"tag_code": "city", "op": "EQUALS", "values": ["Beijing"]}}
    seen: list[int] = []
    done = asyncio.Event()

    async def read() -> None:
        while not done.is_set() or len(seen) < 2:  # at least one read during or after the run
            seen.append((await segments_service.preview(definition)).count)
            await asyncio.sleep(0)

    async def run() -> None:
        await tags_runs.compute_all()
        done.set()

    # when previews run throughout the second run
    await asyncio.gather(read(), run())
    # then each preview saw the old or the new version, never a mix, and old keys expire
    assert len(seen) > 1 and set(seen) <= {3, 43}
    assert (await segments_service.preview(definition)).count == 43
    assert 0 < await cache.redis().ttl(store.live_key(1)) <= store.OLD_VERSION_GRACE_SECONDS


async def test_a_member_refresh_moves_their_bits_in_the_current_version() -> None:
    # given a published run where the member is a prospect
    await make_catalogue()
    member = await make_member()
    await tags_runs.compute_all()
    meta = await store.current()
    assert meta is not None
    labels = meta["tags"]["lifecycle"]["labels"]
    # when they buy and their tags are refreshed
    await make_order(member.id, days_ago=1)
    await tags_service.refresh_member_tags(member.id)
    # then the row and the bits say NEW, no longer PROSPECT
    assert (await _values(member.id))["lifecycle"] == "NEW"
    version = meta["version"]
    new_bits = await store.get_bitmap(store.tag_key(version, "lifecycle", labels.index("NEW")))
    old_bits = await store.get_bitmap(store.tag_key(version, "lifecycle", labels.index("PROSPECT")))
    assert bitmaps.bitmap_to_ids(new_bits).tolist() == [member.id]
    assert bitmaps.bitmap_to_ids(old_bits).tolist() == []
    assert np.all(
        bitmaps.bitmap_to_ids(await store.get_bitmap(store.live_key(version))) == [member.id]
    )


async def test_customer_value_is_expected_purchases_times_expected_spend() -> None:
    # given a frequent buyer, an occasional one and a prospect (too few buyers to fit spend)
    await make_catalogue()
    frequent, occasional, prospect = [await make_member() for _ in range(3)]
    for age in (60, 45, 30, 15, 2):
        await make_order(frequent.id, days_ago=age, cents=8000)
    for age in (90, 40):
        await make_order(occasional.id, days_ago=age, cents=3000)
    # when
    await tags_runs.compute_all()
    numbers = {
        m.id: {v.tag.code: v for v in await tags_service.member_tag_values(m.id)}
        for m in (frequent, occasional, prospect)
    }
    # then value = BG/NBD purchases over 365 days x the member's own average order
    run = await tags_runs.published_run()
    assert run is not None
    r, alpha, a, b = run.params["bgnbd"]["params"]
    from domain.tags import bgnbd

    params = bgnbd.BgNbdParams(r=r, alpha=alpha, a=a, b=b, log_likelihood=0.0)
    frequent_value = numbers[frequent.id]["customer_value_365d"]
    purchases = numbers[frequent.id]["expected_purchases_30d"]
    assert purchases.number is not None and frequent_value.number is not None
    assert run.params["gammagamma"]["params"] is None
    x, t_x, T = np.array([4.0]), np.array([58 / 7]), np.array([61 / 7])
    expected = bgnbd.expected_purchases(params, 365 / 7, x, t_x, T)[0] * 8000
    assert frequent_value.number == pytest.approx(expected, rel=0.02)
    occasional_value = numbers[occasional.id]["customer_value_365d"].number
    assert occasional_value is not None and frequent_value.number > occasional_value
    assert numbers[prospect.id]["customer_value_365d"].value == "NO_ORDERS"
