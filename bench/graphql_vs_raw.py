"""A small authenticated GraphQL query against a raw Starlette JSON endpoint doing the same read.

Both are served by the same uvicorn process (the real app plus one extra route) and loaded over
HTTP by the same client in one run, so the ratio isolates what GraphQL, auth and the context add.

    python -m bench.graphql_vs_raw [--requests 3000 --concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time

import httpx

from bench.common import BENCH_DATABASE_URL, BENCH_REDIS_URL, load, prepare_database, print_table
from schema.relay import encode_id

PORT = 8765
QUERY = "query Job($id: ID!) { job(id: $id) { status progress name } }"


def bench_app():  # pragma: no cover - started by uvicorn in a subprocess
    """The real app plus /raw doing the same read with asyncpg-backed Tortoise raw SQL."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from api.app import create_app
    from domain import db

    app = create_app()

    async def raw(request: Request) -> JSONResponse:
        job_id = int(request.query_params["id"])
        row = await db.fetch_one("SELECT status, progress, name FROM jobs WHERE id = $1", job_id)
        return JSONResponse({"data": {"job": row}})

    app.router.routes.append(Route("/raw", raw))
    return app


async def main(requests: int, concurrency: int) -> None:
    from api.auth import mint_token
    from api.settings import Settings
    from domain.access import Role

    await prepare_database(BENCH_DATABASE_URL)
    env = {**os.environ, "DATABASE_URL": BENCH_DATABASE_URL, "REDIS_URL": BENCH_REDIS_URL}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.graphql_vs_raw:bench_app",
            "--factory",
            "--port",
            str(PORT),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
    )
    try:
        job_id = await _seed_job()
        token = mint_token(Settings(), Role.STAFF, scopes=["*"])
        headers = {"Authorization": f"Bearer {token}"}
        limits = httpx.Limits(max_connections=concurrency)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}", limits=limits) as http:
            await _wait_ready(http)
            variables = {"id": encode_id("Job", job_id)}
            payload = {"query": QUERY, "variables": variables, "operationName": "Job"}

            async def graphql() -> None:
                r = await http.post("/graphql", json=payload, headers=headers)
                assert r.status_code == 200 and r.json()["data"]["job"], r.text

            async def raw() -> None:
                r = await http.get(f"/raw?id={job_id}")
                assert r.status_code == 200 and r.json()["data"]["job"], r.text

            for _ in range(2):  # warm up both paths
                await load("warm", graphql, requests=200, concurrency=concurrency)
                await load("warm", raw, requests=200, concurrency=concurrency)
            raw_t = await load(
                "raw Starlette + SQL", raw, requests=requests, concurrency=concurrency
            )
            gql_t = await load(
                "GraphQL job(id)", graphql, requests=requests, concurrency=concurrency
            )
        print_table(
            f"HTTP, {requests} requests, concurrency {concurrency}", [raw_t, gql_t], baseline=raw_t
        )
    finally:
        server.terminate()
        server.wait(10)


async def _seed_job() -> int:
    import asyncpg

    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        return await conn.fetchval(
            """INSERT INTO jobs (name, args, status, attempts, max_attempts, progress, message,
                                 run_after, created_at, updated_at)
               VALUES ('bench.sample', '{}', 'DONE', 1, 5, 100, '', now(), now(), now())
               RETURNING id"""
        )
    finally:
        await conn.close()


async def _wait_ready(http: httpx.AsyncClient) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if (await http.get("/healthz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("bench server did not start")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.concurrency))
