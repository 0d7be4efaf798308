"""A tag's rule as typed inputs, converted to the rule JSON the tags area stores.

The domain's rule JSON (domain/tags/catalog.py) keys its parts by kind; here each kind is one
field of the oneOf `TagRuleInput`, and the paths of domain errors are mapped back
(`rule.thresholds` becomes `rule.tiered.thresholds`).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, TypeAlias

import strawberry

from domain.tags import compute
from domain.tags.models import TagKind
from schema.errors import InputError
from schema.segments.inputs import (
    BehaviourConditionInput,
    FiltersInput,
    MetricEnum,
    SourceEnum,
    camel_path,
)

AttributeEnum: TypeAlias = compute.Attribute
strawberry.enum(compute.Attribute, name="TagAttribute", description="A profile attribute.")
MeasureFieldEnum: TypeAlias = compute.MeasureField
strawberry.enum(
    compute.MeasureField, name="TagMeasureField", description="A per-member number to cut."
)
TagModelEnum: TypeAlias = compute.TagModel
strawberry.enum(compute.TagModel, name="TagModel", description="The model behind a MODEL tag.")


class RfmStatistic(StrEnum):
    """A cut taken from the members with orders."""

    MEAN = "mean"
    MEDIAN = "median"


RfmStatisticEnum: TypeAlias = RfmStatistic
strawberry.enum(RfmStatistic, name="RfmStatistic", description="A cut from the data.")


def _given(value: object) -> bool:
    return value is not None and value is not strawberry.UNSET


@strawberry.input(name="AttributeRuleInput", description="ATTRIBUTE: a profile attribute.")
class AttributeRuleInput:
    field: AttributeEnum = strawberry.field(description="The attribute read.")
    edges: list[float] | None = strawberry.field(
        default=None, description="AGE_BAND: ascending band edges in years."
    )

    def to_rule(self) -> dict[str, Any]:
        rule: dict[str, Any] = {"field": compute.Attribute(self.field).value}
        if self.edges is not None:
            rule["edges"] = list(self.edges)
        return rule


@strawberry.input(
    name="BehaviourMeasureInput", description="A metric of orders or events over windowDays."
)
class BehaviourMeasureInput:
    source: SourceEnum = strawberry.field(description="Orders or events.")
    metric: MetricEnum = strawberry.field(description="What is measured.")
    window_days: int = strawberry.field(description="Days counted back from today.")
    event_name: str | None = strawberry.field(default=None, description="Events only.")
    filters: FiltersInput | None = strawberry.field(default=None, description="What is counted.")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source.value,
            "metric": self.metric.value,
            "window_days": self.window_days,
        }
        if self.event_name is not None:
            data["event_name"] = self.event_name
        if self.filters is not None:
            data["filters"] = self.filters.to_dict("rule.tiered.measure.behaviour.filters")
        return data


@strawberry.input(
    one_of=True, name="TagMeasureInput", description="What a TIERED tag cuts: give one field."
)
class MeasureInput:
    field: MeasureFieldEnum | None = strawberry.field(
        default=strawberry.UNSET, description="A per-member number."
    )
    behaviour: BehaviourMeasureInput | None = strawberry.field(
        default=strawberry.UNSET, description="A behaviour metric."
    )

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.field, compute.MeasureField):
            return {"field": self.field.value}
        assert isinstance(self.behaviour, BehaviourMeasureInput)
        return {"behaviour": self.behaviour.to_dict()}


@strawberry.input(name="TieredRuleInput", description="TIERED: a measure cut into tiers.")
class TieredRuleInput:
    measure: MeasureInput = strawberry.field(description="What is cut.")
    thresholds: list[float] | None = strawberry.field(
        default=None, description="Ascending cut points (give these or quantiles)."
    )
    quantiles: list[float] | None = strawberry.field(
        default=None, description="Ascending quantiles within (0, 1), cut on each run."
    )
    labels: list[str] | None = strawberry.field(
        default=None, description="One label per tier (one more than the cuts)."
    )

    def to_rule(self) -> dict[str, Any]:
        rule: dict[str, Any] = {"measure": self.measure.to_dict()}
        for key in ("thresholds", "quantiles", "labels"):
            value = getattr(self, key)
            if value is not None:
                rule[key] = list(value)
        return rule


@strawberry.input(name="RfmCutInput", one_of=True, description="An RFM cut: give one field.")
class RfmCutInput:
    statistic: RfmStatisticEnum | None = strawberry.field(
        default=strawberry.UNSET, description="The mean or median of members with orders."
    )
    value: float | None = strawberry.field(default=strawberry.UNSET, description="A fixed cut.")

    def to_setting(self) -> str | float:
        if isinstance(self.statistic, RfmStatistic):
            return self.statistic.value
        assert self.value is not None and self.value is not strawberry.UNSET
        return self.value


@strawberry.input(name="RfmConfigInput", description="RFM: the cut of each dimension.")
class RfmConfigInput:
    recency: RfmCutInput | None = strawberry.field(default=None, description="Default MEAN.")
    frequency: RfmCutInput | None = strawberry.field(default=None, description="Default MEAN.")
    monetary: RfmCutInput | None = strawberry.field(default=None, description="Default MEAN.")

    def to_config(self) -> dict[str, Any]:
        cuts = {"recency": self.recency, "frequency": self.frequency, "monetary": self.monetary}
        return {key: cut.to_setting() for key, cut in cuts.items() if cut is not None}


@strawberry.input(name="LifecycleConfigInput", description="Lifecycle: the stage thresholds.")
class LifecycleConfigInput:
    new_within_days: int | None = strawberry.field(default=None, description="Default 30.")
    loyal_min_orders: int | None = strawberry.field(default=None, description="Default 5.")
    dormant_after_days: int | None = strawberry.field(default=None, description="Default 90.")
    lost_after_days: int | None = strawberry.field(default=None, description="Default 180.")

    def to_config(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@strawberry.input(
    name="PromotionConfigInput", description="Promotion sensitivity: the class thresholds."
)
class PromotionConfigInput:
    enthusiast_share: float | None = strawberry.field(default=None, description="Default 0.7.")
    sensitive_share: float | None = strawberry.field(default=None, description="Default 0.4.")
    neutral_share: float | None = strawberry.field(default=None, description="Default 0.1.")
    min_orders: int | None = strawberry.field(default=None, description="Default 1.")

    def to_config(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


_CONFIGS = ("rfm", "lifecycle", "promotion")


@strawberry.input(
    name="ModelRuleInput",
    description="MODEL: a built-in model; give only the settings of the chosen model.",
)
class ModelRuleInput:
    model: TagModelEnum = strawberry.field(description="The model.")
    rfm: RfmConfigInput | None = strawberry.field(default=None, description="RFM settings.")
    lifecycle: LifecycleConfigInput | None = strawberry.field(
        default=None, description="LIFECYCLE settings."
    )
    promotion: PromotionConfigInput | None = strawberry.field(
        default=None, description="PROMOTION settings."
    )
    days: int | None = strawberry.field(
        default=None,
        description="PURCHASE_PROBABILITY, EXPECTED_PURCHASES, CUSTOMER_VALUE: the horizon.",
    )
    thresholds: list[float] | None = strawberry.field(
        default=None, description="Horizon models: ascending cuts of the prediction."
    )
    labels: list[str] | None = strawberry.field(
        default=None, description="Horizon models: one label per tier."
    )

    def to_rule(self) -> dict[str, Any]:
        model = compute.TagModel(self.model)
        rule: dict[str, Any] = {"model": model.value}
        for name in _CONFIGS:
            config = getattr(self, name)
            if config is None:
                continue
            if name != model.value:
                raise InputError(
                    f"{model.name} takes no {name} settings.", field=f"rule.model.{name}"
                )
            rule["config"] = config.to_config()
        for key in ("days", "thresholds", "labels"):
            value = getattr(self, key)
            if value is not None:
                rule[key] = list(value) if isinstance(value, list) else value
        return rule


@strawberry.input(
    one_of=True,
    name="TagRuleInput",
    description="How a tag is computed, by its kind: give exactly one field (MANUAL: none).",
)
class TagRuleInput:
    attribute: AttributeRuleInput | None = strawberry.field(
        default=strawberry.UNSET, description="ATTRIBUTE tags."
    )
    computed: BehaviourConditionInput | None = strawberry.field(
        default=strawberry.UNSET, description="COMPUTED tags: YES when the condition holds."
    )
    tiered: TieredRuleInput | None = strawberry.field(
        default=strawberry.UNSET, description="TIERED tags."
    )
    model: ModelRuleInput | None = strawberry.field(
        default=strawberry.UNSET, description="MODEL tags."
    )

    @property
    def kind(self) -> TagKind:
        """The tag kind this rule is for."""
        if _given(self.attribute):
            return TagKind.ATTRIBUTE
        if _given(self.computed):
            return TagKind.COMPUTED
        if _given(self.tiered):
            return TagKind.TIERED
        return TagKind.MODEL

    def to_rule(self) -> dict[str, Any]:
        """The stored rule JSON."""
        if isinstance(self.attribute, AttributeRuleInput):
            return self.attribute.to_rule()
        if isinstance(self.computed, BehaviourConditionInput):
            return {"behaviour": self.computed.to_dict("rule.computed")}
        if isinstance(self.tiered, TieredRuleInput):
            return self.tiered.to_rule()
        assert isinstance(self.model, ModelRuleInput)
        return self.model.to_rule()


def rule_setting(kind: TagKind, rule: TagRuleInput | None) -> dict[str, Any]:
    """The rule JSON of a tag of `kind`; a rule of another kind is INVALID at `rule`."""
    if rule is None:
        return {}
    if rule.kind is not TagKind(kind):
        raise InputError(
            f"A {TagKind(kind).value} tag takes no {rule.kind.value} rule.", field="rule"
        )
    return rule.to_rule()


_BRANCH = {
    TagKind.ATTRIBUTE: "attribute",
    TagKind.COMPUTED: "computed",
    TagKind.TIERED: "tiered",
    TagKind.MODEL: "model",
}
_CONFIG_PATH = re.compile(r"^rule\.model\.config")


def rule_path(kind: TagKind, rule: TagRuleInput | None, field: str | None) -> str | None:
    """The input path of a domain error's field under `rule` (`rule.behaviour.window_days` of a
    COMPUTED tag is `rule.computed.windowDays`, `rule.config.recency` of an RFM model is
    `rule.model.rfm.recency`)."""
    if not field or not field.startswith("rule.") or rule is None:
        return field
    branch = _BRANCH.get(TagKind(kind))
    if branch is None:
        return field
    rest = field.removeprefix("rule.")
    if branch == "computed":
        rest = rest.removeprefix("behaviour").lstrip(".")
    path = camel_path(f"rule.{branch}.{rest}" if rest else f"rule.{branch}") or field
    if isinstance(rule.model, ModelRuleInput):
        path = _CONFIG_PATH.sub(f"rule.model.{compute.TagModel(rule.model.model).value}", path)
    return path
