"""Pure ASGI middleware: request id, body-size limit, HTTP metrics, flush of deferred jobs."""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.metrics import HTTP_REQUESTS
from domain import jobs, tracing
from domain.logs import log_scope

log = logging.getLogger("crm.requests")
_PROBES = frozenset({"/healthz", "/readyz", "/metrics"})


class RequestContextMiddleware:
    """Gives each request an id (X-Request-Id), caps its body, enqueues jobs it deferred, and
    logs one line per request: method, path, status, duration, SQL statements, and the
    principal and operation the GraphQL layer adds."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with tracing.span(
            f"{scope.get('method', '')} {_path_label(scope['path'])}",
            **{"http.method": scope.get("method", ""), "http.route": _path_label(scope["path"])},
        ) as span:
            await self._handle(scope, receive, send, span)

    async def _handle(self, scope: Scope, receive: Receive, send: Send, span: Any) -> None:
        # With tracing on, the request id is the trace id, so a log line leads to its trace.
        request_id = _incoming_request_id(scope) or tracing.trace_id() or uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _too_large(send, request_id, self.max_body_bytes)
            return
        status: dict[str, int] = {"code": 500}
        received = 0
        limit = self.max_body_bytes

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        started = time.perf_counter()
        with log_scope(request_id=request_id):
            try:
                async with jobs.deferred_scope():
                    await self.app(scope, limited_receive, send_with_id)
            except BodyTooLarge:
                await _too_large(send, request_id, limit)
                status["code"] = 413
            finally:
                path = scope["path"]
                if span is not None:
                    span.set_attribute("http.status_code", status["code"])
                    span.set_attribute("crm.request_id", request_id)
                HTTP_REQUESTS.labels(path=_path_label(path), status=str(status["code"])).inc()
                log.log(
                    logging.DEBUG if path in _PROBES else logging.INFO,
                    "request",
                    extra={
                        "method": scope.get("method", ""),
                        "path": _path_label(path),
                        "status": status["code"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    },
                )


class BodyTooLarge(Exception):
    """The streamed body went over the limit."""


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1")[:64]
            return text if text.replace("-", "").isalnum() else None
    return None


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _path_label(path: str) -> str:
    return path if path in {"/graphql", "/healthz", "/readyz", "/metrics"} else "other"


async def _too_large(send: Send, request_id: str, limit: int) -> None:
    body: dict[str, Any] = {
        "errors": [
            {
                "message": f"Request body exceeds {limit} bytes.",
                "extensions": {"code": "PAYLOAD_TOO_LARGE", "requestId": request_id},
            }
        ]
    }
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
