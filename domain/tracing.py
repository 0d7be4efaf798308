"""OpenTelemetry traces of requests, root fields, SQL statements, Redis calls and jobs.

Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test passes an exporter): then each process
exports its spans over OTLP/HTTP, SQL and Redis calls become child spans of the request or job
running them, and a request's id is its trace id so a log line leads to its trace. When off,
`span` costs nothing and no library is patched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter

from domain import config

_state: dict[str, Any] = {"enabled": False, "provider": None}


def enabled() -> bool:
    """Whether this process traces."""
    return bool(_state["enabled"])


def configure_tracing(service: str, exporter: SpanExporter | None = None) -> bool:
    """Start tracing for this process (`service` names it: crm-api, crm-worker) when an OTLP
    endpoint is configured or an exporter is given; True when tracing is on."""
    if _state["enabled"]:
        return True
    if exporter is None and not config.OTEL_EXPORTER_OTLP_ENDPOINT.get():
        return False
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    AsyncPGInstrumentor().instrument(tracer_provider=provider)  # type: ignore[no-untyped-call]  # untyped library
    RedisInstrumentor().instrument(tracer_provider=provider)
    _state.update(enabled=True, provider=provider)
    return True


def stop_tracing() -> None:
    """Flush and stop: unpatch the libraries and end the provider (process exit, tests)."""
    if not _state["enabled"]:
        return
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    AsyncPGInstrumentor().uninstrument()  # type: ignore[no-untyped-call]  # untyped library
    RedisInstrumentor().uninstrument()
    _state["provider"].shutdown()
    _state.update(enabled=False, provider=None)


@contextmanager
def span(name: str, **attributes: Any) -> Iterator[Any]:
    """A span around the block when tracing is on (yields it, or None when off)."""
    if not _state["enabled"]:
        yield None
        return
    tracer = _state["provider"].get_tracer("crm")
    with tracer.start_as_current_span(name, attributes=attributes) as current:
        yield current


def trace_id() -> str | None:
    """The current trace's id as 32 hex digits, or None outside a recorded span."""
    context = trace.get_current_span().get_span_context()
    return f"{context.trace_id:032x}" if context.is_valid else None
