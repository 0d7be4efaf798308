"""Tag rules: hand-computed RFM, lifecycle, age, tier, quadrant and promotion cases."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import ErrorCode
from domain.tags import rules
from domain.tags.rules import (
    InvalidTagRule,
    LifecycleConfig,
    PromotionConfig,
    RfmConfig,
)


def _labels(values: rules.TagValues) -> list[str]:
    return [values.labels[code] for code in values.codes]


# members 0..5; member 0 has no orders
RECENCY = np.array([0, 10, 100, 20, 200, 150])
FREQUENCY = np.array([0, 5, 1, 1, 6, 2])
MONETARY = np.array([0, 50_000, 2_000, 30_000, 1_000, 40_000])


def test_rfm_classes_against_the_mean_of_buyers() -> None:
    # given: buyer means are recency 96, frequency 3, monetary 24,600
    # when
    result = rules.rfm_classes(RECENCY, FREQUENCY, MONETARY)
    # then
    assert _labels(result) == [
        "NO_ORDERS",
        "IMPORTANT_VALUE",
        "GENERAL_WIN_BACK",
        "IMPORTANT_DEVELOPMENT",
        "GENERAL_RETENTION",
        "IMPORTANT_WIN_BACK",
    ]
    assert result.codes.dtype.kind == "i"


def test_rfm_scores_report_the_cuts_used() -> None:
    # when
    scores = rules.rfm_scores(RECENCY, FREQUENCY, MONETARY)
    # then
    assert (scores.recency_cut, scores.frequency_cut, scores.monetary_cut) == (96, 3, 24_600)
    assert scores.recency_high.tolist() == [False, True, False, True, False, False]


def test_rfm_classes_against_the_median_need_strictly_better_values() -> None:
    # given: buyer medians are recency 100, frequency 2, monetary 30,000
    config = RfmConfig(recency="median", frequency="median", monetary="median")
    # when
    result = rules.rfm_classes(RECENCY, FREQUENCY, MONETARY, config)
    # then: member 3 sits on the monetary median, so it is not "high"
    assert _labels(result) == [
        "NO_ORDERS",
        "IMPORTANT_VALUE",
        "GENERAL_WIN_BACK",
        "GENERAL_DEVELOPMENT",
        "GENERAL_RETENTION",
        "IMPORTANT_WIN_BACK",
    ]


@pytest.mark.parametrize(
    ("_case", "recency", "frequency", "monetary", "expected"),
    [
        ("r+ f+ m+", 10, 5, 5_000, "IMPORTANT_VALUE"),
        ("r+ f- m+", 10, 1, 5_000, "IMPORTANT_DEVELOPMENT"),
        ("r- f+ m+", 90, 5, 5_000, "IMPORTANT_RETENTION"),
        ("r- f- m+", 90, 1, 5_000, "IMPORTANT_WIN_BACK"),
        ("r+ f+ m-", 10, 5, 500, "GENERAL_VALUE"),
        ("r+ f- m-", 10, 1, 500, "GENERAL_DEVELOPMENT"),
        ("r- f+ m-", 90, 5, 500, "GENERAL_RETENTION"),
        ("r- f- m-", 90, 1, 500, "GENERAL_WIN_BACK"),
    ],
)
def test_rfm_mapping_with_fixed_cuts(
    _case: str, recency: int, frequency: int, monetary: int, expected: str
) -> None:
    # given
    config = RfmConfig(recency=30, frequency=2, monetary=1_000)
    # when
    result = rules.rfm_classes([recency], [frequency], [monetary], config)
    # then
    assert _labels(result) == [expected]


def test_rfm_refuses_an_unknown_cut() -> None:
    with pytest.raises(InvalidTagRule) as error:
        rules.rfm_classes([1], [1], [1], RfmConfig(monetary="mode"))  # type: ignore[arg-type]  # an unknown cut, to see it refused
    assert error.value.field == "config.monetary"


@pytest.mark.parametrize(
    ("_case", "orders", "since_first", "since_last", "expected"),
    [
        ("no orders", 0, np.nan, np.nan, "PROSPECT"),
        ("first order 10 days ago", 1, 10, 10, "NEW"),
        ("new beats loyal", 6, 20, 1, "NEW"),
        ("new window is exclusive", 2, 30, 5, "ACTIVE"),
        ("recent buyer", 3, 200, 89, "ACTIVE"),
        ("dormant from day 90", 3, 200, 90, "DORMANT"),
        ("dormant until day 179", 3, 200, 179, "DORMANT"),
        ("lost from day 180", 3, 200, 180, "LOST"),
        ("loyal needs 5 orders", 5, 200, 10, "LOYAL"),
        ("loyal but lapsed", 9, 400, 100, "DORMANT"),
    ],
)
def test_lifecycle_stage(
    _case: str, orders: int, since_first: float, since_last: float, expected: str
) -> None:
    # when
    result = rules.lifecycle_stage([orders], [since_first], [since_last])
    # then
    assert _labels(result) == [expected]


def test_lifecycle_refuses_dormant_after_lost() -> None:
    with pytest.raises(InvalidTagRule) as error:
        rules.lifecycle_stage(
            [1], [1], [1], LifecycleConfig(dormant_after_days=200, lost_after_days=100)
        )
    assert error.value.code == ErrorCode.INVALID
    assert error.value.field == "config.dormant_after_days"


def test_age_band_counts_whole_years_in_the_business_calendar() -> None:
    # given
    birthdays = np.array(
        ["2006-06-15", "2006-06-16", "1964-06-15", "NaT", "2030-01-01", "1990-12-31"],
        dtype="datetime64[D]",
    )
    # when
    result = rules.age_band(birthdays, date(2024, 6, 15))
    # then
    assert _labels(result) == ["18_24", "UNDER_18", "60_PLUS", "UNKNOWN", "UNKNOWN", "30_34"]
    assert result.labels[-1] == "UNKNOWN"


def test_age_of_a_leap_day_birthday() -> None:
    birthdays = np.array(["2000-02-29"], dtype="datetime64[D]")
    assert _labels(rules.age_band(birthdays, date(2025, 2, 28), edges=(25,))) == ["UNDER_25"]
    assert _labels(rules.age_band(birthdays, date(2025, 3, 1), edges=(25,))) == ["25_PLUS"]


def test_tier_by_thresholds_puts_boundaries_in_the_upper_tier() -> None:
    # when
    result = rules.tier_by_thresholds(
        [0, 99_99, 100_00, 499_99, 500_00], [100_00, 500_00], ["LOW", "MID", "HIGH"]
    )
    # then
    assert _labels(result) == ["LOW", "LOW", "MID", "MID", "HIGH"]


def test_tier_by_thresholds_checks_labels() -> None:
    with pytest.raises(InvalidTagRule) as error:
        rules.tier_by_thresholds([1], [10, 20], ["A", "B"])
    assert error.value.field == "labels"


def _quantile_tiers(
    values: np.ndarray, quantiles: tuple[float, ...], labels: list[str] | None = None
) -> rules.TagValues:
    """Tiers at the population's quantiles, composed as the tiered tag computation does."""
    return rules.tier_by_thresholds(values, rules.quantile_cuts(values, quantiles).tolist(), labels)


def test_quartile_tiers_by_hand() -> None:
    # given: quartile cuts of 1..8 are 2.75, 4.5 and 6.25
    values = np.arange(1, 9)
    # when
    result = _quantile_tiers(values, (0.25, 0.5, 0.75), ["Q1", "Q2", "Q3", "Q4"])
    # then
    np.testing.assert_allclose(rules.quantile_cuts(values, (0.25, 0.5, 0.75)), [2.75, 4.5, 6.25])
    assert result.codes.tolist() == [0, 0, 1, 1, 2, 2, 3, 3]


def test_median_split_of_ten_values() -> None:
    result = _quantile_tiers(np.arange(10, 0, -1), (0.5,))
    assert result.codes.tolist() == [1] * 5 + [0] * 5
    assert result.labels == ["TIER_0", "TIER_1"]


def test_quantile_cuts_of_nobody_are_undefined() -> None:
    assert np.isnan(rules.quantile_cuts(np.array([]), (0.25, 0.5))).all()


@given(st.lists(st.integers(0, 1_000_000), min_size=1, max_size=200))
def test_quantile_tiers_are_monotone_and_balanced_for_distinct_values(values: list[int]) -> None:
    # given
    array = np.array(values)
    # when
    codes = _quantile_tiers(array, (0.25, 0.5, 0.75)).codes
    # then
    order = np.argsort(array, kind="stable")
    assert np.all(np.diff(codes[order]) >= 0)
    distinct = np.unique(array)
    if distinct.size == array.size and array.size >= 8:
        counts = np.bincount(codes, minlength=4)
        assert counts.max() - counts.min() <= 2


def test_frequency_value_quadrant_uses_average_order_value() -> None:
    # given: buyer mean frequency 5.5, mean average order value 18,000 cents
    frequency = [0, 10, 10, 1, 1]
    monetary = [0, 200_000, 10_000, 50_000, 1_000]
    # when
    result = rules.frequency_value_quadrant(frequency, monetary)
    # then
    assert _labels(result) == [
        "NO_ORDERS",
        "HIGH_FREQUENCY_HIGH_VALUE",
        "HIGH_FREQUENCY_LOW_VALUE",
        "LOW_FREQUENCY_HIGH_VALUE",
        "LOW_FREQUENCY_LOW_VALUE",
    ]


def test_promotion_sensitivity_by_share_of_promoted_orders() -> None:
    # when
    result = rules.promotion_sensitivity([0, 10, 10, 10, 10, 10], [0, 7, 4, 1, 0, 6])
    # then
    assert _labels(result) == [
        "UNKNOWN",
        "ENTHUSIAST",
        "SENSITIVE",
        "NEUTRAL",
        "INDIFFERENT",
        "SENSITIVE",
    ]


def test_promotion_sensitivity_needs_min_orders_and_ordered_cutoffs() -> None:
    config = PromotionConfig(min_orders=3)
    assert _labels(rules.promotion_sensitivity([2, 3], [2, 3], config)) == ["UNKNOWN", "ENTHUSIAST"]
    with pytest.raises(InvalidTagRule) as error:
        rules.promotion_sensitivity([1], [1], PromotionConfig(sensitive_share=0.9))
    assert error.value.field == "config.sensitive_share"
    with pytest.raises(InvalidTagRule) as error:
        rules.promotion_sensitivity([1], [2])
    assert error.value.field == "promoted_order_count"
