"""Generated bad values for every argument of every operation: never INTERNAL_ERROR.

The schema is walked with graphql-core. Each operation gets a baseline of plausible values for
its required arguments; then, one path at a time (an argument, or a field inside an input
object), a bad value chosen by the path's type replaces the baseline. Each case runs as member,
staff and service. Sampling is deterministic (seeded) and bounded so the test takes about a
minute; BAD_INPUT_CASES_PER_PATH raises the bound for a deeper local run.
"""

from __future__ import annotations

import base64
import os
import random
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)

from domain.access import Principal
from schema.build import schema
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member

CASES_PER_PATH = int(os.environ.get("BAD_INPUT_CASES_PER_PATH", "5"))
SEED = 20261130


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


BAD_BY_SCALAR: dict[str, list[Any]] = {
    "String": [
        "a\x00b",
        "x" * 10_001,
        "x" * 300,
        "٣٤",
        "",
        "  ",
        "2026-13-45",
        "{not json",
    ],
    "ID": [
        "²",
        "٣",
        str(2**63),
        "0",
        "-1",
        "abc",
        "2646",
        _b64("Member:abc"),
        _b64("Member:" + "9" * 25),
        _b64("Member:-5"),
        _b64("Nope:1"),
        "a\x00",
    ],
    "BigInt": [2**31, 2**53 - 1, -(2**31) - 1, -1, 0, 1.5, "12", "²", 2**63, True],
    "Float": [1e308, -1e308, 1e-320, "x"],
    "Boolean": ["true", 1],
    "DateTime": [
        "2026-01-01T00:00:00",
        "0000-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "294277-01-01T00:00:00Z",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
        "2026-01-01",
        12,
    ],
    "Date": ["0000-01-01", "10000-01-01", "294277-01-01", "9999-12-31", "0001-01-01", "2026-1-1"],
    "JSON": [
        "a string",
        12,
        2**63,
        None,
        True,
        [],
        [1, "x", None],
        {},
        {"kind": 5, "cap": "x", "value": -1},
        {"x": {"y": {"z": [{}]}}},
        [{"benefit": None, "quantity": "9" * 30}],
        {"a\x00": 1},
    ],
}

BASE_BY_SCALAR: dict[str, Any] = {
    "String": "x",
    "ID": "1",
    "BigInt": 1,
    "Float": 1.0,
    "Boolean": True,
    "DateTime": "2026-01-01T00:00:00+00:00",
    "Date": "2026-01-01",
    "JSON": {},
}


def _baseline(type_: GraphQLInputType, depth: int = 0) -> Any:
    """A plausible value of a type: required input fields filled, lists of one item."""
    if isinstance(type_, GraphQLNonNull):
        return _baseline(type_.of_type, depth)
    if isinstance(type_, GraphQLList):
        return [_baseline(type_.of_type, depth)]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLScalarType):
        return BASE_BY_SCALAR.get(type_.name, "x")
    assert isinstance(type_, GraphQLInputObjectType)
    if depth > 4:
        return {}
    fields = type_.fields
    if type_.is_one_of:
        name, field = next(iter(fields.items()))
        return {name: _baseline(field.type, depth + 1)}
    return {
        name: _baseline(field.type, depth + 1)
        for name, field in fields.items()
        if isinstance(field.type, GraphQLNonNull)
    }


def _bad_values(type_: GraphQLInputType) -> list[Any]:
    """Bad values for one position, by its type."""
    nullable = not isinstance(type_, GraphQLNonNull)
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    values: list[Any] = [None] if nullable else []
    if isinstance(inner, GraphQLList):
        item = _baseline(inner.of_type)
        return [*values, [], [item] * 10_001, [item] * 50, [item, item]]
    if isinstance(inner, GraphQLEnumType):
        return [*values, "NOT_A_VALUE"]
    if isinstance(inner, GraphQLScalarType):
        return [*values, *BAD_BY_SCALAR.get(inner.name, ["x"])]
    return [*values, {}, "x"]


def _paths(type_: GraphQLInputType, prefix: tuple[Any, ...], depth: int = 0) -> Iterator[Any]:
    """Every position inside an argument: the argument itself, input fields, list items."""
    yield prefix, type_
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if depth > 3:
        return
    if isinstance(inner, GraphQLList):
        item = inner.of_type
        if not is_leaf_type(get_named_type(item)):
            yield from _paths(item, (*prefix, 0), depth + 1)
        else:
            yield (*prefix, 0), item
    elif isinstance(inner, GraphQLInputObjectType):
        for name, field in inner.fields.items():
            yield from _paths(field.type, (*prefix, name), depth + 1)


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of `value` with `new` at `path` (missing containers made)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(value) if isinstance(value, list) and value else [None]
        items[0] = _set(items[0], rest, new)
        return items
    mapping = dict(value) if isinstance(value, dict) else {}
    if rest and mapping.get(head) is None:
        mapping[head] = {} if isinstance(rest[0], str) else [None]
    mapping[head] = _set(mapping.get(head), rest, new)
    return mapping


def _type_text(type_: GraphQLInputType) -> str:
    if isinstance(type_, GraphQLNonNull):
        return f"{_type_text(type_.of_type)}!"
    if isinstance(type_, GraphQLList):
        return f"[{_type_text(type_.of_type)}]"
    return type_.name


def _operation(kind: str, name: str, field: GraphQLField) -> str:
    variables = ", ".join(f"${a}: {_type_text(arg.type)}" for a, arg in field.args.items())
    arguments = ", ".join(f"{a}: ${a}" for a in field.args)
    selection = (
        " { __typename }"
        if isinstance(get_named_type(field.type), (GraphQLObjectType,))
        or not is_leaf_type(get_named_type(field.type))
        else ""
    )
    head = f"{kind} Bad({variables})" if variables else kind
    call = f"{name}({arguments})" if arguments else name
    return f"{head} {{ {call}{selection} }}"


def generated_cases() -> list[tuple[str, str, dict[str, Any], str]]:
    """(label, operation, variables, path) for every argument path, sampled deterministically."""
    rng = random.Random(SEED)
    cases = []
    graphql_schema = schema._schema
    for kind, root in (
        ("query", graphql_schema.query_type),
        ("mutation", graphql_schema.mutation_type),
    ):
        assert root is not None
        for name, field in sorted(root.fields.items()):
            if not field.args:
                continue
            operation = _operation(kind, name, field)
            base = {a: _baseline(arg.type) for a, arg in field.args.items()}
            for arg_name, arg in field.args.items():
                for path, type_ in _paths(arg.type, (arg_name,)):
                    bad = _bad_values(type_)
                    for value in rng.sample(bad, min(CASES_PER_PATH, len(bad))):
                        variables = _set(base, path, value)
                        label = f"{name} {'.'.join(map(str, path))}={str(value)[:30]!r}"
                        cases.append((label, operation, variables, ".".join(map(str, path))))
    return cases


async def _offences(principal: Principal, cases: list[Any]) -> list[str]:
    found = []
    for label, operation, variables, _path in cases:
        try:
            result = await gql(operation, variables, principal)
        except Exception as exc:
            found.append(f"{principal.role} {label}: raised {exc!r}"[:300])
            continue
        for error in result.errors or []:
            code = (error.extensions or {}).get("code")
            if code == "INTERNAL_ERROR" or not code:
                found.append(f"{principal.role} {label}: {code} {error.message[:120]}")
    return found


@pytest.mark.slow
async def test_no_generated_bad_value_is_an_internal_error(database: str) -> None:
    someone = await make_member()
    cases = generated_cases()
    assert len(cases) > 500
    offences: list[str] = []
    for principal in (member(someone.id), STAFF, SERVICE):
        offences += await _offences(principal, cases)
    assert not offences, f"{len(offences)} offences:\n" + "\n".join(offences[:600])


def test_every_json_input_declares_its_shape() -> None:
    from schema.json_shapes import SHAPES

    json_inputs = {
        f"{type_.name}.{name}"
        for type_ in schema._schema.type_map.values()
        if isinstance(type_, GraphQLInputObjectType)
        for name, field in type_.fields.items()
        if get_named_type(field.type).name == "JSON"
    }
    assert json_inputs == set(SHAPES)
