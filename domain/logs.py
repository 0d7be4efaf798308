"""Structured logs: one JSON object per line in production, key=value lines in development.

A request or a job opens a `log_scope`; its fields (request id, principal, operation, job id,
task, attempt) and the number of SQL statements it ran are attached to every record logged
inside it, so one line tells what happened, for whom, how long it took and what it cost.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import orjson

JSON = "json"
TEXT = "text"

_HANDLER_NAME = "crm"

_scope: ContextVar[dict[str, Any] | None] = ContextVar("log_scope", default=None)

# Fields of a LogRecord itself; anything else on a record came through `extra=`.
_RECORD_FIELDS = frozenset(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "color_message",
}


@contextmanager
def log_scope(**fields: Any) -> Iterator[dict[str, Any]]:
    """Attach `fields` (and a statement count from 0) to every record logged inside; yields the
    scope's dict, which `annotate` and the statement counter fill in as the work goes on."""
    scope = {**(_scope.get() or {}), **fields, "statements": 0}
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def annotate(**fields: Any) -> None:
    """Add facts learned during the work (the principal, the operation) to the current scope."""
    scope = _scope.get()
    if scope is not None:
        scope.update(fields)


def count_statement(_record: object = None) -> None:
    """One SQL statement ran in the current scope (an asyncpg query logger)."""
    scope = _scope.get()
    if scope is not None:
        scope["statements"] += 1


def current_fields() -> dict[str, Any]:
    """A copy of the current scope's fields (empty outside any scope)."""
    return dict(_scope.get() or {})


def _fields_of(record: logging.LogRecord) -> dict[str, Any]:
    fields = current_fields()
    fields.update((key, value) for key, value in vars(record).items() if key not in _RECORD_FIELDS)
    return fields


class JsonFormatter(logging.Formatter):
    """time, level, logger, message, the scope's fields and `extra=` fields, as one JSON line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            **_fields_of(record),
        }
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return orjson.dumps(line, default=str).decode()


class TextFormatter(logging.Formatter):
    """`12:00:01 INFO logger message key=value ...` for a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        pairs = " ".join(f"{key}={value}" for key, value in _fields_of(record).items())
        text = f"{stamp} {record.levelname:<7} {record.name} {record.getMessage()}"
        text = f"{text} {pairs}" if pairs else text
        if record.exc_info:
            text = f"{text}\n{self.formatException(record.exc_info)}"
        return text


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (it is replaced under test capture)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def configure_logging(log_format: str = JSON, level: int = logging.INFO) -> None:
    """Route every logger (ours, uvicorn's, arq's) through one handler on stderr."""
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter() if log_format == JSON else TextFormatter())
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    # Replace our own handler (and a bare basicConfig one); leave others (test capture) alone.
    root.handlers[:] = [
        h
        for h in root.handlers
        if h.get_name() != _HANDLER_NAME and type(h) is not logging.StreamHandler
    ]
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "arq", "arq.worker"):
        named = logging.getLogger(name)
        named.handlers[:] = []
        named.propagate = True
    # Our request line replaces uvicorn's access line; Tortoise's DEBUG logs every statement.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    logging.getLogger("tortoise").setLevel(logging.WARNING)
