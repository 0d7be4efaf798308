"""Puts the catalogue's descriptions and the derived role lines onto a built schema."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLSchema

from schema.descriptions.catalogue import catalogued
from schema.descriptions.elements import schema_elements
from schema.descriptions.errors import MUTATION_ERRORS
from schema.descriptions.roles import roles_line


def describe_schema(schema: GraphQLSchema) -> None:
    """Fill every empty description from the catalogue and end each root field's with who
    may call it. Descriptions given in code are kept. Runs once, on the freshly built schema."""
    for coordinate, element in schema_elements(schema):
        if not element.description:
            element.description = catalogued(coordinate)
    if schema.mutation_type is not None:
        for name, field in schema.mutation_type.fields.items():
            if name in MUTATION_ERRORS and "Errors:" not in (field.description or ""):
                field.description = f"{field.description or ''} {errors_line(name)}".strip()
    for root in (schema.query_type, schema.mutation_type, schema.subscription_type):
        if root is None:
            continue
        for field in root.fields.values():
            line = roles_line(_gates(field))
            if field.description and field.description.endswith(line):
                continue  # already described (the same types built twice)
            field.description = f"{field.description}\n\n{line}" if field.description else line


def _gates(field: Any) -> list[Any]:
    definition = field.extensions.get("strawberry-definition")
    return list(getattr(definition, "permission_classes", None) or [])


def errors_line(mutation: str) -> str:
    """`Errors: A, B.` for a mutation listed in MUTATION_ERRORS (`Errors: none.` for none)."""
    codes = MUTATION_ERRORS[mutation]
    return f"Errors: {', '.join(codes) or 'none'}."
