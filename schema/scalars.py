"""Custom scalars: 64-bit-safe integers and time-zone-aware date-times."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import strawberry
from graphql import FloatValueNode, IntValueNode, StringValueNode, ValueNode
from strawberry.exceptions import StrawberryInputCoercionError

MAX_SAFE_INTEGER = 2**53 - 1
_DIGITS = re.compile(r"-?[0-9]{1,16}")


def parse_big_int(value: object) -> int:
    """An int or a string of ASCII digits within +-(2**53-1); anything else is refused."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise StrawberryInputCoercionError(
            f"BigInt cannot represent {value!r}: expected an integer."
        )
    if isinstance(value, str):
        if not _DIGITS.fullmatch(value):
            raise StrawberryInputCoercionError(
                f"BigInt cannot represent {value[:40]!r}: expected ASCII digits."
            )
        value = int(value)
    if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise StrawberryInputCoercionError(f"BigInt cannot represent {value}: outside +-(2**53-1).")
    return value


def _parse_big_int_literal(node: ValueNode, _variables: Any = None) -> int:
    if isinstance(node, (IntValueNode, StringValueNode)):
        return parse_big_int(int(node.value) if isinstance(node, IntValueNode) else node.value)
    if isinstance(node, FloatValueNode):
        raise StrawberryInputCoercionError(f"BigInt cannot represent {node.value}: not an integer.")
    raise StrawberryInputCoercionError("BigInt expects an integer.")


def _serialize_big_int(value: int) -> int:
    if not -MAX_SAFE_INTEGER <= int(value) <= MAX_SAFE_INTEGER:
        raise ValueError(f"BigInt cannot serialise {value}: outside +-(2**53-1).")
    return int(value)


BigInt = strawberry.scalar(
    name="BigInt",
    description=(
        "A whole number serialised as a JSON number, within +-(2**53-1) so every JSON client "
        "reads it exactly. Money is in fen and points are whole points. Input accepts an integer "
        "or a string of ASCII digits; floats, booleans and values outside the range are refused."
    ),
    serialize=_serialize_big_int,
    parse_value=parse_big_int,
    parse_literal=_parse_big_int_literal,
)


def parse_datetime(value: object) -> dt.datetime:
    """An ISO 8601 date-time with a UTC offset; naive values are refused."""
    if not isinstance(value, str):
        raise StrawberryInputCoercionError("DateTime expects an ISO 8601 string.")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise StrawberryInputCoercionError(
            f"DateTime cannot represent {value[:40]!r}: expected ISO 8601 with a UTC offset "
            "and a year between 1 and 9999."
        ) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise StrawberryInputCoercionError(
            f"DateTime {value[:40]!r} has no time zone: add an offset such as Z or +08:00."
        )
    try:
        parsed.astimezone(dt.UTC)
    except OverflowError:
        raise StrawberryInputCoercionError(
            f"DateTime {value[:40]!r} is out of range in UTC."
        ) from None
    return parsed


def _parse_datetime_literal(node: ValueNode, _variables: Any = None) -> dt.datetime:
    if not isinstance(node, StringValueNode):
        raise StrawberryInputCoercionError("DateTime expects an ISO 8601 string.")
    return parse_datetime(node.value)


DateTime = strawberry.scalar(
    name="DateTime",
    description=(
        "An instant as ISO 8601 with a UTC offset (e.g. 2026-03-01T08:00:00+08:00); "
        "values without a time zone are refused. Years 1 to 9999."
    ),
    serialize=lambda value: value.isoformat(),
    parse_value=parse_datetime,
    parse_literal=_parse_datetime_literal,
)


def parse_date(value: object) -> dt.date:
    """An ISO 8601 calendar date (YYYY-MM-DD), years 1 to 9999."""
    if not isinstance(value, str):
        raise StrawberryInputCoercionError("Date expects an ISO 8601 string.")
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise StrawberryInputCoercionError(
            f"Date cannot represent {value[:40]!r}: expected YYYY-MM-DD, years 1 to 9999."
        ) from None


def _parse_date_literal(node: ValueNode, _variables: Any = None) -> dt.date:
    if not isinstance(node, StringValueNode):
        raise StrawberryInputCoercionError("Date expects an ISO 8601 string.")
    return parse_date(node.value)


Date = strawberry.scalar(
    name="Date",
    description="A calendar date as YYYY-MM-DD, years 1 to 9999.",
    serialize=lambda value: value.isoformat(),
    parse_value=parse_date,
    parse_literal=_parse_date_literal,
)

SCALAR_OVERRIDES: dict[object, Any] = {int: BigInt, dt.datetime: DateTime, dt.date: Date}
