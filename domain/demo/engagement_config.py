"""The demo's engagement levers: a daily sign-in rule, tasks with rewards and badges, and a few
gift cards whose codes are printed so they can be tried at once."""

from __future__ import annotations

from datetime import timedelta

from domain.clock import utc_now
from domain.engagement import signin, tasks
from domain.engagement.models import TaskPeriod, TaskTrigger
from domain.wallet import gift_cards


async def configure_engagement() -> list[str]:
    """Configure sign-in, tasks and gift cards; returns what was done, one line each."""
    await signin.define_rule(
        point_type="POINTS",
        rewards=[5, 5, 10, 10, 15, 15, 30],
        make_up_days=3,
        make_up_cost=20,
        operator="demo",
    )
    await tasks.define_task(
        code="FIRST_ORDER",
        name="Place your first order",
        trigger=TaskTrigger.ORDER,
        reward_coupon="NEW_50",
        badge="FIRST_BUY",
    )
    await tasks.define_task(
        code="DAILY_REVIEW",
        name="Review a purchase today",
        trigger=TaskTrigger.EVENT,
        event_name="review",
        period=TaskPeriod.DAY,
        reward_point_type="POINTS",
        reward_points=5,
    )
    await tasks.define_task(
        code="MONTHLY_3_ORDERS",
        name="Three orders this month",
        trigger=TaskTrigger.ORDER,
        period=TaskPeriod.MONTH,
        target=3,
        reward_point_type="POINTS",
        reward_points=100,
        badge="REGULAR",
    )
    now = utc_now()
    cards = await gift_cards.issue(
        count=3, face_cents=20000, expires_at=now + timedelta(days=365), batch="demo", now=now
    )
    return [
        "daily sign-in: 5 to 30 points by streak day, make-up within 3 days for 20 points",
        "tasks FIRST_ORDER, DAILY_REVIEW and MONTHLY_3_ORDERS with badges",
        "gift cards of 200.00 to activate: " + ", ".join(c.code for c in cards),
    ]
