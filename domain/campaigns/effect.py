"""Campaign effect per arm: conversion, uplift, incremental sales and ROI with 95 % intervals.

Inputs are aligned numpy arrays per arm: one conversion flag and one sales amount (cents) per
member. Methods:
- Uplift = p_treatment - p_control. Its interval is Newcombe's hybrid score interval (method 10 of
  Newcombe 1998, built from the two Wilson intervals); unlike Wald it stays inside [-1, 1] and
  keeps its coverage for small arms and rates near 0 or 1. Wald is offered for comparison.
- Incremental sales = (mean sales per treated member - mean per control member) x treated members,
  with a normal interval from the standard error of the mean difference (Welch, unpooled sample
  variances). Reported in whole cents; they are estimates, nothing is paid from them.
- ROI = (incremental sales - cost) / cost; its interval maps the sales interval (cost is known).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from statistics import NormalDist
from typing import NamedTuple

import numpy as np

from domain.campaigns.rules import CONTROL
from domain.errors import DomainError, ErrorCode, InvalidAmount


class InsufficientData(DomainError):
    """An arm has too few members to estimate an effect."""

    code = ErrorCode.INVALID


class IntervalMethod(StrEnum):
    """How the interval of a difference of two proportions is computed."""

    NEWCOMBE = "NEWCOMBE"
    WALD = "WALD"


class ArmData(NamedTuple):
    """Per-member observations of one arm."""

    converted: np.ndarray
    sales_cents: np.ndarray


@dataclass(frozen=True, slots=True)
class ArmMetrics:
    """Totals and rates of one arm."""

    members: int
    conversions: int
    conversion_rate: float
    sales_cents: int
    sales_per_member_cents: float


@dataclass(frozen=True, slots=True)
class Estimate:
    """A point estimate with its confidence interval."""

    value: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class CentsEstimate:
    """A money estimate in whole cents with its confidence interval."""

    value: int
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class EffectReport:
    """Treatment against control for one arm."""

    treatment: ArmMetrics
    control: ArmMetrics
    uplift: Estimate
    incremental_sales: CentsEstimate
    cost_cents: int
    roi: Estimate | None  # None when the arm cost nothing


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise InvalidAmount("Confidence lies strictly between 0 and 1.", field="confidence")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def arm_metrics(converted: np.ndarray, sales_cents: np.ndarray) -> ArmMetrics:
    """Members, conversions, conversion rate and sales of one arm."""
    flags = np.asarray(converted).astype(bool)
    sales = np.asarray(sales_cents, dtype=np.int64)
    if flags.shape != sales.shape:
        raise InvalidAmount("Conversion flags and sales must be aligned.", field="salesCents")
    members = int(flags.size)
    conversions = int(flags.sum())
    total = int(sales.sum())
    return ArmMetrics(
        members=members,
        conversions=conversions,
        conversion_rate=conversions / members if members else 0.0,
        sales_cents=total,
        sales_per_member_cents=total / members if members else 0.0,
    )


def wilson_interval(successes: int, trials: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a proportion."""
    if trials <= 0:
        raise InsufficientData("An arm needs at least one member.", field="members")
    z = _z(confidence)
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials))
    return max(0.0, centre - half), min(1.0, centre + half)


def uplift(
    treatment_converted: np.ndarray,
    control_converted: np.ndarray,
    confidence: float = 0.95,
    method: IntervalMethod = IntervalMethod.NEWCOMBE,
) -> Estimate:
    """Difference of conversion rates (treatment - control) with its confidence interval."""
    x1, n1 = int(np.count_nonzero(treatment_converted)), int(np.size(treatment_converted))
    x2, n2 = int(np.count_nonzero(control_converted)), int(np.size(control_converted))
    return rate_difference(x1, n1, x2, n2, confidence, method)


def rate_difference(
    x1: int,
    n1: int,
    x2: int,
    n2: int,
    confidence: float = 0.95,
    method: IntervalMethod = IntervalMethod.NEWCOMBE,
) -> Estimate:
    """x1/n1 - x2/n2 with a Newcombe (default) or Wald interval, from counts."""
    if n1 <= 0 or n2 <= 0:
        raise InsufficientData("Both arms need at least one member.", field="members")
    p1, p2 = x1 / n1, x2 / n2
    difference = p1 - p2
    if method is IntervalMethod.WALD:
        half = _z(confidence) * math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
        return Estimate(difference, difference - half, difference + half)
    l1, u1 = wilson_interval(x1, n1, confidence)
    l2, u2 = wilson_interval(x2, n2, confidence)
    low = difference - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = difference + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return Estimate(difference, low, high)


def incremental_sales(
    treatment_sales_cents: np.ndarray, control_sales_cents: np.ndarray, confidence: float = 0.95
) -> CentsEstimate:
    """(treatment mean - control mean) x treated members, with a Welch normal interval."""
    treated = np.asarray(treatment_sales_cents, dtype=np.float64)
    control = np.asarray(control_sales_cents, dtype=np.float64)
    if treated.size < 2 or control.size < 2:
        raise InsufficientData("Both arms need at least two members.", field="members")
    size = treated.size
    per_member = treated.mean() - control.mean()
    error = math.sqrt(treated.var(ddof=1) / size + control.var(ddof=1) / control.size)
    half = _z(confidence) * error
    return CentsEstimate(
        value=round(per_member * size),
        low=round((per_member - half) * size),
        high=round((per_member + half) * size),
    )


def roi(incremental: CentsEstimate, cost_cents: int) -> Estimate | None:
    """(incremental sales - cost) / cost with the sales interval carried through; None if free."""
    if cost_cents < 0:
        raise InvalidAmount("A cost cannot be negative.", field="costCents")
    if cost_cents == 0:
        return None
    return Estimate(
        (incremental.value - cost_cents) / cost_cents,
        (incremental.low - cost_cents) / cost_cents,
        (incremental.high - cost_cents) / cost_cents,
    )


def measure_effect(
    treatment: ArmData, control: ArmData, cost_cents: int, confidence: float = 0.95
) -> EffectReport:
    """The full treatment-versus-control report for one arm."""
    sales = incremental_sales(treatment.sales_cents, control.sales_cents, confidence)
    return EffectReport(
        treatment=arm_metrics(*treatment),
        control=arm_metrics(*control),
        uplift=uplift(treatment.converted, control.converted, confidence),
        incremental_sales=sales,
        cost_cents=cost_cents,
        roi=roi(sales, cost_cents),
    )


def measure_arms(
    arms: Mapping[str, ArmData], cost_cents_by_arm: Mapping[str, int], control: str = CONTROL
) -> dict[str, EffectReport]:
    """A report for every non-control arm against the control arm."""
    if control not in arms:
        raise InsufficientData("The control arm has no data.", field="control")
    return {
        code: measure_effect(data, arms[control], cost_cents_by_arm.get(code, 0))
        for code, data in arms.items()
        if code != control
    }
