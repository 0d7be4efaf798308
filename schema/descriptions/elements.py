"""Every element of a built schema that can carry a description, by schema coordinate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    is_introspection_type,
    is_specified_scalar_type,
)


def schema_elements(schema: GraphQLSchema) -> Iterator[tuple[str, Any]]:
    """(coordinate, element) of every type, field, argument, input field and enum value.

    Coordinates: `Type`, `Type.field`, `Type.field(arg:)`, `Input.field`, `Enum.VALUE`. The
    built-in scalars and the introspection types are left out: graphql-core describes them.
    """
    for name, type_ in sorted(schema.type_map.items()):
        if is_introspection_type(type_) or is_specified_scalar_type(type_):
            continue
        yield name, type_
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in type_.fields.items():
                yield f"{name}.{field_name}", field
                for arg_name, arg in field.args.items():
                    yield f"{name}.{field_name}({arg_name}:)", arg
        elif isinstance(type_, GraphQLInputObjectType):
            for field_name, field in type_.fields.items():
                yield f"{name}.{field_name}", field
        elif isinstance(type_, GraphQLEnumType):
            for value_name, value in type_.values.items():
                yield f"{name}.{value_name}", value
        elif isinstance(type_, GraphQLUnionType):
            continue
