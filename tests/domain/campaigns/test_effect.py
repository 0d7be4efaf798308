"""Campaign effect: uplift, incremental sales and ROI."""

from __future__ import annotations

import numpy as np
import pytest

from domain.campaigns.effect import (
    ArmData,
    IntervalMethod,
    arm_metrics,
    incremental_sales,
    measure_arms,
    measure_effect,
    rate_difference,
    uplift,
)
from domain.errors import DomainError


def _flags(successes: int, members: int) -> np.ndarray:
    flags = np.zeros(members, dtype=bool)
    flags[:successes] = True
    return flags


@pytest.mark.parametrize(
    ("counts", "low", "high"),
    [
        # Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10
        ((56, 70, 48, 80), 0.0524, 0.3339),
        ((9, 10, 3, 10), 0.1705, 0.8090),
        ((6, 7, 2, 7), 0.0582, 0.8062),
        ((5, 56, 0, 29), -0.0381, 0.1926),
        ((0, 10, 0, 20), -0.1611, 0.2775),
        ((10, 10, 0, 20), 0.6791, 1.0000),
    ],
)
def test_uplift_newcombe_interval_matches_published_values(
    counts: tuple[int, int, int, int], low: float, high: float
) -> None:
    x1, n1, x2, n2 = counts
    estimate = uplift(_flags(x1, n1), _flags(x2, n2))
    assert estimate.value == pytest.approx(x1 / n1 - x2 / n2)
    assert estimate.low == pytest.approx(low, abs=5e-5)
    assert estimate.high == pytest.approx(high, abs=5e-5)


def test_wald_interval_known_example() -> None:
    # 0.2 +- 1.96 * sqrt(.8*.2/70 + .6*.4/80) = 0.2 +- 0.1425
    estimate = rate_difference(56, 70, 48, 80, method=IntervalMethod.WALD)
    assert (estimate.low, estimate.high) == pytest.approx((0.0575, 0.3425), abs=5e-5)


def test_arm_metrics() -> None:
    metrics = arm_metrics(np.array([1, 0, 1, 0]), np.array([1000, 0, 3000, 0]))
    assert (metrics.members, metrics.conversions, metrics.sales_cents) == (4, 2, 4000)
    assert metrics.conversion_rate == 0.5
    assert metrics.sales_per_member_cents == 1000.0


def test_incremental_sales_and_roi_known_example() -> None:
    # given: treated members spend 1500 on average, control 1000; 4 treated members
    treated = ArmData(np.array([1, 1, 0, 1]), np.array([2000, 1000, 1000, 2000]))
    control = ArmData(np.array([1, 0, 0, 1]), np.array([1000, 500, 1500, 1000]))
    # when
    report = measure_effect(treated, control, cost_cents=1000)
    # then: 4 * (1500 - 1000) = 2000; SE = sqrt(333333.3/4 + 166666.7/4) = 353.55
    half = 1.959964 * 353.5534 * 4
    assert report.incremental_sales.value == 2000
    assert report.incremental_sales.low == pytest.approx(2000 - half, abs=1)
    assert report.incremental_sales.high == pytest.approx(2000 + half, abs=1)
    assert report.roi is not None
    assert report.roi.value == pytest.approx(1.0)
    assert report.roi.low == pytest.approx((report.incremental_sales.low - 1000) / 1000)
    assert report.uplift.value == pytest.approx(0.25)


def test_large_experiment_recovers_the_true_uplift() -> None:
    rng = np.random.default_rng(11)
    treated = rng.random(200_000) < 0.06
    control = rng.random(50_000) < 0.05
    estimate = uplift(treated, control)
    assert estimate.low < 0.01 < estimate.high
    assert estimate.low > 0


def test_measure_arms_and_free_arm() -> None:
    arm = ArmData(np.array([1, 0, 1]), np.array([100, 0, 100]))
    reports = measure_arms({"control": arm, "sms": arm}, {})
    assert list(reports) == ["sms"]
    assert reports["sms"].roi is None
    assert reports["sms"].incremental_sales.value == 0


def test_too_small_arms_are_refused() -> None:
    with pytest.raises(DomainError):
        incremental_sales(np.array([1]), np.array([1, 2]))
    with pytest.raises(DomainError):
        uplift(np.array([], dtype=bool), np.array([True]))
