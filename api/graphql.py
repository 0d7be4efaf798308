"""The GraphQL endpoint: context from the request, JSON errors for bad HTTP input, metrics."""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import SchemaExtension
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

from api import persisted_queries
from api.auth import AuthError, principal_from_header
from api.metrics import GRAPHQL_ERRORS, GRAPHQL_LATENCY, GRAPHQL_REQUESTS
from api.ratelimit import VERIFIED_AUTH
from api.settings import Settings
from domain import tracing
from domain.logs import annotate
from domain.members import token_versions
from schema.context import Context

GRAPHIQL_PAGE = Path(__file__).with_name("graphiql.html")
_HTTP_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 415: "BAD_REQUEST"}


class OperationMetrics(SchemaExtension):
    """Counts and times every operation, and names it in the request's log line.

    The metric label is what the server knows, not what the client chose: the operation type
    and its root field (`query:me`, `mutation:redeemPoints`, `query:multi` for several), so a
    client cannot add series by inventing operation names. The client's name is logged.
    """

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        context = self.execution_context
        label = operation_label(context)
        result = context.result
        outcome = "error" if result is not None and result.errors else "ok"
        annotate(operation=(context.operation_name or "")[:64] or None, root=label)
        GRAPHQL_REQUESTS.labels(operation=label, outcome=outcome).inc()
        for error in (result.errors or []) if result is not None else []:
            code = (error.extensions or {}).get("code") or "GRAPHQL_VALIDATION"
            GRAPHQL_ERRORS.labels(code=str(code)[:40]).inc()
        GRAPHQL_LATENCY.labels(operation=label).observe(time.perf_counter() - started)


class TraceRootFields(SchemaExtension):
    """With tracing on: a span per operation and one per root field's resolver (the SQL and
    Redis spans of a field hang under it). Added to the schema only when tracing is on."""

    def on_operation(self) -> Iterator[None]:
        with tracing.span("graphql") as span:
            yield
            if span is not None:
                span.update_name(f"graphql {operation_label(self.execution_context)}")
                span.set_attribute(
                    "graphql.operation.name", self.execution_context.operation_name or ""
                )

    def resolve(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        if info.path.prev is not None:  # nested fields are not traced one by one
            return _next(root, info, *args, **kwargs)
        return self._traced(_next, root, info, *args, **kwargs)

    async def _traced(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        with tracing.span(f"resolve {info.field_name}", **{"graphql.field": info.field_name}):
            result = _next(root, info, *args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result


def operation_label(context: Any) -> str:
    """`<type>:<root field>` of the executed operation, `<type>:multi` for several root fields,
    `invalid` when the document did not parse or name a runnable operation."""
    try:
        operation = context.operation_type.value
        selections = context.graphql_document.definitions
    except (AttributeError, RuntimeError):
        return "invalid"
    fields: set[str] = set()
    for definition in selections:
        if getattr(definition, "operation", None) is None:
            continue
        name = getattr(definition, "name", None)
        if context.operation_name and (name is None or name.value != context.operation_name):
            continue
        for selection in definition.selection_set.selections:
            field_name = getattr(getattr(selection, "name", None), "value", None)
            if field_name is None or selection.kind != "field":
                return f"{operation}:multi"
            fields.add(field_name)
    fields.discard("__typename")
    if len(fields) == 1:
        return f"{operation}:{fields.pop()}"
    return f"{operation}:multi" if fields else f"{operation}:typename"


MAX_BODY_DEPTH = 64
_BODY_FIELDS = {"query": str, "operationName": str, "variables": dict, "extensions": dict}


def _error_response(status: int, message: str, code: str, request_id: str) -> JSONResponse:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code, "requestId": request_id}}]},
        status_code=status,
    )


async def _check_body(request: Request) -> None:
    """A JSON POST body must be one object with fields of the right types, nested boundedly.

    The body is read here once; Starlette keeps it for Strawberry's own parsing.
    """
    if request.method != "POST" or "json" not in request.headers.get("content-type", ""):
        return
    raw = await request.body()
    try:
        body = orjson.loads(raw)
    except (orjson.JSONDecodeError, RecursionError):
        raise HTTPException(400, "The body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise HTTPException(400, f"The body must be a JSON object, not {_json_kind(body)}.")
    for name, kind in _BODY_FIELDS.items():
        value = body.get(name)
        if value is not None and not isinstance(value, kind):
            raise HTTPException(400, f"{name} must be a {'string' if kind is str else 'object'}.")
    if "\x00" in (body.get("query") or ""):
        raise HTTPException(400, "The query must not contain NUL characters.")
    if _depth(body) > MAX_BODY_DEPTH:
        raise HTTPException(400, f"The body is nested deeper than {MAX_BODY_DEPTH} levels.")


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array"


def _depth(value: object) -> int:
    """Nesting depth of a parsed JSON value, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_BODY_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


@cache
def _graphiql_page() -> str:
    return GRAPHIQL_PAGE.read_text(encoding="utf-8")


class CrmGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI app with our context and JSON-shaped HTTP errors."""

    def __init__(self, schema: Any, settings: Settings, resources: dict[str, Any]) -> None:
        super().__init__(schema, graphql_ide="graphiql" if settings.debug else None)
        self.settings = settings
        self.resources = resources

    @property
    def graphql_ide_html(self) -> str:
        """GraphiQL with its assets from this server (api/static/graphiql), not a CDN."""
        return _graphiql_page()

    def should_render_graphql_ide(self, request: Any) -> bool:
        """A GET naming a persisted query by its hash is an operation, not a browser's visit."""
        if "extensions" in request.query_params:
            return False
        return super().should_render_graphql_ide(request)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        request_id = scope.get("state", {}).get("request_id", "")
        try:
            await _check_body(request)
            response = await self.run(request)
        except HTTPException as exc:
            response = _error_response(
                exc.status_code,
                exc.reason,
                _HTTP_CODES.get(exc.status_code, "BAD_REQUEST"),
                request_id,
            )
        except RecursionError:
            response = _error_response(
                400, "The request is nested too deeply.", "BAD_REQUEST", request_id
            )
        await response(scope, receive, send)

    async def execute_single(
        self,
        request: Any,
        request_adapter: Any,
        sub_response: Any,
        context: Context,
        root_value: Any,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Runs one operation; an automatic persisted query is looked up or stored around it."""

        async def run() -> ExecutionResult:
            return await super(CrmGraphQL, self).execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )

        sha256_hash = persisted_queries.requested_hash(request_data.extensions)
        if sha256_hash is None:
            return await run()
        store = persisted_queries.PersistedQueries(
            self.resources["redis"], self.settings.persisted_query_ttl_seconds
        )
        if request_data.query is None:
            request_data.query = await store.lookup(sha256_hash)
            if request_data.query is None:
                error = persisted_queries.not_found(context.request_id)
                return ExecutionResult(data=None, errors=[error])
            return await run()
        persisted_queries.check_hash(request_data.query, sha256_hash)
        result = await run()
        if persisted_queries.is_storable(result.errors):
            await store.store(sha256_hash, request_data.query)
        return result

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        principal, auth_error = request.scope.get("state", {}).get(VERIFIED_AUTH, (None, None))
        if VERIFIED_AUTH not in request.scope.get("state", {}):  # no rate limiter in front
            try:
                principal = principal_from_header(
                    self.settings, request.headers.get("authorization")
                )
            except AuthError as exc:
                auth_error = exc.message
        if principal is not None and principal.member_id is not None:
            # Revoked, merged and erased members' tokens stop here, not at their expiry.
            auth_error = await token_versions.token_refusal(
                principal.member_id, principal.token_version or 0
            )
            if auth_error is not None:
                principal = None
        if principal is not None:
            annotate(principal=f"{principal.role.value}:{principal.member_id or principal.subject}")
        return Context(
            principal=principal,
            request_id=request.scope.get("state", {}).get("request_id", ""),
            debug=self.settings.debug,
            resources=self.resources,
            auth_error=auth_error,
        )
