"""An API started while Redis is down serves, reports not ready, and recovers by itself."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from tests.workers.processes import free_port, start_redis

pytestmark = pytest.mark.usefixtures("database")


async def test_the_api_starts_without_redis_and_is_ready_once_redis_answers() -> None:
    # given a Redis address nobody listens on yet
    port = free_port()
    settings = dataclasses.replace(Settings(), redis_url=f"redis://127.0.0.1:{port}/0")
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app)
    redis_process = None
    try:
        # when the app starts
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://test") as http,
        ):
            alive = await http.get("/healthz")
            not_ready = await http.get("/readyz")
            # and Redis comes up afterwards
            redis_process = start_redis(port)
            ready = await http.get("/readyz")
        # then it was alive throughout, not ready without Redis, and ready with it
        assert alive.status_code == 200
        assert not_ready.status_code == 503
        assert not_ready.json()["checks"]["redis"].startswith("error")
        assert not_ready.json()["checks"]["postgres"] == "ok"
        assert ready.status_code == 200, ready.json()
    finally:
        if redis_process is not None:
            redis_process.kill()
            redis_process.wait()
