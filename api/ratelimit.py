"""Request rate limits per token and per client IP, counted in Redis with a sliding window.

One pipelined round trip per request: for each key, INCR the current window's counter, EXPIRE
it, and GET the previous window's; the estimate weighs the previous window by how much of it
still overlaps the sliding window. Refused requests count too, so hammering keeps a client out.
When Redis fails the request is served (fail open) and the outage is logged once.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from starlette.types import ASGIApp, Receive, Scope, Send

from api.auth import AuthError, principal_from_header
from api.settings import Settings
from domain import config
from domain.access import Principal

log = logging.getLogger("crm.ratelimit")

# Requests per window by role; "anonymous" is for requests without a usable token, "ip" is per
# client address whoever calls (many members may share one carrier NAT address). "visitor" is
# per device, and "visitor_ip" caps the visitor tokens of one address together, so minting
# device ids does not multiply a client's allowance.
DEFAULT_LIMITS: Mapping[str, int] = {
    "member": 120,
    "staff": 1200,
    "service": 6000,
    "bi": 600,
    "visitor": 60,
    "visitor_ip": 300,
    "anonymous": 60,
    "ip": 1200,
}
DEFAULT_WINDOW_SECONDS = 60
RETRY_REDIS_AFTER_SECONDS = 5.0  # after a failure, skip Redis this long instead of waiting on it


def parse_limits(raw: str | None, defaults: Mapping[str, int] = DEFAULT_LIMITS) -> dict[str, int]:
    """`member=120,ip=1200` over the defaults."""
    limits = dict(defaults)
    for part in (raw or "").split(","):
        name, _, value = part.partition("=")
        if name.strip() and value.strip().isdigit():
            limits[name.strip()] = int(value)
    return limits


@dataclass(frozen=True)
class RateLimitConfig:
    """Limits per role and per IP in one window; read from RATE_LIMITS, RATE_LIMIT_WINDOW."""

    limits: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_LIMITS))
    window_seconds: int = DEFAULT_WINDOW_SECONDS
    enabled: bool = True
    forwarded_header: str | None = None  # e.g. x-forwarded-for, only behind a trusted proxy

    @classmethod
    def from_env(cls) -> RateLimitConfig:
        """The configuration from the environment."""
        header = (config.RATE_LIMIT_IP_HEADER.get() or "").strip().lower() or None
        return cls(
            limits=parse_limits(config.RATE_LIMITS.get()),
            window_seconds=config.RATE_LIMIT_WINDOW.get(),
            enabled=config.RATE_LIMIT_ENABLED.get(),
            forwarded_header=header,
        )


@dataclass(frozen=True)
class Decision:
    """The outcome for one request: allowed, or refused with the seconds to wait."""

    allowed: bool
    retry_after: int = 0
    key: str = ""


def token_key(principal: Principal | None) -> tuple[str, str] | None:
    """The rate-limit key of a principal and its role; None for anonymous callers."""
    if principal is None:
        return None
    if principal.member_id is not None:
        return f"member:{principal.member_id}", principal.role.value
    if principal.device_id is not None:
        return f"visitor:{principal.device_id}", principal.role.value
    return f"{principal.role.value}:{principal.subject or 'anonymous'}", principal.role.value


class RateLimiter:
    """Sliding-window counters in Redis; `clock` is injectable so tests need no wall clock."""

    def __init__(
        self,
        config: RateLimitConfig,
        redis: Any = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.redis = redis
        self.clock = clock
        self._down_until = 0.0
        self._down_logged = False

    async def check(self, principal: Principal | None, ip: str) -> Decision:
        """Count this request against its token and IP keys; refuse when either is over."""
        if not self.config.enabled or self.redis is None:
            return Decision(True)
        now = self.clock()
        if now < self._down_until:
            return Decision(True)
        window = self.config.window_seconds
        current = int(now // window)
        keys = []
        token = token_key(principal)
        if token is not None:
            keys.append((f"rl:{token[0]}", self.config.limits.get(token[1], 0)))
        else:
            keys.append((f"rl:anon:{ip}", self.config.limits.get("anonymous", 0)))
        if principal is not None and principal.is_visitor:
            keys.append((f"rl:visitor-ip:{ip}", self.config.limits.get("visitor_ip", 0)))
        keys.append((f"rl:ip:{ip}", self.config.limits.get("ip", 0)))
        try:
            pipe = self.redis.pipeline(transaction=False)
            for key, _ in keys:
                pipe.incr(f"{key}:{current}")
                pipe.expire(f"{key}:{current}", window * 2)
                pipe.get(f"{key}:{current - 1}")
            replies = await pipe.execute()
        except (aioredis.RedisError, OSError) as exc:
            self._redis_failed(now, exc)
            return Decision(True)
        self._redis_back()
        elapsed = now - current * window
        worst = Decision(True)
        for index, (key, limit) in enumerate(keys):
            count, previous = int(replies[3 * index]), int(replies[3 * index + 2] or 0)
            wait = retry_after(count, previous, elapsed, window, limit)
            if wait and wait > worst.retry_after:
                worst = Decision(False, wait, key)
        return worst

    def _redis_failed(self, now: float, exc: BaseException) -> None:
        self._down_until = now + RETRY_REDIS_AFTER_SECONDS
        if not self._down_logged:
            self._down_logged = True
            log.warning("rate limiting off: Redis unavailable (%s); serving requests", exc)

    def _redis_back(self) -> None:
        if self._down_logged:
            self._down_logged = False
            log.warning("rate limiting on again: Redis reachable")


def retry_after(count: int, previous: int, elapsed: float, window: int, limit: int) -> int:
    """0 when `count` (this request included) fits the sliding window, else seconds to wait.

    The estimate is previous * (1 - elapsed / window) + count; the wait is until it drops to
    limit - 1 so that the next request fits.
    """
    if limit <= 0:
        return 0
    weight = 1 - elapsed / window
    if previous * weight + count <= limit:
        return 0
    room = limit - 1
    if count <= room:  # the previous window's share has to fade
        fade_to = 1 - (room - count) / previous
        return _whole_seconds(fade_to * window - elapsed)
    # Past this window; then this window's count fades as the next one goes by.
    return _whole_seconds(window - elapsed + window * (1 - room / count))


def _whole_seconds(seconds: float) -> int:
    return max(1, math.ceil(seconds - 1e-9))


VERIFIED_AUTH = "verified_auth"


class RateLimitMiddleware:
    """Pure ASGI: counts /graphql requests; over a limit answers 429 in the GraphQL error shape."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter, settings: Settings) -> None:
        self.app = app
        self.limiter = limiter
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/graphql":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        principal, problem = None, None
        try:
            principal = principal_from_header(self.settings, headers.get("authorization"))
        except AuthError as exc:
            problem = exc.message  # the GraphQL layer answers UNAUTHENTICATED; limit by IP here
        # the token is verified once per request: the GraphQL context reuses this
        scope.setdefault("state", {})[VERIFIED_AUTH] = (principal, problem)
        ip = client_ip(scope, headers, self.limiter.config.forwarded_header)
        decision = await self.limiter.check(principal, ip)
        if decision.allowed:
            await self.app(scope, receive, send)
            return
        await _too_many(send, decision.retry_after, scope.get("state", {}).get("request_id", ""))


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}


def client_ip(scope: Scope, headers: Mapping[str, str], forwarded_header: str | None) -> str:
    """The caller's address: the first hop of the trusted proxy header when set, else the peer."""
    if forwarded_header and headers.get(forwarded_header):
        return headers[forwarded_header].split(",")[0].strip()[:64]
    client = scope.get("client")
    return client[0] if client else "unknown"


async def _too_many(send: Send, retry: int, request_id: str) -> None:
    body = {
        "data": None,
        "errors": [
            {
                "message": f"Too many requests; retry after {retry} seconds.",
                "extensions": {
                    "code": "RATE_LIMITED",
                    "retryAfter": retry,
                    "requestId": request_id,
                },
            }
        ],
    }
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"retry-after", str(retry).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
