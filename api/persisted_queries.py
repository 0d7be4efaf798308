"""Automatic persisted queries (Apollo's APQ protocol): a client sends the SHA-256 of its query.

A request whose `extensions.persistedQuery` is `{"version": 1, "sha256Hash": "<hex>"}` and that
has no query is answered from the query stored under that hash, or with the error
`PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND), on which the client sends hash and
query together. Such a query is checked against its hash, run as any other, and stored in Redis
for `ttl` seconds (renewed on each use) unless it is too long or does not parse and validate.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any

from cross_web import HTTPException
from graphql import GraphQLError
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("crm.persisted_queries")

KEY_PREFIX = "apq:"
MAX_QUERY_BYTES = 32 * 1024
NOT_FOUND = "PersistedQueryNotFound"
_HASH = re.compile(r"[0-9a-f]{64}")
# Errors that say the document itself is unusable; such a query is not stored.
_DOCUMENT_ERRORS = {"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_COMPLEX"}


@dataclass(frozen=True)
class PersistedQueries:
    """The query store in Redis."""

    redis: Redis
    ttl_seconds: int

    async def lookup(self, sha256_hash: str) -> str | None:
        """The query stored under the hash, its time to live renewed; None when unknown.

        Without Redis every hash is unknown, so clients fall back to sending their queries.
        """
        try:
            raw = await self.redis.getex(KEY_PREFIX + sha256_hash, ex=self.ttl_seconds)
        except RedisError as error:
            log.warning("persisted query lookup failed: %r", error)
            return None
        return raw.decode() if isinstance(raw, bytes) else raw

    async def store(self, sha256_hash: str, query: str) -> bool:
        """Keep the query under its hash; False (nothing stored) when too long or Redis fails."""
        encoded = query.encode()
        if len(encoded) > MAX_QUERY_BYTES:
            return False
        try:
            await self.redis.set(KEY_PREFIX + sha256_hash, encoded, ex=self.ttl_seconds)
        except RedisError as error:
            log.warning("persisted query not stored: %r", error)
            return False
        return True


def requested_hash(extensions: dict[str, Any] | None) -> str | None:
    """The hash a request names in `extensions.persistedQuery`; 400 when it is malformed."""
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise HTTPException(400, "Unsupported persisted query version (only 1 is).")
    sha256_hash = persisted.get("sha256Hash")
    if not isinstance(sha256_hash, str) or not _HASH.fullmatch(sha256_hash.lower()):
        raise HTTPException(400, "persistedQuery.sha256Hash must be 64 hexadecimal digits.")
    return sha256_hash.lower()


def check_hash(query: str, sha256_hash: str) -> None:
    """400 unless the hash is the SHA-256 of the query's UTF-8 text."""
    if hashlib.sha256(query.encode()).hexdigest() != sha256_hash:
        raise HTTPException(400, "provided sha does not match query")


def not_found(request_id: str) -> GraphQLError:
    """The error that makes an APQ client send the query with its hash."""
    return GraphQLError(
        NOT_FOUND, extensions={"code": "PERSISTED_QUERY_NOT_FOUND", "requestId": request_id}
    )


def is_storable(errors: list[GraphQLError] | None) -> bool:
    """Whether a run's errors leave the document worth keeping (it parsed and validated)."""
    return not any((e.extensions or {}).get("code") in _DOCUMENT_ERRORS for e in errors or [])
