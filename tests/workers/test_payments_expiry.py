"""The expiry job turns PENDING purchases past their time into EXPIRED ones, once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain import db, jobs
from domain.levels import paid as paid_service
from domain.payments.models import PaymentMethod, Purchase
from tests.helpers import run_jobs
from tests.schema.payments.fixtures import member_with, setup_products

pytestmark = pytest.mark.usefixtures("database")


async def test_expiry_job_expires_what_is_past_its_time(redis_client) -> None:
    # given a purchase left PENDING long ago
    await setup_products()
    m = await member_with()
    await paid_service.buy(
        member_id=m,
        action=paid_service.Action.PURCHASE,
        plan_code="FAMILY",
        method=PaymentMethod.EXTERNAL,
        key="k",
        operator="t",
        now=datetime(2020, 1, 1, tzinfo=UTC),
    )
    # when the expiry job runs twice
    for run in range(2):
        async with jobs.deferred_scope(), db.transaction():
            await jobs.defer("payments.expire", key=f"payments.expire:test{run}")
        await run_jobs(redis_client)
    # then the purchase is EXPIRED
    assert (await Purchase.get(member_id=m)).status == "EXPIRED"
