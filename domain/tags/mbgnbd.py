"""MBG/NBD (Batislam, Denizel and Filiztekin 2007): BG/NBD where a customer may also drop out
right after the first purchase, so a customer without repeats is not assumed alive.

Same parameters (r, alpha for the purchase rate; a, b for the drop-out probability) and the
same summary (x, t_x, T) as `bgnbd`; the likelihood and the conditional expectation differ by
the drop-out opportunity at time 0 (b + x instead of b + x - 1).
"""

from __future__ import annotations

import numpy as np
from scipy import special

from domain.tags.bgnbd import (
    BgNbdParams,
    InvalidPurchaseHistory,
    _check_history,
    fit_by_likelihood,
)


def _log_likelihood(
    log_params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weights: np.ndarray
) -> float:
    r, alpha, a, b = np.exp(log_params)
    common = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    alive = special.betaln(a, b + x + 1) - special.betaln(a, b) - (r + x) * np.log(alpha + T)
    dropped = special.betaln(a + 1, b + x) - special.betaln(a, b) - (r + x) * np.log(alpha + t_x)
    return float(np.sum(weights * (common + np.logaddexp(alive, dropped))))


def fit(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> BgNbdParams:
    """Fit r, alpha, a, b by maximum likelihood; identical customers are collapsed first."""
    return fit_by_likelihood(_log_likelihood, x, t_x, T, model="MBG/NBD")


def expected_purchases(
    params: BgNbdParams, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """Expected repeat purchases in (T, T + t] given x, t_x, T."""
    x, t_x, T = _check_history(x, t_x, T)
    if t < 0:
        raise InvalidPurchaseHistory("the horizon t must not be negative", field="t")
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    hypergeometric = special.hyp2f1(r + x, b + x + 1, a + b + x, t / (alpha + T + t))
    decay = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    numerator = (a + b + x) / (a - 1) * (1.0 - decay * hypergeometric)
    odds = np.exp(np.log(a) - np.log(b + x) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x)))
    result: np.ndarray = numerator / (1.0 + odds)
    return result
