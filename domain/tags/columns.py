"""A tag's column over the members, and the inputs every tag rule reads (with derived fields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from domain.members import reads as members_reads
from domain.orders import reads as orders_reads
from domain.tags import sources

NONE = -1


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


def today_index(inputs: Inputs) -> int:
    """The inputs' day as days since the sources' epoch."""
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
        return np.where(has, today_index(inputs) - orders.last_day, np.nan)
    if name == "promoted_share":
        promoted = orders.promoted.astype(np.float64)
        return np.divide(promoted, count, out=np.full_like(promoted, np.nan), where=has)
    days = inputs.frame.birthdays
    known = ~np.isnat(days)
    age = np.datetime64(inputs.as_of, "D") - np.where(known, days, np.datetime64(inputs.as_of))
    return np.where(known, age.astype(np.int64) // 365.25, np.nan)
