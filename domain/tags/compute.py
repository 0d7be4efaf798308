"""Turning tag definitions into columns: one code per member (-1 = no value) plus numbers.

Population-dependent parameters (RFM and quadrant cuts, quantile thresholds, the BG/NBD fit) are
resolved on the full run and recorded in `params`; passing them back as `fixed` recomputes one
member exactly as the run would have, which is how incremental updates stay consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from domain.audience import dsl
from domain.members import reads as members_reads
from domain.members.models import Gender
from domain.orders import reads as orders_reads
from domain.tags import bgnbd, gammagamma, rules, sources
from domain.tags.models import TagDefinition, TagKind

NONE = -1
CDNOW_PARAMS = bgnbd.BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)
FIT_SAMPLE = 200_000
MIN_FIT_CUSTOMERS = 50
FIELDS = (
    "order_count",
    "total_spend_cents",
    "average_order_cents",
    "days_since_last_order",
    "promoted_share",
    "age",
)
ATTRIBUTES = ("gender", "age_band", "city")
MODELS = (
    "rfm",
    "lifecycle",
    "quadrant",
    "promotion",
    "purchase_probability",
    "expected_purchases",
    "customer_value",
)


@dataclass
class Column:
    """One tag's codes over the members, its labels, and optionally a number per member."""

    tag_id: int
    code: str
    labels: list[str]
    codes: np.ndarray
    number: np.ndarray | None = None


@dataclass
class Inputs:
    """Everything rules read: profile frame, order frame, the day, and fixed parameters."""

    frame: members_reads.MemberFrame
    orders: orders_reads.OrderFrame
    as_of: date
    fixed: dict[str, Any] | None = None
    only: list[int] | None = None
    params: dict[str, Any] = field(default_factory=dict)
    _fields: dict[str, np.ndarray] = field(default_factory=dict)

    def param(self, code: str, name: str, compute: Any) -> Any:
        """A population parameter: the fixed one when recomputing a member, else computed."""
        if self.fixed is not None and name in self.fixed.get(code, {}):
            value = self.fixed[code][name]
        else:
            value = compute()
        self.params.setdefault(code, {})[name] = value
        return value

    def field_values(self, name: str) -> np.ndarray:
        """A per-member number derived from profile or order aggregates."""
        if name not in self._fields:
            self._fields[name] = _field(self, name)
        return self._fields[name]


def _today(inputs: Inputs) -> int:
    return (inputs.as_of - sources.EPOCH).days


def _field(inputs: Inputs, name: str) -> np.ndarray:
    orders = inputs.orders
    count = orders.orders.astype(np.float64)
    has = count > 0
    if name == "order_count":
        return count
    if name == "total_spend_cents":
        return orders.spend_cents.astype(np.float64)
    if name == "average_order_cents":
        spend = orders.spend_cents.astype(np.float64)
        return np.divide(spend, count, out=np.zeros_like(spend), where=has)
    if name == "days_since_last_order":
        return np.where(has, _today(inputs) - orders.last_day, np.nan)
    if name == "promoted_share":
        promoted = orders.promoted.astype(np.float64)
        return np.divide(promoted, count, out=np.full_like(promoted, np.nan), where=has)
    days = inputs.frame.birthdays
    known = ~np.isnat(days)
    age = np.datetime64(inputs.as_of, "D") - np.where(known, days, np.datetime64(inputs.as_of))
    return np.where(known, age.astype(np.int64) // 365.25, np.nan)


def _group_codes(size: int, groups: dict[str, np.ndarray], labels: list[str]) -> np.ndarray:
    codes = np.full(size, NONE, dtype=rules.CODE_DTYPE)
    for index, label in enumerate(labels):
        ids = groups.get(label)
        if ids is not None and ids.size:
            codes[ids[ids < size]] = index
    return codes


def _attribute(tag: TagDefinition, inputs: Inputs) -> Column:
    frame = inputs.frame
    name = tag.rule.get("field")
    if name == "gender":
        labels = [g.value for g in Gender]
        return Column(tag.id, tag.code, labels, _group_codes(frame.size, frame.gender, labels))
    if name == "city":
        labels = sorted(frame.city)
        return Column(tag.id, tag.code, labels, _group_codes(frame.size, frame.city, labels))
    edges = tuple(int(e) for e in tag.rule.get("edges") or rules.DEFAULT_AGE_EDGES)
    values = rules.age_band(frame.birthdays, inputs.as_of, edges)
    return Column(tag.id, tag.code, values.labels, values.codes, inputs.field_values("age"))


def _rfm(tag: TagDefinition, inputs: Inputs) -> Column:
    recency = np.nan_to_num(inputs.field_values("days_since_last_order"), nan=0.0)
    frequency = inputs.field_values("order_count")
    money = inputs.field_values("total_spend_cents")
    config = rules.RfmConfig(**(tag.rule.get("config") or {}))
    scores = inputs.param(
        tag.code,
        "cuts",
        lambda: _cuts(rules.rfm_scores(recency, frequency, money, config)),
    )
    fixed = rules.RfmConfig(*scores)
    values = rules.rfm_classes(recency, frequency, money, fixed)
    return Column(tag.id, tag.code, values.labels, values.codes, money)


def _cuts(scores: rules.RfmScores) -> list[float]:
    return [scores.recency_cut, scores.frequency_cut, scores.monetary_cut]


def _lifecycle(tag: TagDefinition, inputs: Inputs) -> Column:
    orders = inputs.orders
    today = _today(inputs)
    config = rules.LifecycleConfig(**(tag.rule.get("config") or {}))
    values = rules.lifecycle_stage(
        orders.orders, today - orders.first_day, today - orders.last_day, config
    )
    return Column(tag.id, tag.code, values.labels, values.codes, orders.orders.astype(float))


def _quadrant(tag: TagDefinition, inputs: Inputs) -> Column:
    frequency = inputs.field_values("order_count")
    money = inputs.field_values("total_spend_cents")
    has = frequency > 0
    average = inputs.field_values("average_order_cents")

    def cuts() -> list[float]:
        if not has.any():
            return [0.0, 0.0]
        return [float(frequency[has].mean()), float(average[has].mean())]

    frequency_cut, value_cut = inputs.param(tag.code, "cuts", cuts)
    values = rules.frequency_value_quadrant(
        frequency, money, frequency_cut=frequency_cut, value_cut=value_cut
    )
    return Column(tag.id, tag.code, values.labels, values.codes, average)


def _promotion(tag: TagDefinition, inputs: Inputs) -> Column:
    config = rules.PromotionConfig(**(tag.rule.get("config") or {}))
    values = rules.promotion_sensitivity(inputs.orders.orders, inputs.orders.promoted, config)
    return Column(
        tag.id, tag.code, values.labels, values.codes, inputs.field_values("promoted_share")
    )


def _history(inputs: Inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    orders = inputs.orders
    has = orders.orders > 0
    end = _today(inputs) + 1  # the end of today, so a first purchase today still has T > 0
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


def _purchase(tag: TagDefinition, inputs: Inputs, model: str) -> Column:
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


def _customer_value(tag: TagDefinition, inputs: Inputs) -> Column:
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


def _compare(values: np.ndarray, condition: dsl.BehaviourCondition) -> np.ndarray:
    if condition.op is dsl.Comparison.GTE:
        return values >= condition.value
    if condition.op is dsl.Comparison.LTE:
        return values <= condition.value
    if condition.op is dsl.Comparison.EQ:
        result: np.ndarray = values == condition.value
        return result
    return (values >= condition.value) & (values <= (condition.value_to or 0))


async def behaviour_values(condition: dsl.BehaviourCondition, inputs: Inputs) -> np.ndarray:
    """The behaviour metric per member (0 without activity)."""
    ids, metric = await sources.behaviour_metric(condition, inputs.as_of, inputs.only)
    values = np.zeros(inputs.frame.size, dtype=np.float64)
    keep = ids < values.size
    values[ids[keep]] = metric[keep]
    return values


def parse_behaviour(body: Any, path: str, *, measure: bool = False) -> dsl.BehaviourCondition:
    """A behaviour condition from a rule; a measure has no comparison of its own."""
    data = dict(body) if isinstance(body, dict) else body
    if measure and isinstance(data, dict):
        data = {**data, "op": "GTE", "value": 0}
    condition = dsl.from_dict({"behaviour": data}, path=path)
    try:
        dsl.validate(condition)
    except dsl.InvalidDefinition as error:
        if error.field and error.field.startswith("definition"):
            error.field = path + error.field.removeprefix("definition")
        raise
    assert isinstance(condition, dsl.BehaviourCondition)
    return condition


async def _measure(tag: TagDefinition, inputs: Inputs) -> np.ndarray:
    measure = tag.rule.get("measure") or {}
    if "field" in measure:
        return inputs.field_values(measure["field"])
    condition = parse_behaviour(measure.get("behaviour"), "rule.measure", measure=True)
    return await behaviour_values(condition, inputs)


async def _tiered(tag: TagDefinition, inputs: Inputs) -> Column:
    values = await _measure(tag, inputs)
    known = ~np.isnan(values) & inputs.frame.live
    if "quantiles" in tag.rule:
        thresholds = inputs.param(
            tag.code,
            "thresholds",
            lambda: rules.quantile_cuts(values[known], tag.rule["quantiles"]).tolist(),
        )
        thresholds = [0.0 if t is None or np.isnan(t) else t for t in thresholds]
    else:
        thresholds = tag.rule["thresholds"]
    labels = tag.rule.get("labels") or tag.value_labels or None
    tiers = rules.tier_by_thresholds(np.nan_to_num(values), thresholds, labels)
    codes = np.where(np.isnan(values), NONE, tiers.codes).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, tiers.labels, codes, values)


async def _computed(tag: TagDefinition, inputs: Inputs) -> Column:
    condition = parse_behaviour(tag.rule.get("behaviour"), "rule")
    values = await behaviour_values(condition, inputs)
    codes = np.where(_compare(values, condition), 0, 1).astype(rules.CODE_DTYPE)
    return Column(tag.id, tag.code, ["YES", "NO"], codes, values)


def _manual(tag: TagDefinition, inputs: Inputs, assigned: dict[str, np.ndarray]) -> Column:
    labels = list(tag.value_labels or ["YES"])
    return Column(tag.id, tag.code, labels, _group_codes(inputs.frame.size, assigned, labels))


async def column_of(
    tag: TagDefinition, inputs: Inputs, manual: dict[str, np.ndarray] | None = None
) -> Column:
    """Compute one tag's column."""
    kind = TagKind(tag.kind)
    if kind is TagKind.ATTRIBUTE:
        column = _attribute(tag, inputs)
    elif kind is TagKind.COMPUTED:
        column = await _computed(tag, inputs)
    elif kind is TagKind.TIERED:
        column = await _tiered(tag, inputs)
    elif kind is TagKind.MANUAL:
        column = _manual(tag, inputs, manual or {})
    else:
        model = tag.rule.get("model")
        builders = {
            "rfm": _rfm,
            "lifecycle": _lifecycle,
            "quadrant": _quadrant,
            "promotion": _promotion,
            "customer_value": _customer_value,
        }
        if model in builders:
            column = builders[model](tag, inputs)
        else:
            column = _purchase(tag, inputs, str(model))
    column.codes = np.where(inputs.frame.live, column.codes, NONE).astype(rules.CODE_DTYPE)
    return column
