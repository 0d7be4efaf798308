"""Pure order, refund and event-property rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.errors import DomainError, ErrorCode

MAX_LINES = 200
MAX_EVENTS_PER_BATCH = 1000
MAX_PROPERTIES_BYTES = 4096
PROPERTY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@dataclass(frozen=True)
class RefundLineRequest:
    line_no: int
    quantity: int
    amount_cents: int | None = None


@dataclass(frozen=True)
class LineState:
    """What is left of an order line for refunds."""

    line_no: int
    quantity: int
    amount_cents: int
    refunded_quantity: int
    refunded_cents: int


def line_amount(quantity: int, unit_price_cents: int, amount_cents: int | None, field: str) -> int:
    """The paid amount of a line: as given (discounts allowed) or quantity x unit price."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise DomainError(
            "quantity must be a positive integer.",
            field=f"{field}.quantity",
            code=ErrorCode.INVALID_AMOUNT,
        )
    if unit_price_cents < 0:
        raise DomainError(
            "unit price must not be negative.",
            field=f"{field}.unitPriceCents",
            code=ErrorCode.INVALID_AMOUNT,
        )
    gross = quantity * unit_price_cents
    if amount_cents is None:
        return gross
    if amount_cents < 0 or amount_cents > gross:
        raise DomainError(
            "amount must be between 0 and quantity x unit price.",
            field=f"{field}.amountCents",
            code=ErrorCode.INVALID_AMOUNT,
        )
    return amount_cents


def refund_amounts(
    lines: list[LineState], requests: list[RefundLineRequest] | None
) -> list[tuple[int, int, int]]:
    """(line_no, quantity, cents) to refund; None refunds everything that is left. Never more than
    was paid: a line's default amount is its remaining amount pro rata to the quantity, and the
    last units take the remainder so a line refunded in parts sums exactly to what was paid."""
    by_no = {line.line_no: line for line in lines}
    if requests is None:
        out = [
            (
                line.line_no,
                line.quantity - line.refunded_quantity,
                line.amount_cents - line.refunded_cents,
            )
            for line in lines
            if line.amount_cents - line.refunded_cents > 0
            or line.quantity - line.refunded_quantity > 0
        ]
        if not out:
            raise DomainError(
                "The order has nothing left to refund.",
                field="lines",
                code=ErrorCode.REFUND_EXCEEDS_PAID,
            )
        return out
    seen: set[int] = set()
    result = []
    for index, request in enumerate(requests):
        field = f"lines[{index}]"
        line = by_no.get(request.line_no)
        if line is None or request.line_no in seen:
            raise DomainError(
                "Unknown or repeated order line.", field=f"{field}.lineNo", code=ErrorCode.NOT_FOUND
            )
        seen.add(request.line_no)
        left_qty = line.quantity - line.refunded_quantity
        left_cents = line.amount_cents - line.refunded_cents
        if request.quantity < 0 or request.quantity > left_qty:
            raise DomainError(
                f"At most {left_qty} left to refund.",
                field=f"{field}.quantity",
                code=ErrorCode.REFUND_EXCEEDS_PAID,
            )
        if request.amount_cents is None:
            if request.quantity == 0:
                raise DomainError(
                    "Refund a quantity or an amount.",
                    field=f"{field}.quantity",
                    code=ErrorCode.INVALID_AMOUNT,
                )
            cents = (
                left_cents
                if request.quantity == left_qty
                else left_cents * request.quantity // left_qty
            )
        else:
            cents = request.amount_cents
        if cents < 0 or cents > left_cents:
            raise DomainError(
                f"At most {left_cents} cents left to refund.",
                field=f"{field}.amountCents",
                code=ErrorCode.REFUND_EXCEEDS_PAID,
            )
        if cents == 0 and request.quantity == 0:
            raise DomainError(
                "Nothing to refund.", field=f"{field}.amountCents", code=ErrorCode.INVALID_AMOUNT
            )
        result.append((request.line_no, request.quantity, cents))
    return result


def check_properties(properties: Any, schema: dict[str, Any]) -> str | None:
    """Why properties do not fit an event's schema, or None. Schema: {prop: {type, required,
    enum}}; with a non-empty schema, unknown properties are refused."""
    if not isinstance(properties, dict):
        return "properties must be a JSON object"
    import json

    if len(json.dumps(properties, ensure_ascii=False).encode()) > MAX_PROPERTIES_BYTES:
        return f"properties exceed {MAX_PROPERTIES_BYTES} bytes"
    if not schema:
        return None
    for name, spec in schema.items():
        if spec.get("required") and name not in properties:
            return f"property '{name}' is required"
    for name, value in properties.items():
        spec = schema.get(name)
        if spec is None:
            return f"unknown property '{name}'"
        expected = PROPERTY_TYPES.get(spec.get("type", "string"), (str,))
        if isinstance(value, bool) and bool not in expected:
            return f"property '{name}' must be {spec.get('type')}"
        if not isinstance(value, expected):
            return f"property '{name}' must be {spec.get('type')}"
        if "enum" in spec and value not in spec["enum"]:
            return f"property '{name}' must be one of {spec['enum']}"
    return None


def check_schema(schema: Any) -> str | None:
    """Why a property schema is malformed, or None."""
    if not isinstance(schema, dict):
        return "schema must be an object of property specs"
    for name, spec in schema.items():
        if not isinstance(spec, dict):
            return f"spec of '{name}' must be an object"
        if spec.get("type", "string") not in PROPERTY_TYPES:
            return f"type of '{name}' must be one of {sorted(PROPERTY_TYPES)}"
    return None
