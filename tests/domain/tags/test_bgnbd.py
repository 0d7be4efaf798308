"""BG/NBD: the published CDNOW fit, conditional expectations and the purchase summary."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from domain.tags import bgnbd
from tests.shared_data import SHARED_DATA, require

CDNOW = SHARED_DATA / "cdnow_sample.txt"
PUBLISHED = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "log_likelihood": -9582.4}


@pytest.fixture(scope="module")
def cdnow() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return bgnbd.cdnow_summary(require(CDNOW))


@pytest.fixture(scope="module")
def cdnow_params(cdnow: tuple[np.ndarray, np.ndarray, np.ndarray]) -> bgnbd.BgNbdParams:
    return bgnbd.fit(*cdnow)


def test_cdnow_summary_matches_the_paper(cdnow: tuple[np.ndarray, ...]) -> None:
    # given
    x, t_x, T = cdnow
    # then: 2357 customers, 1411 without a repeat purchase in the 39 calibration weeks
    assert x.size == 2357
    assert int(np.sum(x == 0)) == 1411
    assert np.all(t_x <= T) and T.max() <= 39


def test_fit_reproduces_the_published_cdnow_parameters(cdnow_params: bgnbd.BgNbdParams) -> None:
    for name, published in PUBLISHED.items():
        fitted = getattr(cdnow_params, name)
        assert fitted == pytest.approx(published, rel=0.02), name


def test_expected_purchases_for_the_papers_example_customer(
    cdnow_params: bgnbd.BgNbdParams,
) -> None:
    # given: the paper's example, x = 2, t_x = 30.43, T = 38.86 (CDNOW sample customer 1)
    x, t_x, T = np.array([2]), np.array([30.43]), np.array([38.86])
    # when
    expected = bgnbd.expected_purchases(cdnow_params, 39, x, t_x, T)
    # then
    assert expected[0] == pytest.approx(1.226, abs=0.005)


def test_probability_alive(cdnow_params: bgnbd.BgNbdParams) -> None:
    # given
    x = np.array([0, 2, 2])
    t_x = np.array([0.0, 30.0, 5.0])
    T = np.array([38.0, 38.0, 38.0])
    # when
    alive = bgnbd.probability_alive(cdnow_params, x, t_x, T)
    # then: no repeats means never dropped out; a long silence lowers the odds
    assert alive[0] == 1.0
    assert 0 < alive[2] < alive[1] < 1


def test_expected_purchases_grow_with_the_horizon(cdnow_params: bgnbd.BgNbdParams) -> None:
    x, t_x, T = np.array([1, 4]), np.array([10.0, 30.0]), np.array([30.0, 35.0])
    short = bgnbd.expected_purchases(cdnow_params, 4, x, t_x, T)
    long = bgnbd.expected_purchases(cdnow_params, 52, x, t_x, T)
    assert np.all(long > short) and np.all(short > 0)
    np.testing.assert_allclose(bgnbd.expected_purchases(cdnow_params, 0, x, t_x, T), 0, atol=1e-12)


def test_summary_counts_several_purchases_a_day_once() -> None:
    # given: customer 7 buys twice on day 1, once on day 15 and after the calibration end
    ids = np.array([7, 7, 7, 7, 9])
    days = np.array(
        ["2024-01-01", "2024-01-01", "2024-01-15", "2024-03-01", "2024-01-29"],
        dtype="datetime64[D]",
    )
    # when
    summary = bgnbd.summarise_repeat_purchases(ids, days, np.datetime64("2024-01-29"))
    # then
    assert summary.customer_ids.tolist() == [7, 9]
    assert summary.x.tolist() == [1, 0]
    np.testing.assert_allclose(summary.t_x, [2.0, 0.0])
    np.testing.assert_allclose(summary.T, [4.0, 0.0])


def test_fit_refuses_inconsistent_histories() -> None:
    with pytest.raises(bgnbd.InvalidPurchaseHistory) as error:
        bgnbd.fit(np.array([1]), np.array([5.0]), np.array([3.0]))
    assert error.value.field == "t_x"
    with pytest.raises(bgnbd.InvalidPurchaseHistory) as error:
        bgnbd.fit(np.array([-1]), np.array([0.0]), np.array([3.0]))
    assert error.value.field == "x"


def test_a_missing_sample_fails_in_ci_and_skips_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a path where no sample is
    missing = tmp_path / "shared" / "data" / "cdnow_sample.txt"
    looked = re.escape(f"looked for {missing}")
    # then CI fails saying where it looked, and a local run skips saying the same
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=looked):
        require(missing)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=looked):
        require(missing)
