"""Audience DSL: JSON round trips and validation errors with their codes and paths."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from domain.audience import dsl
from domain.audience.dsl import (
    And,
    BehaviourCondition,
    Comparison,
    Definition,
    EventSpec,
    Filters,
    IdentityList,
    Metric,
    Not,
    Or,
    SegmentRef,
    Sequence,
    Source,
    TagCondition,
    TagOp,
)
from domain.errors import DomainError, ErrorCode
from tests.domain.audience.strategies import definitions

RFM = TagCondition("rfm", TagOp.IN, ("IMPORTANT_VALUE", "IMPORTANT_RETENTION"))
BIG_SPENDER = BehaviourCondition(
    Source.ORDER,
    Metric.AMOUNT,
    Comparison.GTE,
    100_00,
    window_days=30,
    filters=Filters(brand_ids=(3, 1), properties=(("paid", "yes"),)),
)
ABANDONED_CART = Sequence(
    first=EventSpec(Source.EVENT, "add_to_cart"),
    then=EventSpec(Source.ORDER),
    within_days=3,
    negate_then=True,
)


def _error(defn: Definition, **options: object) -> DomainError:
    with pytest.raises(DomainError) as error:
        dsl.validate(defn, **options)  # type: ignore[arg-type]  # options of any type, on purpose
    return error.value


def test_json_form_round_trips_and_reads_as_documented() -> None:
    # given
    defn = And((RFM, Or((BIG_SPENDER, SegmentRef(7))), Not(IdentityList(2)), ABANDONED_CART))
    # when
    data = json.loads(json.dumps(dsl.to_dict(defn)))
    # then
    assert dsl.from_dict(data) == defn
    assert data["and"][1]["or"][0]["behaviour"]["filters"] == {
        "brand_ids": [1, 3],
        "properties": {"paid": "yes"},
    }
    assert data["and"][3]["sequence"]["negate_then"] is True


@given(definitions())
def test_any_definition_round_trips(defn: Definition) -> None:
    assert dsl.from_dict(json.loads(json.dumps(dsl.to_dict(defn)))) == defn


def test_a_sound_definition_passes() -> None:
    segments = {7: RFM}
    defn = And((RFM, Or((BIG_SPENDER, SegmentRef(7))), ABANDONED_CART))
    dsl.validate(defn, known_tags={"rfm"}, resolve_segment=segments.get, segment_id=8)


@pytest.mark.parametrize(
    ("_case", "defn", "code", "field"),
    [
        (
            "unknown tag",
            And((RFM, TagCondition("nope", TagOp.EQUALS, ("x",)))),
            ErrorCode.UNKNOWN_TAG,
            "definition.and[1].tag.tag_code",
        ),
        (
            "zero window",
            And((RFM, RFM, BehaviourCondition(Source.ORDER, Metric.COUNT, Comparison.GTE, 1, 0))),
            ErrorCode.INVALID_WINDOW,
            "definition.and[2].behaviour.window_days",
        ),
        (
            "negative sequence gap",
            Or((RFM, Sequence(EventSpec(Source.EVENT, "view"), EventSpec(Source.ORDER), -1))),
            ErrorCode.INVALID_WINDOW,
            "definition.or[1].sequence.within_days",
        ),
        (
            "window longer than ten years",
            BehaviourCondition(Source.EVENT, Metric.DISTINCT_DAYS, Comparison.EQ, 1, 4000),
            ErrorCode.INVALID_WINDOW,
            "definition.behaviour.window_days",
        ),
        (
            "too deep",
            Not(Not(Not(Not(Not(Not(RFM)))))),
            ErrorCode.DEFINITION_TOO_COMPLEX,
            "definition.not.not.not.not.not.not",
        ),
        (
            "too many conditions",
            Or(tuple(TagCondition("rfm", TagOp.EQUALS, (i,)) for i in range(50))),
            ErrorCode.DEFINITION_TOO_COMPLEX,
            "definition",
        ),
        ("empty and", Not(And(())), ErrorCode.INVALID, "definition.not.and"),
        (
            "equals with two values",
            TagCondition("rfm", TagOp.EQUALS, ("a", "b")),
            ErrorCode.INVALID,
            "definition.tag.values",
        ),
        (
            "range without bounds",
            TagCondition("rfm", TagOp.RANGE),
            ErrorCode.INVALID,
            "definition.tag.min",
        ),
        (
            "between without upper value",
            BehaviourCondition(Source.ORDER, Metric.COUNT, Comparison.BETWEEN, 1, 30),
            ErrorCode.REQUIRED,
            "definition.behaviour.value_to",
        ),
        (
            "between upside down",
            BehaviourCondition(Source.ORDER, Metric.COUNT, Comparison.BETWEEN, 5, 30, value_to=2),
            ErrorCode.INVALID,
            "definition.behaviour.value_to",
        ),
        (
            "orders have no event name",
            Sequence(EventSpec(Source.EVENT, "view"), EventSpec(Source.ORDER, "buy"), 3),
            ErrorCode.INVALID,
            "definition.sequence.then.event_name",
        ),
        (
            "not a number",
            BehaviourCondition(Source.ORDER, Metric.AMOUNT, Comparison.LTE, float("nan"), 30),
            ErrorCode.INVALID,
            "definition.behaviour.value",
        ),
        (
            "too many item filters",
            BehaviourCondition(
                Source.ORDER,
                Metric.COUNT,
                Comparison.GTE,
                1,
                30,
                filters=Filters(item_ids=tuple(range(101))),
            ),
            ErrorCode.TOO_MANY,
            "definition.behaviour.filters.item_ids",
        ),
    ],
)
def test_validation_errors_carry_code_and_path(
    _case: str, defn: Definition, code: ErrorCode, field: str
) -> None:
    error = _error(defn, known_tags={"rfm"})
    assert (error.code, error.field) == (code, field)


def test_segment_reference_cycle_is_reported_at_the_reference() -> None:
    # given: we edit segment 1 to use 2; 2 uses 3; 3 uses 1
    segments: dict[int, Definition] = {2: SegmentRef(3), 3: And((RFM, SegmentRef(1)))}
    # when
    error = _error(And((RFM, SegmentRef(2))), resolve_segment=segments.get, segment_id=1)
    # then
    assert error.code == ErrorCode.SEGMENT_CYCLE
    assert error.field == "definition.and[1].segment.segment_id"
    assert "1 -> 2 -> 3 -> 1" in error.message


def test_a_segment_cannot_reference_itself() -> None:
    error = _error(SegmentRef(5), resolve_segment=lambda _: RFM, segment_id=5)
    assert (error.code, error.field) == (ErrorCode.SEGMENT_CYCLE, "definition.segment.segment_id")


def test_a_cycle_among_other_segments_is_found_without_our_id() -> None:
    segments: dict[int, Definition] = {2: SegmentRef(3), 3: SegmentRef(2)}
    error = _error(Or((RFM, SegmentRef(2))), resolve_segment=segments.get)
    assert (error.code, error.field) == (
        ErrorCode.SEGMENT_CYCLE,
        "definition.or[1].segment.segment_id",
    )


def test_shared_references_are_not_a_cycle() -> None:
    segments: dict[int, Definition] = {
        2: SegmentRef(4),
        3: SegmentRef(4),
        4: RFM,
    }
    dsl.validate(And((SegmentRef(2), SegmentRef(3))), resolve_segment=segments.get, segment_id=1)


def test_unknown_segment_is_not_found() -> None:
    error = _error(Not(SegmentRef(9)), resolve_segment=lambda _: None)
    assert (error.code, error.field) == (ErrorCode.NOT_FOUND, "definition.not.segment.segment_id")


@pytest.mark.parametrize(
    ("_case", "data", "code", "field"),
    [
        ("not an object", [1], ErrorCode.INVALID, "definition"),
        ("unknown node", {"xor": []}, ErrorCode.INVALID, "definition"),
        ("and of an object", {"and": {}}, ErrorCode.INVALID, "definition.and"),
        (
            "unknown field",
            {"or": [{"segment": {"segment_id": 1, "extra": 2}}]},
            ErrorCode.INVALID,
            "definition.or[0].segment.extra",
        ),
        (
            "bad operator",
            {"and": [{"tag": {"tag_code": "rfm", "op": "GT", "values": [1]}}]},
            ErrorCode.INVALID,
            "definition.and[0].tag.op",
        ),
        (
            "missing window",
            {"behaviour": {"source": "ORDER", "metric": "COUNT", "op": "GTE", "value": 1}},
            ErrorCode.REQUIRED,
            "definition.behaviour.window_days",
        ),
        (
            "window as text",
            {
                "behaviour": {
                    "source": "ORDER",
                    "metric": "COUNT",
                    "op": "GTE",
                    "value": 1,
                    "window_days": "30",
                }
            },
            ErrorCode.INVALID,
            "definition.behaviour.window_days",
        ),
        (
            "bad filter item",
            {
                "sequence": {
                    "first": {"source": "EVENT", "filters": {"item_ids": [1, "x"]}},
                    "then": {"source": "ORDER"},
                    "within_days": 2,
                }
            },
            ErrorCode.INVALID,
            "definition.sequence.first.filters.item_ids[1]",
        ),
        ("not of nothing", {"not": None}, ErrorCode.INVALID, "definition.not"),
    ],
)
def test_from_dict_errors_carry_code_and_path(
    _case: str, data: object, code: ErrorCode, field: str
) -> None:
    with pytest.raises(DomainError) as error:
        dsl.from_dict(data)
    assert (error.value.code, error.value.field) == (code, field)


def test_from_dict_stops_at_absurd_nesting() -> None:
    data: dict[str, object] = {"list": {"list_id": 1}}
    for _ in range(100):
        data = {"not": data}
    with pytest.raises(DomainError) as error:
        dsl.from_dict(data)
    assert error.value.code == ErrorCode.DEFINITION_TOO_COMPLEX
