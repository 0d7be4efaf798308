"""Fact leaves as plain data: JSON round trip, validation paths, and the numeric comparison."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.audience import dsl
from domain.audience.facts import SPECS, Fact, FactCondition, compare, numeric_members
from domain.errors import ErrorCode

_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "codes": st.lists(st.sampled_from(["SMS", "PUSH", "WECHAT"]), min_size=1, max_size=3).map(
        tuple
    ),
    "point_type": st.sampled_from(["POINTS", "STARS"]),
    "campaign_id": st.integers(1, 9),
    "tag_code": st.sampled_from(["rfm", "lifecycle"]),
    "window_days": st.integers(1, 3660),
    "within_days": st.integers(1, 3660),
    "days_ago": st.integers(0, 3660),
    "date_from": st.dates(date(2020, 1, 1), date(2024, 12, 31)),
    "date_to": st.dates(date(2025, 1, 1), date(2030, 12, 31)),
}


@st.composite
def facts(draw: st.DrawFn) -> FactCondition:
    """A valid fact leaf of any kind with a random choice of its optional parameters."""
    kind = draw(st.sampled_from(Fact))
    spec = SPECS[kind]
    names = set(spec.required) | {n for n in spec.optional if draw(st.booleans())}
    if kind is Fact.JOINED and not names:
        names = {"date_from"}
    values = {n: draw(_VALUES[n]) for n in names if n in _VALUES}
    if "op" in names or "value" in names:
        ops = [o for o in dsl.Comparison if not (o is dsl.Comparison.EQ and not spec.whole)]
        op = draw(st.sampled_from(ops))
        low = draw(st.integers(0, 1)) if spec.share else draw(st.integers(0, 10_000))
        values["op"], values["value"] = op, low
        if op is dsl.Comparison.BETWEEN:
            values["value_to"] = 1 if spec.share else low + draw(st.integers(0, 10))
    return FactCondition(kind=kind, **values)


@given(facts())
def test_any_valid_fact_round_trips_and_validates(fact: FactCondition) -> None:
    dsl.validate(fact)
    data = dsl.to_dict(fact)
    parsed = dsl.from_dict(data)
    assert parsed == fact
    assert isinstance(parsed, FactCondition) and dsl.leaf_key(parsed) == dsl.leaf_key(fact)


@pytest.mark.parametrize(
    ("_case", "body", "code", "field"),
    [
        ("no kind", {"codes": ["A"]}, ErrorCode.REQUIRED, "definition.fact.kind"),
        ("unknown kind", {"kind": "MOOD"}, ErrorCode.INVALID, "definition.fact.kind"),
        (
            "unknown field",
            {"kind": "LEVEL", "colour": 1},
            ErrorCode.INVALID,
            "definition.fact.colour",
        ),
        (
            "bad date",
            {"kind": "JOINED", "date_from": "1.2.2026"},
            ErrorCode.INVALID,
            "definition.fact.date_from",
        ),
        (
            "bad op",
            {"kind": "TENURE_DAYS", "op": "GT", "value": 1},
            ErrorCode.INVALID,
            "definition.fact.op",
        ),
        ("codes missing", {"kind": "LEVEL"}, ErrorCode.REQUIRED, "definition.fact.codes"),
        (
            "value alone",
            {"kind": "LEVEL", "codes": ["G"], "value": 3},
            ErrorCode.REQUIRED,
            "definition.fact.op",
        ),
        (
            "empty code",
            {"kind": "SOURCE_STORE", "codes": ["S1", " "]},
            ErrorCode.INVALID,
            "definition.fact.codes[1]",
        ),
        (
            "value_to without BETWEEN",
            {"kind": "TENURE_DAYS", "op": "GTE", "value": 1, "value_to": 3},
            ErrorCode.INVALID,
            "definition.fact.value_to",
        ),
        (
            "value_to below",
            {"kind": "TENURE_DAYS", "op": "BETWEEN", "value": 5, "value_to": 3},
            ErrorCode.INVALID,
            "definition.fact.value_to",
        ),
        ("no joined bound", {"kind": "JOINED"}, ErrorCode.INVALID, "definition.fact.date_from"),
        (
            "zero campaign",
            {"kind": "CAMPAIGN_CONTROL", "campaign_id": 0},
            ErrorCode.INVALID,
            "definition.fact.campaign_id",
        ),
        (
            "days ago too far",
            {"kind": "TAG_AT", "tag_code": "rfm", "codes": ["A"], "days_ago": 3661},
            ErrorCode.INVALID_WINDOW,
            "definition.fact.days_ago",
        ),
    ],
)
def test_bad_facts_are_refused_with_code_and_path(
    _case: str, body: dict[str, Any], code: ErrorCode, field: str
) -> None:
    with pytest.raises(dsl.InvalidDefinition) as refused:
        dsl.validate(dsl.from_dict({"fact": body}))
    assert (refused.value.code, refused.value.field) == (code, field)


def test_absent_members_count_zero_only_when_zero_matches() -> None:
    ids, values = np.array([1, 2, 3]), np.array([0, 50, 100])
    at_most = FactCondition(Fact.POINTS_BALANCE, op=dsl.Comparison.LTE, value=50)
    at_least = FactCondition(Fact.POINTS_BALANCE, op=dsl.Comparison.GTE, value=50)
    assert compare(values, at_most).tolist() == [True, True, False]
    found = numeric_members(ids, values, at_most, absent_is_zero=True)
    assert found.complement and found.ids.tolist() == [3]
    found = numeric_members(ids, values, at_least, absent_is_zero=True)
    assert not found.complement and found.ids.tolist() == [2, 3]
