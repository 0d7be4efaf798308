"""UserError in payloads, and the one place DomainErrors become them."""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeAlias, TypeVar, overload

import strawberry
from strawberry.types.base import StrawberryList, StrawberryOptional

from domain.errors import DomainError, InvalidInput
from domain.errors import ErrorCode as DomainErrorCode

ErrorCode: TypeAlias = DomainErrorCode
strawberry.enum(DomainErrorCode, name="ErrorCode", description="Stable error codes.")

T = TypeVar("T")
P = ParamSpec("P")


@strawberry.type(description="A problem with the input or a business rule; nothing was changed.")
class UserError:
    code: ErrorCode = strawberry.field(description="Stable code to switch on.")
    field: str | None = strawberry.field(description="The input field concerned, if one.")
    message: str = strawberry.field(description="Human-readable explanation.")

    @classmethod
    def from_domain(cls, error: DomainError) -> UserError:
        """The API form of a domain error."""
        return cls(code=error.code, field=error.field, message=error.message)


class InputError(DomainError):
    """Raised by input checks in the schema layer; reported like a domain error."""


FieldPath = Callable[[str | None], str | None]


def user_errors(error: DomainError, field_path: FieldPath | None = None) -> list[UserError]:
    """Every problem a DomainError carries (all of an InvalidInput's), in the API form.

    `field_path` translates a domain field path into the input's, when they differ.
    """
    problems = error.errors if isinstance(error, InvalidInput) else [error]
    found = [UserError.from_domain(problem) for problem in problems]
    if field_path is not None:
        for user_error in found:
            user_error.field = field_path(user_error.field)
    return found


def failed(payload: type[T], error: DomainError, field_path: FieldPath | None = None) -> T:
    """A payload carrying only the errors: its other fields are empty (null, [], false or 0)."""
    definition = payload.__strawberry_definition__  # type: ignore[attr-defined]
    types = {field.python_name: field.type for field in definition.fields}
    values: dict[str, Any] = {"errors": user_errors(error, field_path)}
    for field in dataclasses.fields(payload):  # type: ignore[arg-type]
        no_default = field.default is dataclasses.MISSING
        no_default = no_default and field.default_factory is dataclasses.MISSING
        if field.init and field.name != "errors" and no_default:
            values[field.name] = _empty(types[field.name], payload, field.name)
    return payload(**values)


def _empty(type_: object, payload: type, name: str) -> object:
    if isinstance(type_, StrawberryOptional):
        return None
    if isinstance(type_, StrawberryList):
        return []
    if typing.get_origin(type_) is typing.Annotated:  # a private field
        type_ = typing.get_args(type_)[0]
    if typing.get_origin(type_) is list:
        return []
    if type(None) in typing.get_args(type_):
        return None
    if type_ in (bool, int):
        return type_()
    raise TypeError(f"{payload.__name__}.{name} has no empty value for a failed payload.")


Resolver = Callable[P, Awaitable[T]]


@overload
def returns_errors(resolver: Resolver[P, T], /) -> Resolver[P, T]: ...


@overload
def returns_errors(
    *, field_path: FieldPath | None = None
) -> Callable[[Resolver[P, T]], Resolver[P, T]]: ...


def returns_errors(
    resolver: Resolver[P, T] | None = None, /, *, field_path: FieldPath | None = None
) -> Resolver[P, T] | Callable[[Resolver[P, T]], Resolver[P, T]]:
    """Decorate a mutation resolver: a DomainError it raises becomes its payload's errors.

    The payload type is the resolver's return annotation; the payload's other fields are
    empty. Put this under `@strawberry.mutation`. `field_path` as in `user_errors`.
    """
    if resolver is None:
        return lambda inner: _returning_errors(inner, field_path)
    return _returning_errors(resolver, field_path)


def _returning_errors(resolver: Resolver[P, T], field_path: FieldPath | None) -> Resolver[P, T]:
    payload: list[type[T]] = []

    @functools.wraps(resolver)
    async def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await resolver(*args, **kwargs)
        except DomainError as error:
            if not payload:
                annotation = resolver.__annotations__["return"]
                if isinstance(annotation, str):
                    annotation = eval(annotation, resolver.__globals__)
                payload.append(annotation)
            return failed(payload[0], error, field_path)

    return run
