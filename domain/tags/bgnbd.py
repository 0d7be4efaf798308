"""BG/NBD purchase model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way").

Each customer buys at Poisson rate lambda ~ Gamma(r, alpha) while alive and, after each repeat
purchase, drops out with probability p ~ Beta(a, b). Input per customer: x repeat purchases, t_x the
time of the last of them and T the time observed, both measured from the first purchase. The fit
maximises the exact log-likelihood (paper eq. 6) over log-parameters, so all four stay positive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from scipy import optimize, special

from domain.errors import DomainError, ErrorCode


class InvalidPurchaseHistory(DomainError):
    """The purchase summaries given to the BG/NBD model were refused."""

    code = ErrorCode.INVALID


class FitFailed(DomainError):
    """The maximum-likelihood search did not converge."""

    code = ErrorCode.INVALID_STATE


@dataclass(frozen=True, slots=True)
class BgNbdParams:
    """Fitted BG/NBD parameters and the log-likelihood at the optimum."""

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float


@dataclass(frozen=True, slots=True)
class PurchaseSummary:
    """Per-customer repeat purchases x, last repeat time t_x and observed time T (all arrays)."""

    customer_ids: np.ndarray
    x: np.ndarray
    t_x: np.ndarray
    T: np.ndarray


def _check_history(
    x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, t_x, T = (np.asarray(v, dtype=np.float64) for v in (x, t_x, T))
    if not (x.shape == t_x.shape == T.shape) or x.ndim != 1:
        raise InvalidPurchaseHistory("x, t_x and T must be 1-d arrays of one length", field="x")
    if x.size and (np.any(x < 0) or np.any(x != np.floor(x))):
        raise InvalidPurchaseHistory("x must hold non-negative whole counts", field="x")
    if x.size and (np.any(t_x < 0) or np.any(t_x > T)):
        raise InvalidPurchaseHistory("t_x must lie within [0, T]", field="t_x")
    if x.size and np.any(T <= 0):
        raise InvalidPurchaseHistory("T must be positive", field="T")
    return x, t_x, T


def _log_likelihood(
    log_params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray
) -> float:
    r, alpha, a, b = np.exp(log_params)
    repeat = x > 0
    # b + x - 1 is only used where x > 0; shifting it elsewhere keeps betaln finite.
    x_repeat = np.where(repeat, x, 1.0)
    common = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    still_alive = special.betaln(a, b + x) - special.betaln(a, b) - (r + x) * np.log(alpha + T)
    dropped = np.where(
        repeat,
        special.betaln(a + 1, b + x_repeat - 1)
        - special.betaln(a, b)
        - (r + x) * np.log(alpha + t_x),
        -np.inf,
    )
    return float(np.sum(weights * (common + np.logaddexp(still_alive, dropped))))


def fit(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> BgNbdParams:
    """Fit r, alpha, a, b by maximum likelihood; identical customers are collapsed first."""
    return fit_by_likelihood(_log_likelihood, x, t_x, T, model="BG/NBD")


LogLikelihood = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray], float]


def fit_by_likelihood(
    log_likelihood: LogLikelihood, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, *, model: str
) -> BgNbdParams:
    """Maximise a four-parameter (r, alpha, a, b) purchase model's likelihood over the
    customers' (x, t_x, T); identical customers are collapsed into weights first. BG/NBD and
    its variants share it and differ only in `log_likelihood(log_params, x, t_x, T, weights)`."""
    x, t_x, T = _check_history(x, t_x, T)
    if x.size == 0:
        raise InvalidPurchaseHistory("at least one customer is needed", field="x")
    triples, counts = np.unique(np.stack([x, t_x, T], axis=1), axis=0, return_counts=True)
    ux, ut_x, uT = triples.T
    weights = counts.astype(np.float64)

    def objective(log_params: np.ndarray) -> float:
        value = -log_likelihood(log_params, ux, ut_x, uT, weights)
        return value if np.isfinite(value) else 1e300

    # Start alpha near the mean observation time so the first steps stay well scaled.
    start = np.log([1.0, max(float(np.mean(T)), 1e-3), 1.0, 1.0])
    best = optimize.minimize(objective, start, method="L-BFGS-B")
    if not best.success:
        # A simplex is slow along the (a, b) ridge but robust; polish its end point.
        coarse = optimize.minimize(objective, start, method="Nelder-Mead")
        retry = optimize.minimize(objective, coarse.x, method="L-BFGS-B")
        best = min(best, coarse, retry, key=lambda result: result.fun)
    if best.fun >= 1e299:
        raise FitFailed(f"{model} fit did not converge: {best.message}", field="x")
    r, alpha, a, b = (float(v) for v in np.exp(best.x))
    return BgNbdParams(r=r, alpha=alpha, a=a, b=b, log_likelihood=-float(best.fun))


def _alive_odds_term(
    params: BgNbdParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x) for x > 0, else 0."""
    repeat = x > 0
    x_repeat = np.where(repeat, x, 1.0)
    log_term = (
        np.log(params.a)
        - np.log(params.b + x_repeat - 1)
        + (params.r + x) * (np.log(params.alpha + T) - np.log(params.alpha + t_x))
    )
    return np.where(repeat, np.exp(log_term), 0.0)


def probability_alive(
    params: BgNbdParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """P(customer still alive at T | x, t_x, T); always 1 for customers without repeats."""
    x, t_x, T = _check_history(x, t_x, T)
    return 1.0 / (1.0 + _alive_odds_term(params, x, t_x, T))


def expected_purchases(
    params: BgNbdParams, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """Expected repeat purchases in (T, T + t] given x, t_x, T (paper eq. 10)."""
    x, t_x, T = _check_history(x, t_x, T)
    if t < 0:
        raise InvalidPurchaseHistory("the horizon t must not be negative", field="t")
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    hypergeometric = special.hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    decay = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    numerator = (a + b + x - 1) / (a - 1) * (1.0 - decay * hypergeometric)
    result: np.ndarray = numerator / (1.0 + _alive_odds_term(params, x, t_x, T))
    return result


def summarise_repeat_purchases(
    customer_ids: np.ndarray,
    purchase_days: np.ndarray,
    calibration_end: np.datetime64,
    *,
    days_per_period: float = 7.0,
) -> PurchaseSummary:
    """Reduce (customer, purchase day) rows to x, t_x, T; several purchases a day count as one."""
    customer_ids = np.asarray(customer_ids)
    purchase_days = np.asarray(purchase_days, dtype="datetime64[D]")
    end = calibration_end.astype("datetime64[D]")
    if customer_ids.shape != purchase_days.shape:
        raise InvalidPurchaseHistory("one purchase day per customer id", field="purchase_days")
    # First purchases fix each clock, even for customers whose later days fall after the end.
    customers, first_index = np.unique(customer_ids, return_inverse=True)
    order = np.lexsort((purchase_days, first_index))
    starts = np.r_[0, np.flatnonzero(np.diff(first_index[order])) + 1]
    first_day = purchase_days[order][starts]
    kept = purchase_days <= end
    pairs = np.unique(np.stack([first_index[kept], purchase_days[kept].astype(np.int64)]), axis=1)
    owner, day = pairs
    transaction_days = np.bincount(owner, minlength=customers.size)
    last_day = np.full(customers.size, np.iinfo(np.int64).min)
    np.maximum.at(last_day, owner, day)
    first = first_day.astype(np.int64)
    seen = transaction_days > 0
    x = np.where(seen, transaction_days - 1, 0)
    t_x = np.where(seen, (last_day - first) / days_per_period, 0.0)
    T = (end.astype(np.int64) - first) / days_per_period
    return PurchaseSummary(customer_ids=customers, x=x, t_x=t_x, T=T)


def cdnow_summary(
    path: Path | str, calibration_end: date = date(1997, 9, 30)
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Read the CDNOW sample file and return x, t_x, T in weeks up to `calibration_end`."""
    columns = np.loadtxt(path, dtype=str, usecols=(1, 2), ndmin=2)
    customer_ids = columns[:, 0].astype(np.int64)
    days = np.array(
        [f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" for raw in columns[:, 1]], dtype="datetime64[D]"
    )
    summary = summarise_repeat_purchases(customer_ids, days, np.datetime64(calibration_end))
    return summary.x, summary.t_x, summary.T
