"""The TypeScript client generated from schema.graphql makes no defaulted input required.

clients/typescript runs graphql-codegen over the checked-in SDL and a few operations. A client
must be able to leave out every input the server fills itself: an input field or argument with
a default in the SDL, a nullable one, one with a default in the code, and an operation
variable with a default or a nullable type. In the generated TypeScript that is a key with `?`.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from graphql import (
    GraphQLArgument,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLObjectType,
    NonNullTypeNode,
    OperationDefinitionNode,
    Undefined,
    build_schema,
    is_non_null_type,
    parse,
)

from api.schema_cli import SDL_PATH
from schema.build import schema as live_schema

CLIENT = SDL_PATH.parent / "clients" / "typescript"
GENERATED = CLIENT / "generated"

_TYPE_BLOCK = re.compile(r"^export type (\w+) = (?:Exact<)?\{\n(.*?)^\}>?;$", re.M | re.S)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_MEMBER = re.compile(r"^\s*(\w+)(\??):", re.M)


def ts_object_types(source: str) -> dict[str, dict[str, bool]]:
    """Each `export type X = { ... }` of generated TypeScript: its keys, True where optional."""
    types: dict[str, dict[str, bool]] = {}
    for name, body in _TYPE_BLOCK.findall(source):
        body = _COMMENT.sub("", body)
        types[name] = {key: mark == "?" for key, mark in _MEMBER.findall(body)}
    return types


def ts_union_branches(source: str, name: str) -> list[set[str]]:
    """The required keys of each branch of `export type <name> = { ... } | { ... };`."""
    found = re.search(rf"^export type {name} =\n(.*?);$", source, re.M | re.S)
    if found is None:
        return []
    branches = _COMMENT.sub("", found.group(1)).split("|")
    return [set(re.findall(r"(\w+):", branch)) for branch in branches]


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _has_default(value: GraphQLInputField | GraphQLArgument) -> bool:
    # graphql-core 3.3 keeps a default built from SDL as a literal on the AST node only.
    if value.default_value is not Undefined:
        return True
    return value.ast_node is not None and value.ast_node.default_value is not None


def _code_defaults() -> set[str]:
    """`Input.field` of every input field that has a default in the Python code."""
    defaulted = set()
    for type_ in live_schema._schema.type_map.values():
        if not isinstance(type_, GraphQLInputObjectType):
            continue
        for name, field in type_.fields.items():
            definition = field.extensions.get("strawberry-definition")
            if definition is not None and (
                definition.default is not dataclasses.MISSING
                or definition.default_factory is not dataclasses.MISSING
            ):
                defaulted.add(f"{type_.name}.{name}")
    return defaulted


def expected_inputs(sdl: str) -> dict[str, dict[str, bool]]:
    """The TypeScript type codegen makes of each input and argument list of the SDL, with each
    key and whether the server defaults it (so it must be optional)."""
    schema = build_schema(sdl)
    code_defaults = _code_defaults()
    expected: dict[str, dict[str, bool]] = {}
    for type_ in schema.type_map.values():
        if type_.name.startswith("__"):
            continue
        if isinstance(type_, GraphQLInputObjectType) and type_.is_one_of:
            continue  # a union of one-key branches, checked by one_of_inputs
        if isinstance(type_, GraphQLInputObjectType):
            expected[type_.name] = {
                name: not is_non_null_type(field.type)
                or _has_default(field)
                or f"{type_.name}.{name}" in code_defaults
                for name, field in type_.fields.items()
            }
        elif isinstance(type_, GraphQLObjectType):
            for field_name, field in type_.fields.items():
                if field.args:
                    expected[f"{type_.name}{_pascal(field_name)}Args"] = {
                        name: not is_non_null_type(arg.type) or _has_default(arg)
                        for name, arg in field.args.items()
                    }
    return expected


def one_of_inputs(sdl: str) -> dict[str, list[set[str]]]:
    """Each @oneOf input of the SDL as codegen should write it: one branch per field."""
    return {
        type_.name: [{name} for name in sorted(type_.fields)]
        for type_ in build_schema(sdl).type_map.values()
        if isinstance(type_, GraphQLInputObjectType) and type_.is_one_of
    }


def expected_variables(documents: list[Path]) -> dict[str, dict[str, bool]]:
    """The `<Name><Operation>Variables` type of each operation, with each variable and whether
    the client may leave it out (it has a default or a nullable type)."""
    expected: dict[str, dict[str, bool]] = {}
    for document in documents:
        for definition in parse(document.read_text(encoding="utf-8")).definitions:
            if not isinstance(definition, OperationDefinitionNode) or definition.name is None:
                continue
            kind = _pascal(definition.operation.value)
            expected[f"{definition.name.value}{kind}Variables"] = {
                variable.variable.name.value: not isinstance(variable.type, NonNullTypeNode)
                or variable.default_value is not None
                for variable in definition.variable_definitions or ()
            }
    return expected


def misread_keys(
    expected: dict[str, dict[str, bool]], generated: dict[str, dict[str, bool]]
) -> list[str]:
    """`Type.key` where the generated optionality differs from the expected one, or is missing."""
    problems = []
    for type_name, keys in sorted(expected.items()):
        if type_name not in generated:
            problems.append(f"{type_name}: not generated")
            continue
        for key, optional in sorted(keys.items()):
            if key not in generated[type_name]:
                problems.append(f"{type_name}.{key}: not generated")
            elif generated[type_name][key] != optional:
                wanted = "optional" if optional else "required"
                problems.append(f"{type_name}.{key}: should be {wanted}")
    return problems


def test_the_reader_sees_which_keys_are_optional() -> None:
    source = """export type A = {
  /** A comment: with a colon. */
  first?: InputMaybe<Scalars['BigInt']['input']>;
  pointType?: Scalars['String']['input'];
  points: Scalars['BigInt']['input'];
};

export type BQueryVariables = Exact<{
  input: AInput;
  after?: string | null | undefined;
}>;
"""
    assert ts_object_types(source) == {
        "A": {"first": True, "pointType": True, "points": False},
        "BQueryVariables": {"input": False, "after": True},
    }


def test_a_defaulted_required_key_is_reported() -> None:
    expected = expected_inputs(
        "input I { a: Int! = 1, b: Int!, c: Int }\ntype Query { x(i: I): Int }"
    )
    generated = {"I": {"a": False, "b": False, "c": True}, "QueryXArgs": {"i": True}}
    assert misread_keys(expected, generated) == ["I.a: should be optional"]


def _run(*args: str, timeout: float) -> None:
    done = subprocess.run(
        args, cwd=CLIENT, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, (
        f"{' '.join(args)} failed:\n{done.stdout[-4000:]}{done.stderr[-4000:]}"
    )


@pytest.mark.slow
def test_generated_client_leaves_every_server_default_optional() -> None:
    if shutil.which("npm") is None:
        pytest.skip("npm is not on PATH: the TypeScript client cannot be generated here")
    # given the pinned toolchain and the checked-in SDL
    _run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", timeout=600)
    # when the client is generated and type-checked
    _run("npm", "run", "--silent", "generate", timeout=300)
    _run("npm", "run", "--silent", "typecheck", timeout=300)
    # then every input the server defaults is optional, and every other input is required
    sdl = SDL_PATH.read_text(encoding="utf-8")
    schema_source = (GENERATED / "schema.ts").read_text(encoding="utf-8")
    schema_types = ts_object_types(schema_source)
    operation_types = ts_object_types((GENERATED / "operations.ts").read_text(encoding="utf-8"))
    documents = sorted((CLIENT / "operations").glob("*.graphql"))
    assert documents
    inputs = expected_inputs(sdl)
    problems = misread_keys(inputs, schema_types)
    problems += [
        f"{name}: not one branch per field"
        for name, branches in one_of_inputs(sdl).items()
        if sorted(ts_union_branches(schema_source, name), key=sorted) != branches
    ]
    used_inputs = {name: keys for name, keys in inputs.items() if name in operation_types}
    assert used_inputs
    problems += misread_keys(used_inputs, operation_types)
    problems += misread_keys(expected_variables(documents), operation_types)
    assert problems == []
