"""MBG/NBD (Batislam, Denizel and Filiztekin 2007): BG/NBD where a customer may also drop out
right after the first purchase, so a customer without repeats is not assumed alive.

Same parameters (r, alpha for the purchase rate; a, b for the drop-out probability) and the
same summary (x, t_x, T) as `bgnbd`; the likelihood and the conditional expectation differ by
the drop-out opportunity at time 0 (b + x instead of b + x - 1).
"""

from __future__ import annotations

import numpy as np
from scipy import optimize, special

from domain.tags.bgnbd import BgNbdParams, FitFailed, InvalidPurchaseHistory, _check_history


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
    x, t_x, T = _check_history(x, t_x, T)
    if x.size == 0:
        raise InvalidPurchaseHistory("at least one customer is needed", field="x")
    triples, counts = np.unique(np.stack([x, t_x, T], axis=1), axis=0, return_counts=True)
    ux, ut_x, uT = triples.T
    weights = counts.astype(np.float64)

    def objective(log_params: np.ndarray) -> float:
        value = -_log_likelihood(log_params, ux, ut_x, uT, weights)
        return value if np.isfinite(value) else 1e300

    start = np.log([1.0, max(float(np.mean(T)), 1e-3), 1.0, 1.0])
    best = optimize.minimize(objective, start, method="L-BFGS-B")
    if not best.success:
        coarse = optimize.minimize(objective, start, method="Nelder-Mead")
        retry = optimize.minimize(objective, coarse.x, method="L-BFGS-B")
        best = min(best, coarse, retry, key=lambda result: result.fun)
    if best.fun >= 1e299:
        raise FitFailed(f"MBG/NBD fit did not converge: {best.message}", field="x")
    r, alpha, a, b = (float(v) for v in np.exp(best.x))
    return BgNbdParams(r=r, alpha=alpha, a=a, b=b, log_likelihood=-float(best.fun))


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
