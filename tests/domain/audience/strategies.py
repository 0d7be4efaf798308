"""Hypothesis strategies for audience definitions over a small vocabulary."""

from __future__ import annotations

from hypothesis import strategies as st

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

TAG_CODES = ("a", "b")
TAG_VALUES = st.integers(0, 3)

filters = st.builds(
    Filters,
    item_ids=st.lists(st.integers(1, 5), max_size=2).map(tuple),
    channels=st.lists(st.sampled_from(["app", "pos"]), max_size=2).map(tuple),
    properties=st.dictionaries(st.sampled_from(["k", "m"]), st.integers(0, 2), max_size=2).map(
        lambda d: tuple(d.items())
    ),
)
events = st.one_of(
    st.builds(EventSpec, st.just(Source.ORDER), st.none(), filters),
    st.builds(EventSpec, st.just(Source.EVENT), st.sampled_from(["view", "cart"]), filters),
)


@st.composite
def tag_conditions(draw: st.DrawFn) -> TagCondition:
    code = draw(st.sampled_from(TAG_CODES))
    op = draw(st.sampled_from(TagOp))
    if op is TagOp.EQUALS:
        return TagCondition(code, op, (draw(TAG_VALUES),))
    if op is TagOp.IN:
        return TagCondition(code, op, tuple(draw(st.lists(TAG_VALUES, min_size=1, max_size=3))))
    low, high = sorted(draw(st.tuples(TAG_VALUES, TAG_VALUES)))
    bounds = draw(st.sampled_from([(low, high), (low, None), (None, high)]))
    return TagCondition(code, op, min=bounds[0], max=bounds[1])


@st.composite
def behaviour_conditions(draw: st.DrawFn) -> BehaviourCondition:
    event = draw(events)
    op = draw(st.sampled_from(Comparison))
    value = draw(st.integers(0, 3))
    return BehaviourCondition(
        source=event.source,
        metric=draw(st.sampled_from(Metric)),
        op=op,
        value=value,
        window_days=draw(st.integers(1, 90)),
        event_name=event.event_name,
        value_to=value + draw(st.integers(0, 2)) if op is Comparison.BETWEEN else None,
        filters=event.filters,
    )


leaves = st.one_of(
    tag_conditions(),
    behaviour_conditions(),
    st.builds(
        Sequence,
        events,
        events,
        st.integers(1, 7),
        st.booleans(),
        st.one_of(st.none(), st.integers(1, 30)),
    ),
    st.builds(SegmentRef, st.integers(0, 2)),
    st.builds(IdentityList, st.integers(0, 2)),
)


def definitions(max_leaves: int = 12) -> st.SearchStrategy[Definition]:
    """Random trees of And / Or / Not over the leaves above."""
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.lists(children, min_size=1, max_size=3).map(lambda items: And(tuple(items))),
            st.lists(children, min_size=1, max_size=3).map(lambda items: Or(tuple(items))),
            children.map(Not),
        ),
        max_leaves=max_leaves,
    )
