"""Model tags fitted on the population: BG/NBD purchase probability and expected purchases,
and customer value (BG/NBD purchases x Gamma-Gamma spend)."""

from __future__ import annotations

import numpy as np

from domain.tags import bgnbd, gammagamma, rules
from domain.tags.columns import Column, Inputs, today_index
from domain.tags.models import TagDefinition

CDNOW_PARAMS = bgnbd.BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)


FIT_SAMPLE = 200_000


MIN_FIT_CUSTOMERS = 50


def _history(inputs: Inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    orders = inputs.orders
    has = orders.orders > 0
    end = today_index(inputs) + 1  # the end of today, so a first purchase today still has T > 0
    x = np.where(has, orders.purchase_days - 1, 0).astype(np.float64)
    t_x = np.where(has, (orders.last_day - orders.first_day) / 7.0, 0.0)
    T = np.where(has, (end - orders.first_day) / 7.0, 1.0)
    return has, x, t_x, T


def _fit(inputs: Inputs) -> list[float]:
    has, x, t_x, T = _history(inputs)
    ids = np.flatnonzero(has)
    if ids.size < MIN_FIT_CUSTOMERS:
        p = CDNOW_PARAMS
        return [p.r, p.alpha, p.a, p.b]
    if ids.size > FIT_SAMPLE:
        ids = np.sort(np.random.default_rng(7).choice(ids, FIT_SAMPLE, replace=False))
    try:
        p = bgnbd.fit(x[ids], t_x[ids], T[ids])
    except bgnbd.FitFailed:
        p = CDNOW_PARAMS
    return [p.r, p.alpha, p.a, p.b]


def purchase_column(tag: TagDefinition, inputs: Inputs, model: str) -> Column:
    """Purchase probability or expected purchases over the rule's days, tiered."""
    r, alpha, a, b = inputs.param("bgnbd", "params", lambda: _fit(inputs))
    params = bgnbd.BgNbdParams(r=r, alpha=alpha, a=a, b=b, log_likelihood=0.0)
    has, x, t_x, T = _history(inputs)
    if model == "purchase_probability":
        number = bgnbd.probability_alive(params, x, t_x, T)
        default = ([0.3, 0.7], ["LOW", "MEDIUM", "HIGH"])
    else:
        days = int(tag.rule.get("days", 30))
        number = bgnbd.expected_purchases(params, days / 7.0, x, t_x, T)
        default = ([0.5, 1.5], ["LOW", "MEDIUM", "HIGH"])
    thresholds = tag.rule.get("thresholds", default[0])
    labels = list(tag.rule.get("labels", default[1]))
    tiers = rules.tier_by_thresholds(np.nan_to_num(number), thresholds, labels)
    codes = np.where(has, tiers.codes, len(labels)).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, [*labels, "NO_ORDERS"], codes, np.where(has, number, np.nan))


def _spend_fit(x: np.ndarray, m_x: np.ndarray) -> list[float] | None:
    repeaters = np.flatnonzero((x >= 1) & (m_x > 0))
    if repeaters.size < MIN_FIT_CUSTOMERS:
        return None
    if repeaters.size > FIT_SAMPLE:
        repeaters = np.sort(np.random.default_rng(7).choice(repeaters, FIT_SAMPLE, replace=False))
    try:
        p = gammagamma.fit(x[repeaters], m_x[repeaters])
    except (bgnbd.FitFailed, gammagamma.InvalidSpendHistory):
        return None
    return [p.p, p.q, p.gamma]


def customer_value_column(tag: TagDefinition, inputs: Inputs) -> Column:
    """Expected spend (cents) over the horizon: BG/NBD purchases x Gamma-Gamma value. The
    member's average order stands in for the average of their repeat orders."""
    r, alpha, a, b = inputs.param("bgnbd", "params", lambda: _fit(inputs))
    purchases = bgnbd.BgNbdParams(r=r, alpha=alpha, a=a, b=b, log_likelihood=0.0)
    has, x, t_x, T = _history(inputs)
    m_x = inputs.field_values("average_order_cents").astype(np.float64)
    fitted = inputs.param("gammagamma", "params", lambda: _spend_fit(x, m_x))
    days = int(tag.rule.get("days", 365))
    transactions = bgnbd.expected_purchases(purchases, days / 7.0, x, t_x, T)
    if fitted is None:  # too few repeat buyers to fit: each member's own average
        value = transactions * m_x
    else:
        p, q, gamma = fitted
        spend = gammagamma.GammaGammaParams(p=p, q=q, gamma=gamma, log_likelihood=0.0)
        value = transactions * gammagamma.expected_value(spend, x, m_x)
    thresholds = tag.rule.get("thresholds", [10_000, 50_000])
    labels = list(tag.rule.get("labels", ["LOW", "MEDIUM", "HIGH"]))
    tiers = rules.tier_by_thresholds(np.nan_to_num(value), thresholds, labels)
    codes = np.where(has, tiers.codes, len(labels)).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, [*labels, "NO_ORDERS"], codes, np.where(has, value, np.nan))
