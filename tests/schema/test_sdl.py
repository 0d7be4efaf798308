"""Printing the schema, and the changelog entries that list a breaking change."""

from __future__ import annotations

import dataclasses

import pytest
from graphql import (
    GraphQLArgument,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLObjectType,
    Undefined,
    ast_from_value,
    is_non_null_type,
    print_ast,
)

from schema.build import schema
from schema.sdl import is_listed, unlisted_breaking_changes, unreleased_breaking_entries

OLD = """
type Query { wallet: Int, members(first: Int): [String!]! }
enum CouponKind { CASH GIFT }
"""
NEW = """
type Query { members: [String!]!, count: Int }
enum CouponKind { CASH }
"""
CHANGELOG = """# Changelog

## Unreleased

- Breaking: `Query.wallet` moved to `Member.wallet`.
- Breaking: Enum value CouponKind.GIFT was removed.
- Added: `Query.members(first:)` is gone, but this is not a Breaking line.

## 0.1.0

- Breaking: `Query.members(first:)` was never released.
"""


def _input_values() -> list[tuple[str, GraphQLInputField | GraphQLArgument, GraphQLInputType]]:
    values: list[tuple[str, GraphQLInputField | GraphQLArgument, GraphQLInputType]] = []
    for type_ in schema._schema.type_map.values():
        if isinstance(type_, GraphQLInputObjectType):
            values += [(f"{type_.name}.{n}", f, f.type) for n, f in type_.fields.items()]
        elif isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__"):
            values += [
                (f"{type_.name}.{n}({a}:)", arg, arg.type)
                for n, field in type_.fields.items()
                for a, arg in field.args.items()
            ]
    return values


def test_every_default_value_prints() -> None:
    unprintable = []
    for coordinate, value, type_ in _input_values():
        if value.default_value is Undefined:
            continue
        try:
            node = ast_from_value(value.default_value, type_)
            printed = None if node is None else print_ast(node)
        except (TypeError, ValueError):
            printed = None
        if printed is None:
            unprintable.append(coordinate)
    assert unprintable == []
    assert schema.as_str()


def test_input_fields_the_server_defaults_are_optional() -> None:
    # A field with a Python default must not read as required to a client.
    required_but_defaulted = []
    for type_ in schema._schema.type_map.values():
        if not isinstance(type_, GraphQLInputObjectType):
            continue
        for name, field in type_.fields.items():
            definition = field.extensions.get("strawberry-definition")
            has_default = definition is not None and (
                definition.default is not dataclasses.MISSING
                or definition.default_factory is not dataclasses.MISSING
            )
            if has_default and is_non_null_type(field.type) and field.default_value is Undefined:
                required_but_defaulted.append(f"{type_.name}.{name}")
    assert required_but_defaulted == []


def test_only_breaking_lines_of_the_unreleased_section_count() -> None:
    assert unreleased_breaking_entries(CHANGELOG) == [
        "- Breaking: `Query.wallet` moved to `Member.wallet`.",
        "- Breaking: Enum value CouponKind.GIFT was removed.",
    ]


@pytest.mark.parametrize(
    ("_case", "description", "entry", "listed"),
    [
        ("coordinate", "Field Query.wallet was removed.", "- Breaking: `Query.wallet`", True),
        (
            "description",
            "Field Query.wallet was removed.",
            "- Breaking: Field Query.wallet was removed.",
            True,
        ),
        (
            "argument",
            "Argument Query.members(first:) was removed.",
            "- Breaking: `Query.members(first:)`",
            True,
        ),
        (
            "field is not its argument",
            "Argument Query.members(first:) was removed.",
            "- Breaking: `Query.members`",
            False,
        ),
        ("type is not its field", "Field Query.wallet was removed.", "- Breaking: `Query`", False),
        (
            "prefix is not the name",
            "Field Query.walletCard was removed.",
            "- Breaking: `Query.wallet`",
            False,
        ),
        (
            "end of sentence",
            "Field X.y changed type from Int to Member.",
            "- Breaking: `Member`",
            True,
        ),
    ],
)
def test_an_entry_lists_a_change_by_description_or_coordinate(
    _case: str, description: str, entry: str, listed: bool
) -> None:
    assert is_listed(description, [entry]) is listed


def test_unlisted_breaking_changes_are_reported() -> None:
    # given a removed field, a removed argument and a removed enum value, two of them listed
    # when
    unlisted = unlisted_breaking_changes(OLD, NEW, CHANGELOG)
    # then only the argument, listed under a released version, is reported
    assert unlisted == ["Argument Query.members(first:) was removed."]
    assert len(unlisted_breaking_changes(OLD, NEW, "")) == 3
    assert unlisted_breaking_changes(OLD, OLD, "") == []
