"""The process's Redis client for derived data (bitmaps, index versions, counters).

Set once at start-up by the app, the worker or the tests; the domain never creates connections
itself, so every process shares one pool and tests point it at their own database.
"""

from __future__ import annotations

from typing import Any

_client: Any = None


def set_redis(client: Any) -> None:
    """Install the redis.asyncio client (an arq pool is one)."""
    global _client
    _client = client


def redis() -> Any:
    """The installed client; raises if start-up forgot to install one."""
    if _client is None:
        raise RuntimeError("Redis is not configured for this process")
    return _client


_local_cache_clearers: list[Any] = []


def register_local_cache(clear: Any) -> None:
    """Register a process-local cache's clear function (short-lived caches of config rows)."""
    _local_cache_clearers.append(clear)


def clear_local_caches() -> None:
    """Forget every process-local cache (tests reset the database between cases)."""
    for clear in _local_cache_clearers:
        clear()
