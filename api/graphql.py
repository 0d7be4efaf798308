"""The GraphQL endpoint: context from the request, JSON errors for bad HTTP input, metrics."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import SchemaExtension

from api.auth import AuthError, principal_from_header
from api.metrics import GRAPHQL_LATENCY, GRAPHQL_REQUESTS
from api.settings import Settings
from schema.context import Context

_HTTP_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 415: "BAD_REQUEST"}


class OperationMetrics(SchemaExtension):
    """Counts and times every operation by name."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        name = self.execution_context.operation_name or "anonymous"
        if len(name) > 64:
            name = name[:64]
        result = self.execution_context.result
        outcome = "error" if result is not None and result.errors else "ok"
        GRAPHQL_REQUESTS.labels(operation=name, outcome=outcome).inc()
        GRAPHQL_LATENCY.labels(operation=name).observe(time.perf_counter() - started)


class CrmGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI app with our context and JSON-shaped HTTP errors."""

    def __init__(self, schema: Any, settings: Settings, resources: dict[str, Any]) -> None:
        super().__init__(schema, graphql_ide="graphiql" if settings.debug else None)
        self.settings = settings
        self.resources = resources

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as exc:
            code = _HTTP_CODES.get(exc.status_code, "BAD_REQUEST")
            request_id = scope.get("state", {}).get("request_id", "")
            response = JSONResponse(
                {
                    "errors": [
                        {
                            "message": exc.reason,
                            "extensions": {"code": code, "requestId": request_id},
                        }
                    ]
                },
                status_code=exc.status_code,
            )
        await response(scope, receive, send)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        principal, auth_error = None, None
        try:
            principal = principal_from_header(self.settings, request.headers.get("authorization"))
        except AuthError as exc:
            auth_error = exc.message
        return Context(
            principal=principal,
            request_id=request.scope.get("state", {}).get("request_id", ""),
            debug=self.settings.debug,
            resources=self.resources,
            auth_error=auth_error,
        )
