"""What every `crm` command group needs: the console, and the server URLs or a clear exit."""

from __future__ import annotations

import typer
from rich.console import Console

from api.settings import get_settings

console = Console()


def require_urls() -> tuple[str, str]:
    """DATABASE_URL and REDIS_URL, or a clear message and exit code 2."""
    settings = get_settings()
    if not settings.database_url or not settings.redis_url:
        console.print("[red]DATABASE_URL and REDIS_URL must be set (or use `crm dev`).[/red]")
        raise typer.Exit(2)
    return settings.database_url, settings.redis_url
