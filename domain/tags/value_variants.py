"""Purchase-model variants judged on validation before the holdout: which one to serve.

Each variant is fitted on the calibration period minus its last VALIDATION_WEEKS and predicts
those weeks (validation), then is fitted on the whole calibration period and predicts the
holdout. A variant other than plain BG/NBD is served only when it beats BG/NBD on validation
both per customer (mean absolute error of repeat transactions) and in total (absolute error of
the summed prediction): a better fit of individuals that misjudges the total would mislead
every forecast built on the sum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from domain.tags import bgnbd, mbgnbd

VALIDATION_WEEKS = 13
Fit = Callable[[np.ndarray, np.ndarray, np.ndarray], bgnbd.BgNbdParams]
Predict = Callable[[bgnbd.BgNbdParams, float, np.ndarray, np.ndarray, np.ndarray], np.ndarray]
VARIANTS: dict[str, tuple[Fit, Predict]] = {
    "bgnbd": (bgnbd.fit, bgnbd.expected_purchases),
    "mbgnbd": (mbgnbd.fit, mbgnbd.expected_purchases),
}


def compare_variants(
    owner: np.ndarray, day: np.ndarray, end: int, last: int, *, days_per_period: float = 7.0
) -> dict[str, Any]:
    """Validation and holdout figures of every variant, and the served one.

    `owner` and `day` are one row per customer and transaction day (day numbers); `end` is the
    calibration end and `last` the last day of the data."""
    inner_end = end - VALIDATION_WEEKS * 7
    figures: dict[str, dict[str, Any]] = {}
    for name, (fit, predict) in VARIANTS.items():
        figures[name] = {
            "validation": _judge(fit, predict, owner, day, inner_end, end, days_per_period),
            "holdout": _judge(fit, predict, owner, day, end, last, days_per_period),
        }
    plain = figures["bgnbd"]["validation"]
    better = [
        name
        for name, judged in figures.items()
        if judged["validation"]["mae"] < plain["mae"]
        and _total_error(judged["validation"]) < _total_error(plain)
    ]
    served = min(better, key=lambda n: figures[n]["validation"]["mae"], default="bgnbd")
    return {"validation_weeks": VALIDATION_WEEKS, "variants": figures, "served": served}


def _total_error(judged: dict[str, Any]) -> float:
    return float(abs(judged["predicted"] - judged["actual"]) / max(judged["actual"], 1))


def _judge(
    fit: Fit,
    predict: Predict,
    owner: np.ndarray,
    day: np.ndarray,
    end: int,
    stop: int,
    days_per_period: float,
) -> dict[str, Any]:
    """Fit up to `end`, predict (end, stop], compare with what happened."""
    n = int(owner.max()) + 1
    first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first, owner, day)
    cohort = first <= end
    summary = bgnbd.summarise_repeat_purchases(
        owner, day.astype("datetime64[D]"), np.datetime64(end, "D"), days_per_period=days_per_period
    )
    x, t_x, T = summary.x[cohort], summary.t_x[cohort], summary.T[cohort]
    params = fit(x, t_x, T)
    predicted = predict(params, (stop - end) / days_per_period, x, t_x, T)
    later = (day > end) & (day <= stop)
    actual = np.bincount(owner[later], minlength=n)[cohort]
    return {
        "params": {k: getattr(params, k) for k in ("r", "alpha", "a", "b")},
        "log_likelihood": params.log_likelihood,
        "predicted": float(predicted.sum()),
        "actual": int(actual.sum()),
        "mae": float(np.abs(predicted - actual).mean()),
    }


def format_variants(found: dict[str, Any]) -> list[str]:
    """Report lines: each variant's validation and holdout figures, and the served one."""
    lines = [f"variants (validation: the last {found['validation_weeks']} calibration weeks)"]
    for name, judged in found["variants"].items():
        v, h = judged["validation"], judged["holdout"]
        lines.append(
            f"{name}: validation predicted {v['predicted']:.0f} / actual {v['actual']}, MAE "
            f"{v['mae']:.4f}; holdout predicted {h['predicted']:.0f} / actual {h['actual']}, MAE "
            f"{h['mae']:.4f}; log-likelihood {h['log_likelihood']:.1f}"
        )
    lines.append(f"served: {found['served']}")
    return lines
