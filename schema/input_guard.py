"""Checks every argument before resolvers run, and names database errors caused by input."""

from __future__ import annotations

import re
from typing import Any

import asyncpg
from graphql import (
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLResolveInfo,
    GraphQLScalarType,
    get_named_type,
)
from strawberry.extensions import SchemaExtension
from tortoise.exceptions import ValidationError

from domain.errors import ErrorCode, Problems
from schema.column_limits import column_limits
from schema.errors import InputError
from schema.json_shapes import check_json

MAX_STRING_LENGTH = 10_000
MAX_LIST_LENGTH = 10_000

# Database errors a client can cause with a value (too long, out of range, bad text or date):
# class 22 (data exception) of SQLSTATE.
_CLIENT_DATA_ERRORS = (asyncpg.exceptions.DataError,)
_TORTOISE_FIELD = re.compile(r"^(\w+):")


def check_value(value: Any, type_: GraphQLInputType | None, path: str) -> None:
    """Refuse NUL characters, overlong text, oversized lists and JSON of the wrong shape.

    Every problem is reported: one InputError, or InvalidInput holding each with its path.
    """
    problems = Problems()
    _check(value, type_, path, problems)
    problems.raise_if_any()


def _check(value: Any, type_: GraphQLInputType | None, path: str, problems: Problems) -> None:
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(value, str):
        with problems.collect():
            _check_text(value, path)
    elif isinstance(value, dict):
        fields = type_.fields if isinstance(type_, GraphQLInputObjectType) else {}
        type_name = type_.name if isinstance(type_, GraphQLInputObjectType) else ""
        limits = column_limits().get(type_name, {}) if fields else {}
        for key, item in value.items():
            _check(key, None, path, problems)
            limit = limits.get(key, MAX_STRING_LENGTH)
            if isinstance(item, str) and len(item) > limit:
                problems.add(
                    InputError(
                        f"{key} is longer than {limit} characters.",
                        field=f"{path}.{key}",
                        code=ErrorCode.TOO_LARGE,
                    )
                )
                continue
            field = fields.get(key)
            item_type = field.type if field is not None else None
            item_path = f"{path}.{key}"
            _check(item, item_type, item_path, problems)
            named = get_named_type(item_type) if item_type is not None else None
            if isinstance(named, GraphQLScalarType) and named.name == "JSON":
                with problems.collect():
                    check_json(type_name, key, item, item_path)
    elif isinstance(value, (list, tuple)):
        if len(value) > MAX_LIST_LENGTH:
            problems.add(
                InputError(
                    f"A list holds at most {MAX_LIST_LENGTH} items.",
                    field=path,
                    code=ErrorCode.TOO_MANY,
                )
            )
            return
        item_type = type_.of_type if isinstance(type_, GraphQLList) else None
        for index, item in enumerate(value):
            _check(item, item_type, f"{path}[{index}]", problems)


def _check_text(value: str, path: str) -> None:
    if "\x00" in value:
        raise InputError("Text must not contain NUL characters.", field=path)
    if len(value) > MAX_STRING_LENGTH:
        raise InputError(
            f"Text is longer than {MAX_STRING_LENGTH} characters.",
            field=path,
            code=ErrorCode.TOO_LARGE,
        )


class InputGuard(SchemaExtension):
    """Every argument of every field passes `check_value` before its resolver runs."""

    def resolve(
        self, _next: Any, root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any
    ) -> Any:
        if kwargs:
            # Meta fields (__type) are not among their parent's fields.
            field = info.parent_type.fields.get(info.field_name)
            arguments = field.args if field is not None else {}
            problems = Problems()
            for name, value in kwargs.items():
                argument = arguments.get(name)
                _check(value, argument.type if argument else None, name, problems)
            problems.raise_if_any()
        return _next(root, info, *args, **kwargs)


def client_error_of(error: BaseException | None) -> InputError | None:
    """The input error behind a failure caused by a client's value, if that is what it was."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, ValidationError):
            match = _TORTOISE_FIELD.match(str(error))
            field = _camel(match.group(1)) if match else None
            return InputError(f"Invalid value: {error}"[:300], field=field)
        if isinstance(error, _CLIENT_DATA_ERRORS):
            message = str(error).split("\n")[0][:200]
            return InputError(f"A value is out of range or malformed: {message}")
        if isinstance(error, (OverflowError, RecursionError)):
            return InputError("A value is out of range.", code=ErrorCode.INVALID)
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
