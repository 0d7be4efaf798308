"""Turning tag definitions into columns: one code per member (-1 = no value) plus numbers.

Population-dependent parameters (RFM and quadrant cuts, quantile thresholds, the BG/NBD fit) are
resolved on the full run and recorded in `params`; passing them back as `fixed` recomputes one
member exactly as the run would have, which is how incremental updates stay consistent.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import numpy as np

from domain.audience import dsl
from domain.members.models import Gender
from domain.tags import rules, sources
from domain.tags.columns import NONE, Column, Inputs, today_index
from domain.tags.models import TagDefinition, TagKind
from domain.tags.predictions import customer_value_column, purchase_column


class MeasureField(StrEnum):
    """A per-member number a TIERED tag can cut into tiers."""

    ORDER_COUNT = "order_count"
    TOTAL_SPEND_CENTS = "total_spend_cents"
    AVERAGE_ORDER_CENTS = "average_order_cents"
    DAYS_SINCE_LAST_ORDER = "days_since_last_order"
    PROMOTED_SHARE = "promoted_share"
    AGE = "age"


class Attribute(StrEnum):
    """A profile attribute an ATTRIBUTE tag reads."""

    GENDER = "gender"
    AGE_BAND = "age_band"
    CITY = "city"


class TagModel(StrEnum):
    """The model behind a MODEL tag."""

    RFM = "rfm"
    LIFECYCLE = "lifecycle"
    QUADRANT = "quadrant"
    PROMOTION = "promotion"
    PURCHASE_PROBABILITY = "purchase_probability"
    EXPECTED_PURCHASES = "expected_purchases"
    CUSTOMER_VALUE = "customer_value"


FIELDS = tuple(MeasureField)
ATTRIBUTES = tuple(Attribute)
MODELS = tuple(TagModel)
# Models with a horizon in days and thresholds over their prediction.
HORIZON_MODELS = (
    TagModel.PURCHASE_PROBABILITY,
    TagModel.EXPECTED_PURCHASES,
    TagModel.CUSTOMER_VALUE,
)


def _group_codes(size: int, groups: dict[str, np.ndarray], labels: list[str]) -> np.ndarray:
    codes = np.full(size, NONE, dtype=rules.CODE_DTYPE)
    for index, label in enumerate(labels):
        ids = groups.get(label)
        if ids is not None and ids.size:
            codes[ids[ids < size]] = index
    return codes


def _attribute(tag: TagDefinition, inputs: Inputs) -> Column:
    frame = inputs.frame
    name = tag.rule.get("field")
    if name == "gender":
        labels = [g.value for g in Gender]
        return Column(tag.id, tag.code, labels, _group_codes(frame.size, frame.gender, labels))
    if name == "city":
        labels = sorted(frame.city)
        return Column(tag.id, tag.code, labels, _group_codes(frame.size, frame.city, labels))
    edges = tuple(int(e) for e in tag.rule.get("edges") or rules.DEFAULT_AGE_EDGES)
    values = rules.age_band(frame.birthdays, inputs.as_of, edges)
    return Column(tag.id, tag.code, values.labels, values.codes, inputs.field_values("age"))


def _rfm(tag: TagDefinition, inputs: Inputs) -> Column:
    recency = np.nan_to_num(inputs.field_values("days_since_last_order"), nan=0.0)
    frequency = inputs.field_values("order_count")
    money = inputs.field_values("total_spend_cents")
    config = rules.RfmConfig(**(tag.rule.get("config") or {}))
    scores = inputs.param(
        tag.code,
        "cuts",
        lambda: _cuts(rules.rfm_scores(recency, frequency, money, config)),
    )
    fixed = rules.RfmConfig(*scores)
    values = rules.rfm_classes(recency, frequency, money, fixed)
    return Column(tag.id, tag.code, values.labels, values.codes, money)


def _cuts(scores: rules.RfmScores) -> list[float]:
    return [scores.recency_cut, scores.frequency_cut, scores.monetary_cut]


def _lifecycle(tag: TagDefinition, inputs: Inputs) -> Column:
    orders = inputs.orders
    today = today_index(inputs)
    config = rules.LifecycleConfig(**(tag.rule.get("config") or {}))
    values = rules.lifecycle_stage(
        orders.orders, today - orders.first_day, today - orders.last_day, config
    )
    return Column(tag.id, tag.code, values.labels, values.codes, orders.orders.astype(float))


def _quadrant(tag: TagDefinition, inputs: Inputs) -> Column:
    frequency = inputs.field_values("order_count")
    money = inputs.field_values("total_spend_cents")
    has = frequency > 0
    average = inputs.field_values("average_order_cents")

    def cuts() -> list[float]:
        if not has.any():
            return [0.0, 0.0]
        return [float(frequency[has].mean()), float(average[has].mean())]

    frequency_cut, value_cut = inputs.param(tag.code, "cuts", cuts)
    values = rules.frequency_value_quadrant(
        frequency, money, frequency_cut=frequency_cut, value_cut=value_cut
    )
    return Column(tag.id, tag.code, values.labels, values.codes, average)


def _promotion(tag: TagDefinition, inputs: Inputs) -> Column:
    config = rules.PromotionConfig(**(tag.rule.get("config") or {}))
    values = rules.promotion_sensitivity(inputs.orders.orders, inputs.orders.promoted, config)
    return Column(
        tag.id, tag.code, values.labels, values.codes, inputs.field_values("promoted_share")
    )


def _compare(values: np.ndarray, condition: dsl.BehaviourCondition) -> np.ndarray:
    if condition.op is dsl.Comparison.GTE:
        return values >= condition.value
    if condition.op is dsl.Comparison.LTE:
        return values <= condition.value
    if condition.op is dsl.Comparison.EQ:
        result: np.ndarray = values == condition.value
        return result
    return (values >= condition.value) & (values <= (condition.value_to or 0))


async def behaviour_values(condition: dsl.BehaviourCondition, inputs: Inputs) -> np.ndarray:
    """The behaviour metric per member (0 without activity)."""
    ids, metric = await sources.behaviour_metric(condition, inputs.as_of, inputs.only)
    values = np.zeros(inputs.frame.size, dtype=np.float64)
    keep = ids < values.size
    values[ids[keep]] = metric[keep]
    return values


def parse_behaviour(body: Any, path: str, *, measure: bool = False) -> dsl.BehaviourCondition:
    """A behaviour condition from a rule; a measure has no comparison of its own."""
    data = dict(body) if isinstance(body, dict) else body
    if measure and isinstance(data, dict):
        data = {**data, "op": "GTE", "value": 0}
    condition = dsl.from_dict({"behaviour": data}, path=path)
    try:
        dsl.validate(condition)
    except dsl.InvalidDefinition as error:
        if error.field and error.field.startswith("definition"):
            error.field = path + error.field.removeprefix("definition")
        raise
    assert isinstance(condition, dsl.BehaviourCondition)
    return condition


async def _measure(tag: TagDefinition, inputs: Inputs) -> np.ndarray:
    measure = tag.rule.get("measure") or {}
    if "field" in measure:
        return inputs.field_values(measure["field"])
    condition = parse_behaviour(measure.get("behaviour"), "rule.measure", measure=True)
    return await behaviour_values(condition, inputs)


async def _tiered(tag: TagDefinition, inputs: Inputs) -> Column:
    values = await _measure(tag, inputs)
    known = ~np.isnan(values) & inputs.frame.live
    if "quantiles" in tag.rule:
        thresholds = inputs.param(
            tag.code,
            "thresholds",
            lambda: rules.quantile_cuts(values[known], tag.rule["quantiles"]).tolist(),
        )
        thresholds = [0.0 if t is None or np.isnan(t) else t for t in thresholds]
    else:
        thresholds = tag.rule["thresholds"]
    labels = tag.rule.get("labels") or tag.value_labels or None
    tiers = rules.tier_by_thresholds(np.nan_to_num(values), thresholds, labels)
    codes = np.where(np.isnan(values), NONE, tiers.codes).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, tiers.labels, codes, values)


async def _computed(tag: TagDefinition, inputs: Inputs) -> Column:
    condition = parse_behaviour(tag.rule.get("behaviour"), "rule")
    values = await behaviour_values(condition, inputs)
    codes = np.where(_compare(values, condition), 0, 1).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, ["YES", "NO"], codes, values)


def _manual(tag: TagDefinition, inputs: Inputs, assigned: dict[str, np.ndarray]) -> Column:
    labels = list(tag.value_labels or ["YES"])
    return Column(tag.id, tag.code, labels, _group_codes(inputs.frame.size, assigned, labels))


async def column_of(
    tag: TagDefinition, inputs: Inputs, manual: dict[str, np.ndarray] | None = None
) -> Column:
    """Compute one tag's column."""
    kind = TagKind(tag.kind)
    if kind is TagKind.ATTRIBUTE:
        column = _attribute(tag, inputs)
    elif kind is TagKind.COMPUTED:
        column = await _computed(tag, inputs)
    elif kind is TagKind.TIERED:
        column = await _tiered(tag, inputs)
    elif kind is TagKind.MANUAL:
        column = _manual(tag, inputs, manual or {})
    else:
        model = tag.rule.get("model")
        builders = {
            "rfm": _rfm,
            "lifecycle": _lifecycle,
            "quadrant": _quadrant,
            "promotion": _promotion,
            "customer_value": customer_value_column,
        }
        if model in builders:
            column = builders[model](tag, inputs)
        else:
            column = purchase_column(tag, inputs, str(model))
    column.codes = np.where(inputs.frame.live, column.codes, NONE).astype(rules.CODE_DTYPE)
    return column
