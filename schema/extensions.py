"""Schema extensions: error masking with request ids, the introspection gate, query limits."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError, ValidationRule
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    SchemaExtension,
)
from strawberry.extensions.max_aliases import create_validator as alias_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator

from domain.access import Role
from domain.errors import DomainError, InvalidInput
from schema.cost import CostCache, QueryCostLimit
from schema.input_guard import client_error_of

log = logging.getLogger("crm.graphql")

MAX_DEPTH = 10
MAX_TOKENS = 5000
MAX_ALIASES = 30

DELIBERATE_CODES = {
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "QUERY_TOO_COMPLEX",
    "QUERY_TOO_COSTLY",
    "BAD_REQUEST",
}


_VARIABLE_PATH = re.compile(r"^Variable '\$(\w+)' \w+ invalid value.*? at '?([\w.\[\]]+)'?[:;]")
_VARIABLE_NAME = re.compile(r"^Variable '\$(\w+)'")


def _is_deliberate(error: GraphQLError) -> bool:
    """Errors raised on purpose (validation, permissions, limits) keep their message."""
    original = error.original_error
    if original is None or isinstance(
        original, (GraphQLError, DomainError, StrawberryInputCoercionError)
    ):
        return True
    code = (error.extensions or {}).get("code")
    return code in DELIBERATE_CODES


def _each_problem(error: GraphQLError) -> list[GraphQLError]:
    """An error for invalid input becomes one error per problem, each with its field."""
    original = error.original_error
    if not isinstance(original, InvalidInput):
        return [error]
    return [
        GraphQLError(
            problem.message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=problem,
        )
        for problem in original.errors
    ]


class MaskInternalErrors(MaskErrors):
    """Unexpected exceptions become INTERNAL_ERROR with the request id; the detail is logged."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda e: not _is_deliberate(e))

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        errors = [one for error in errors for one in _each_problem(error)]
        for error in errors:
            original = error.original_error
            if error.extensions and error.extensions.get("code"):
                continue
            client_error = (
                None
                if original is None or isinstance(original, (DomainError, GraphQLError))
                else client_error_of(original)
            )
            if client_error is not None:
                error.original_error = client_error
                error.message = client_error.message
                original = client_error
            if isinstance(original, DomainError):
                error.extensions = {"code": original.code.value, "field": original.field}
            elif error.message.startswith("Variable '$"):
                error.extensions = {"code": "INVALID", "field": _variable_field(error.message)}
        return super()._process_errors(errors)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        request_id = getattr(self.execution_context.context, "request_id", "")
        log.error(
            "internal error [request %s] at %s: %r",
            request_id,
            error.path,
            error.original_error,
            exc_info=error.original_error,
        )
        return GraphQLError(
            message=f"Internal error (request {request_id}).",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
        )


def _variable_field(message: str) -> str | None:
    """The variable (and path inside it) a variable coercion error is about."""
    match = _VARIABLE_PATH.match(message)
    if match:
        name, path = match.groups()
        return path if path.split(".")[0].split("[")[0] == name else f"{name}.{path.lstrip('.')}"
    match = _VARIABLE_NAME.match(message)
    return match.group(1) if match else None


class IntrospectionGate(SchemaExtension):
    """Introspection is for staff, and for everyone in debug mode."""

    def on_operation(self) -> Iterator[None]:
        context: Any = self.execution_context.context
        principal = getattr(context, "principal", None)
        allowed = getattr(context, "debug", False) or (
            principal is not None and principal.role is Role.STAFF
        )
        if not allowed:
            rules: tuple[type[ValidationRule], ...] = (NoSchemaIntrospectionCustomRule,)
            self.execution_context.validation_rules = (
                self.execution_context.validation_rules + rules
            )
        yield


class LimitCodes(SchemaExtension):
    """Give the limiters' errors a stable code (they carry none of their own)."""

    def on_operation(self) -> Iterator[None]:
        try:
            yield
        except GraphQLSyntaxError as error:
            # The parser cache parses outside Strawberry's error handling, so a syntax error
            # (the token limit is one) arrives here as an exception, not in the result.
            error.extensions = {**(error.extensions or {}), "code": _syntax_code(error)}
            raise
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        debug = getattr(self.execution_context.context, "debug", False)
        for item in result.errors:
            if not debug and "Did you mean" in item.message:
                # Suggestions map the schema for a prober (arguments, enum values, fields).
                item.message = item.message.split(" Did you mean")[0]
            if item.extensions and "code" in item.extensions:
                continue
            if isinstance(item, GraphQLSyntaxError):
                item.extensions = {**(item.extensions or {}), "code": _syntax_code(item)}
                continue
            text = item.message.lower()
            if any(
                w in text for w in ("exceeds maximum", "maximum", "too many", "depth", "allowed:")
            ):
                item.extensions = {**(item.extensions or {}), "code": "QUERY_TOO_COMPLEX"}
            elif item.original_error is None:
                item.extensions = {**(item.extensions or {}), "code": "GRAPHQL_VALIDATION_FAILED"}
        if len(result.errors) > 20:
            result.errors = result.errors[:20]


def _syntax_code(error: GraphQLError) -> str:
    if "tokens" in error.message and "more than" in error.message:
        return "QUERY_TOO_COMPLEX"
    return "GRAPHQL_PARSE_FAILED"


# The rule classes are made once: a limiter built per operation would make a new rule class
# each time, and the validation cache (keyed by the rules) would never hit.
DEPTH_RULE = depth_validator(MAX_DEPTH, None, None)
ALIAS_RULE = alias_validator(MAX_ALIASES)


def limit_extensions(
    cost_budgets: Mapping[str, int] | None = None, *, cost_limit: bool = True
) -> list[Any]:
    """The abuse limits, as factories so each operation gets fresh instances."""
    limits: list[Any] = [
        lambda: AddValidationRules([DEPTH_RULE, ALIAS_RULE]),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    ]
    if cost_limit:
        costs = CostCache()  # one per schema: a cost depends on the schema's fields
        limits.append(lambda: QueryCostLimit(cost_budgets, costs))
    return limits
