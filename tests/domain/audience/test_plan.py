"""Compiled plans: leaf keys, simplification, and agreement with direct evaluation."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from domain.audience import dsl
from domain.audience.dsl import (
    And,
    BehaviourCondition,
    Comparison,
    Definition,
    Filters,
    IdentityList,
    Leaf,
    Metric,
    Not,
    Or,
    PlanOp,
    SegmentRef,
    Source,
    TagCondition,
    TagOp,
)
from domain.errors import DomainError, ErrorCode
from tests.domain.audience.strategies import TAG_CODES, definitions

MEMBERS = 64
RNG = np.random.default_rng(20240615)
TAGS = {code: RNG.integers(0, 4, MEMBERS) for code in TAG_CODES}
UNIVERSE = RNG.random(MEMBERS) < 0.85


def _leaf_truth(condition: Leaf) -> np.ndarray:
    """Tags evaluated from their values; every other leaf is a random set fixed by its key."""
    if isinstance(condition, TagCondition):
        values = TAGS[condition.tag_code]
        if condition.op is TagOp.RANGE:
            low = -np.inf if condition.min is None else condition.min
            high = np.inf if condition.max is None else condition.max
            return (values >= low) & (values <= high)
        return np.isin(values, condition.values)
    seed = int(dsl.leaf_key(condition).partition(":")[2], 16)
    return np.random.default_rng(seed).random(MEMBERS) < 0.5


def _direct(defn: Definition) -> np.ndarray:
    match defn:
        case And():
            return np.logical_and.reduce([_direct(item) for item in defn.items])
        case Or():
            return np.logical_or.reduce([_direct(item) for item in defn.items])
        case Not():
            return UNIVERSE & ~_direct(defn.item)
    return UNIVERSE & _leaf_truth(defn)


def _evaluate(defn: Definition) -> np.ndarray:
    plan = dsl.compile(defn)
    bitmaps = {key: _leaf_truth(condition) for key, condition in plan.leaves.items()}
    return dsl.evaluate_plan(plan, bitmaps, UNIVERSE)


@pytest.mark.slow
@settings(max_examples=300)
@given(definitions())
def test_compiled_plan_agrees_with_direct_evaluation(defn: Definition) -> None:
    np.testing.assert_array_equal(_evaluate(defn), _direct(defn))


@given(definitions())
def test_plans_are_flat_and_free_of_double_negation(defn: Definition) -> None:
    def check(node: dsl.PlanNode) -> None:
        if node.op in (PlanOp.AND, PlanOp.OR):
            assert len(node.children) >= 2
            assert all(child.op is not node.op for child in node.children)
            assert len({child.key for child in node.children}) == len(node.children)
        if node.op is PlanOp.NOT:
            assert node.children[0].op is not PlanOp.NOT
        for child in node.children:
            check(child)

    check(dsl.compile(defn).root)


def test_in_becomes_an_or_of_per_value_leaves() -> None:
    # when
    plan = dsl.compile(TagCondition("rfm", TagOp.IN, ("B", "A", "B")))
    # then
    assert plan.root.op is PlanOp.OR
    equals = {dsl.leaf_key(TagCondition("rfm", TagOp.EQUALS, (v,))) for v in "AB"}
    assert {child.key for child in plan.root.children} == equals == set(plan.leaves)


def test_leaf_keys_ignore_spelling_differences() -> None:
    # given: the same condition with lists in another order and a whole float
    first = BehaviourCondition(
        Source.ORDER, Metric.COUNT, Comparison.GTE, 2, 30, filters=Filters(brand_ids=(2, 1))
    )
    second = BehaviourCondition(
        Source.ORDER, Metric.COUNT, Comparison.GTE, 2.0, 30, filters=Filters(brand_ids=(1, 2, 2))
    )
    # then
    assert dsl.leaf_key(first) == dsl.leaf_key(second)
    assert dsl.leaf_key(first).startswith("behaviour:")
    assert dsl.leaf_key(first) != dsl.leaf_key(IdentityList(1))


def test_nesting_and_order_do_not_change_the_plan() -> None:
    # given
    a, b, c = IdentityList(1), SegmentRef(2), TagCondition("t", TagOp.EQUALS, (1,))
    # when
    nested = dsl.compile(And((a, And((b, Not(Not(c)))))))
    flat = dsl.compile(And((c, b, a, a)))
    # then
    assert nested.key == flat.key
    assert [child.condition for child in flat.root.children] == [a, b, c]


def test_negations_come_last_in_an_and() -> None:
    plan = dsl.compile(And((Not(IdentityList(1)), TagCondition("t", TagOp.EQUALS, (1,)))))
    assert [child.op for child in plan.root.children] == [PlanOp.LEAF, PlanOp.NOT]


def test_short_leaf_bitmaps_are_padded_and_missing_ones_refused() -> None:
    # given
    plan = dsl.compile(Or((IdentityList(1), Not(IdentityList(2)))))
    keys = {name: dsl.leaf_key(IdentityList(i)) for name, i in (("one", 1), ("two", 2))}
    universe = np.array([True, True, True, False])
    # when
    result = dsl.evaluate_plan(
        plan, {keys["one"]: np.array([True]), keys["two"]: np.array([True, True])}, universe
    )
    # then
    assert result.tolist() == [True, False, True, False]
    with pytest.raises(DomainError) as error:
        dsl.evaluate_plan(plan, {keys["one"]: np.array([True])}, universe)
    assert error.value.code == ErrorCode.NOT_FOUND
    assert error.value.field == f"leaf_bitmaps.{keys['two']}"
