"""The Starlette application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from api.graphql import CrmGraphQL, OperationMetrics
from api.health import healthz, readyz
from api.metrics import metrics_endpoint
from api.middleware import RequestContextMiddleware
from api.settings import Settings, get_settings
from domain import cache, db, jobs
from domain.recs import published as recs_published
from schema.build import build_schema
from workers import queue

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "models"


def migration_count() -> int:
    """How many migration files this build ships."""
    return len([p for p in MIGRATIONS_DIR.glob("*.py") if p.name[0].isdigit()])


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """Build the app. With `manage_database=False` the caller owns the Tortoise connection."""
    settings = settings or get_settings()
    if not settings.database_url or not settings.redis_url:
        raise RuntimeError("DATABASE_URL and REDIS_URL must be set (crm dev starts embedded ones)")
    resources: dict[str, object] = {"settings": settings}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_database:
            await db.init(settings.database_url or "", settings.db_pool_size)
        pool = await queue.connect(settings.redis_url)
        app.state.redis = pool
        cache.set_redis(pool)
        app.state.migration_count = migration_count()
        resources["redis"] = pool
        recs_index = recs_published.RecsIndexRegistry()
        recs_published.set_registry(recs_index)
        resources["recs_index"] = recs_index
        await recs_index.refresh(force=True)
        try:
            yield
        finally:
            recs_published.set_registry(None)
            recs_index.close()
            jobs.set_enqueuer(None)
            await pool.aclose()
            if manage_database:
                await db.close()

    schema = build_schema(extra_extensions=[OperationMetrics])
    graphql_app = CrmGraphQL(schema, settings, resources)
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("tortoise").setLevel(logging.WARNING)  # its DEBUG logs every statement
    return Starlette(
        debug=False,
        routes=[
            Route("/graphql", graphql_app, methods=["GET", "POST"]),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route("/metrics", metrics_endpoint),
        ],
        middleware=[Middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes)],
        lifespan=lifespan,
    )
