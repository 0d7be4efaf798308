"""The order and event jobs refresh a member's tags in the published version."""

from __future__ import annotations

import pytest

from domain import cache
from domain.audience import bitmaps
from domain.tags import definitions as tags_definitions
from domain.tags import runs as tags_runs
from domain.tags import service as tags_service
from domain.tags import store
from domain.tags.models import TagKind, TagStatus
from tests.factories import make_catalogue, make_events, make_member, make_order
from tests.helpers import run_jobs

pytestmark = pytest.mark.usefixtures("database")


async def test_order_and_event_jobs_refresh_member_tags() -> None:
    # given a published run where the member is a prospect, and a tag counting visits
    await make_catalogue()
    member = await make_member()
    await tags_definitions.define_tag(
        tags_definitions.TagSpec(
            code="frequent_visitor",
            name="Visits in 30 days",
            kind=TagKind.TIERED,
            owner="ops",
            status=TagStatus.ONLINE,
            rule={
                "measure": {
                    "behaviour": {
                        "source": "EVENT",
                        "event_name": "visit",
                        "metric": "COUNT",
                        "window_days": 30,
                    }
                },
                "thresholds": [1, 3],
                "labels": ["NONE", "SOME", "MANY"],
            },
        )
    )
    await tags_runs.compute_all()
    await run_jobs(cache.redis())
    # when they buy and visit, and the order and event jobs run
    await make_order(member.id, days_ago=0.1)
    await make_events(member.id, "visit", [1, 2, 3])
    await run_jobs(cache.redis())
    # then their lifecycle and visit tier moved, in PostgreSQL and in the bitmaps
    values = {v.tag.code: v.value for v in await tags_service.member_tag_values(member.id)}
    assert values["lifecycle"] == "NEW" and values["frequent_visitor"] == "MANY"
    meta = await store.current()
    assert meta is not None
    key = store.tag_key(meta["version"], "frequent_visitor", 2)
    assert bitmaps.bitmap_to_ids(await store.get_bitmap(key)).tolist() == [member.id]
