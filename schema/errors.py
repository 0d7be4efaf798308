"""UserError in payloads, and the one place DomainErrors become them."""

from __future__ import annotations

from typing import Any, TypeAlias

import strawberry

from domain.errors import DomainError
from domain.errors import ErrorCode as DomainErrorCode

ErrorCode: TypeAlias = DomainErrorCode
strawberry.enum(DomainErrorCode, name="ErrorCode", description="Stable error codes.")


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


def errors_of(error: DomainError) -> dict[str, Any]:
    """Keyword arguments for a payload that failed with one error."""
    return {"errors": [UserError.from_domain(error)]}
