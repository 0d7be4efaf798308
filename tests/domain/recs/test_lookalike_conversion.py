"""Lookalike conversion on held-out MovieLens ratings (genres as categories), on a sample.

The full figures are in bench/RESULTS.md (`python -m bench.lookalike_conversion`).
"""

from __future__ import annotations

from domain.recs.interactions import Interaction
from domain.recs.lookalike_evaluation import evaluate_lookalikes, format_lookalike_report
from tests.domain.recs.test_real_data import sample  # noqa: F401  (the MovieLens fixture)


def test_lookalike_and_random_audiences_are_measured_alike(
    sample: list[Interaction],  # noqa: F811
) -> None:
    # given 400 members' ratings, each one's latest 10 held out
    # when
    report = evaluate_lookalikes(sample, holdout=10, audience_share=0.1, random_draws=5)
    again = evaluate_lookalikes(sample, holdout=10, audience_share=0.1, random_draws=5)
    # then every category with a seed gets both audiences of one size, and the run repeats
    assert report["members"] == 400 and len(report["categories"]) >= 5
    for category in report["categories"]:
        assert category["seed"] >= 20 and category["audience"] >= 1
        assert 0.0 <= category["lookalike_rate"] <= 1.0 and 0.0 <= category["random_rate"] <= 1.0
    assert 0.0 < report["random_rate"] < 1.0
    assert report == again
    assert "pooled: lookalike" in format_lookalike_report(report)
