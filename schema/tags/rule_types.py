"""A tag's rule as output types: a union by kind, mirroring TagRuleInput."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Annotated, Any

import strawberry

from domain.audience import dsl
from domain.tags import compute, rules
from domain.tags.models import TagKind
from schema.segments.definition import BehaviourConditionType, FiltersType, from_domain
from schema.segments.inputs import MetricEnum, SourceEnum
from schema.tags.rule_inputs import (
    AttributeEnum,
    MeasureFieldEnum,
    RfmStatistic,
    RfmStatisticEnum,
    TagModelEnum,
)


@strawberry.type(name="AttributeRule", description="ATTRIBUTE: a profile attribute.")
class AttributeRuleType:
    field: AttributeEnum = strawberry.field(description="The attribute read.")
    edges: list[float] | None = strawberry.field(description="AGE_BAND: band edges in years.")


@strawberry.type(name="ComputedRule", description="COMPUTED: YES when the condition holds.")
class ComputedRuleType:
    behaviour: BehaviourConditionType = strawberry.field(description="The condition.")


@strawberry.type(name="BehaviourMeasure", description="A metric of orders or events.")
class BehaviourMeasureType:
    source: SourceEnum = strawberry.field(description="Orders or events.")
    metric: MetricEnum = strawberry.field(description="What is measured.")
    window_days: int = strawberry.field(description="Days counted back from today.")
    event_name: str | None = strawberry.field(description="Events only; null means any.")
    filters: FiltersType = strawberry.field(description="What is counted.")


@strawberry.type(name="TagMeasure", description="What a TIERED tag cuts: one field is set.")
class MeasureType:
    field: MeasureFieldEnum | None = strawberry.field(description="A per-member number.")
    behaviour: BehaviourMeasureType | None = strawberry.field(description="A behaviour metric.")


@strawberry.type(name="TieredRule", description="TIERED: a measure cut into tiers.")
class TieredRuleType:
    measure: MeasureType = strawberry.field(description="What is cut.")
    thresholds: list[float] | None = strawberry.field(description="Fixed cut points.")
    quantiles: list[float] | None = strawberry.field(description="Quantiles cut on each run.")
    labels: list[str] | None = strawberry.field(description="One label per tier.")


@strawberry.type(name="RfmCut", description="An RFM cut: a statistic or a fixed value.")
class RfmCutType:
    statistic: RfmStatisticEnum | None = strawberry.field(description="MEAN or MEDIAN.")
    value: float | None = strawberry.field(description="A fixed cut.")


@strawberry.type(name="RfmConfig", description="RFM: the cut of each dimension.")
class RfmConfigType:
    recency: RfmCutType
    frequency: RfmCutType
    monetary: RfmCutType


@strawberry.type(name="LifecycleConfig", description="Lifecycle: the stage thresholds.")
class LifecycleConfigType:
    new_within_days: int
    loyal_min_orders: int
    dormant_after_days: int
    lost_after_days: int


@strawberry.type(name="PromotionConfig", description="Promotion sensitivity: class thresholds.")
class PromotionConfigType:
    enthusiast_share: float
    sensitive_share: float
    neutral_share: float
    min_orders: int


@strawberry.type(name="ModelRule", description="MODEL: a built-in model and its settings.")
class ModelRuleType:
    model: TagModelEnum = strawberry.field(description="The model.")
    rfm: RfmConfigType | None = strawberry.field(description="RFM settings.")
    lifecycle: LifecycleConfigType | None = strawberry.field(description="LIFECYCLE settings.")
    promotion: PromotionConfigType | None = strawberry.field(description="PROMOTION settings.")
    days: int | None = strawberry.field(description="Horizon models: the horizon in days.")
    thresholds: list[float] | None = strawberry.field(description="Horizon models: cuts.")
    labels: list[str] | None = strawberry.field(description="Horizon models: tier labels.")


TagRule = Annotated[
    AttributeRuleType | ComputedRuleType | TieredRuleType | ModelRuleType,
    strawberry.union("TagRule", description="How a tag is computed, by its kind."),
]


def _floats(values: Any) -> list[float] | None:
    return None if values is None else [float(v) for v in values]


def _cut(value: Any) -> RfmCutType:
    if isinstance(value, str):
        return RfmCutType(statistic=RfmStatistic(value), value=None)
    return RfmCutType(statistic=None, value=float(value))


def _measure(measure: Mapping[str, Any]) -> MeasureType:
    if "field" in measure:
        return MeasureType(field=compute.MeasureField(measure["field"]), behaviour=None)
    body = dict(measure.get("behaviour") or {})
    condition = dsl.from_dict({"behaviour": {**body, "op": "GTE", "value": 0}})
    assert isinstance(condition, dsl.BehaviourCondition)
    return MeasureType(
        field=None,
        behaviour=BehaviourMeasureType(
            source=condition.source,
            metric=condition.metric,
            window_days=condition.window_days,
            event_name=condition.event_name,
            filters=FiltersType.from_domain(condition.filters),
        ),
    )


def _model(rule: Mapping[str, Any]) -> ModelRuleType:
    model = compute.TagModel(rule["model"])
    config = dict(rule.get("config") or {})
    rfm = lifecycle = promotion = None
    if model is compute.TagModel.RFM:
        cuts = rules.RfmConfig(**config)
        rfm = RfmConfigType(
            recency=_cut(cuts.recency),
            frequency=_cut(cuts.frequency),
            monetary=_cut(cuts.monetary),
        )
    elif model is compute.TagModel.LIFECYCLE:
        lifecycle = LifecycleConfigType(**asdict(rules.LifecycleConfig(**config)))
    elif model is compute.TagModel.PROMOTION:
        promotion = PromotionConfigType(**asdict(rules.PromotionConfig(**config)))
    days = rule.get("days")
    return ModelRuleType(
        model=model,
        rfm=rfm,
        lifecycle=lifecycle,
        promotion=promotion,
        days=None if days is None else int(days),
        thresholds=_floats(rule.get("thresholds")),
        labels=None if rule.get("labels") is None else [str(x) for x in rule["labels"]],
    )


def rule_from_setting(kind: TagKind, rule: Mapping[str, Any]) -> TagRule | None:
    """The output form of a stored rule; MANUAL tags have none."""
    kind = TagKind(kind)
    if kind is TagKind.ATTRIBUTE:
        return AttributeRuleType(
            field=compute.Attribute(rule["field"]), edges=_floats(rule.get("edges"))
        )
    if kind is TagKind.COMPUTED:
        behaviour = from_domain(dsl.from_dict({"behaviour": rule["behaviour"]}))
        assert isinstance(behaviour, BehaviourConditionType)
        return ComputedRuleType(behaviour=behaviour)
    if kind is TagKind.TIERED:
        labels = rule.get("labels")
        return TieredRuleType(
            measure=_measure(rule.get("measure") or {}),
            thresholds=_floats(rule.get("thresholds")),
            quantiles=_floats(rule.get("quantiles")),
            labels=None if labels is None else [str(x) for x in labels],
        )
    if kind is TagKind.MODEL:
        return _model(rule)
    return None
