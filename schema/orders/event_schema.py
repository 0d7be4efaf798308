"""An event's property schema as a typed list of property definitions.

The domain keeps it as `{name: {"type", "required", "enum"}}` with lower-case type names
(domain.orders.rules.check_properties); this module converts.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from domain.errors import ErrorCode, Problems
from schema.errors import InputError

MAX_PROPERTIES = 200


@strawberry.enum(name="EventPropertyType", description="The JSON type of an event property.")
class EventPropertyType(Enum):
    STRING = strawberry.enum_value("string", description="A string.")
    INTEGER = strawberry.enum_value("integer", description="A whole number.")
    NUMBER = strawberry.enum_value("number", description="Any number.")
    BOOLEAN = strawberry.enum_value("boolean", description="true or false.")
    OBJECT = strawberry.enum_value("object", description="A JSON object.")
    ARRAY = strawberry.enum_value("array", description="A JSON array.")


@strawberry.input(description="One property an event may carry.")
class EventPropertyInput:
    name: str = strawberry.field(description="Property name, unique within the event.")
    type: EventPropertyType = strawberry.field(
        default=EventPropertyType.STRING, description="Its JSON type."
    )
    required: bool = strawberry.field(default=False, description="Every event must carry it.")
    allowed_values: list[str] | None = strawberry.field(
        default=None, description="For STRING properties: the only values accepted."
    )


@strawberry.type(name="EventProperty", description="One property an event may carry.")
class EventPropertyDefinitionType:
    name: str = strawberry.field(description="Property name.")
    type: EventPropertyType = strawberry.field(description="Its JSON type.")
    required: bool = strawberry.field(description="Every event must carry it.")
    allowed_values: list[str] | None = strawberry.field(
        description="The only values accepted; null: any value of the type."
    )


def property_schema(values: list[EventPropertyInput], path: str) -> dict[str, Any]:
    """The domain's schema; a repeated name or a misplaced allowedValues is refused."""
    if len(values) > MAX_PROPERTIES:
        raise InputError(
            f"At most {MAX_PROPERTIES} properties.", field=path, code=ErrorCode.TOO_MANY
        )
    problems = Problems()
    schema: dict[str, Any] = {}
    for i, value in enumerate(values):
        if not value.name or value.name in schema:
            problems.add(
                InputError(
                    "name is required and unique.",
                    field=f"{path}[{i}].name",
                    code=ErrorCode.DUPLICATE if value.name else ErrorCode.REQUIRED,
                )
            )
            continue
        spec: dict[str, Any] = {"type": value.type.value, "required": value.required}
        if value.allowed_values is not None:
            if value.type is not EventPropertyType.STRING:
                problems.add(
                    InputError(
                        "allowedValues is for STRING properties.",
                        field=f"{path}[{i}].allowedValues",
                    )
                )
            spec["enum"] = list(value.allowed_values)
        schema[value.name] = spec
    problems.raise_if_any()
    return schema


def property_definitions(stored: dict[str, Any]) -> list[EventPropertyDefinitionType]:
    """The domain's stored schema as a list, in its order."""
    return [
        EventPropertyDefinitionType(
            name=name,
            type=EventPropertyType(spec.get("type", "string")),
            required=bool(spec.get("required", False)),
            allowed_values=[str(v) for v in spec["enum"]] if "enum" in spec else None,
        )
        for name, spec in stored.items()
    ]
