"""Liveness and readiness."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from domain import db


async def healthz(request: Request) -> JSONResponse:
    """The process is alive."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    """PostgreSQL and Redis answer and every migration file has been applied."""
    checks: dict[str, str] = {}
    try:
        row = await db.fetch_one("SELECT count(*) AS n FROM aerich")
        applied = int(row["n"]) if row else 0
        expected = request.app.state.migration_count
        checks["postgres"] = "ok"
        checks["migrations"] = "ok" if applied >= expected else f"{applied}/{expected} applied"
    except Exception as exc:
        checks["postgres"] = f"error: {type(exc).__name__}"
        checks.setdefault("migrations", "unknown")
    try:
        await request.app.state.redis.ping()
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = f"error: {type(exc).__name__}"
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)
