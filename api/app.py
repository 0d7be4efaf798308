"""The Starlette application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import redis.asyncio as aioredis
from redis.exceptions import RedisError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from api.downloads import download_endpoint
from api.graphql import CrmGraphQL, OperationMetrics, TraceRootFields
from api.health import healthz, readyz
from api.metrics import metrics_endpoint
from api.middleware import RequestContextMiddleware
from api.ratelimit import RateLimitConfig, RateLimiter, RateLimitMiddleware, parse_limits
from api.receipts import channel_receipt
from api.settings import Settings, check_secrets, get_settings
from domain import cache, config, db, jobs, tracing
from domain.hooks_setup import register_hooks
from domain.logs import configure_logging
from domain.recs import published as recs_published
from schema.build import build_schema
from schema.cost import DEFAULT_BUDGETS
from workers import queue

GRAPHIQL_ASSETS = Path(__file__).resolve().parent / "static" / "graphiql"


def migration_count(migrations_dir: Path) -> int:
    """How many migration files this build ships."""
    return len([p for p in (migrations_dir / "models").glob("*.py") if p.name[0].isdigit()])


def create_app(
    settings: Settings | None = None,
    *,
    manage_database: bool = True,
    limiter: RateLimiter | None = None,
) -> Starlette:
    """Build the app. With `manage_database=False` the caller owns the Tortoise connection."""
    settings = settings or get_settings()
    limiter = limiter or RateLimiter(RateLimitConfig.from_env())
    if not settings.database_url or not settings.redis_url:
        raise RuntimeError("DATABASE_URL and REDIS_URL must be set (crm dev starts embedded ones)")
    check_secrets(settings)
    register_hooks()
    resources: dict[str, object] = {"settings": settings}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_database:
            await db.init(settings.database_url or "", settings.db_pool_size)
        pool = await queue.connect(settings.redis_url, wait=False)
        app.state.redis = pool
        cache.set_redis(pool)
        app.state.migration_count = migration_count(settings.migrations_dir)
        resources["redis"] = pool
        recs_index = recs_published.RecsIndexRegistry()
        recs_published.set_registry(recs_index)
        resources["recs_index"] = recs_index
        try:
            await recs_index.refresh(force=True)
        except RedisError:
            # Redis is down: serve anyway (readyz says not ready); requests load it later.
            logging.getLogger(__name__).warning("Redis unavailable at start; serving not ready")
        own_limiter_redis = limiter.redis is None
        if own_limiter_redis:
            # Its own client with short timeouts: a slow Redis delays no request for long.
            limiter.redis = aioredis.from_url(
                settings.redis_url or "", socket_timeout=0.25, socket_connect_timeout=0.25
            )
        try:
            yield
        finally:
            if own_limiter_redis:
                await limiter.redis.aclose()
                limiter.redis = None
            recs_published.set_registry(None)
            recs_index.close()
            jobs.set_enqueuer(None)
            await pool.aclose()
            if manage_database:
                await db.close()

    configure_logging(settings.log_format)
    traced = tracing.configure_tracing("crm-api")
    schema = build_schema(
        extra_extensions=[OperationMetrics, *([TraceRootFields] if traced else [])],
        debug=settings.debug,
        cost_budgets=parse_limits(config.QUERY_COST_BUDGETS.get(), DEFAULT_BUDGETS),
        slow_seconds=config.SLOW_OPERATION_SECONDS.get(),
    )
    graphql_app = CrmGraphQL(schema, settings, resources)
    routes: list[BaseRoute] = [
        Route("/graphql", graphql_app, methods=["GET", "POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint),
        Route("/receipts/{channel}", channel_receipt, methods=["POST"]),
        Route("/exports/{token}", download_endpoint(settings), methods=["GET"]),
    ]
    if settings.debug:  # GraphiQL is served in debug mode only, with its assets
        routes.append(Mount("/static/graphiql", StaticFiles(directory=GRAPHIQL_ASSETS)))
    return Starlette(
        debug=False,
        routes=routes,
        middleware=[
            # Outermost, so preflights skip the limits and refusals still carry CORS headers.
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type", "X-Request-Id"],
                expose_headers=["X-Request-Id", "Retry-After"],
                max_age=600,
            ),
            Middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes),
            Middleware(RateLimitMiddleware, limiter=limiter, settings=settings),
        ],
        lifespan=lifespan,
    )
