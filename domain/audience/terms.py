"""Terms every part of the audience language shares: limits, comparisons and the refusal."""

from __future__ import annotations

from enum import StrEnum

from domain.errors import DomainError, ErrorCode

MAX_WINDOW_DAYS = 3660
MAX_LIST_ITEMS = 100


class Comparison(StrEnum):
    """Inclusive comparison of the metric with `value` (BETWEEN also with `value_to`)."""

    GTE = "GTE"
    LTE = "LTE"
    EQ = "EQ"
    BETWEEN = "BETWEEN"


class InvalidDefinition(DomainError):
    """An audience definition was refused."""

    code = ErrorCode.INVALID
