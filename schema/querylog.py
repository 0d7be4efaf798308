"""Logging of operations without personal data: string literals masked, variables never logged."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from domain.errors import DomainError

log = logging.getLogger("crm.graphql.requests")

MAX_LOGGED_QUERY = 2000
SLOW_OPERATION_SECONDS = 1.0

# Block strings first, then ordinary (or unterminated) strings, then long digit runs: a phone
# number typed as a bare number still shows in validation messages.
_LITERALS = re.compile(r'"""(?:\\"""|[^"]|"(?!""))*(?:"""|$)|"(?:\\.|[^"\\\n])*"?|\b\d{5,}\b')


def _mask(match: re.Match[str]) -> str:
    text = match.group(0)
    return "***" if text[0].isdigit() else '"***"'


def mask_literals(text: str | None, limit: int = MAX_LOGGED_QUERY) -> str:
    """The text with string literals and long numbers replaced by ***, cut to `limit`."""
    if not text:
        return ""
    masked = _LITERALS.sub(_mask, text[: limit * 4])
    return masked if len(masked) <= limit else masked[:limit] + "..."


def _request_id(execution_context: Any) -> str:
    return getattr(getattr(execution_context, "context", None), "request_id", "") or ""


def log_error(error: GraphQLError, execution_context: Any) -> None:
    """One line per error: code, masked message and query; a traceback only when unexpected."""
    original = error.original_error
    unexpected = original is not None and not isinstance(original, (GraphQLError, DomainError))
    code = (error.extensions or {}).get("code", "")
    log.log(
        logging.ERROR if unexpected else logging.INFO,
        "graphql error [request %s] %s %s at %s: %s | query: %s",
        _request_id(execution_context),
        getattr(execution_context, "operation_name", None) or "anonymous",
        code,
        error.path or [(loc.line, loc.column) for loc in error.locations or []],
        mask_literals(error.message, 300),
        mask_literals(getattr(execution_context, "query", None)),
        exc_info=original if unexpected else None,
    )


class LogSafeSchema(strawberry.Schema):
    """Strawberry's schema, logging errors with masked query text instead of the raw document."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        for error in errors:
            log_error(error, execution_context)


class SlowOperationLog(SchemaExtension):
    """Logs operations slower than the threshold, with their query text masked."""

    def __init__(self, threshold_seconds: float = SLOW_OPERATION_SECONDS) -> None:
        self.threshold_seconds = threshold_seconds

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        elapsed = time.perf_counter() - started
        if elapsed >= self.threshold_seconds:
            context = self.execution_context
            log.warning(
                "slow operation [request %s] %s took %.0f ms | query: %s",
                _request_id(context),
                context.operation_name or "anonymous",
                elapsed * 1000,
                mask_literals(context.query),
            )
