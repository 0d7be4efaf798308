"""Vectorised tag rules: every input array is indexed by member id, every rule returns TagValues.

A rule returns `TagValues(codes, labels)`: `codes[i]` is the position in `labels` of member i's
value. Rules that need orders give members without orders their own label (NO_ORDERS or UNKNOWN),
the last one, and compute mean or median cuts over members with orders only.

RFM classes (H = better than the cut: recency lower, frequency or monetary higher):

    R F M   class                     R F M   class
    H H H   IMPORTANT_VALUE           H H L   GENERAL_VALUE
    H L H   IMPORTANT_DEVELOPMENT     H L L   GENERAL_DEVELOPMENT
    L H H   IMPORTANT_RETENTION       L H L   GENERAL_RETENTION
    L L H   IMPORTANT_WIN_BACK        L L L   GENERAL_WIN_BACK
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Literal, NamedTuple, TypeAlias

import numpy as np

from domain.errors import DomainError, ErrorCode

CODE_DTYPE = np.int16
Cut = float | Literal["mean", "median"]

RFM_LABELS = (
    "IMPORTANT_VALUE",
    "IMPORTANT_DEVELOPMENT",
    "IMPORTANT_RETENTION",
    "IMPORTANT_WIN_BACK",
    "GENERAL_VALUE",
    "GENERAL_DEVELOPMENT",
    "GENERAL_RETENTION",
    "GENERAL_WIN_BACK",
    "NO_ORDERS",
)
LIFECYCLE_LABELS = ("PROSPECT", "NEW", "ACTIVE", "LOYAL", "DORMANT", "LOST")
QUADRANT_LABELS = (
    "HIGH_FREQUENCY_HIGH_VALUE",
    "HIGH_FREQUENCY_LOW_VALUE",
    "LOW_FREQUENCY_HIGH_VALUE",
    "LOW_FREQUENCY_LOW_VALUE",
    "NO_ORDERS",
)
PROMOTION_LABELS = ("ENTHUSIAST", "SENSITIVE", "NEUTRAL", "INDIFFERENT", "UNKNOWN")
DEFAULT_AGE_EDGES = (18, 25, 30, 35, 40, 50, 60)


class InvalidTagRule(DomainError):
    """A tag rule's parameters or inputs were refused."""

    code = ErrorCode.INVALID


class TagValues(NamedTuple):
    """Integer code per member plus the labels the codes index."""

    codes: np.ndarray
    labels: list[str]


# Per-member numbers: an array indexed by member id, or any sequence of numbers.
Values: TypeAlias = np.ndarray | Sequence[float]


def _array(values: Values, field: str) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1:
        raise InvalidTagRule("expected a 1-d array indexed by member id", field=field)
    return array


def _same_length(field: str, *arrays: np.ndarray) -> None:
    if len({array.shape for array in arrays}) > 1:
        raise InvalidTagRule("all arrays must have one length", field=field)


def age_band(
    birthdays: np.ndarray, today: date, edges: Sequence[int] = DEFAULT_AGE_EDGES
) -> TagValues:
    """Age band from birthdays (datetime64, NaT = unknown) on `today`; last label is UNKNOWN."""
    if list(edges) != sorted(set(edges)) or not edges or edges[0] <= 0:
        raise InvalidTagRule("age edges must be positive and strictly ascending", field="edges")
    days = np.asarray(birthdays, dtype="datetime64[D]")
    unknown = np.isnat(days)
    safe = np.where(unknown, np.datetime64("2000-01-01"), days)
    years = safe.astype("datetime64[Y]")
    months = safe.astype("datetime64[M]")
    birth_year = years.astype(np.int64) + 1970
    birth_month = (months - years).astype(np.int64) + 1
    birth_day = (safe - months).astype(np.int64) + 1
    before_birthday = (today.month < birth_month) | (
        (today.month == birth_month) & (today.day < birth_day)
    )
    age = today.year - birth_year - before_birthday
    unknown |= age < 0
    codes = np.searchsorted(np.asarray(edges), age, side="right").astype(CODE_DTYPE)
    labels = [f"UNDER_{edges[0]}"]
    labels += [f"{low}_{high - 1}" for low, high in pairwise(edges)]
    labels += [f"{edges[-1]}_PLUS", "UNKNOWN"]
    codes[unknown] = len(labels) - 1
    return TagValues(codes, labels)


def tier_by_thresholds(
    values: Values,
    thresholds: Sequence[float],
    labels: Sequence[str] | None = None,
) -> TagValues:
    """Tier i holds thresholds[i-1] <= value < thresholds[i]; default labels TIER_0..TIER_n."""
    array = _array(values, "values")
    cuts = np.asarray(thresholds, dtype=np.float64)
    if cuts.ndim != 1 or np.any(np.diff(cuts) < 0) or not np.all(np.isfinite(cuts)):
        raise InvalidTagRule("thresholds must be finite and ascending", field="thresholds")
    if not np.all(np.isfinite(array)):
        raise InvalidTagRule("values must be finite", field="values")
    names = list(labels) if labels is not None else [f"TIER_{i}" for i in range(cuts.size + 1)]
    if len(names) != cuts.size + 1:
        raise InvalidTagRule("one label more than thresholds is needed", field="labels")
    codes = np.searchsorted(cuts, array, side="right").astype(CODE_DTYPE)
    return TagValues(codes, names)


def quantile_cuts(values: Values, quantiles: Sequence[float]) -> np.ndarray:
    """Cut points at the given quantiles (linear interpolation); empty input gives NaN cuts."""
    array = _array(values, "values")
    levels = np.asarray(quantiles, dtype=np.float64)
    if levels.ndim != 1 or np.any((levels <= 0) | (levels >= 1)) or np.any(np.diff(levels) <= 0):
        raise InvalidTagRule("quantiles must be strictly ascending in (0, 1)", field="quantiles")
    if array.size == 0:
        return np.full(levels.size, np.nan)
    result: np.ndarray = np.quantile(array, levels)
    return result


def _resolve_cut(values: np.ndarray, cut: Cut, field: str) -> float:
    if cut == "mean":
        return float(np.mean(values)) if values.size else 0.0
    if cut == "median":
        return float(np.median(values)) if values.size else 0.0
    if isinstance(cut, str) or not np.isfinite(cut):
        raise InvalidTagRule("a cut is 'mean', 'median' or a finite number", field=field)
    return float(cut)


@dataclass(frozen=True, slots=True)
class RfmConfig:
    """Cut per dimension: 'mean', 'median' (over members with orders) or a fixed number."""

    recency: Cut = "mean"
    frequency: Cut = "mean"
    monetary: Cut = "mean"


@dataclass(frozen=True, slots=True)
class RfmScores:
    """High/low flag per dimension, the cuts used, and which members have orders."""

    recency_high: np.ndarray
    frequency_high: np.ndarray
    monetary_high: np.ndarray
    has_orders: np.ndarray
    recency_cut: float
    frequency_cut: float
    monetary_cut: float


def rfm_scores(
    recency_days: Values,
    frequency: Values,
    monetary_cents: Values,
    config: RfmConfig = RfmConfig(),
) -> RfmScores:
    """Score R, F, M high when strictly better than the cut (recency below, others above)."""
    recency = _array(recency_days, "recency_days")
    orders = _array(frequency, "frequency")
    money = _array(monetary_cents, "monetary_cents")
    _same_length("frequency", recency, orders, money)
    has_orders = orders > 0
    recency_cut = _resolve_cut(recency[has_orders], config.recency, "config.recency")
    frequency_cut = _resolve_cut(orders[has_orders], config.frequency, "config.frequency")
    monetary_cut = _resolve_cut(money[has_orders], config.monetary, "config.monetary")
    return RfmScores(
        recency_high=has_orders & (recency < recency_cut),
        frequency_high=has_orders & (orders > frequency_cut),
        monetary_high=has_orders & (money > monetary_cut),
        has_orders=has_orders,
        recency_cut=recency_cut,
        frequency_cut=frequency_cut,
        monetary_cut=monetary_cut,
    )


def rfm_classes(
    recency_days: Values,
    frequency: Values,
    monetary_cents: Values,
    config: RfmConfig = RfmConfig(),
) -> TagValues:
    """The eight classic RFM classes (mapping in the module docstring); NO_ORDERS when F = 0."""
    scores = rfm_scores(recency_days, frequency, monetary_cents, config)
    codes = (4 * ~scores.monetary_high + 2 * ~scores.recency_high + ~scores.frequency_high).astype(
        CODE_DTYPE
    )
    codes[~scores.has_orders] = len(RFM_LABELS) - 1
    return TagValues(codes, list(RFM_LABELS))


@dataclass(frozen=True, slots=True)
class LifecycleConfig:
    """Day and order thresholds of the lifecycle stages."""

    new_within_days: int = 30
    loyal_min_orders: int = 5
    dormant_after_days: int = 90
    lost_after_days: int = 180


def lifecycle_stage(
    order_count: Values,
    days_since_first_order: Values,
    days_since_last_order: Values,
    config: LifecycleConfig = LifecycleConfig(),
) -> TagValues:
    """First match wins: PROSPECT, LOST, DORMANT, NEW, LOYAL, ACTIVE (days counted from today)."""
    if config.new_within_days <= 0:
        raise InvalidTagRule("must be positive", field="config.new_within_days")
    if config.loyal_min_orders < 1:
        raise InvalidTagRule("must be at least 1", field="config.loyal_min_orders")
    if not 0 < config.dormant_after_days < config.lost_after_days:
        raise InvalidTagRule("dormant must come before lost", field="config.dormant_after_days")
    orders = _array(order_count, "order_count")
    since_first = _array(days_since_first_order, "days_since_first_order")
    since_last = _array(days_since_last_order, "days_since_last_order")
    _same_length("order_count", orders, since_first, since_last)
    conditions = [
        orders <= 0,
        since_last >= config.lost_after_days,
        since_last >= config.dormant_after_days,
        since_first < config.new_within_days,
        orders >= config.loyal_min_orders,
    ]
    codes = np.select(conditions, [0, 5, 4, 1, 3], default=2).astype(CODE_DTYPE)
    return TagValues(codes, list(LIFECYCLE_LABELS))


def frequency_value_quadrant(
    frequency: Values,
    monetary_cents: Values,
    *,
    frequency_cut: Cut = "mean",
    value_cut: Cut = "mean",
    value: Literal["average_order", "total"] = "average_order",
) -> TagValues:
    """Quadrant of frequency against value (average order value by default); high = above cut."""
    orders = _array(frequency, "frequency")
    money = _array(monetary_cents, "monetary_cents")
    _same_length("frequency", orders, money)
    has_orders = orders > 0
    if value == "average_order":
        amount = np.divide(money, orders, out=np.zeros_like(money), where=has_orders)
    else:
        amount = money
    frequent = orders > _resolve_cut(orders[has_orders], frequency_cut, "frequency_cut")
    valuable = amount > _resolve_cut(amount[has_orders], value_cut, "value_cut")
    codes = (2 * ~frequent + ~valuable).astype(CODE_DTYPE)
    codes[~has_orders] = len(QUADRANT_LABELS) - 1
    return TagValues(codes, list(QUADRANT_LABELS))


@dataclass(frozen=True, slots=True)
class PromotionConfig:
    """Lower bounds of the promoted-order share per class, and the orders needed to judge."""

    enthusiast_share: float = 0.7
    sensitive_share: float = 0.4
    neutral_share: float = 0.1
    min_orders: int = 1


def promotion_sensitivity(
    order_count: Values,
    promoted_order_count: Values,
    config: PromotionConfig = PromotionConfig(),
) -> TagValues:
    """Class by share of orders with a coupon or promotion; UNKNOWN below `min_orders`."""
    if not 0 <= config.neutral_share < config.sensitive_share < config.enthusiast_share <= 1:
        raise InvalidTagRule(
            "shares must satisfy 0 <= neutral < sensitive < enthusiast <= 1",
            field="config.sensitive_share",
        )
    if config.min_orders < 1:
        raise InvalidTagRule("must be at least 1", field="config.min_orders")
    orders = _array(order_count, "order_count")
    promoted = _array(promoted_order_count, "promoted_order_count")
    _same_length("order_count", orders, promoted)
    if np.any(promoted > orders) or np.any(promoted < 0):
        raise InvalidTagRule(
            "promoted orders must lie within [0, orders]", field="promoted_order_count"
        )
    judged = orders >= config.min_orders
    share = np.divide(promoted, orders, out=np.zeros_like(promoted), where=orders > 0)
    conditions = [
        ~judged,
        share >= config.enthusiast_share,
        share >= config.sensitive_share,
        share >= config.neutral_share,
    ]
    codes = np.select(conditions, [4, 0, 1, 2], default=3).astype(CODE_DTYPE)
    return TagValues(codes, list(PROMOTION_LABELS))
