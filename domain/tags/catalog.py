"""Built-in tags and the checks on a tag's rule (pure: no database).

Rule JSON by kind:
    ATTRIBUTE {"field": "gender" | "city" | "age_band", "edges": [18, 25, ...]}
    COMPUTED  {"behaviour": {dsl behaviour body: source, metric, op, value, window_days, ...}}
              -> YES / NO
    TIERED    {"measure": {"field": <FIELDS>} | {"behaviour": {source, metric, window_days}},
               "thresholds": [..] | "quantiles": [..], "labels": [..]}
    MODEL     {"model": "rfm" | "lifecycle" | "quadrant" | "promotion" | "purchase_probability"
               | "expected_purchases" | "customer_value", "config": {...}, "days": 30,
               "thresholds", "labels"}
    MANUAL    {} with value labels (default ["YES"])
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from domain.audience.dsl import InvalidDefinition
from domain.errors import DomainError, ErrorCode
from domain.tags import compute, rules
from domain.tags.models import TagKind

SYSTEM_TAGS: list[tuple[str, str, TagKind, dict[str, Any]]] = [
    ("gender", "Gender", TagKind.ATTRIBUTE, {"field": "gender"}),
    ("age_band", "Age band", TagKind.ATTRIBUTE, {"field": "age_band"}),
    ("city", "City", TagKind.ATTRIBUTE, {"field": "city"}),
    ("rfm", "RFM class", TagKind.MODEL, {"model": "rfm"}),
    ("lifecycle", "Lifecycle stage", TagKind.MODEL, {"model": "lifecycle"}),
    ("value_quadrant", "Frequency-value quadrant", TagKind.MODEL, {"model": "quadrant"}),
    ("promotion_sensitivity", "Promotion sensitivity", TagKind.MODEL, {"model": "promotion"}),
    (
        "purchase_probability",
        "Probability the member is still buying (BG/NBD)",
        TagKind.MODEL,
        {"model": "purchase_probability"},
    ),
    (
        "expected_purchases_30d",
        "Expected purchases in the next 30 days (BG/NBD)",
        TagKind.MODEL,
        {"model": "expected_purchases", "days": 30},
    ),
    (
        "customer_value_365d",
        "Expected spend in the next 365 days, cents (BG/NBD x Gamma-Gamma)",
        TagKind.MODEL,
        {"model": "customer_value", "days": 365},
    ),
]
MAX_LABELS = 50


def _fail(message: str, field: str, code: ErrorCode = ErrorCode.INVALID) -> DomainError:
    return DomainError(message, field=field, code=code)


def _check_config(config: Any, kind: type, field: str) -> None:
    if config is None:
        return
    if not isinstance(config, dict):
        raise _fail("config is an object", field)
    names = {f.name for f in dataclass_fields(kind)}
    for key, value in config.items():
        if key not in names:
            raise _fail("unknown setting", f"{field}.{key}")
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise _fail("settings are numbers", f"{field}.{key}")


def _check_numbers(values: Any, field: str) -> list[float]:
    if not isinstance(values, list) or not values or len(values) > MAX_LABELS:
        raise _fail(f"1 to {MAX_LABELS} numbers", field)
    for index, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail("a number", f"{field}[{index}]")
    if values != sorted(values):
        raise _fail("ascending", field)
    return [float(v) for v in values]


def _check_labels(labels: Any, count: int, field: str) -> None:
    if labels is None:
        return
    if not isinstance(labels, list) or len(labels) != count:
        raise _fail(f"{count} labels (one more than the cuts)", field)
    _check_value_labels(labels, field)


def _check_value_labels(labels: list[Any], field: str) -> None:
    if len(labels) > MAX_LABELS:
        raise _fail(f"at most {MAX_LABELS} labels", field, ErrorCode.TOO_MANY)
    for index, label in enumerate(labels):
        if not isinstance(label, str) or not label.strip() or len(label) > 64:
            raise _fail("labels are 1-64 characters", f"{field}[{index}]")
    if len(set(labels)) != len(labels):
        raise _fail("labels must differ", field, ErrorCode.DUPLICATE)


def _check_behaviour(body: Any, field: str, events: set[str], *, measure: bool) -> None:
    try:
        condition = compute.parse_behaviour(body, field, measure=measure)
    except InvalidDefinition as error:
        raise _fail(error.message, error.field or field, error.code) from error
    if condition.event_name is not None and condition.event_name not in events:
        raise _fail(
            f"unknown event {condition.event_name!r}",
            f"{field}.behaviour.event_name",
            ErrorCode.UNKNOWN_EVENT,
        )


def _check_tiered(rule: dict[str, Any], events: set[str]) -> None:
    measure = rule.get("measure")
    if not isinstance(measure, dict) or len(measure) != 1:
        raise _fail("measure is {field} or {behaviour}", "rule.measure", ErrorCode.REQUIRED)
    if "field" in measure:
        if measure["field"] not in compute.FIELDS:
            raise _fail(f"one of {', '.join(compute.FIELDS)}", "rule.measure.field")
    else:
        _check_behaviour(measure.get("behaviour"), "rule.measure", events, measure=True)
    if ("thresholds" in rule) == ("quantiles" in rule):
        raise _fail("give thresholds or quantiles", "rule.thresholds", ErrorCode.REQUIRED)
    if "thresholds" in rule:
        cuts = _check_numbers(rule["thresholds"], "rule.thresholds")
    else:
        cuts = _check_numbers(rule["quantiles"], "rule.quantiles")
        if any(not 0 < q < 1 for q in cuts) or len(set(cuts)) != len(cuts):
            raise _fail("strictly ascending within (0, 1)", "rule.quantiles")
    _check_labels(rule.get("labels"), len(cuts) + 1, "rule.labels")


def _check_model(rule: dict[str, Any]) -> None:
    model = rule.get("model")
    if model not in compute.MODELS:
        raise _fail(f"one of {', '.join(compute.MODELS)}", "rule.model")
    configs = {
        "rfm": rules.RfmConfig,
        "lifecycle": rules.LifecycleConfig,
        "promotion": rules.PromotionConfig,
    }
    if model in configs:
        _check_config(rule.get("config"), configs[model], "rule.config")
        try:
            configs[model](**(rule.get("config") or {}))
        except TypeError as error:
            raise _fail(str(error), "rule.config") from error
    elif "config" in rule:
        raise _fail(f"{model} takes no config", "rule.config")
    if model not in compute.HORIZON_MODELS:
        for key in ("days", "thresholds", "labels"):
            if key in rule:
                raise _fail(f"{model} takes no {key}", f"rule.{key}")
    else:
        days = rule.get("days", 30)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 3660:
            raise _fail("a horizon is 1 to 3660 days", "rule.days", ErrorCode.INVALID_WINDOW)
        if "thresholds" in rule:
            cuts = _check_numbers(rule["thresholds"], "rule.thresholds")
            _check_labels(rule.get("labels"), len(cuts) + 1, "rule.labels")


def validate_rule(kind: TagKind, rule: dict[str, Any], labels: list[str], events: set[str]) -> None:
    """Raise DomainError (code, path under `rule`) unless the rule fits its kind."""
    if not isinstance(rule, dict):
        raise _fail("rule is an object", "rule")
    kind = TagKind(kind)
    _check_value_labels(labels, "valueLabels")
    if kind is TagKind.ATTRIBUTE:
        if rule.get("field") not in compute.ATTRIBUTES:
            raise _fail(f"one of {', '.join(compute.ATTRIBUTES)}", "rule.field")
        if "edges" in rule:
            edges = _check_numbers(rule["edges"], "rule.edges")
            if edges[0] <= 0 or len(set(edges)) != len(edges):
                raise _fail("positive and strictly ascending", "rule.edges")
    elif kind is TagKind.COMPUTED:
        _check_behaviour(rule.get("behaviour"), "rule", events, measure=False)
    elif kind is TagKind.TIERED:
        _check_tiered(rule, events)
    elif kind is TagKind.MODEL:
        _check_model(rule)
    elif rule:
        raise _fail("MANUAL tags take no rule", "rule")
