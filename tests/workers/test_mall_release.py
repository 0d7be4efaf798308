"""The release job cancels exchanges whose cash part lapsed, giving points and stock back once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain import db, jobs
from domain.engagement import mall
from domain.engagement.mall_models import MallGoods, MallOrder, MallOrderStatus
from tests.domain.engagement.test_mall import balance, rich_member
from tests.factories.mall import make_goods
from tests.helpers import run_jobs

pytestmark = pytest.mark.usefixtures("database")


async def test_release_job_cancels_lapsed_exchanges_once(redis_client) -> None:
    # given an exchange with a cash part, placed long ago and never paid
    goods = await make_goods(cash_cents=300)
    member = await rich_member(goods.point_type)
    order = await mall.exchange(
        member_id=member,
        goods_id=goods.id,
        quantity=2,
        key="old",
        now=datetime(2020, 1, 1, tzinfo=UTC),
    )
    assert order.status == MallOrderStatus.PENDING_PAYMENT
    # when the release job runs twice
    for run in range(2):
        async with jobs.deferred_scope(), db.transaction():
            await jobs.defer("mall.release_unpaid", key=f"mall.release_unpaid:test{run}")
        await run_jobs(redis_client)
    # then it is cancelled and its points and stock are back, once
    assert (await MallOrder.get(id=order.id)).status == MallOrderStatus.CANCELLED
    assert await balance(member, goods.point_type) == (1000, 0)
    assert (await MallGoods.get(id=goods.id)).sold == 0
