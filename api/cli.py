"""The `crm` command: run the server and workers, migrate, seed, mint tokens; the import,
evaluation and BI groups live in their own modules."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from typing import Annotated

import typer

from api.analytics_cli import analytics_app
from api.bi_cli import bi_app
from api.cli_support import console, require_urls
from api.evaluate_cli import models_app, recs_app
from api.export_cli import export_app
from api.import_cli import import_app
from api.schema_cli import schema_app
from api.settings import InsecureSettings, check_secrets, get_settings
from domain import config
from domain.tokens import ENVIRONMENT_VARIABLE

app = typer.Typer(
    help="Membership and precision-marketing server.",
    no_args_is_help=True,
    rich_markup_mode=None,
    add_completion=False,
)


@app.callback()
def _settings_from_dotenv() -> None:
    """Membership and precision-marketing server. Settings come from environment variables,
    and in development from a .env file in the working directory (see `crm config`)."""
    config.load_dotenv()


@app.command("config")
def show_config() -> None:
    """Print every setting's effective value (secrets masked) and what it means.

    Example: crm config
    """
    from rich.table import Table

    table = Table("variable", "value", "meaning", title="effective settings")
    for name, value, meaning in config.effective():
        table.add_row(name, value, meaning)
    console.print(table)


def _require_token_keys() -> None:
    """One clear line and exit 2 when the token key is missing, short or the source's own."""
    try:
        check_secrets(get_settings())
    except InsecureSettings as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _mark_development() -> None:
    os.environ[ENVIRONMENT_VARIABLE] = "development"


@app.command()
def migrate() -> None:
    """Apply the checked-in migrations to DATABASE_URL (safe to repeat).

    Example: crm migrate   (with DATABASE_URL and REDIS_URL set)
    """
    from api.migrate import upgrade

    database_url, _ = require_urls()
    applied = asyncio.run(upgrade(database_url))
    console.print(f"applied {len(applied)} migration(s): {', '.join(applied) or 'none pending'}")


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(metavar="ADDRESS", help="address to listen on")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(metavar="N", help="uvicorn worker processes")] = 1,
) -> None:
    """Serve the API with uvicorn (DATABASE_URL and REDIS_URL must point at running servers).

    Example: crm serve --host 0.0.0.0 --port 8000 --workers 2
    """
    import uvicorn

    _require_token_keys()
    require_urls()
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,  # the app configures logging: one structured line per request
        access_log=False,
    )


@app.command()
def worker(
    burst: Annotated[bool, typer.Option("--burst", help="exit when the queue is empty")] = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="exit 0 if a worker reported itself alive in the last minute, else 1"
        ),
    ] = False,
) -> None:
    """Run an arq worker: outbox jobs, the sweeper and the cron jobs.

    Example: crm worker            (and as a container health check: crm worker --check)
    """
    from workers.queue import redis_settings
    from workers.settings import WorkerSettings
    from workers.worker import run

    _, redis_url = require_urls()
    if check:
        from arq.worker import async_check_health

        raise typer.Exit(asyncio.run(async_check_health(redis_settings(redis_url))))
    _require_token_keys()
    run(WorkerSettings, redis_settings=redis_settings(redis_url), burst=burst)


def _member_token_version(member_id: int) -> int:
    from domain import db
    from domain.errors import DomainError
    from domain.members import token_versions

    database_url = get_settings().database_url
    if not database_url:
        typer.echo("error: DATABASE_URL must be set to mint a member token.", err=True)
        raise typer.Exit(2)

    async def run() -> int:
        await db.init(database_url, pool_size=2)
        try:
            return await token_versions.current_version(member_id)
        finally:
            await db.close()

    try:
        return asyncio.run(run())
    except DomainError as error:
        typer.echo(f"error: member {member_id}: {error.message}", err=True)
        raise typer.Exit(1) from None


@app.command()
def token(
    role: Annotated[
        str, typer.Option(metavar="ROLE", help="member | staff | bi | service | visitor")
    ],
    member: Annotated[
        int | None, typer.Option(metavar="ID", help="member id (member tokens)")
    ] = None,
    device: Annotated[
        str | None, typer.Option(metavar="DEVICE", help="device id (visitor tokens)")
    ] = None,
    ttl: Annotated[int | None, typer.Option(metavar="SECONDS", help="lifetime")] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option(
            metavar="SCOPE",
            help="staff scope, repeatable: AREA:read, AREA:write, members:pii, AREA:*, or *",
        ),
    ] = None,
    dev: Annotated[
        bool, typer.Option("--dev", help="sign with the development key, for `crm dev` servers")
    ] = False,
) -> None:
    """Mint a signed token for development and operations; member tokens carry the member's
    current token version (read from DATABASE_URL).

    Example: crm token --role staff --scope 'points:read' --scope 'members:read' --ttl 3600
    """
    from api.auth import mint_token
    from domain.access import Role, Scope, device_id_problem, parse_scopes

    try:
        parsed = Role(role)
    except ValueError:
        console.print(f"[red]unknown role {role!r}[/red]")
        raise typer.Exit(2) from None
    if parsed is Role.MEMBER and member is None:
        console.print("[red]--member is required for member tokens[/red]")
        raise typer.Exit(2)
    if (parsed is Role.VISITOR) != (device is not None):
        console.print("[red]--device is required for visitor tokens, and only for them[/red]")
        raise typer.Exit(2)
    if device is not None and (problem := device_id_problem(device)):
        console.print(f"[red]{problem}[/red]")
        raise typer.Exit(2)
    if scope and parsed is not Role.STAFF:
        console.print("[red]--scope is for staff tokens only[/red]")
        raise typer.Exit(2)
    if parsed is Role.STAFF and not scope:
        console.print("[red]staff tokens need --scope (repeatable; '*' for every scope)[/red]")
        raise typer.Exit(2)
    try:
        parse_scopes(scope or [])
    except ValueError as exc:
        console.print(f"[red]{exc}; known: {', '.join(s.value for s in Scope)}[/red]")
        raise typer.Exit(2) from None
    if dev:
        _mark_development()
    _require_token_keys()
    version = _member_token_version(member) if parsed is Role.MEMBER and member else None
    typer.echo(
        mint_token(
            get_settings(),
            parsed,
            member_id=member if parsed is Role.MEMBER else None,
            token_version=version,
            scopes=scope,
            ttl_seconds=ttl,
            device_id=device,
        )
    )


@app.command()
def seed(
    members: Annotated[int, typer.Option(metavar="N", help="members to generate")] = 10_000,
    items: Annotated[int, typer.Option(metavar="N", help="catalogue items")] = 1_000,
    stores: Annotated[int, typer.Option(metavar="N", help="stores")] = 30,
    days: Annotated[int, typer.Option(metavar="DAYS", help="days of history")] = 365,
    seed_value: Annotated[int, typer.Option("--seed", metavar="N", help="random seed")] = 42,
    reset: Annotated[bool, typer.Option("--reset", help="empty the data tables first")] = False,
) -> None:
    """Load realistic, deterministic synthetic data through COPY (tables must be empty, or
    --reset).

    Example: crm seed --members 100000 --days 730 --reset
    """
    from api.seeding import DatabaseNotEmpty
    from api.seeding import seed as run_seed

    database_url = get_settings().database_url
    if not database_url:
        console.print("[red]DATABASE_URL must be set.[/red]")
        raise typer.Exit(2)
    try:
        asyncio.run(
            run_seed(
                database_url,
                members=members,
                items=items,
                stores=stores,
                days=days,
                seed=seed_value,
                reset=reset,
            )
        )
    except DatabaseNotEmpty as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from None


@app.command()
def dev(
    port: Annotated[int, typer.Option(metavar="PORT", help="port for the API")] = 8000,
    members: Annotated[
        int, typer.Option(metavar="N", help="demo members to seed on first start")
    ] = 2000,
    reset: Annotated[
        bool, typer.Option("--reset", help="delete the local data folder first")
    ] = False,
) -> None:
    """All in one: embedded PostgreSQL and Redis (unless the URLs are set), migrations, demo data,
    the API with GraphiQL and a worker beside it; Ctrl-C stops everything.

    Example: crm dev --port 8001 --reset
    """
    from api import embedded
    from api.auth import mint_token
    from domain.access import Role

    _mark_development()  # the only run that may fall back to the built-in token key
    if not _port_is_free(port):
        console.print(
            f"[red]port {port} is in use; choose another: make demo PORT={port + 1} "
            f"(or crm dev --port {port + 1})[/red]"
        )
        raise typer.Exit(2)
    settings = get_settings()
    data_dir = settings.data_dir.resolve()
    if reset and data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    servers = None
    worker_process: subprocess.Popen[bytes] | None = None
    try:
        if not settings.database_url or not settings.redis_url:
            console.print(f"starting embedded PostgreSQL and Redis under {data_dir} ...")
            try:
                servers = embedded.start_all(data_dir)
            except embedded.EmbeddedUnavailable as error:
                console.print(f"[red]{error}[/red]")
                raise typer.Exit(2) from None
            os.environ.setdefault("DATABASE_URL", servers.database_url)
            os.environ.setdefault("REDIS_URL", servers.redis_url)
        os.environ.setdefault("DEBUG", "1")
        os.environ.setdefault("LOG_FORMAT", "text")
        os.environ.setdefault("DATA_DIR", str(data_dir))
        migrate()
        _seed_demo_if_empty(members)
        worker_process = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "worker"],
            env=os.environ.copy(),
            start_new_session=True,  # Ctrl-C reaches the server; the worker is stopped below
        )
        staff = mint_token(get_settings(), Role.STAFF, scopes=["*"], subject="dev-staff")
        _announce_when_listening(port, staff)
        import uvicorn

        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host="127.0.0.1",
            port=port,
            log_config=None,
            access_log=False,
        )
    except KeyboardInterrupt:
        pass  # stopped while starting: fall through to a quiet shutdown
    finally:
        if worker_process is not None:
            worker_process.send_signal(signal.SIGINT)
            try:
                worker_process.wait(10)
            except subprocess.TimeoutExpired:
                worker_process.kill()
        if servers is not None:
            servers.stop()
        console.print("stopped")


def _port_is_free(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _announce_when_listening(port: int, staff_token: str) -> None:
    """Print the ready block from a thread once the server accepts connections on `port`."""
    import socket
    import threading
    import time

    def wait_then_print() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            return
        console.rule("[bold green]ready")
        console.print(f"GraphiQL:     http://127.0.0.1:{port}/graphql")
        console.print(f"DATABASE_URL={config.DATABASE_URL.get()}", soft_wrap=True)
        console.print(f"REDIS_URL={config.REDIS_URL.get()}", soft_wrap=True)
        console.print("(export both to use crm import, crm seed or psql against this demo)")
        console.print("Paste into GraphiQL's headers:")
        console.print(f'{{"Authorization": "Bearer {staff_token}"}}', soft_wrap=True)
        console.rule()

    threading.Thread(target=wait_then_print, daemon=True).start()


app.add_typer(import_app, name="import")
app.add_typer(export_app)
app.add_typer(recs_app, name="recs")
app.add_typer(models_app, name="models")
app.add_typer(bi_app, name="bi")
app.add_typer(analytics_app, name="analytics")
app.add_typer(schema_app, name="schema")


def _seed_demo_if_empty(members: int) -> None:
    from api.seeding import seed_if_empty

    asyncio.run(seed_if_empty(config.DATABASE_URL.get() or "", members=members))


def main() -> None:
    """The `crm` entry point: a setting that cannot be used is one line and exit code 2."""
    try:
        app()
    except config.ConfigError as error:
        typer.echo(f"error: {error}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
