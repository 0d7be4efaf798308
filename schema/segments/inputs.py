"""The audience definition language as nestable oneOf inputs, converted to the dsl JSON form."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain.audience import dsl, facts
from schema.relay import decode_id

SourceEnum: TypeAlias = dsl.Source
strawberry.enum(dsl.Source, name="BehaviourSource")
MetricEnum: TypeAlias = dsl.Metric
strawberry.enum(dsl.Metric, name="BehaviourMetric")
ComparisonEnum: TypeAlias = dsl.Comparison
strawberry.enum(dsl.Comparison, name="Comparison")
TagOpEnum: TypeAlias = dsl.TagOp
strawberry.enum(dsl.TagOp, name="TagOp")
FactEnum: TypeAlias = facts.Fact
strawberry.enum(facts.Fact, name="FactKind")

_SNAKE = re.compile(r"_([a-z])")


def camel_path(path: str | None) -> str | None:
    """`definition.and[0].behaviour.window_days` -> `definition.and[0].behaviour.windowDays`."""
    if not path:
        return path
    path = path.replace(".segment.segment_id", ".segment").replace(".list.list_id", ".list")
    path = path.replace(".fact.campaign_id", ".fact.campaign")
    return _SNAKE.sub(lambda m: m.group(1).upper(), path)


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v is not strawberry.UNSET}


def _ids(values: list[strawberry.ID] | None, type_name: str, path: str) -> list[int] | None:
    if values is None:
        return None
    return [decode_id(v, type_name, f"{path}[{i}]") for i, v in enumerate(values)]


@strawberry.input(description="Restrictions on the orders or events counted.")
class FiltersInput:
    item_ids: list[strawberry.ID] | None = None
    category_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Orders only: categories (global ids), sub-categories included."
    )
    brand_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Orders only: brands (global ids)."
    )
    store_codes: list[str] | None = None
    channels: list[str] | None = None
    properties: JSON | None = strawberry.field(
        default=None, description="Events only: property values that must match."
    )

    def to_dict(self, path: str) -> dict[str, Any]:
        """The dsl form; ids are decoded here (INVALID_ID with the path)."""
        return _drop_none(
            {
                "item_ids": _ids(self.item_ids, "Item", f"{path}.itemIds"),
                "category_ids": _ids(self.category_ids, "Category", f"{path}.categoryIds"),
                "brand_ids": _ids(self.brand_ids, "Brand", f"{path}.brandIds"),
                "store_codes": self.store_codes,
                "channels": self.channels,
                "properties": self.properties,
            }
        )


@strawberry.input(description="Tag value EQUALS values[0], is IN values, or in RANGE [min, max].")
class TagConditionInput:
    tag_code: str
    op: TagOpEnum
    values: list[str] | None = None
    min: float | None = None
    max: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(
            {
                "tag_code": self.tag_code,
                "op": dsl.TagOp(self.op).value,
                "values": self.values,
                "min": self.min,
                "max": self.max,
            }
        )


@strawberry.input(description="A metric of orders or events over the last windowDays days.")
class BehaviourConditionInput:
    source: SourceEnum
    metric: MetricEnum
    op: ComparisonEnum
    value: float = strawberry.field(description="Inclusive bound; AMOUNT is in cents.")
    window_days: int
    value_to: float | None = strawberry.field(default=None, description="Upper bound of BETWEEN.")
    event_name: str | None = strawberry.field(default=None, description="Events only.")
    filters: FiltersInput | None = None

    def to_dict(self, path: str) -> dict[str, Any]:
        return _drop_none(
            {
                "source": dsl.Source(self.source).value,
                "metric": dsl.Metric(self.metric).value,
                "op": dsl.Comparison(self.op).value,
                "value": self.value,
                "value_to": self.value_to,
                "window_days": self.window_days,
                "event_name": self.event_name,
                "filters": self.filters.to_dict(f"{path}.filters") if self.filters else None,
            }
        )


@strawberry.input(description="An order or an event, for sequences.")
class EventSpecInput:
    source: SourceEnum
    event_name: str | None = None
    filters: FiltersInput | None = None

    def to_dict(self, path: str) -> dict[str, Any]:
        return _drop_none(
            {
                "source": dsl.Source(self.source).value,
                "event_name": self.event_name,
                "filters": self.filters.to_dict(f"{path}.filters") if self.filters else None,
            }
        )


@strawberry.input(description="Did first and then `then` within withinDays (or not, negated).")
class SequenceConditionInput:
    first: EventSpecInput
    then: EventSpecInput
    within_days: int
    negate_then: bool = False
    window_days: int | None = strawberry.field(
        default=None, description="Only `first` occurrences within this many days."
    )

    def to_dict(self, path: str) -> dict[str, Any]:
        return _drop_none(
            {
                "first": self.first.to_dict(f"{path}.first"),
                "then": self.then.to_dict(f"{path}.then"),
                "within_days": self.within_days,
                "negate_then": self.negate_then,
                "window_days": self.window_days,
            }
        )


@strawberry.input(description="A fact about the member on the evaluation day; see FactKind.")
class FactConditionInput:
    kind: FactEnum
    codes: list[str] | None = None
    op: ComparisonEnum | None = None
    value: float | None = None
    value_to: float | None = None
    point_type: str | None = None
    campaign: strawberry.ID | None = None
    tag_code: str | None = None
    window_days: int | None = None
    within_days: int | None = None
    days_ago: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def to_dict(self, path: str) -> dict[str, Any]:
        """The dsl JSON form; the campaign id is decoded here (INVALID_ID with the path)."""
        campaign = None
        if self.campaign is not None:
            campaign = decode_id(self.campaign, "Campaign", f"{path}.campaign")
        return _drop_none(
            {
                "kind": facts.Fact(self.kind).value,
                "codes": self.codes,
                "op": None if self.op is None else dsl.Comparison(self.op).value,
                "value": self.value,
                "value_to": self.value_to,
                "point_type": self.point_type,
                "campaign_id": campaign,
                "tag_code": self.tag_code,
                "window_days": self.window_days,
                "within_days": self.within_days,
                "days_ago": self.days_ago,
                "date_from": None if self.date_from is None else self.date_from.isoformat(),
                "date_to": None if self.date_to is None else self.date_to.isoformat(),
            }
        )


@strawberry.input(
    one_of=True,
    name="SegmentDefinitionInput",
    description="One node of an audience definition: give exactly one field.",
)
class DefinitionInput:
    and_: list[DefinitionInput] | None = strawberry.field(
        name="and", default=strawberry.UNSET, description="Members matching every item."
    )
    or_: list[DefinitionInput] | None = strawberry.field(
        name="or", default=strawberry.UNSET, description="Members matching at least one item."
    )
    not_: DefinitionInput | None = strawberry.field(
        name="not", default=strawberry.UNSET, description="Live members not matching."
    )
    tag: TagConditionInput | None = strawberry.UNSET
    behaviour: BehaviourConditionInput | None = strawberry.UNSET
    sequence: SequenceConditionInput | None = strawberry.UNSET
    fact: FactConditionInput | None = strawberry.UNSET
    segment: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Members of another saved segment."
    )
    list: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Members of an uploaded identity list."
    )

    def to_dict(self, path: str = "definition") -> dict[str, Any]:
        """The dsl JSON form; ids are decoded here (INVALID_ID with the path)."""
        if self.and_:
            return {"and": [item.to_dict(f"{path}.and[{i}]") for i, item in enumerate(self.and_)]}
        if self.and_ is not None and self.and_ is not strawberry.UNSET:
            return {"and": []}
        if self.or_ is not None and self.or_ is not strawberry.UNSET:
            return {"or": [item.to_dict(f"{path}.or[{i}]") for i, item in enumerate(self.or_)]}
        if self.not_:
            return {"not": self.not_.to_dict(f"{path}.not")}
        if self.tag:
            return {"tag": self.tag.to_dict()}
        if self.behaviour:
            return {"behaviour": self.behaviour.to_dict(f"{path}.behaviour")}
        if self.sequence:
            return {"sequence": self.sequence.to_dict(f"{path}.sequence")}
        if self.fact:
            return {"fact": self.fact.to_dict(f"{path}.fact")}
        if self.segment:
            segment_id = decode_id(self.segment, "Segment", f"{path}.segment")
            return {"segment": {"segment_id": segment_id}}
        if self.list:
            list_id = decode_id(self.list, "IdentityList", f"{path}.list")
            return {"list": {"list_id": list_id}}
        return {}
