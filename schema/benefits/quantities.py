"""A benefit and a quantity: level gifts, paid-plan benefits and benefit-card drops.

The domain keeps them as `{"benefit": code, "quantity": n}` objects; this module converts.
"""

from __future__ import annotations

from typing import Any

import strawberry

from domain.errors import ErrorCode, Problems
from schema.errors import InputError

MAX_QUANTITIES = 200


@strawberry.input(description="A catalogue benefit and how many of it are granted.")
class BenefitQuantityInput:
    benefit: str = strawberry.field(description="Code of a catalogue benefit.")
    quantity: int = strawberry.field(default=1, description="How many; positive.")


@strawberry.type(name="BenefitQuantity", description="A catalogue benefit and how many of it.")
class BenefitQuantityType:
    benefit: str = strawberry.field(description="Code of a catalogue benefit.")
    quantity: int = strawberry.field(description="How many are granted.")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BenefitQuantityType:
        """The domain's stored form (quantity 1 when absent)."""
        return cls(benefit=str(data["benefit"]), quantity=int(data.get("quantity", 1)))


def quantity_types(stored: list[Any] | None) -> list[BenefitQuantityType]:
    """The stored list as output types."""
    return [BenefitQuantityType.from_json(x) for x in stored or []]


def benefit_quantities(
    values: list[BenefitQuantityInput] | None, path: str
) -> list[dict[str, Any]]:
    """The domain form; a quantity below 1 or too long a list is refused at its field path."""
    values = values or []
    if len(values) > MAX_QUANTITIES:
        raise InputError(f"At most {MAX_QUANTITIES} benefits.", field=path, code=ErrorCode.TOO_MANY)
    problems = Problems()
    for i, value in enumerate(values):
        if value.quantity < 1:
            problems.add(
                InputError(
                    "quantity must be positive.",
                    field=f"{path}[{i}].quantity",
                    code=ErrorCode.INVALID_AMOUNT,
                )
            )
    problems.raise_if_any()
    return [{"benefit": v.benefit, "quantity": v.quantity} for v in values]
