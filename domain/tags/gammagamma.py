"""Gamma-Gamma spend model and customer value (Fader, Hardie and Lee 2005, "RFM and CLV").

A customer's transaction values z are Gamma(p, nu) around their own mean, and nu ~ Gamma(q,
gamma) across customers. Given x repeat transactions with average value m_x, the expected value of
the customer's next transaction shrinks m_x toward the population mean (paper eq. 5):

    E[M | m_x, x] = (gamma + m_x x) p / (p x + q - 1)

The fit maximises the marginal log-likelihood over log-parameters (q > 1 for a finite mean).
Customer value over a horizon = expected repeat transactions (BG/NBD) x expected value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

from domain.errors import DomainError, ErrorCode
from domain.tags import bgnbd


class InvalidSpendHistory(DomainError):
    """The spend summaries given to the Gamma-Gamma model were refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class GammaGammaParams:
    """Fitted Gamma-Gamma parameters and the log-likelihood at the optimum."""

    p: float
    q: float
    gamma: float
    log_likelihood: float

    @property
    def population_mean(self) -> float:
        """The mean transaction value of the population: p gamma / (q - 1)."""
        return self.p * self.gamma / (self.q - 1.0)


def _check(x: np.ndarray, m_x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x, m_x = np.asarray(x, dtype=np.float64), np.asarray(m_x, dtype=np.float64)
    if x.shape != m_x.shape or x.ndim != 1:
        raise InvalidSpendHistory("x and m_x must be 1-d arrays of one length", field="x")
    if np.any(x < 1) or np.any(m_x <= 0) or not np.all(np.isfinite(m_x)):
        raise InvalidSpendHistory("each customer needs x >= 1 and an average value > 0", field="x")
    return x, m_x


def _log_likelihood(log_params: np.ndarray, x: np.ndarray, m_x: np.ndarray) -> float:
    p, q, gamma = np.exp(log_params)
    px = p * x
    terms = (
        special.gammaln(px + q)
        - special.gammaln(px)
        - special.gammaln(q)
        + q * np.log(gamma)
        + (px - 1.0) * np.log(m_x)
        + px * np.log(x)
        - (px + q) * np.log(gamma + m_x * x)
    )
    return float(terms.sum())


def fit(x: np.ndarray, m_x: np.ndarray) -> GammaGammaParams:
    """Maximum-likelihood p, q, gamma from repeat-transaction counts and their average values."""
    x, m_x = _check(x, m_x)
    if x.size < 3:
        raise InvalidSpendHistory("at least three repeat customers are needed", field="x")
    start = np.log([1.0, 2.0, float(np.mean(m_x))])
    found = optimize.minimize(
        lambda v: -_log_likelihood(v, x, m_x),
        start,
        method="Nelder-Mead",
        options={"xatol": 1e-8, "fatol": 1e-8, "maxiter": 20_000, "maxfev": 20_000},
    )
    p, q, gamma = np.exp(found.x)
    if not found.success or q <= 1.0:
        raise bgnbd.FitFailed("the Gamma-Gamma fit did not converge to a finite mean")
    return GammaGammaParams(float(p), float(q), float(gamma), float(-found.fun))


def expected_value(params: GammaGammaParams, x: np.ndarray, m_x: np.ndarray) -> np.ndarray:
    """Expected value of a customer's next transaction; the population mean when x = 0."""
    x = np.asarray(x, dtype=np.float64)
    m_x = np.asarray(m_x, dtype=np.float64)
    p, q, gamma = params.p, params.q, params.gamma
    shrunk = (gamma + m_x * x) * p / (p * x + q - 1.0)
    return np.where(x > 0, shrunk, params.population_mean)


def customer_value(
    purchases: bgnbd.BgNbdParams,
    spend: GammaGammaParams,
    horizon: float,
    x: np.ndarray,
    t_x: np.ndarray,
    T: np.ndarray,
    m_x: np.ndarray,
    *,
    margin: float = 1.0,
) -> np.ndarray:
    """Expected value over the next `horizon` periods: repeat purchases x expected value x margin
    (undiscounted; for horizons of a year or two the discount is small next to the model error)."""
    transactions = bgnbd.expected_purchases(purchases, horizon, x, t_x, T)
    result: np.ndarray = transactions * expected_value(spend, x, m_x) * margin
    return result
