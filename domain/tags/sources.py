"""The segment DSL's behaviour leaves as reads of the orders area.

Tags and segment leaves need orders and events in bulk; `domain.orders.reads` owns those
statements and takes plain `Activity` values, which this module builds from DSL conditions.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np

from domain.audience.dsl import BehaviourCondition, EventSpec, Filters, Source
from domain.audience.dsl import Sequence as SequenceCondition
from domain.clock import business_day_start
from domain.orders import reads as orders_reads

EPOCH = date(1970, 1, 1)


def _activity(source: Source, event_name: str | None, filters: Filters) -> orders_reads.Activity:
    return orders_reads.Activity(
        source="ORDER" if source is Source.ORDER else "EVENT",
        event_name=None if source is Source.ORDER else event_name,
        item_ids=filters.item_ids,
        category_ids=filters.category_ids,
        brand_ids=filters.brand_ids,
        store_codes=filters.store_codes,
        channels=filters.channels,
        properties=filters.properties,
    )


def _spec(spec: EventSpec) -> orders_reads.Activity:
    return _activity(spec.source, spec.event_name, spec.filters)


def _window_start(as_of: date, window_days: int) -> datetime:
    return business_day_start(date.fromordinal(as_of.toordinal() - window_days + 1))


async def behaviour_metric(
    condition: BehaviourCondition, as_of: date, only: list[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(member ids, metric) of members with any matching activity in the condition's window."""
    activity = _activity(condition.source, condition.event_name, condition.filters)
    start = _window_start(as_of, condition.window_days)
    return await orders_reads.activity_metric(activity, condition.metric.value, start, only)


async def sequence_members(condition: SequenceCondition, as_of: date) -> np.ndarray:
    """Members with a `first` occurrence followed (or, negated, not followed) by `then`."""
    since = None
    if condition.window_days is not None:
        since = _window_start(as_of, condition.window_days)
    return await orders_reads.sequence_members(
        _spec(condition.first),
        _spec(condition.then),
        within_days=condition.within_days,
        negate_then=condition.negate_then,
        since=since,
    )
