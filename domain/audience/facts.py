"""Fact leaves: conditions on what a member is or holds on the evaluation day.

JSON form: `{"fact": {"kind": "POINTS_BALANCE", "point_type": "POINTS", "op": "GTE",
"value": 5000}}`. Each kind takes the parameters its `FactSpec` lists; any other is refused with
the path of the field. Facts that depend on "now" are computed for the evaluation day (`as_of`),
never the real clock: windows count `window_days` business days back including that day.

Unknown plan, template, store or campaign codes are not errors: they match nobody.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

import numpy as np

from domain.audience.terms import MAX_LIST_ITEMS, MAX_WINDOW_DAYS, Comparison, InvalidDefinition
from domain.errors import ErrorCode


class Fact(StrEnum):
    """What a fact leaf looks at."""

    LEVEL = "LEVEL"
    PAID_PLAN = "PAID_PLAN"
    BENEFIT_CARD = "BENEFIT_CARD"
    POINTS_BALANCE = "POINTS_BALANCE"
    POINTS_EXPIRING = "POINTS_EXPIRING"
    WALLET_BALANCE = "WALLET_BALANCE"
    JOINED = "JOINED"
    TENURE_DAYS = "TENURE_DAYS"
    REGISTRATION_CHANNEL = "REGISTRATION_CHANNEL"
    SOURCE_STORE = "SOURCE_STORE"
    STORE_REGION = "STORE_REGION"
    STORE_CITY = "STORE_CITY"
    CONSENT = "CONSENT"
    COUPON_HELD = "COUPON_HELD"
    COUPON_USED = "COUPON_USED"
    BENEFIT_USED = "BENEFIT_USED"
    CAMPAIGN_RECEIVED = "CAMPAIGN_RECEIVED"
    CAMPAIGN_CLICKED = "CAMPAIGN_CLICKED"
    CAMPAIGN_CONVERTED = "CAMPAIGN_CONVERTED"
    CAMPAIGN_CONTROL = "CAMPAIGN_CONTROL"
    REC_CLICKS = "REC_CLICKS"
    PURCHASE_PROBABILITY = "PURCHASE_PROBABILITY"
    EXPECTED_VALUE = "EXPECTED_VALUE"
    TAG_AT = "TAG_AT"


CONSENT_CHANNELS = ("SMS", "WECHAT", "PUSH", "EMAIL")


@dataclass(frozen=True, slots=True)
class FactCondition:
    """A fact about the member on the evaluation day; unused parameters stay None or empty."""

    kind: Fact
    codes: tuple[str, ...] = ()
    op: Comparison | None = None
    value: float | None = None
    value_to: float | None = None
    point_type: str | None = None
    campaign_id: int | None = None
    tag_code: str | None = None
    window_days: int | None = None
    within_days: int | None = None
    days_ago: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", tuple(sorted(set(self.codes))))


@dataclass(frozen=True, slots=True)
class FactSpec:
    """The parameters a kind requires and allows, and whether its value is whole or a share."""

    required: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()
    whole: bool = True
    share: bool = False


def _spec(required: str = "", optional: str = "", **flags: bool) -> FactSpec:
    return FactSpec(frozenset(required.split()), frozenset(optional.split()), **flags)


_COMPARED = "op value"
_RANGE = "value_to"
_CAMPAIGN = "window_days"
SPECS: dict[Fact, FactSpec] = {
    Fact.LEVEL: _spec("codes", f"{_COMPARED} {_RANGE}"),
    Fact.PAID_PLAN: _spec("", "codes"),
    Fact.BENEFIT_CARD: _spec("", "codes"),
    Fact.POINTS_BALANCE: _spec(_COMPARED, f"{_RANGE} point_type"),
    Fact.POINTS_EXPIRING: _spec(f"{_COMPARED} within_days", f"{_RANGE} point_type"),
    Fact.WALLET_BALANCE: _spec(_COMPARED, _RANGE),
    Fact.JOINED: _spec("", "date_from date_to"),
    Fact.TENURE_DAYS: _spec(_COMPARED, _RANGE),
    Fact.REGISTRATION_CHANNEL: _spec("codes"),
    Fact.SOURCE_STORE: _spec("codes"),
    Fact.STORE_REGION: _spec("codes"),
    Fact.STORE_CITY: _spec("codes"),
    Fact.CONSENT: _spec("codes"),
    Fact.COUPON_HELD: _spec("", "codes"),
    Fact.COUPON_USED: _spec("window_days", "codes"),
    Fact.BENEFIT_USED: _spec("window_days", "codes"),
    Fact.CAMPAIGN_RECEIVED: _spec("campaign_id", _CAMPAIGN),
    Fact.CAMPAIGN_CLICKED: _spec("campaign_id", f"{_CAMPAIGN} within_days"),
    Fact.CAMPAIGN_CONVERTED: _spec("campaign_id", f"{_CAMPAIGN} within_days"),
    Fact.CAMPAIGN_CONTROL: _spec("campaign_id", _CAMPAIGN),
    Fact.REC_CLICKS: _spec(f"{_COMPARED} window_days", _RANGE),
    Fact.PURCHASE_PROBABILITY: _spec(_COMPARED, _RANGE, whole=False, share=True),
    Fact.EXPECTED_VALUE: _spec(_COMPARED, _RANGE, whole=False),
    Fact.TAG_AT: _spec("tag_code codes days_ago"),
}
"""Per kind: LEVEL codes are level codes (op/value: days at the current level); PAID_PLAN plan
codes; BENEFIT_CARD and COUPON_* template codes; BENEFIT_USED benefit codes; CONSENT channels
(every one listed); TAG_AT the tag's values at the latest run on or before `days_ago` days back."""

# Fractional values compare as floats; EQ on them would match by accident only.
_NO_EQ = frozenset({Fact.PURCHASE_PROBABILITY, Fact.EXPECTED_VALUE})


# ---------------------------------------------------------------- JSON form


def fact_to_dict(node: FactCondition) -> dict[str, Any]:
    """The JSON body of a fact leaf: its kind and the parameters it sets."""
    body: dict[str, Any] = {"kind": node.kind.value}
    for field in fields(node)[1:]:
        value = getattr(node, field.name)
        if value is None or value == ():
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Comparison):
            value = value.value
        body[field.name] = value
    return body


_KINDS: dict[str, tuple[type, ...]] = {
    "op": (str,),
    "value": (int, float),
    "value_to": (int, float),
    "point_type": (str,),
    "campaign_id": (int,),
    "tag_code": (str,),
    "window_days": (int,),
    "within_days": (int,),
    "days_ago": (int,),
    "date_from": (str,),
    "date_to": (str,),
}


def _invalid(message: str, field: str, code: ErrorCode = ErrorCode.INVALID) -> InvalidDefinition:
    return InvalidDefinition(message, field=field, code=code)


def _read(data: dict[str, Any], key: str, path: str) -> Any:
    value: Any = data.get(key)
    if value is None:
        return None
    kinds = _KINDS[key]
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise _invalid(f"{key} has the wrong type", f"{path}.{key}")
    if key == "op":
        try:
            return Comparison(str(value))
        except ValueError:
            raise _invalid(f"one of {', '.join(Comparison)}", f"{path}.op") from None
    if key.startswith("date_"):
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise _invalid("a date as YYYY-MM-DD", f"{path}.{key}") from None
    return value


def fact_from_dict(data: object, path: str) -> FactCondition:
    """Parse a fact leaf's JSON body; malformed input raises InvalidDefinition naming the path."""
    if not isinstance(data, dict):
        raise _invalid("expected an object", path)
    unknown = sorted(set(data) - {"kind", "codes", *_KINDS})
    if unknown:
        raise _invalid("unknown field", f"{path}.{unknown[0]}")
    raw_kind = data.get("kind")
    if raw_kind is None:
        raise _invalid("kind is required", f"{path}.kind", ErrorCode.REQUIRED)
    try:
        kind = Fact(raw_kind) if isinstance(raw_kind, str) else None
    except ValueError:
        kind = None
    if kind is None:
        raise _invalid(f"one of {', '.join(Fact)}", f"{path}.kind")
    codes = data.get("codes") or []
    if not isinstance(codes, list):
        raise _invalid("codes has the wrong type", f"{path}.codes")
    for index, code in enumerate(codes):
        if not isinstance(code, str):
            raise _invalid("wrong item type", f"{path}.codes[{index}]")
    # Item problems are reported here, at the caller's index (the condition keeps codes sorted).
    _check_code_items(kind, codes, path)
    values = {key: _read(data, key, path) for key in _KINDS}
    return FactCondition(kind=kind, codes=tuple(codes), **values)


# ---------------------------------------------------------------- validation


def _is_set(node: FactCondition, name: str) -> bool:
    return getattr(node, name) not in (None, ())


def _check_shape(node: FactCondition, path: str, spec: FactSpec) -> None:
    for field in fields(node)[1:]:
        name = field.name
        if _is_set(node, name) and name not in spec.required | spec.optional:
            raise _invalid(f"{node.kind} takes no {name}", f"{path}.{name}")
    for name in sorted(spec.required):
        if not _is_set(node, name):
            raise _invalid(f"{node.kind} needs {name}", f"{path}.{name}", ErrorCode.REQUIRED)
    if "value" in spec.optional and _is_set(node, "value") != _is_set(node, "op"):
        missing = "op" if _is_set(node, "value") else "value"
        raise _invalid("op and value go together", f"{path}.{missing}", ErrorCode.REQUIRED)


def _check_days(node: FactCondition, path: str) -> None:
    for name, low in (("window_days", 1), ("within_days", 1), ("days_ago", 0)):
        days = getattr(node, name)
        if days is not None and not low <= days <= MAX_WINDOW_DAYS:
            raise _invalid(
                f"{name} is {low} to {MAX_WINDOW_DAYS} days",
                f"{path}.{name}",
                ErrorCode.INVALID_WINDOW,
            )


def _check_comparison(node: FactCondition, path: str, spec: FactSpec) -> None:
    if node.op is None or node.value is None:
        if node.value_to is not None:
            raise _invalid("value_to belongs to BETWEEN", f"{path}.value_to")
        return
    if node.op is Comparison.EQ and node.kind in _NO_EQ:
        raise _invalid(f"{node.kind} compares with GTE, LTE or BETWEEN", f"{path}.op")
    for name in ("value", "value_to"):
        number = getattr(node, name)
        if number is None:
            continue
        if not math.isfinite(number) or number < 0:
            raise _invalid(f"{name} is a finite number, not negative", f"{path}.{name}")
        if spec.whole and not float(number).is_integer():
            raise _invalid(f"{name} is a whole number", f"{path}.{name}")
        if spec.share and number > 1:
            raise _invalid(f"{name} is a share from 0 to 1", f"{path}.{name}")
    if node.op is Comparison.BETWEEN:
        if node.value_to is None:
            raise _invalid("BETWEEN needs value_to", f"{path}.value_to", ErrorCode.REQUIRED)
        if node.value_to < node.value:
            raise _invalid("value_to is below value", f"{path}.value_to")
    elif node.value_to is not None:
        raise _invalid(f"{node.op} takes no value_to", f"{path}.value_to")


def _check_code_items(kind: Fact, codes: Sequence[str], path: str) -> None:
    for index, code in enumerate(codes):
        if not code.strip():
            raise _invalid("codes are not empty", f"{path}.codes[{index}]")
        if kind is Fact.CONSENT and code not in CONSENT_CHANNELS:
            raise _invalid(f"one of {', '.join(CONSENT_CHANNELS)}", f"{path}.codes[{index}]")


def _check_codes(node: FactCondition, path: str) -> None:
    if len(node.codes) > MAX_LIST_ITEMS:
        raise _invalid(f"at most {MAX_LIST_ITEMS} codes", f"{path}.codes", ErrorCode.TOO_MANY)
    _check_code_items(node.kind, node.codes, path)
    for name in ("point_type", "tag_code"):
        text = getattr(node, name)
        if text is not None and not text.strip():
            raise _invalid(f"{name} is empty", f"{path}.{name}")


def check_fact(node: FactCondition, path: str) -> None:
    """Raise InvalidDefinition (code and field path) for the first problem of a fact leaf."""
    spec = SPECS[node.kind]
    _check_shape(node, path, spec)
    _check_days(node, path)
    _check_comparison(node, path, spec)
    _check_codes(node, path)
    if node.campaign_id is not None and node.campaign_id <= 0:
        raise _invalid("not a campaign", f"{path}.campaign_id")
    if node.kind is Fact.JOINED:
        if node.date_from is None and node.date_to is None:
            raise _invalid("JOINED needs date_from or date_to", f"{path}.date_from")
        if node.date_from and node.date_to and node.date_from > node.date_to:
            raise _invalid("date_to is before date_from", f"{path}.date_to")


# ---------------------------------------------------------------- evaluation helpers


@dataclass(frozen=True, slots=True)
class FactMembers:
    """The members of a fact leaf: `ids`, or with `complement` every live member but `ids`."""

    ids: np.ndarray
    complement: bool = False


def compare(values: np.ndarray, node: FactCondition) -> np.ndarray:
    """Which values satisfy the leaf's inclusive comparison (all when it has none)."""
    values = np.asarray(values, dtype=np.float64)
    result: np.ndarray
    if node.op is None or node.value is None:
        result = np.ones(values.shape, dtype=bool)
    elif node.op is Comparison.GTE:
        result = values >= node.value
    elif node.op is Comparison.LTE:
        result = values <= node.value
    elif node.op is Comparison.EQ:
        result = values == node.value
    else:
        assert node.value_to is not None
        result = (values >= node.value) & (values <= node.value_to)
    return result


def numeric_members(
    ids: np.ndarray, values: np.ndarray, node: FactCondition, *, absent_is_zero: bool
) -> FactMembers:
    """Members whose value satisfies the leaf; with `absent_is_zero`, members without a value
    count as 0, so a condition 0 satisfies is everyone but the non-matching members with one."""
    ids = np.asarray(ids, dtype=np.int64)
    matched = compare(values, node)
    if absent_is_zero and bool(compare(np.zeros(1), node)[0]):
        return FactMembers(ids[~matched], complement=True)
    return FactMembers(ids[matched])
