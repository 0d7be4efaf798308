"""An audience definition as output types: a union of node kinds, as SegmentDefinitionInput."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON

from domain.audience import dsl
from schema.relay import encode_id
from schema.segments.inputs import ComparisonEnum, FactEnum, MetricEnum, SourceEnum, TagOpEnum


@strawberry.type(
    name="BehaviourFilters", description="Restrictions on the orders or events counted."
)
class FiltersType:
    item_ids: list[strawberry.ID] = strawberry.field(
        description="Items (global ids); empty means any."
    )
    category_ids: list[strawberry.ID] = strawberry.field(
        description="Categories (global ids) with their sub-categories."
    )
    brand_ids: list[strawberry.ID] = strawberry.field(
        description="Brands (global ids); empty means any."
    )
    store_codes: list[str] = strawberry.field(description="Stores; empty means any.")
    channels: list[str] = strawberry.field(description="Channels; empty means any.")
    properties: JSON = strawberry.field(
        description="Events only: property values that must match (an object, {} for none)."
    )

    @classmethod
    def from_domain(cls, filters: dsl.Filters) -> FiltersType:
        return cls(
            item_ids=[strawberry.ID(encode_id("Item", i)) for i in filters.item_ids],
            category_ids=[strawberry.ID(encode_id("Category", i)) for i in filters.category_ids],
            brand_ids=[strawberry.ID(encode_id("Brand", i)) for i in filters.brand_ids],
            store_codes=list(filters.store_codes),
            channels=list(filters.channels),
            properties=JSON(dict(filters.properties)),
        )


@strawberry.type(name="DefinitionAnd", description="Members matching every item.")
class AndType:
    items: list[Annotated[SegmentDefinition, strawberry.lazy("schema.segments.definition")]] = (
        strawberry.field(description="The conditions, at least one.")
    )


@strawberry.type(name="DefinitionOr", description="Members matching at least one item.")
class OrType:
    items: list[Annotated[SegmentDefinition, strawberry.lazy("schema.segments.definition")]] = (
        strawberry.field(description="The conditions, at least one.")
    )


@strawberry.type(name="DefinitionNot", description="Live members not matching the item.")
class NotType:
    item: Annotated[SegmentDefinition, strawberry.lazy("schema.segments.definition")] = (
        strawberry.field(description="The condition negated.")
    )


@strawberry.type(
    name="TagCondition", description="Tag value EQUALS values[0], is IN values, or in RANGE."
)
class TagConditionType:
    tag_code: str = strawberry.field(description="The tag's code.")
    op: TagOpEnum = strawberry.field(description="How the value is matched.")
    values: list[str] = strawberry.field(description="EQUALS and IN: the labels; RANGE: empty.")
    min: float | None = strawberry.field(description="RANGE: lower bound, inclusive.")
    max: float | None = strawberry.field(description="RANGE: upper bound, inclusive.")


@strawberry.type(
    name="BehaviourCondition", description="A metric of orders or events over the last windowDays."
)
class BehaviourConditionType:
    source: SourceEnum = strawberry.field(description="Orders or events.")
    metric: MetricEnum = strawberry.field(description="What is measured.")
    op: ComparisonEnum = strawberry.field(description="How the metric is compared.")
    value: float = strawberry.field(description="Inclusive bound; AMOUNT is in cents.")
    value_to: float | None = strawberry.field(description="Upper bound of BETWEEN.")
    window_days: int = strawberry.field(description="Days counted back from today.")
    event_name: str | None = strawberry.field(description="Events only; null means any event.")
    filters: FiltersType = strawberry.field(description="What is counted.")


@strawberry.type(name="EventSpec", description="An order or an event, for sequences.")
class EventSpecType:
    source: SourceEnum = strawberry.field(description="Orders or events.")
    event_name: str | None = strawberry.field(description="Events only; null means any event.")
    filters: FiltersType = strawberry.field(description="What is counted.")

    @classmethod
    def from_domain(cls, spec: dsl.EventSpec) -> EventSpecType:
        return cls(
            source=spec.source,
            event_name=spec.event_name,
            filters=FiltersType.from_domain(spec.filters),
        )


@strawberry.type(
    name="SequenceCondition",
    description="Did first and then `then` within withinDays (or not `then`, negated).",
)
class SequenceConditionType:
    first: EventSpecType = strawberry.field(description="What happens first.")
    then: EventSpecType = strawberry.field(description="What follows (or does not).")
    within_days: int = strawberry.field(description="Days allowed between the two.")
    negate_then: bool = strawberry.field(description="Holds when `then` does not follow.")
    window_days: int | None = strawberry.field(
        description="Only `first` occurrences within this many days; null means any."
    )


@strawberry.type(name="FactCondition", description="A fact about the member on the evaluation day.")
class FactConditionType:
    kind: FactEnum = strawberry.field(description="What the fact looks at.")
    codes: list[str] = strawberry.field(description="Codes it matches; empty when unused.")
    op: ComparisonEnum | None = strawberry.field(description="How the number is compared.")
    value: float | None = strawberry.field(description="Inclusive bound.")
    value_to: float | None = strawberry.field(description="Upper bound of BETWEEN.")
    point_type: str | None = strawberry.field(description="Point type code (POINTS when null).")
    campaign: strawberry.ID | None = strawberry.field(description="The campaign's global id.")
    tag_code: str | None = strawberry.field(description="TAG_AT: the tag's code.")
    window_days: int | None = strawberry.field(description="Days counted back from today.")
    within_days: int | None = strawberry.field(description="Days ahead or after delivery.")
    days_ago: int | None = strawberry.field(description="TAG_AT: days before today.")
    date_from: date | None = strawberry.field(description="JOINED: first business day.")
    date_to: date | None = strawberry.field(description="JOINED: last business day.")

    @classmethod
    def from_domain(cls, node: dsl.FactCondition) -> FactConditionType:
        campaign = None
        if node.campaign_id is not None:
            campaign = strawberry.ID(encode_id("Campaign", node.campaign_id))
        return cls(
            kind=node.kind,
            codes=list(node.codes),
            op=node.op,
            value=None if node.value is None else float(node.value),
            value_to=None if node.value_to is None else float(node.value_to),
            point_type=node.point_type,
            campaign=campaign,
            tag_code=node.tag_code,
            window_days=node.window_days,
            within_days=node.within_days,
            days_ago=node.days_ago,
            date_from=node.date_from,
            date_to=node.date_to,
        )


@strawberry.type(name="SegmentCondition", description="Members of another saved segment.")
class SegmentConditionType:
    segment: strawberry.ID = strawberry.field(description="The segment's global id.")


@strawberry.type(name="IdentityListCondition", description="Members of an uploaded identity list.")
class ListConditionType:
    list: strawberry.ID = strawberry.field(description="The identity list's global id.")


SegmentDefinition = Annotated[
    AndType
    | OrType
    | NotType
    | TagConditionType
    | BehaviourConditionType
    | SequenceConditionType
    | FactConditionType
    | SegmentConditionType
    | ListConditionType,
    strawberry.union(
        "SegmentDefinition",
        description="One node of an audience definition, as SegmentDefinitionInput takes it. "
        "`op`, `value` and `windowDays` differ in type between members: alias them when selecting "
        "both.",
    ),
]


def _scalar_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def from_domain(node: dsl.Definition) -> SegmentDefinition:
    """The output form of a parsed definition."""
    match node:
        case dsl.And():
            return AndType(items=[from_domain(item) for item in node.items])
        case dsl.Or():
            return OrType(items=[from_domain(item) for item in node.items])
        case dsl.Not():
            return NotType(item=from_domain(node.item))
        case dsl.TagCondition():
            return TagConditionType(
                tag_code=node.tag_code,
                op=node.op,
                values=[_scalar_text(v) for v in node.values],
                min=node.min,
                max=node.max,
            )
        case dsl.BehaviourCondition():
            return BehaviourConditionType(
                source=node.source,
                metric=node.metric,
                op=node.op,
                value=float(node.value),
                value_to=None if node.value_to is None else float(node.value_to),
                window_days=node.window_days,
                event_name=node.event_name,
                filters=FiltersType.from_domain(node.filters),
            )
        case dsl.Sequence():
            return SequenceConditionType(
                first=EventSpecType.from_domain(node.first),
                then=EventSpecType.from_domain(node.then),
                within_days=node.within_days,
                negate_then=node.negate_then,
                window_days=node.window_days,
            )
        case dsl.FactCondition():
            return FactConditionType.from_domain(node)
        case dsl.SegmentRef():
            return SegmentConditionType(
                segment=strawberry.ID(encode_id("Segment", node.segment_id))
            )
    assert isinstance(node, dsl.IdentityList)
    return ListConditionType(list=strawberry.ID(encode_id("IdentityList", node.list_id)))


def from_json(data: dict[str, Any]) -> SegmentDefinition:
    """The output form of a stored definition (its dsl JSON form)."""
    return from_domain(dsl.from_dict(data))
