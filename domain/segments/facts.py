"""Fact leaves to member sets: one statement per leaf, in the area that owns the data.

Areas below segments are called directly; levels (on the same layer) registers its sources with
`register_source` from `hooks_setup`, and campaign exposure is read in `campaign_facts`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta

import numpy as np

from domain.audience.facts import Fact, FactCondition, FactMembers, numeric_members
from domain.audience.terms import Comparison
from domain.benefits import reads as benefits_reads
from domain.catalog import reads as catalog_reads
from domain.clock import business_day_start, business_zone
from domain.coupons import reads as coupons_reads
from domain.ledger import reads as ledger_reads
from domain.members import fact_reads as members_facts
from domain.orders import reads as orders_reads
from domain.points.config import DEFAULT_TYPE
from domain.segments.campaign_facts import campaign_members
from domain.tags import history as tags_history
from domain.tags import reads as tags_reads
from domain.tags import runs as tags_runs
from domain.wallet.service import BONUS, PRINCIPAL

FactSource = Callable[[FactCondition, date], Awaitable[FactMembers]]

# The recommendation click event (recs records it; segments cannot import recs).
REC_CLICK_EVENT = "rec_click"
MODEL_TAGS = {
    Fact.PURCHASE_PROBABILITY: "purchase_probability",
    Fact.EXPECTED_VALUE: "customer_value_365d",
}

_registered: dict[Fact, FactSource] = {}


def register_source(kind: Fact, source: FactSource) -> None:
    """Let a higher area answer a fact kind (keyed: registering twice replaces)."""
    _registered[kind] = source


def _day(as_of: date, offset: int) -> datetime:
    return business_day_start(as_of + timedelta(days=offset))


def _window(as_of: date, days: int | None) -> tuple[datetime, datetime]:
    """[start of the first day, start of the day after `as_of`) of a `days`-day window."""
    return _day(as_of, 1 - (days or 1)), _day(as_of, 1)


def _ids(ids: np.ndarray) -> FactMembers:
    return FactMembers(np.asarray(ids, dtype=np.int64))


async def _points_balance(c: FactCondition, as_of: date) -> FactMembers:
    ids, values = await ledger_reads.balances([f"POINTS:{c.point_type or DEFAULT_TYPE}"])
    return numeric_members(ids, values, c, absent_is_zero=True)


async def _points_expiring(c: FactCondition, as_of: date) -> FactMembers:
    asset = f"POINTS:{c.point_type or DEFAULT_TYPE}"
    start, end = _day(as_of, 0), _day(as_of, c.within_days or 1)
    ids, values = await ledger_reads.expiring_totals(asset, start, end)
    return numeric_members(ids, values, c, absent_is_zero=True)


async def _wallet_balance(c: FactCondition, as_of: date) -> FactMembers:
    ids, values = await ledger_reads.balances([PRINCIPAL, BONUS])
    return numeric_members(ids, values, c, absent_is_zero=True)


async def _joined(c: FactCondition, as_of: date) -> FactMembers:
    start = business_day_start(c.date_from) if c.date_from else None
    end = business_day_start(c.date_to + timedelta(days=1)) if c.date_to else None
    return _ids(await members_facts.registered_between(start, end))


async def _tenure(c: FactCondition, as_of: date) -> FactMembers:
    ids, days = await members_facts.days_since_registration(as_of, business_zone().key)
    return numeric_members(ids, days, c, absent_is_zero=False)


async def _channel(c: FactCondition, as_of: date) -> FactMembers:
    return _ids(await members_facts.with_value_in("channel", list(c.codes)))


async def _source_store(c: FactCondition, as_of: date) -> FactMembers:
    return _ids(await members_facts.with_value_in("source_store", list(c.codes)))


async def _store_place(c: FactCondition, as_of: date) -> FactMembers:
    column = "region" if c.kind is Fact.STORE_REGION else "city"
    stores = catalog_reads.store_codes_sql(column, "$1")
    return _ids(await members_facts.with_source_store_in(stores, list(c.codes)))


async def _consent(c: FactCondition, as_of: date) -> FactMembers:
    return _ids(await members_facts.consenting(c.codes))


async def _coupon_held(c: FactCondition, as_of: date) -> FactMembers:
    return _ids(await coupons_reads.holders(list(c.codes), _day(as_of, 0)))


async def _coupon_used(c: FactCondition, as_of: date) -> FactMembers:
    start, end = _window(as_of, c.window_days)
    return _ids(await coupons_reads.users(list(c.codes), start, end))


async def _card(c: FactCondition, as_of: date) -> FactMembers:
    return _ids(await benefits_reads.card_holders(list(c.codes), as_of))


async def _benefit_used(c: FactCondition, as_of: date) -> FactMembers:
    start, end = _window(as_of, c.window_days)
    return _ids(await benefits_reads.users(list(c.codes), start, end))


async def _rec_clicks(c: FactCondition, as_of: date) -> FactMembers:
    activity = orders_reads.Activity(source="EVENT", event_name=REC_CLICK_EVENT)
    start, _ = _window(as_of, c.window_days)
    ids, counts = await orders_reads.activity_metric(activity, "COUNT", start)
    return numeric_members(ids, counts, c, absent_is_zero=True)


async def _model_value(c: FactCondition, as_of: date) -> FactMembers:
    run = await tags_runs.published_run()
    code = MODEL_TAGS[c.kind]
    entry = next((e for e in run.columns if e["code"] == code), None) if run else None
    if entry is None or entry["number"] is None or c.value is None:
        return _ids(np.zeros(0))
    low, high = -np.inf, np.inf
    if c.op is not Comparison.LTE:
        low = c.value
    if c.op is Comparison.LTE:
        high = c.value
    elif c.op is Comparison.BETWEEN and c.value_to is not None:
        high = c.value_to
    return _ids(await tags_reads.members_with_number(entry["number"], low, high))


async def _tag_at(c: FactCondition, as_of: date) -> FactMembers:
    day = as_of - timedelta(days=c.days_ago or 0)
    return _ids(await tags_history.members_with_value_at(c.tag_code or "", list(c.codes), day))


_BUILT_IN: dict[Fact, FactSource] = {
    Fact.POINTS_BALANCE: _points_balance,
    Fact.POINTS_EXPIRING: _points_expiring,
    Fact.WALLET_BALANCE: _wallet_balance,
    Fact.JOINED: _joined,
    Fact.TENURE_DAYS: _tenure,
    Fact.REGISTRATION_CHANNEL: _channel,
    Fact.SOURCE_STORE: _source_store,
    Fact.STORE_REGION: _store_place,
    Fact.STORE_CITY: _store_place,
    Fact.CONSENT: _consent,
    Fact.COUPON_HELD: _coupon_held,
    Fact.COUPON_USED: _coupon_used,
    Fact.BENEFIT_CARD: _card,
    Fact.BENEFIT_USED: _benefit_used,
    Fact.CAMPAIGN_RECEIVED: campaign_members,
    Fact.CAMPAIGN_CLICKED: campaign_members,
    Fact.CAMPAIGN_CONVERTED: campaign_members,
    Fact.CAMPAIGN_CONTROL: campaign_members,
    Fact.REC_CLICKS: _rec_clicks,
    Fact.PURCHASE_PROBABILITY: _model_value,
    Fact.EXPECTED_VALUE: _model_value,
    Fact.TAG_AT: _tag_at,
}


async def fact_members(condition: FactCondition, as_of: date) -> FactMembers:
    """The members of a validated fact leaf on the evaluation day `as_of`."""
    source = _registered.get(condition.kind) or _BUILT_IN.get(condition.kind)
    if source is None:  # LEVEL and PAID_PLAN before hooks are registered
        raise LookupError(f"no source registered for the {condition.kind} fact")
    return await source(condition, as_of)
